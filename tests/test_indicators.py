"""Quality indicators on a hand-built clinic whose counts are worked out by hand below.

Every patient is written out in full so that each expected numerator and denominator can be
checked against docs/indicators.md by reading this file. As of 2026-11-21.
"""

from __future__ import annotations

import copy
import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nmdbone_desktop.core.validation import parse_document
from nmdbone_desktop.services import INDICATORS, clinic_overview
from nmdbone_desktop.services.export import safe_cell, write_indicator_patients_csv, write_indicators_csv
from nmdbone_desktop.services.indicator_rules import RULES, evaluate, gc_run_start, reached_age
from nmdbone_desktop.services.indicators import IndicatorResult
from nmdbone_desktop.store import ClinicStore

AS_OF = date(2026, 11, 21)


def make_doc(pid: str, **fields: Any) -> Any:
    """A valid document: a man born 1970 with FSHD since 2015, plus ``fields``."""
    data: dict[str, Any] = {
        "schema": "nmdbone/patient-v1", "id": pid, "name": {"given": "Test", "family": f"Patient {pid}"},
        "sex": "male", "birth_date": "1970-01-01", "diagnosis": {"code": "FSHD", "onset_date": "2015-01-01"},
    }
    data.update(copy.deepcopy(fields))
    return parse_document(data, as_of=AS_OF, source=pid)


def vit_d(day: str, nmol: float) -> dict[str, Any]:
    return {"date": day, "test": "25ohd", "value": nmol, "unit": "nmol/L"}


def dxa(day: str, t: float = -1.0, site: str = "femoral_neck") -> dict[str, Any]:
    return {"date": day, "site": site, "t_score": t}


POST = {"status": "post"}

CLINIC = [
    # Q1 met: new (onset 2025-06-01), DXA and vitamin D within 6 months. Vitamin D too old for Q7.
    make_doc("P01", diagnosis={"code": "FSHD", "onset_date": "2025-06-01"}, dxa=[dxa("2025-07-01")],
             labs=[vit_d("2025-08-01", 60)]),
    # Q1 gap: new, DXA but no vitamin D.
    make_doc("P02", diagnosis={"code": "FSHD", "onset_date": "2025-03-01"}, dxa=[dxa("2025-04-01")]),
    # Too new for Q1 (window still open), and not in Q2.
    make_doc("P03", diagnosis={"code": "FSHD", "onset_date": "2026-08-01"}),
    # Q2 met; Q7 gap (40 nmol/L); Q11 met (falls recorded as 0, ambulant adult).
    make_doc("P04", dxa=[dxa("2025-12-01")], labs=[vit_d("2026-01-01", 40)],
             mobility=[{"date": "2020-01-01", "status": "ambulant"}], falls_past_12_months=0),
    # No onset date: Q2 gap. Q11 gap (assisted, falls not recorded).
    make_doc("P05", diagnosis={"code": "CMT"}, mobility=[{"date": "2021-01-01", "status": "assisted"}]),
    # Long-term prednisolone since 2024; DXA + spine X-ray a month after the start (Q3 met); T −2.6
    # → high risk, on alendronate (Q4 met); spine X-ray older than 24 months (Q5 gap); Q2 met (2025
    # DXA, 2026 vitamin D); Q7 met (80); Q12 concerned.
    make_doc("P06", glucocorticoids=[{"drug": "prednisolone", "dose_mg": 10, "frequency": "daily",
                                      "start": "2024-01-01"}],
             dxa=[dxa("2024-02-01", -2.6), dxa("2025-02-01", -2.6)],
             spine_imaging=[{"date": "2024-02-01", "modality": "lateral_xray"}],
             bone_medications=[{"drug": "alendronate", "start": "2024-03-01"}], labs=[vit_d("2026-06-01", 80)]),
    # DMD boy, 12, deflazacort since 2020, never scanned, silent VF in 2026 (very high risk): gap in
    # Q2, Q3, Q4, Q5, Q6 and Q10 (no puberty status).
    make_doc("P07", birth_date="2014-05-01", diagnosis={"code": "DMD", "onset_date": "2018-01-01"},
             glucocorticoids=[{"drug": "deflazacort", "dose_mg": 18, "frequency": "daily", "start": "2020-01-01"}],
             fractures=[{"date": "2026-01-15", "site": "vertebra", "vertebra": "T10", "genant_grade": 1,
                         "mechanism": "low_trauma"}]),
    # DMD boy, 10, prednisone, VFA this year (Q5 met), puberty recorded (Q10 met); moderate risk:
    # no indication, so not in Q4. Q2 gap (no vitamin D), Q3 gap.
    make_doc("P08", birth_date="2016-03-01", diagnosis={"code": "DMD", "onset_date": "2019-01-01"},
             glucocorticoids=[{"drug": "prednisone", "dose_mg": 10, "frequency": "daily", "start": "2021-01-01"}],
             spine_imaging=[{"date": "2026-02-01", "modality": "vfa"}],
             dxa=[{"date": "2026-02-01", "site": "lumbar_spine", "z_score": -1.0}], puberty="prepubertal"),
    # Wrist fracture 2025-06-01, zoledronate from 2025-08-01 (within 16 weeks): Q6 met; Q12 concerned.
    make_doc("P09", sex="female", birth_date="1950-01-01", menopause=POST,
             fractures=[{"date": "2025-06-01", "site": "forearm_wrist", "mechanism": "low_trauma"}],
             bone_medications=[{"drug": "zoledronate", "start": "2025-08-01", "last_dose": "2025-08-01"}]),
    # High-trauma hip fracture (not fragility) and a humerus fracture 7 weeks ago (window open): not in
    # Q6. Denosumab stopped in 2023 (> 24 months): not in Q8.
    make_doc("P10", birth_date="1960-01-01",
             fractures=[{"date": "2025-05-01", "site": "hip", "mechanism": "high_trauma"},
                        {"date": "2026-10-01", "site": "humerus", "mechanism": "unknown"}],
             bone_medications=[{"drug": "denosumab", "start": "2018-01-01", "end": "2023-01-01",
                                "last_dose": "2022-07-01"}]),
    # Denosumab running, last dose 2026-01-10: more than 6 months + 4 weeks ago → Q8 gap; Q12 concerned.
    make_doc("P11", sex="female", birth_date="1955-01-01", menopause=POST,
             bone_medications=[{"drug": "denosumab", "start": "2022-01-01", "last_dose": "2026-01-10"}]),
    # Denosumab stopped, alendronate started 6 months + 9 days after the last dose → Q8 met; Q12.
    make_doc("P12", sex="female", birth_date="1956-01-01", menopause=POST,
             bone_medications=[{"drug": "denosumab", "start": "2021-01-01", "end": "2025-12-01",
                                "last_dose": "2025-06-01"},
                               {"drug": "alendronate", "start": "2025-12-10"}]),
    # Alendronate since 2020 (≥ 5 years): Q9 concerned; Q12 concerned.
    make_doc("P13", sex="female", birth_date="1950-06-01", menopause=POST,
             diagnosis={"code": "FSHD", "onset_date": "2010-01-01"},
             bone_medications=[{"drug": "alendronate", "start": "2020-01-01"}]),
]

