"""The patients issue 14 names, each a clinical failure of ruleset 2026.1 that 2026.2 fixes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from nmdbone_desktop.cli.main import main as cli_main
from nmdbone_desktop.core.assessment import assess
from nmdbone_desktop.core.validation import parse_document

AS_OF = date(2026, 11, 21)


def _doc(**fields):
    base = {"schema": "nmdbone/patient-v1", "id": "I14", "name": {"given": "Test", "family": "Issue"},
            "sex": "female", "birth_date": "1956-03-01", "diagnosis": {"code": "FSHD"}}
    return parse_document({**base, **fields}, as_of=AS_OF)


def _codes(report):
    return {r["code"]: r for r in report["recommendations"]}


def test_woman_70_with_t_minus_2_8_and_a_later_bmd_only_scan_is_not_low() -> None:
    doc = _doc(menopause={"status": "post"}, dxa=[
        {"date": "2023-03-01", "site": "femoral_neck", "bmd_g_cm2": 0.60, "t_score": -2.8},
        {"date": "2025-03-01", "site": "femoral_neck", "bmd_g_cm2": 0.59}])
    report = assess(doc, AS_OF)
    assert report["densitometry"]["category"] == "osteoporosis"
    assert report["densitometry"]["date"] == "2023-03-01"
    assert report["risk_category"] == "high"
    assert "START_BONE_THERAPY" in _codes(report)


def test_one_t12_fracture_re_reported_is_one_old_fracture() -> None:
    doc = _doc(menopause={"status": "post"}, fractures=[
        {"date": "2022-05-10", "site": "vertebra", "vertebra": "T12", "genant_grade": 2},
        {"date": "2026-03-01", "site": "vertebra", "vertebra": "t 12", "genant_grade": 2}])
    report = assess(doc, AS_OF)
    assert report["vertebral_fractures"] == {"count": 1, "max_genant_grade": 2, "latest_date": "2022-05-10"}
    assert report["risk_category"] == "high"
    assert not {"CONSIDER_ANABOLIC", "REFER_BONE_SPECIALIST"} & set(_codes(report))


def test_a_spine_only_follow_up_does_not_hide_a_femur_z_of_minus_2_8() -> None:
    doc = _doc(sex="male", birth_date="1990-01-01", diagnosis={"code": "SMA"}, dxa=[
        {"date": "2025-01-10", "site": "femoral_neck", "z_score": -2.8},
        {"date": "2026-06-01", "site": "lumbar_spine", "z_score": -1.1}])
    report = assess(doc, AS_OF)
    assert report["densitometry"]["lowest_score"] == -2.8
    assert report["densitometry"]["lowest_site"] == "femoral_neck"
    assert report["densitometry"]["category"] == "low_for_age"
    assert any("2025-01-10" in n for n in report["densitometry"]["notes"])


def test_romosozumab_not_for_men_and_denosumab_not_for_children() -> None:
    man = _doc(sex="male", birth_date="1950-01-01", fractures=[
        {"date": "2026-01-01", "site": "vertebra", "vertebra": "L1"},
        {"date": "2026-02-01", "site": "vertebra", "vertebra": "L2"}])
    start = _codes(assess(man, AS_OF))["START_BONE_THERAPY"]
    assert "romosozumab" not in start["options"]
    assert "not licensed for men" in next(a["reason"] for a in start["avoid"] if a["drug"] == "romosozumab")
    child = _doc(sex="male", birth_date="2014-01-01", diagnosis={"code": "DMD"},
                 fractures=[{"date": "2026-01-01", "site": "vertebra", "vertebra": "T8"}])
    start = _codes(assess(child, AS_OF))["START_BONE_THERAPY"]
    assert "denosumab" not in start["options"] and "denosumab" in {a["drug"] for a in start["avoid"]}


def test_calcium_checked_before_denosumab_and_pregnancy_planning_for_a_young_woman() -> None:
    doc = _doc(birth_date="1991-01-01", menopause={"status": "pre"}, childbearing_potential=True,
               dysphagia=True,
               fractures=[{"date": "2026-01-01", "site": "vertebra", "vertebra": "T8"}],
               labs=[{"date": "2026-10-01", "test": "calcium", "value": 2.10, "unit": "mmol/L"},
                     {"date": "2026-10-01", "test": "albumin", "value": 40, "unit": "g/L"},
                     {"date": "2026-10-01", "test": "25ohd", "value": 80, "unit": "nmol/L"}])
    codes = _codes(assess(doc, AS_OF))
    assert {"START_BONE_THERAPY", "CORRECT_CALCIUM_FIRST", "PREGNANCY_PLANNING", "DENTAL_CHECK"} <= set(codes)
    assert codes["CORRECT_CALCIUM_FIRST"]["since"] == "2026-10-01"
    assert "2.1 mmol/L" in codes["CORRECT_CALCIUM_FIRST"]["rationale"]


@pytest.mark.parametrize("label", ["t8", "T 8", " t 8 "])
def test_assess_reads_vertebra_labels_ignoring_case_and_spaces(
    label: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = {"schema": "nmdbone/patient-v1", "id": "V1", "name": {"given": "A", "family": "B"}, "sex": "male",
           "birth_date": "1950-01-01", "diagnosis": {"code": "DM1"},
           "fractures": [{"date": "2025-01-01", "site": "vertebra", "vertebra": label},
                         {"date": "2026-01-01", "site": "vertebra", "vertebra": "T8"}]}
    path = tmp_path / "p.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert cli_main(["assess", str(path), "--as-of", "2026-11-21"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["vertebral_fractures"]["count"] == 1


def test_an_impossible_vertebra_label_is_refused_with_its_field(tmp_path: Path, capsys) -> None:
    doc = {"schema": "nmdbone/patient-v1", "id": "V1", "name": {"given": "A", "family": "B"}, "sex": "male",
           "birth_date": "1950-01-01", "diagnosis": {"code": "DM1"},
           "fractures": [{"date": "2025-01-01", "site": "vertebra", "vertebra": "T13"}]}
    path = tmp_path / "p.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert cli_main(["assess", str(path), "--as-of", "2026-11-21"]) == 2
    assert "fractures[0].vertebra" in capsys.readouterr().err


def test_denosumab_courses_starting_on_one_day_the_one_listed_last_is_judged() -> None:
    """RULES §0 same-date entries and §6.7 (found by the independent implementation): the course
    listed last ended 30 months ago, so no follow-on is due; listed the other way round it is."""
    data = {
        "schema": "nmdbone/patient-v1",
        "id": "dmab_same_start_min",
        "name": {
            "given": "a",
            "family": "b"
        },
        "sex": "female",
        "birth_date": "1950-01-01",
        "diagnosis": {
            "code": "FSHD"
        },
        "menopause": {
            "status": "post"
        },
        "bone_medications": [
            {
                "drug": "denosumab",
                "start": "2023-05-25",
                "end": "2024-11-21",
                "last_dose": "2024-08-13"
            },
            {
                "drug": "denosumab",
                "start": "2023-05-25",
                "end": "2024-05-25"
            }
        ],
        "dxa": [
            {
                "date": "2026-01-01",
                "site": "femoral_neck",
                "t_score": -2.0
            }
        ]
    }
    as_of = date.fromisoformat("2026-11-21")
    codes = set(_codes(assess(parse_document(data, as_of=as_of), as_of)))
    assert "DENOSUMAB_OVERDUE" not in codes
    swapped = {**data, "bone_medications": list(reversed(data["bone_medications"]))}
    assert "DENOSUMAB_OVERDUE" in set(_codes(assess(parse_document(swapped, as_of=as_of), as_of)))
