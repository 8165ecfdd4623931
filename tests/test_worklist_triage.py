"""The triaged worklist (issue 16): tiers and order, plain titles, booked / not-applicable marks
(stored, audited, returning when they should), the command line's ``items`` against contract §6."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from nmdbone_desktop.cli.main import main
from nmdbone_desktop.core.assessment import assess
from nmdbone_desktop.core.assessment.recommendation import CODE_ORDER
from nmdbone_desktop.core.validation import parse_document
from nmdbone_desktop.demo import generate_clinic
from nmdbone_desktop.services import (
    CODE_TITLES,
    clinic_overview,
    header_words,
    mark_booked,
    mark_not_applicable,
    retriage,
    undo,
)
from nmdbone_desktop.services.summaries import RecFact, digest
from nmdbone_desktop.services.triage import PatientFacts, build_items, since_of, tier_of
from nmdbone_desktop.store import PermissionDenied, StoreError
from tests.backends import open_store

from .worklist_contract import validate_worklist

AS_OF = date(2026, 11, 21)
CONTRACT = Path("/work/shared/contract/README.md")


def _doc(pid: str, **fields: Any) -> Any:
    data: dict[str, Any] = {
        "schema": "nmdbone/patient-v1", "id": pid, "name": {"given": "Test", "family": f"Patient {pid}"},
        "sex": "male", "birth_date": "1970-01-01", "diagnosis": {"code": "FSHD", "onset_date": "2015-01-01"},
    }
    data.update(fields)
    return parse_document(data, as_of=AS_OF, source=pid)


def _boy_with_vertebral_fractures(pid: str = "K01") -> Any:
    """A DMD boy on prednisolone with a vertebral fracture and no bone therapy."""
    return _doc(pid, sex="male", birth_date="2014-05-01", diagnosis={"code": "DMD", "onset_date": "2017-01-01"},
                glucocorticoids=[{"drug": "prednisolone", "dose_mg": 15, "frequency": "daily", "start": "2018-01-01"}],
                dxa=[{"date": "2026-06-01", "site": "lumbar_spine", "z_score": -2.6, "manufacturer": "hologic"}],
                fractures=[{"date": "2026-05-01", "site": "vertebra", "vertebra": "T12", "genant_grade": 2,
                            "mechanism": "low_trauma", "found_on": "screening_imaging"}],
                spine_imaging=[{"date": "2026-05-01", "modality": "lateral_xray", "vertebral_fracture_found": True}],
                labs=[{"date": "2026-10-01", "test": "25ohd", "value": 80, "unit": "nmol/L"}])


def _adult_due_dxa(pid: str = "A01") -> Any:
    """A woman with osteopenia whose follow-up DXA is overdue (an open action with a due date)."""
    return _doc(pid, sex="female", birth_date="1960-01-01", menopause={"status": "post", "age_years": 50},
                dxa=[{"date": "2023-01-10", "site": "femoral_neck", "t_score": -1.8, "manufacturer": "hologic"}],
                spine_imaging=[{"date": "2025-01-01", "modality": "vfa", "vertebral_fracture_found": False}],
                labs=[{"date": "2026-10-01", "test": "25ohd", "value": 80, "unit": "nmol/L"}])


@pytest.fixture
def small_clinic(clinic_location: str | Path, tmp_path: Path) -> Path:
    path = clinic_location
    with open_store(path, user="nurse-a") as store:
        store.import_documents([_boy_with_vertebral_fractures(), _adult_due_dxa()], source="test")
    return path


def _open(overview: Any, pid: str, code: str) -> Any:
    return next((i for i in overview.worklist.open_items() if (i.patient_id, i.code) == (pid, code)), None)


def _code_of_tier(overview: Any, pid: str, tier: str) -> str:
    return next(i.code for i in overview.worklist.open_items() if i.patient_id == pid and i.tier == tier)


# -- tiers, order, titles --------------------------------------------------------------------------

def test_tiers_follow_priority_and_due_dates() -> None:
    assert tier_of("action", 1, None, AS_OF, 90) == "act_now"
    assert tier_of("action", 1, AS_OF + timedelta(days=400), AS_OF, 90) == "act_now"
    assert tier_of("warning", 1, None, AS_OF, 90) == "information"  # act now is for actions
    assert tier_of("action", 2, AS_OF, AS_OF, 90) == "due"
    assert tier_of("action", 2, AS_OF - timedelta(days=300), AS_OF, 90) == "due"
    assert tier_of("action", 2, AS_OF + timedelta(days=1), AS_OF, 90) == "coming_up"
    assert tier_of("action", 3, AS_OF + timedelta(days=90), AS_OF, 90) == "coming_up"
    assert tier_of("action", 3, AS_OF + timedelta(days=91), AS_OF, 90) == "information"
    assert tier_of("action", 3, AS_OF + timedelta(days=91), AS_OF, 120) == "coming_up"
    assert tier_of("info", 3, None, AS_OF, 90) == "information"


def _digest(population: str, risk: str, *recs: RecFact) -> Any:
    from nmdbone_desktop.services.summaries import Digest

    return Digest(risk, tuple(r.code for r in recs), (), (), None, (), population, recs)


def test_order_within_a_tier_children_then_risk_then_oldest_since() -> None:
    def rec(code: str, priority: int, since: str | None, due: str | None = "2026-11-01") -> RecFact:
        return RecFact(code, "action", priority, date.fromisoformat(due) if due else None,
                       date.fromisoformat(since) if since else None, code, "why")

    digests = {
        "adult-vh-old": _digest("adult", "very_high", rec("DXA_DUE", 2, "2020-01-01")),
        "adult-mod": _digest("adult", "moderate", rec("DXA_DUE", 2, "2019-01-01")),
        "child-low": _digest("child", "low", rec("DXA_DUE", 2, "2026-01-01")),
        "child-vh-new": _digest("child", "very_high", rec("DXA_DUE", 2, "2026-06-01")),
        "child-vh-old": _digest("child", "very_high", rec("DXA_DUE", 2, "2025-06-01")),
        "p3-child": _digest("child", "very_high", rec("BONE_LABS_DUE", 3, "2010-01-01")),
        "act": _digest("adult", "low", rec("START_BONE_THERAPY", 1, "2026-11-01", None)),
        "later": _digest("child", "very_high", rec("SPINE_IMAGING_DUE", 2, None, "2026-12-01")),
    }
    facts = {pid: PatientFacts(pid, "DMD") for pid in digests}
    order = [i.patient_id for i in build_items(facts, digests, AS_OF)]
    assert order == ["act", "child-vh-old", "child-vh-new", "child-low", "adult-vh-old", "adult-mod", "p3-child",
                     "later"]


def test_since_falls_back_to_due_then_as_of_until_the_rules_core_gives_it() -> None:
    given = RecFact("DXA_DUE", "action", 2, date(2026, 1, 1), date(2025, 1, 1), "t", "w")
    assert since_of(given, AS_OF) == date(2025, 1, 1)
    assert since_of(RecFact("DXA_DUE", "action", 2, date(2026, 1, 1), None, "t", "w"), AS_OF) == date(2026, 1, 1)
    assert since_of(RecFact("FALLS_PREVENTION", "action", 2, None, None, "t", "w"), AS_OF) == AS_OF


def test_every_contract_code_has_a_plain_title() -> None:
    codes = set(CODE_ORDER)
    if CONTRACT.exists():  # §4's table, when the shared contract is at hand
        section = CONTRACT.read_text(encoding="utf-8").split("## 4.", 1)[1].split("## 5.", 1)[0]
        codes |= set(re.findall(r"^\| `([A-Z_]+)` \|", section, flags=re.MULTILINE))
    assert len(codes) >= 20
    for code in codes:
        title = CODE_TITLES[code]
        assert title and "_" not in title and code not in title and title[0].isupper()
    assert CODE_TITLES["START_BONE_THERAPY"] == "Start bone-targeted therapy"


def test_why_is_the_rationales_first_fact() -> None:
    report = assess(_boy_with_vertebral_fractures(), AS_OF)
    dig = digest(report, AS_OF)
    for rec, fact in zip(report["recommendations"], dig.recs, strict=True):
        assert fact.why and rec["rationale"].startswith(fact.why)
        assert ";" not in fact.why


# -- the 300-patient demo clinic (acceptance) --------------------------------------------------------

@pytest.fixture(scope="module")
def demo_overview(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("demo") / "demo300.sqlite"
    docs = list(generate_clinic(300, seed=1, as_of=AS_OF))
    with open_store(path) as store:
        store.import_documents(docs, source="demo")
        overview = clinic_overview(store, AS_OF, workers=1)
    return overview, {d.id: d for d in docs}


def _untreated_child_with_vertebral_fractures(doc: Any) -> bool:
    report = assess(doc, AS_OF)
    on_therapy = any(m.start <= AS_OF and (m.end is None or m.end >= AS_OF) for m in doc.bone_medications)
    return report["population"] == "child" and report["vertebral_fractures"]["count"] > 0 and not on_therapy


def test_demo_default_view_puts_untreated_children_with_vertebral_fractures_first(demo_overview: Any) -> None:
    overview, docs = demo_overview
    default = [i for i in overview.worklist.open_items() if i.tier in ("act_now", "due")]
    assert default and {i.tier for i in default} == {"act_now", "due"}
    assert [i.tier for i in default] == sorted((i.tier for i in default), key=("act_now", "due").index)
    kids = {pid for pid, doc in docs.items() if _untreated_child_with_vertebral_fractures(doc)}
    assert kids, "the demo clinic has untreated children with vertebral fractures"
    first_ten = {i.patient_id for i in default[:10]}
    assert kids <= first_ten, (kids - first_ten, [(i.patient_id, i.code) for i in default[:10]])


def test_demo_header_counts_every_tier(demo_overview: Any) -> None:
    overview, _ = demo_overview
    wl = overview.worklist
    counts = wl.tier_counts()
    assert sum(counts.values()) == len(wl.triage)
    assert counts["act_now"] and counts["due"] and counts["coming_up"] and counts["information"]
    words = header_words(wl.patients, counts)
    assert words == (f"300 patients checked, {counts['act_now']} act now, {counts['due']} due, "
                     f"{counts['coming_up']} coming up")


def test_items_are_every_recommendation_of_every_patient(demo_overview: Any) -> None:
    overview, docs = demo_overview
    got = sorted((i.patient_id, i.code) for i in overview.worklist.triage)
    want = sorted((pid, r["code"]) for pid, doc in docs.items() for r in assess(doc, AS_OF)["recommendations"])
    assert got == want


# -- booked --------------------------------------------------------------------------------------------

def test_a_booked_item_leaves_until_its_date_then_returns_overdue(small_clinic: Path) -> None:
    with open_store(small_clinic, user="nurse-a") as store:
        before = clinic_overview(store, AS_OF)
        code = _code_of_tier(before, "A01", "due")
        booked_for = AS_OF + timedelta(days=20)
        mark_booked(store, "A01", code, booked_for, as_of=AS_OF, reason="radiology")
        after = retriage(store, before)
        assert _open(after, "A01", code) is None
        handled = next(i for i in after.worklist.triage if (i.patient_id, i.code) == ("A01", code))
        assert handled.handled is not None and handled.handled.until == booked_for
        assert after.worklist.tier_counts()["handled"] == 1

        on_the_day = clinic_overview(store, booked_for)
        assert _open(on_the_day, "A01", code) is None
        day_after = clinic_overview(store, booked_for + timedelta(days=1))
        back = _open(day_after, "A01", code)
        assert back is not None and back.tier == "due" and back.overdue and back.due <= booked_for
        assert back.lapsed is not None and back.lapsed.kind == "booked"


# -- not applicable --------------------------------------------------------------------------------------

def test_not_applicable_holds_across_unrelated_edits_and_returns_on_a_new_fracture(small_clinic: Path) -> None:
    with open_store(small_clinic, user="dr-b") as store:
        overview = clinic_overview(store, AS_OF)
        code = _code_of_tier(overview, "K01", "act_now")
        mark_not_applicable(store, "K01", code, "parents declined after discussion", as_of=AS_OF)
        overview = clinic_overview(store, AS_OF, previous=overview)
        assert _open(overview, "K01", code) is None

        doc = store.get_document("K01")  # a new name is no new reason
        store.save_document(doc.model_copy(update={"name": doc.name.model_copy(update={"given": "Tom"})}))
        overview = clinic_overview(store, AS_OF + timedelta(days=3), previous=overview)
        assert _open(overview, "K01", code) is None

    with open_store(small_clinic, user="dr-b") as store:  # a restart: read back from the database
        assert clinic_overview(store, AS_OF) and _open(clinic_overview(store, AS_OF), "K01", code) is None
        doc = store.get_document("K01")
        fracture = {"date": "2026-11-01", "site": "vertebra", "vertebra": "L1", "genant_grade": 1,
                    "mechanism": "low_trauma", "found_on": "symptoms"}
        data = json.loads(json.dumps(doc.model_dump(mode="json", exclude_none=True)))
        data["fractures"].append(fracture)
        store.save_document(parse_document(data, as_of=AS_OF, source="edit"))
        back = _open(clinic_overview(store, AS_OF), "K01", code)
        assert back is not None and back.lapsed is not None and back.lapsed.kind == "not_applicable"


def test_marks_are_audited_and_undo_returns_the_item(small_clinic: Path) -> None:
    with open_store(small_clinic, user="nurse-a") as store:
        overview = clinic_overview(store, AS_OF)
        code = _code_of_tier(overview, "A01", "due")
        mark_booked(store, "A01", code, AS_OF + timedelta(days=5), as_of=AS_OF)
        mark_not_applicable(store, "A01", code, "scan done elsewhere", as_of=AS_OF)  # replaces the booking
        assert [m.kind for m in store.handled_marks("A01")] == ["not_applicable"]
        undo(store, "A01", code)
        assert store.handled_marks("A01") == []
        assert _open(retriage(store, overview), "A01", code) is not None
        trail = [e for e in store.history("A01") if e.record and e.record.startswith("worklist:")]
    assert [e.action for e in trail] == ["handled_undone", "not_applicable", "booked"]  # newest first
    assert all(e.user == "nurse-a" and e.at for e in trail)
    assert trail[0].before["kind"] == "not_applicable" and trail[0].after is None
    assert trail[1].before["kind"] == "booked" and trail[1].after["reason"] == "scan done elsewhere"
    assert code not in trail[2].record  # the plain title, not the code


def test_marking_needs_the_edit_role_and_a_real_item(small_clinic: Path) -> None:
    with open_store(small_clinic, user="sec", role="secretary") as store, pytest.raises(PermissionDenied):
        store.mark_handled("A01", "DXA_DUE", "booked", until=AS_OF)
    with open_store(small_clinic) as store:
        with pytest.raises(StoreError, match="gives no"):
            mark_booked(store, "A01", "DENOSUMAB_OVERDUE", AS_OF, as_of=AS_OF)
        with pytest.raises(StoreError, match="reason"):
            store.mark_handled("A01", "DXA_DUE", "not_applicable", reason="  ")
        with pytest.raises(StoreError, match="not marked"):
            undo(store, "A01", "DXA_DUE")
        assert store.handled_marks() == []


# -- the command line ------------------------------------------------------------------------------------

def test_cli_json_items_validate_against_the_extended_contract(small_clinic: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(small_clinic) as store:
        code = _code_of_tier(clinic_overview(store, AS_OF), "A01", "due")
        mark_booked(store, "A01", code, AS_OF + timedelta(days=10), as_of=AS_OF, reason="booked by phone")
    assert main(["worklist", "--db", str(small_clinic), "--as-of", AS_OF.isoformat(), "--json"]) == 0
    default = json.loads(capsys.readouterr().out)
    doc = validate_worklist(default)
    assert {"as_of", "ruleset_version", "patients", "indicators", "items"} <= set(default)
    assert all(i.handled is None for i in doc.items) and ("A01", code) not in {(i.patient_id, i.code)
                                                                               for i in doc.items}
    assert any(i.tier == "act_now" and i.population == "child" for i in doc.items)

    assert main(["worklist", "--db", str(small_clinic), "--as-of", AS_OF.isoformat(), "--json", "--all"]) == 0
    everything = json.loads(capsys.readouterr().out)
    doc_all = validate_worklist(everything)
    handled = [i for i in doc_all.items if i.handled is not None]
    assert [(i.patient_id, i.code) for i in handled] == [("A01", code)]
    assert handled[0].handled.kind == "booked" and handled[0].handled.date == (AS_OF + timedelta(days=10)).isoformat()
    assert handled[0].handled.reason == "booked by phone" and handled[0].handled.by
    assert len(doc_all.items) == len(doc.items) + 1
    assert default["patients"] == everything["patients"]  # every existing field stays


def test_cli_text_groups_items_by_tier(small_clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["worklist", "--db", str(small_clinic), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "2 patients checked," in out.splitlines()[0]
    positions = [out.index(f"\n{label}") for label in ("Act now:", "Due:", "Coming up (within 90 days):",
                                                       "Information:")]
    assert positions == sorted(positions)
    assert "Start bone-targeted therapy" in out
    act_now = out.split("\nAct now:", 1)[1].split("\nDue:", 1)[0]
    assert "START_BONE_THERAPY" not in act_now


# -- quality indicators (item 4) -------------------------------------------------------------------------

def test_not_applicable_counts_only_where_the_indicator_accepts_a_documented_reason(
        clinic_location: str | Path, tmp_path: Path) -> None:
    """Q2 accepts "a documented reason not done" for the DXA; Q4 does not accept a decision not to treat."""
    today = date.today()  # a mark is dated when it is made: the audit date must not lie before it
    vit_d = {"date": (today - timedelta(days=60)).isoformat(), "test": "25ohd", "value": 80, "unit": "nmol/L"}
    no_dxa = parse_document({
        "schema": "nmdbone/patient-v1", "id": "N01", "name": {"given": "No", "family": "Scan"}, "sex": "male",
        "birth_date": "1960-01-01", "diagnosis": {"code": "FSHD", "onset_date": "2010-01-01"}, "labs": [vit_d],
        "glucocorticoids": [{"drug": "prednisolone", "dose_mg": 10, "frequency": "daily", "start": "2020-01-01"}],
        "fractures": [{"date": (today - timedelta(days=200)).isoformat(), "site": "vertebra", "genant_grade": 2,
                       "mechanism": "low_trauma", "found_on": "symptoms"}],
    }, as_of=today, source="test")
    with open_store(clinic_location) as store:
        store.import_documents([no_dxa], source="test")
        first = clinic_overview(store, today)
        q = {r.id: r for r in first.indicators}
        assert "N01" in q["Q2"].gap_ids and "N01" in q["Q4"].gap_ids
        codes = {i.code for i in first.worklist.triage}
        assert {"BASELINE_BONE_ASSESSMENT", "START_BONE_THERAPY"} <= codes

        mark_booked(store, "N01", "BASELINE_BONE_ASSESSMENT", today + timedelta(days=7), as_of=today)
        assert "N01" in {r.id: r for r in retriage(store, first).indicators}["Q2"].gap_ids  # a plan is not a reason

        mark_not_applicable(store, "N01", "BASELINE_BONE_ASSESSMENT", "cannot lie flat: DXA impossible", as_of=today)
        mark_not_applicable(store, "N01", "START_BONE_THERAPY", "declined", as_of=today)
        for overview in (retriage(store, first), clinic_overview(store, today), clinic_overview(store, today,
                                                                                                 previous=first)):
            q = {r.id: r for r in overview.indicators}
            assert "N01" in q["Q2"].met_ids and "N01" in q["Q4"].gap_ids
        earlier = {r.id: r for r in clinic_overview(store, today - timedelta(days=1)).indicators}
        assert "N01" in earlier["Q2"].gap_ids  # an audit on a past date does not see a later mark

        undo(store, "N01", "BASELINE_BONE_ASSESSMENT")
        again = clinic_overview(store, today, previous=first)
        assert "N01" in {r.id: r for r in again.indicators}["Q2"].gap_ids


def test_an_incremental_build_equals_a_fresh_one_with_marks_edits_and_deletions(
        clinic_location: str | Path, tmp_path: Path) -> None:
    """The warm path keeps rows and items of unchanged patients and places only the rest anew."""
    docs = list(generate_clinic(60, seed=3, as_of=AS_OF))
    path = clinic_location
    with open_store(path) as store:
        store.import_documents(docs, source="demo")
        first = clinic_overview(store, AS_OF)
        items = first.worklist.open_items()
        a, b = items[0], next(i for i in items if i.patient_id != items[0].patient_id and i.tier == "due")
        mark_not_applicable(store, a.patient_id, a.code, "not for this patient", as_of=AS_OF)
        shown = retriage(store, first)
        mark_booked(store, b.patient_id, b.code, AS_OF + timedelta(days=3), as_of=AS_OF)
        undo(store, a.patient_id, a.code)  # marked and undone between two builds
        edited = store.get_document(b.patient_id)
        store.save_document(edited.model_copy(update={"falls_past_12_months": 3}))
        gone = docs[-1].id
        store.delete_patient(gone)
        warm = clinic_overview(store, AS_OF, previous=shown)
        assert warm.worklist.refresh.computed == 1
        cold = clinic_overview(store, AS_OF)
    assert warm.to_json(include_handled=True) == cold.to_json(include_handled=True)
    assert warm.worklist.items == cold.worklist.items and warm.worklist.triage == cold.worklist.triage
    assert gone not in warm.names and all(i.patient_id != gone for i in warm.worklist.triage)
    assert [i.key for i in warm.worklist.triage if i.handled] == [b.key]


def test_the_audit_trail_names_the_patients_written_since(small_clinic: Path) -> None:
    with open_store(small_clinic) as store:
        start = store.last_audit_id()
        assert store.revisions_changed_since(start) == (start, {})
        doc = store.get_document("A01")
        revision = store.save_document(doc.model_copy(update={"falls_past_12_months": 1}))
        store.record_event("letter", patient_id="K01", detail={"kind": "gp"})  # no change to a record
        mark_booked(store, "K01", _code_of_tier(clinic_overview(store, AS_OF), "K01", "act_now"), AS_OF, as_of=AS_OF)
        last, changed = store.revisions_changed_since(start)
        assert changed == {"A01": revision} and last == store.last_audit_id() > start
        store.delete_patient("A01")
        assert store.revisions_changed_since(last)[1] == {"A01": None}
        assert store.revisions_changed_since(store.last_audit_id() + 5)[1] is None  # the trail went backwards