EXPECTED: dict[str, tuple[int | None, int | None, dict[str, set[str]]]] = {
    "Q1": (1, 2, {"met": {"P01"}, "gap": {"P02"}}),
    "Q2": (2, 10, {"met": {"P04", "P06"}, "gap": {"P05", "P07", "P08", "P09", "P10", "P11", "P12", "P13"}}),
    "Q3": (1, 3, {"met": {"P06"}, "gap": {"P07", "P08"}}),
    "Q4": (1, 2, {"met": {"P06"}, "gap": {"P07"}}),
    "Q5": (1, 3, {"met": {"P08"}, "gap": {"P06", "P07"}}),
    "Q6": (1, 2, {"met": {"P09"}, "gap": {"P07"}}),
    "Q7": (1, 2, {"met": {"P06"}, "gap": {"P04"}}),
    "Q8": (1, 2, {"met": {"P12"}, "gap": {"P11"}}),
    "Q9": (None, None, {"eligible": {"P13"}}),
    "Q10": (1, 2, {"met": {"P08"}, "gap": {"P07"}}),
    "Q11": (1, 2, {"met": {"P04"}, "gap": {"P05"}}),
    "Q12": (None, None, {"eligible": {"P06", "P09", "P11", "P12", "P13"}}),
}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, IndicatorResult]:
    path = tmp_path_factory.mktemp("indicators") / "clinic.sqlite"
    with ClinicStore(path) as store:
        store.import_documents(CLINIC, source="test")
        overview = clinic_overview(store, AS_OF)
    return {r.id: r for r in overview.indicators}


def test_definitions_and_rules_are_in_step() -> None:
    assert [i.id for i in INDICATORS] == list(RULES) == [f"Q{n}" for n in range(1, 13)]
    assert sum(i.computable for i in INDICATORS) >= 6


@pytest.mark.parametrize("indicator_id", list(EXPECTED))
def test_each_indicator_counts_the_hand_built_clinic(results: dict[str, IndicatorResult], indicator_id: str) -> None:
    numerator, denominator, ids = EXPECTED[indicator_id]
    result = results[indicator_id]
    assert (result.numerator, result.denominator) == (numerator, denominator)
    assert set(result.met_ids) == ids.get("met", set())
    assert set(result.gap_ids) == ids.get("gap", set())
    assert set(result.eligible_ids) == ids.get("eligible", set())
    if numerator is None:
        assert result.percent is None and "Not computable" in result.note
        assert f"{len(ids['eligible'])} patient(s) concerned" in result.note
    else:
        assert result.percent == round(100 * numerator / denominator, 1)


