"""The worklist and the assessment cache: codes exactly the assessment's, incremental refresh,
cancellation, worker threads and processes, the filter, and the command line (contract §6)."""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from nmdbone_desktop.cli.main import main
from nmdbone_desktop.core.assessment import RULESET_VERSION, assess
from nmdbone_desktop.core.validation import parse_document
from nmdbone_desktop.services import WorklistFilter, clinic_overview, refresh_assessments, summaries, worklist
from nmdbone_desktop.services import assessments as engine
from nmdbone_desktop.services.assessments import ScanCancelled
from tests.backends import open_store

from .test_indicators import AS_OF, CLINIC, make_doc
from .worklist_contract import validate_worklist

ROOT = Path(__file__).resolve().parents[1]
VIGNETTE_DIRS = (Path("/work/shared/vignettes"), ROOT / "tests" / "vignettes")


def _vignettes() -> list[Path]:
    """Valid vignettes only: an invalid one expects a non-zero exit code."""
    found = []
    for folder in VIGNETTE_DIRS:
        for path in sorted(folder.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            if not data.get("expect", {}).get("exit_code"):
                found.append(path)
    return found


def _codes(report: dict[str, Any]) -> list[str]:
    return [r["code"] for r in report["recommendations"]]


def _is_open(report: dict[str, Any]) -> bool:
    return any(r["kind"] in ("action", "warning") for r in report["recommendations"])


@pytest.fixture
def clinic(clinic_location: str | Path, tmp_path: Path) -> Path:
    path = clinic_location
    with open_store(path) as store:
        store.import_documents(CLINIC, source="test")
    return path


# -- codes are exactly the assessment's ------------------------------------------------------------

def test_shared_vignettes_are_all_found() -> None:
    shared = [p for p in _vignettes() if p.parent == VIGNETTE_DIRS[0]]
    assert {p.name for p in shared} >= {"dmd_child_silent_vf.json", "fshd_faller_low_risk.json",
                                        "iim_dysphagia_gc.json"}


def test_worklist_codes_equal_assessment_codes_for_every_vignette(tmp_path: Path) -> None:
    """Each vignette in a store of its own date (ids may repeat across folders: one store each)."""
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for path in _vignettes():
        data = json.loads(path.read_text(encoding="utf-8"))
        doc = parse_document(data["patient"], as_of=date.fromisoformat(data["as_of"]), source=str(path))
        groups[(data["as_of"], str(path.parent))].append(doc)
    checked = 0
    for n, ((as_of_text, _folder), docs) in enumerate(sorted(groups.items())):
        as_of = date.fromisoformat(as_of_text)
        by_id: dict[str, list[Any]] = defaultdict(list)
        for doc in docs:
            by_id[doc.id].append(doc)
        batches = [[copies[i] for copies in by_id.values() if i < len(copies)]
                   for i in range(max(len(c) for c in by_id.values()))]
        for m, batch in enumerate(batches):
            with open_store(tmp_path / f"v{n}-{m}.sqlite") as store:
                store.import_documents(batch, source="vignettes")
                items = {item.patient_id: item for item in worklist(store, as_of).items}
            for doc in batch:
                report = assess(doc, as_of)
                if _is_open(report):
                    assert list(items[doc.id].codes) == _codes(report), doc.id
                    assert items[doc.id].risk_category == report["risk_category"]
                    assert dict(items[doc.id].next_due) == report["next_due"]
                else:
                    assert doc.id not in items, doc.id
                checked += 1
    assert checked >= 3


def test_only_patients_with_an_action_or_warning_are_listed(clinic: Path) -> None:
    with open_store(clinic) as store:
        wl = worklist(store, AS_OF)
    reports = {doc.id: assess(doc, AS_OF) for doc in CLINIC}
    assert {i.patient_id for i in wl.items} == {pid for pid, r in reports.items() if _is_open(r)}
    assert wl.patients == len(CLINIC) and not wl.unassessed
    for item in wl.items:
        assert item.name == f"Patient {item.patient_id}, Test"
        assert item.top_priority == min(r["priority"] for r in reports[item.patient_id]["recommendations"]
                                        if r["kind"] != "info")
    keys = [(i.top_priority, i.earliest_due) for i in wl.items]
    assert keys == sorted(keys)  # most urgent first, then earliest due


# -- the cache -------------------------------------------------------------------------------------

def test_refresh_recomputes_only_what_changed(clinic: Path) -> None:
    n = len(CLINIC)
    with open_store(clinic) as store:
        first = refresh_assessments(store, AS_OF)
        assert (first.computed, first.reused, first.cancelled) == (n, 0, False)
        assert (refresh_assessments(store, AS_OF).computed, refresh_assessments(store, AS_OF).reused) == (0, n)

        doc = store.get_document("P04")
        revision = store.save_document(doc.model_copy(update={"falls_past_12_months": 2}))
        again = refresh_assessments(store, AS_OF)
        assert (again.computed, again.reused) == (1, n - 1)
        cached = store.assessment_summaries()["P04"]
        assert cached.revision == revision and "FALLS_PREVENTION" in cached.codes
        assert json.loads(cached.report_json or "{}")["recommendations"] == assess(
            store.get_document("P04"), AS_OF)["recommendations"]

        assert refresh_assessments(store, AS_OF + timedelta(days=1)).computed == n  # another date
        assert refresh_assessments(store, AS_OF + timedelta(days=1)).computed == 0


def test_refresh_of_some_patients_leaves_the_others_alone(clinic: Path) -> None:
    with open_store(clinic) as store:
        ids = store.patient_ids()
        some = refresh_assessments(store, AS_OF, patient_ids=ids[:2])
        assert (some.computed, some.reused) == (2, 0)
        assert set(store.assessment_summaries()) == set(ids[:2])
        assert refresh_assessments(store, AS_OF, patient_ids=ids[:3]).computed == 1  # two are current
        assert refresh_assessments(store, AS_OF).computed == len(ids) - 3


def test_a_new_ruleset_recomputes_everything(clinic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(clinic) as store:
        refresh_assessments(store, AS_OF)
        monkeypatch.setattr(summaries, "RULESET_VERSION", RULESET_VERSION + "-next")
        assert refresh_assessments(store, AS_OF).computed == len(CLINIC)


def test_a_store_that_finds_stale_patients_is_asked_instead(clinic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The light path (``stale_assessments``, requested from the store) never reads the reports."""
    with open_store(clinic) as store:
        refresh_assessments(store, AS_OF)
        store.save_document(store.get_document("P02").model_copy(update={"falls_past_12_months": 1}))
        revisions = store.revisions()
        asked: list[tuple[date, str]] = []

        def stale_assessments(as_of: date, ruleset: str) -> dict[str, int]:
            asked.append((as_of, ruleset))
            return {"P02": revisions["P02"]}

        def no_report_reads() -> None:
            raise AssertionError("the reports were read")

        monkeypatch.setattr(store, "stale_assessments", stale_assessments, raising=False)
        monkeypatch.setattr(store, "assessment_summaries", no_report_reads)
        result = refresh_assessments(store, AS_OF)
    assert asked == [(AS_OF, RULESET_VERSION)]
    assert (result.computed, result.reused) == (1, len(CLINIC) - 1)


def test_summary_fields_follow_the_report(clinic: Path) -> None:
    with open_store(clinic) as store:
        refresh_assessments(store, AS_OF)
        cached = store.assessment_summaries()
    for doc in CLINIC:
        report = assess(doc, AS_OF)
        summary = cached[doc.id]
        dues = [date.fromisoformat(d) for d in (*(r["due"] for r in report["recommendations"]),
                                                  *report["next_due"].values()) if d]
        assert summary.next_due == min(dues)
        assert ("overdue" in summary.flags) == any(d < AS_OF for d in dues)
        assert ("urgent" in summary.flags) == any(r["priority"] == 1 and r["kind"] != "info"
                                                  for r in report["recommendations"])
        assert summary.codes == tuple(_codes(report)) and summary.as_of == AS_OF
        assert summary.risk_category == report["risk_category"]


def test_cancelling_keeps_the_chunks_already_written(clinic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "CHUNK", 4)
    asked = {"n": 0}

    def cancel_after_first_chunk() -> bool:
        asked["n"] += 1
        return asked["n"] > 1

    with open_store(clinic) as store:
        stopped = refresh_assessments(store, AS_OF, cancelled=cancel_after_first_chunk)
        assert stopped.cancelled and stopped.computed == 4
        assert len(store.assessment_summaries()) == 4
        with pytest.raises(ScanCancelled):
            worklist(store, AS_OF, cancelled=lambda: True)
        assert refresh_assessments(store, AS_OF).computed == len(CLINIC) - 4


def test_progress_reports_every_chunk(clinic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "CHUNK", 5)
    seen: list[tuple[int, int]] = []
    with open_store(clinic) as store:
        refresh_assessments(store, AS_OF, progress=lambda done, total, _msg: seen.append((done, total)))
    n = len(CLINIC)
    assert seen == [(0, n), (5, n), (10, n), (n, n)]


def test_refresh_on_a_worker_thread_with_its_own_store(clinic: Path) -> None:
    outcome: dict[str, Any] = {}

    def work() -> None:
        with open_store(clinic) as own:
            outcome["result"] = refresh_assessments(own, AS_OF)

    with open_store(clinic) as gui_store:  # the GUI thread keeps its connection open meanwhile
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        assert outcome["result"].computed == len(CLINIC)
        assert len(gui_store.assessment_summaries()) == len(CLINIC)


def test_worker_processes_give_the_same_cache_and_indicators(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "CHUNK", 4)
    serial_path, parallel_path = tmp_path / "serial.sqlite", tmp_path / "parallel.sqlite"
    overviews = {}
    for path, workers in ((serial_path, 1), (parallel_path, 2)):
        with open_store(path) as store:
            store.import_documents(CLINIC, source="test")
            overviews[workers] = clinic_overview(store, AS_OF, workers=workers)
            assert overviews[workers].worklist.refresh.computed == len(CLINIC)
    assert overviews[1].to_json() == overviews[2].to_json()
    with open_store(serial_path) as a, open_store(parallel_path) as b:
        sa, sb = a.assessment_summaries(), b.assessment_summaries()
    assert {k: (v.codes, v.flags, v.next_due, v.report_json) for k, v in sa.items()} == \
           {k: (v.codes, v.flags, v.next_due, v.report_json) for k, v in sb.items()}


def test_an_edit_during_the_scan_is_never_cached_as_current(clinic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Revisions are read before documents: a patient saved in between is assessed on its new
    content but cached under its old revision, which the store ignores; the next refresh redoes it."""
    with open_store(clinic) as store:
        real = store.revisions

        def revisions_then_an_edit() -> dict[str, int]:
            found = real()
            edited = store.get_document("P05").model_copy(update={"falls_past_12_months": 3})
            store.save_document(edited)
            return found

        monkeypatch.setattr(store, "revisions", revisions_then_an_edit)
        wl = worklist(store, AS_OF)
        monkeypatch.setattr(store, "revisions", real)
        assert "FALLS_PREVENTION" in next(i for i in wl.items if i.patient_id == "P05").codes
        assert "P05" not in store.assessment_summaries()
        assert refresh_assessments(store, AS_OF).computed == 1
        assert "FALLS_PREVENTION" in store.assessment_summaries()["P05"].codes


def test_an_overview_built_on_the_previous_one_equals_a_fresh_one(clinic: Path) -> None:
    """Handing the previous overview back redoes only changed patients, with the same result."""
    with open_store(clinic) as store:
        first = clinic_overview(store, AS_OF)
        store.save_document(store.get_document("P07").model_copy(update={"puberty": "delayed"}))
        store.delete_patient("P13")
        store.import_documents([make_doc("P14", fractures=[{"date": "2026-01-10", "site": "hip"}])])
        again = clinic_overview(store, AS_OF, previous=first)
        assert (again.worklist.refresh.computed, again.worklist.refresh.reused) == (2, len(CLINIC) - 2)
        fresh = clinic_overview(store, AS_OF)  # from the cache, no previous overview
    assert again.to_json() == fresh.to_json()
    assert again.names == fresh.names and "P13" not in again.names
    q10 = next(r for r in again.indicators if r.id == "Q10")
    assert "P07" in q10.met_ids  # the edit reached the indicators
    q9 = next(r for r in again.indicators if r.id == "Q9")
    assert q9.eligible_ids == ()  # the deleted patient left them
    with open_store(clinic) as store:
        other_day = clinic_overview(store, AS_OF + timedelta(days=1), previous=again)
    assert other_day.worklist.refresh.computed == len(CLINIC)  # another date: nothing reused


# -- the filter -----------------------------------------------------------------------------------

def test_filters_narrow_the_worklist(clinic: Path) -> None:
    with open_store(clinic) as store:
        wl = worklist(store, AS_OF)
    everyone = wl.filtered(WorklistFilter())
    assert everyone == list(wl.items)
    dmd = wl.filtered(WorklistFilter(diagnosis="DMD"))
    assert {i.patient_id for i in dmd} == {"P07", "P08"}
    start = wl.filtered(WorklistFilter(code="START_BONE_THERAPY"))
    assert start and all("START_BONE_THERAPY" in i.codes for i in start)
    urgent = wl.filtered(WorklistFilter(max_priority=1))
    assert urgent and all(i.top_priority == 1 for i in urgent) and len(urgent) < len(everyone)
    overdue = wl.filtered(WorklistFilter(due_window="overdue"))
    assert all(i.earliest_due is not None and i.earliest_due < AS_OF for i in overdue)
    soon = wl.filtered(WorklistFilter(due_window="30d"))
    assert set(map(id, overdue)) <= set(map(id, soon))
    assert all(i.earliest_due is not None and i.earliest_due <= AS_OF + timedelta(days=30) for i in soon)
    both = wl.filtered(WorklistFilter(diagnosis="DMD", code="START_BONE_THERAPY"))
    assert {i.patient_id for i in both} == {"P07"}
    with pytest.raises(ValueError, match="due window"):
        WorklistFilter(due_window="soonish")


# -- command line (contract §6) ---------------------------------------------------------------------

def test_cli_json_has_the_contract_shape(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["worklist", "--db", str(clinic), "--as-of", AS_OF.isoformat(), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"as_of", "ruleset_version", "patients", "indicators", "items"} <= set(out)
    validate_worklist(out)  # the 2026.12 items, in triage order (test_worklist_triage.py goes further)
    assert out["as_of"] == AS_OF.isoformat() and out["ruleset_version"] == RULESET_VERSION
    docs = {d.id: d for d in CLINIC}
    assert out["patients"]
    for patient in out["patients"]:
        assert {"id", "name", "risk_category", "codes", "next_due"} <= set(patient)
        report = assess(docs[patient["id"]], AS_OF)
        assert patient["codes"] == _codes(report)
        assert patient["name"] == f"{docs[patient['id']].name.family}, {docs[patient['id']].name.given}"
        assert patient["risk_category"] == report["risk_category"]
        assert patient["next_due"] == report["next_due"]
    assert [i["id"] for i in out["indicators"]] == [f"Q{n}" for n in range(1, 13)]
    for indicator in out["indicators"]:
        assert {"id", "title", "numerator", "denominator", "percent"} <= set(indicator)
        if indicator["denominator"]:
            assert indicator["percent"] == round(100 * indicator["numerator"] / indicator["denominator"], 1)


def test_cli_table_and_csv(clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "q.csv"
    assert main(["worklist", "--db", str(clinic), "--as-of", AS_OF.isoformat(), "--csv", str(target)]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"Worklist on {AS_OF}") and "Quality indicators" in text
    assert "Patient P07, Test" in text and "START_BONE_THERAPY" in text
    assert "Q9   Long-term BP review" in text and "not recordable (1 concerned)" in text
    assert target.read_text(encoding="utf-8-sig").splitlines()[0].startswith("id,title,numerator")


def test_cli_worklist_on_a_missing_database_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.sqlite"
    assert main(["worklist", "--db", str(missing)]) == 1
    assert "no such database" in capsys.readouterr().err
    assert not missing.exists()


def test_cli_codes_match_the_shared_vignette(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = Path("/work/shared/vignettes/iim_dysphagia_gc.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    as_of = date.fromisoformat(data["as_of"])
    db = tmp_path / "v.sqlite"
    with open_store(db) as store:
        store.import_documents([parse_document(data["patient"], as_of=as_of)], source=str(path))
    assert main(["worklist", "--db", str(db), "--as-of", data["as_of"], "--json"]) == 0
    (patient,) = json.loads(capsys.readouterr().out)["patients"]
    assert patient["codes"] == _codes(assess(parse_document(data["patient"], as_of=as_of), as_of))
    assert set(data["expect"]["codes_required"]) <= set(patient["codes"])


def test_make_doc_helper_is_valid() -> None:
    assert make_doc("X").id == "X"