def test_json_entry_has_the_contract_fields(results: dict[str, IndicatorResult]) -> None:
    q1 = results["Q1"].to_json()
    assert {"id": "Q1", "title": "Bone assessment at diagnosis", "numerator": 1, "denominator": 2,
            "percent": 50.0}.items() <= q1.items()
    assert q1["window"] and q1["numerator_definition"] and q1["denominator_definition"]
    q9 = results["Q9"].to_json()
    assert q9["numerator"] is None and q9["denominator"] is None and q9["eligible"] == 1


def test_fresh_report_and_cached_risk_give_the_same_marks() -> None:
    """The scan reads GC figures from a fresh report, or computes them: both must agree."""
    from nmdbone_desktop.core.assessment import assess

    for doc in CLINIC:
        report = assess(doc, AS_OF)
        assert evaluate(doc, AS_OF, report["risk_category"], report) == evaluate(doc, AS_OF, report["risk_category"])


# -- boundaries ------------------------------------------------------------------------------------

def test_q8_dose_exactly_four_weeks_late_still_counts() -> None:
    # last dose 2026-04-23: + 6 months = 2026-10-23, + 28 days = 2026-11-20 (< as_of) → late;
    # 2026-04-24 → deadline 2026-11-21 = as_of → on time.
    late = make_doc("L", bone_medications=[{"drug": "denosumab", "start": "2024-01-01", "last_dose": "2026-04-23"}])
    on_time = make_doc("O", bone_medications=[{"drug": "denosumab", "start": "2024-01-01", "last_dose": "2026-04-24"}])
    q8 = list(RULES).index("Q8")
    assert evaluate(late, AS_OF, "low")[q8] == "gap"
    assert evaluate(on_time, AS_OF, "low")[q8] == "met"


def test_gc_run_bridges_short_gaps_and_restarts_after_long_ones() -> None:
    courses = [{"drug": "prednisolone", "dose_mg": 5, "frequency": "daily", "start": "2020-01-01", "end": "2020-06-30"},
               {"drug": "prednisolone", "dose_mg": 5, "frequency": "daily", "start": "2020-07-20", "end": "2021-01-01"},
               {"drug": "prednisolone", "dose_mg": 5, "frequency": "daily", "start": "2023-01-01"},
               {"drug": "methylprednisolone", "dose_mg": 500, "frequency": "single", "start": "2022-06-01"}]
    assert gc_run_start(make_doc("G", glucocorticoids=courses[:2] + courses[3:]), AS_OF) is None  # nothing today
    assert gc_run_start(make_doc("G", glucocorticoids=courses), AS_OF) == date(2023, 1, 1)
    bridged = [courses[0], {**courses[1], "end": None}]
    assert gc_run_start(make_doc("G", glucocorticoids=bridged), AS_OF) == date(2020, 1, 1)


def test_reached_age_counts_a_leap_day_birthday_on_28_february() -> None:
    assert reached_age(date(2000, 2, 29), date(2009, 2, 28), 9)
    assert not reached_age(date(2000, 2, 29), date(2009, 2, 27), 9)
    assert reached_age(date(2006, 11, 21), AS_OF, 20) and not reached_age(date(2006, 11, 22), AS_OF, 20)


# -- CSV -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "written"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1+1", "'+1+1"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("Müller", "Müller"), ("a=b", "a=b"),
    ("\n=1", "'\n=1"), ("  =1", "'  =1"), ("\uff1d1", "'\uff1d1"),
    ("", ""), (None, ""), (-2.5, "-2.5"), (41, "41"),
])
def test_safe_cell_escapes_what_a_spreadsheet_would_execute(value: Any, written: Any) -> None:
    assert safe_cell(value) == written


def test_patient_list_csv_escapes_hostile_names(results: dict[str, IndicatorResult]) -> None:
    names = {"P06": "=cmd|' /C calc'!A0", "P09": "@SUM(1+1)", "P11": "-Smith, Ann", "P12": "+44 Jones",
             "P13": "Müller, Anna"}
    out = io.StringIO()
    write_indicator_patients_csv(results["Q12"], names, out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["indicator", "status", "patient_id", "name"]
    by_id = {r[2]: r for r in rows[1:]}
    assert by_id["P06"][3] == "'=cmd|' /C calc'!A0"
    assert by_id["P09"][3] == "'@SUM(1+1)"
    assert by_id["P11"][3] == "'-Smith, Ann"
    assert by_id["P12"][3] == "'+44 Jones"
    assert by_id["P13"][3] == "Müller, Anna"
    assert {r[1] for r in rows[1:]} == {"concerned"}


def test_indicator_csv_keeps_numbers_as_numbers(results: dict[str, IndicatorResult], tmp_path: Path) -> None:
    target = tmp_path / "indicators.csv"
    with target.open("w", encoding="utf-8-sig", newline="") as out:
        write_indicators_csv(results.values(), out)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == list(EXPECTED)
    q1 = rows[0]
    assert (q1["numerator"], q1["denominator"], q1["percent"]) == ("1", "2", "50.0")
    q9 = next(r for r in rows if r["id"] == "Q9")
    assert (q9["numerator"], q9["denominator"], q9["percent"]) == ("", "", "")
    assert all(not r[k].startswith(("=", "+", "-", "@")) for r in rows for k in r)
