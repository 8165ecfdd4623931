"""Issue 20: DXA results in (CSV/XLSX tables, DICOM SR, FHIR) through one previewed, audited flow."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from nmdbone_desktop.importers import read_file
from nmdbone_desktop.importers.vocab import read_date, read_number, read_site
from nmdbone_desktop.services.dxa_import import ImportRefused, commit_dxa_import, plan_dxa_import
from tests.backends import open_store
from tests.conftest import Cli
from tests.dxa_helpers import MAKE_SR, clinic, make_sr

FIXTURES = Path(__file__).parent / "fixtures" / "fhir"

# 3 patients × 4 scans, two sites each, written the European way: semicolons, decimal commas,
# day-first dates, the scanners' site names and header spellings.
EURO_HEADER = "Patient ID;Scan Date;Region;Side;BMD (g/cm²);T-Score;Z-Score;Manufacturer;Scanner model\n"
SCANS = {
    "P001": [("2019", "0,912", "-1,9", "-1,1", "0,701", "-2,1", "-0,9"),
             ("2020", "0,905", "-2,0", "-1,1", "0,690", "-2,2", "-1,0"),
             ("2021", "0,899", "-2,0", "-1,0", "0,682", "-2,3", "-0,9"),
             ("2022", "0,880", "-2,2", "-1,1", "0,671", "-2,4", "-1,0")],
    "P002": [("2019", "0,612", "", "-3,1", "0,552", "", "-3,4"),
             ("2020", "0,601", "", "-3,3", "0,540", "", "-3,6"),
             ("2021", "0,598", "", "-3,5", "0,533", "", "-3,8"),
             ("2022", "0,590", "", "-3,6", "0,521", "", "-4,0")],
    "P003": [("2019", "1,012", "-0,9", "-0,5", "0,801", "-1,1", "-0,6"),
             ("2020", "1,001", "-1,0", "-0,6", "0,795", "-1,2", "-0,6"),
             ("2021", "0,995", "-1,0", "-0,6", "0,790", "-1,2", "-0,6"),
             ("2022", "0,990", "-1,1", "-0,7", "0,788", "-1,3", "-0,7")],
}


def euro_csv(path: Path, bad_t: bool = False) -> Path:
    lines = [EURO_HEADER]
    for pid, scans in SCANS.items():
        for year, sb, st, sz, nb, nt, nz in scans:
            lines.append(f"{pid};15.03.{year};L1-L4;;{sb};{st};{sz};GE Healthcare;Lunar iDXA\n")
            lines.append(f"{pid};15.03.{year};Neck;Links;{nb};{nt};{nz};GE Healthcare;Lunar iDXA\n")
    if bad_t:
        lines.insert(7, "P002;01.06.2023;Total Hip;R;0,800;12;-0,4;Hologic;Horizon A\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def dxa_of(db: Path, pid: str) -> list[dict]:
    with open_store(db) as store:
        return [d.model_dump(mode="json", exclude_none=True) for d in store.get_document(pid).dxa]


def test_european_csv_imports_the_right_values_and_again_adds_nothing(
        clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    db = clinic(clinic_location)
    csv = euro_csv(tmp_path / "dxa.csv")
    code, out, err = cli("import-dxa", "--db", db, csv)
    assert code == 0, err
    assert "24 DXA measurements for 3 patients" in err
    rows = dxa_of(db, "P001")
    assert len(rows) == 8
    assert rows[0] == {"date": "2019-03-15", "site": "lumbar_spine", "bmd_g_cm2": 0.912, "t_score": -1.9,
                       "z_score": -1.1, "manufacturer": "ge_lunar"}
    assert rows[1] == {"date": "2019-03-15", "site": "femoral_neck", "bmd_g_cm2": 0.701, "t_score": -2.1,
                       "z_score": -0.9, "manufacturer": "ge_lunar", "side": "left"}
    assert dxa_of(db, "P002")[-1] == {"date": "2022-03-15", "site": "femoral_neck", "bmd_g_cm2": 0.521,
                                      "z_score": -4.0, "manufacturer": "ge_lunar", "side": "left"}
    # the same file again: every row is a duplicate of a scan on record, nothing is added
    code, out, err = cli("import-dxa", "--db", db, csv, "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert preview["counts"] == {"add": 0, "duplicate": 24, "refused": 0, "patients": 0}
    assert len(dxa_of(db, "P001")) == 8
    # audited: one entry per added measurement, named as the editor names list items, plus a summary
    with open_store(db) as store:
        history = [e for e in store.history("P001") if e.action == "import-dxa"]
        assert len(history) == 8 and history[-1].record == "dxa[0]"
        assert history[-1].detail == {"source": str(csv), "where": "row 2"}
        assert history[-1].after == rows[0]  # the record's canonical JSON, as the editor's audit writes it
        assert store.revisions()["P001"] == 2
        summary = [e for e in store.history() if e.action == "import-dxa" and e.patient_id is None]
        assert summary[0].detail["added"] == 24
        # re-assessed after the import: the list's cache holds the new revision
        assert store.assessment_summaries()["P001"].revision == 2


def test_a_t_score_of_12_refuses_the_whole_file_naming_row_and_field(
        clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    db = clinic(clinic_location)
    csv = euro_csv(tmp_path / "dxa.csv", bad_t=True)
    code, _out, err = cli("import-dxa", "--db", db, csv)
    assert code == 2
    assert f"{csv}: row 8: t_score: Input should be less than or equal to 6 (got 12.0)" in err
    assert "nothing was imported" in err
    assert dxa_of(db, "P001") == [] and dxa_of(db, "P002") == []


def test_dry_run_writes_nothing(clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    db = clinic(clinic_location)
    code, out, _err = cli("import-dxa", "--db", db, euro_csv(tmp_path / "dxa.csv"), "--dry-run")
    assert code == 0
    assert "24 to add for 3 patients, 0 duplicates skipped, 0 refused" in out
    assert dxa_of(db, "P003") == []


def test_xlsx_with_vendor_headers_and_site_names(clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    from openpyxl import Workbook

    db = clinic(clinic_location)
    book = Workbook()
    sheet = book.active
    sheet.append(["MRN", "Exam date", "Scan Type", "Region", "BMD", "YA T-Score", "AM Z-Score", "Age", "Make"])
    sheet.append(["P003", date(2024, 5, 2), "Right Femur", "Total", 0.83, -1.4, -0.9, 48, "Hologic"])
    sheet.append(["P003", "2024-05-02", "Left Forearm", "33%", 0.71, -0.8, -0.2, 48, "Hologic"])
    sheet.append(["P003", "2024-05-02", "Left Forearm", "Total", 0.61, -1.0, -0.3, 48, "Hologic"])
    sheet.append(["P003", "2024-05-02", "Total Body", "TBLH", 0.95, None, -0.1, 48, "Hologic"])
    sheet.append(["P003", "2024-05-02", "AP Spine", "L2-L4", 0.95, -1.0, -0.5, 48, "Hologic"])
    book.save(tmp_path / "dxa.xlsx")
    code, out, err = cli("import-dxa", "--db", db, tmp_path / "dxa.xlsx", "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert preview["counts"]["add"] == 3
    assert any("columns not read: Age" in n for n in preview["notes"])
    assert sum("not a contract site" in n for n in preview["notes"]) == 2  # total forearm, L2-L4
    assert [(r["site"], r.get("side")) for r in dxa_of(db, "P003")] == [
        ("total_hip", "right"), ("radius_33", "left"), ("total_body_less_head", None)]
    assert dxa_of(db, "P003")[0]["manufacturer"] == "hologic"


def test_unknown_patient_and_future_date_are_refused(clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    db = clinic(clinic_location)
    path = tmp_path / "t.csv"
    path.write_text("patient_id,date,site,bmd_g_cm2\nP404,2020-01-01,L1-L4,0.9\nP001,2999-01-01,Neck,0.7\n"
                    "P001,1950-01-01,Total Hip,0.7\n", encoding="utf-8")
    code, _out, err = cli("import-dxa", "--db", db, path)
    assert code == 2
    assert f"{path}: row 2: patient: no patient P404 in the clinic" in err
    assert f"{path}: row 3: date: is in the future of" in err
    assert f"{path}: row 4: date: is before the patient's birth_date 1961-04-12" in err


@pytest.mark.parametrize(("name", "site", "side"), [
    ("L1-L4", "lumbar_spine", None), ("AP Spine", "lumbar_spine", None), ("Neck", "femoral_neck", None),
    ("Femoral Neck", "femoral_neck", None), ("Total", "total_hip", None), ("Total Hip", "total_hip", None),
    ("1/3 Radius", "radius_33", None), ("Radius 33%", "radius_33", None), ("TBLH", "total_body_less_head", None),
    ("Total Body Less Head", "total_body_less_head", None), ("Distal Femur", "lateral_distal_femur", None),
    ("Left Femoral Neck", "femoral_neck", "left"), ("Neck (R)", "femoral_neck", "right"),
    ("Total Hip Lt", "total_hip", "left"), ("Left 1/3 Radius", "radius_33", "left"), ("Troch", None, None),
])
def test_scanner_site_names(name: str, site: str | None, side: str | None) -> None:
    assert read_site(name) == (site, side)


def test_numbers_and_dates() -> None:
    assert read_number("-1,9") == -1.9 and read_number("\u22122.5") == -2.5 and read_number(" ") is None
    with pytest.raises(ValueError, match="not a number"):
        read_number("1.2.3")
    assert read_date("15.03.2021") == date(2021, 3, 15) and read_date("20210315") == date(2021, 3, 15)
    assert read_date("13/03/2021") == date(2021, 3, 13) and read_date("03/13/2021") == date(2021, 3, 13)
    with pytest.raises(ValueError, match="ambiguous"):
        read_date("03/04/2021")
    assert read_date("03/04/2021", "dmy") == date(2021, 4, 3)


def test_comma_separated_with_quoted_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('patient_id,date,site,bmd_g_cm2,t_score\nP001,2020-01-01,L1-L4,"0,9","-1,5"\n', encoding="utf-8")
    result = read_file(path)
    assert not result.problems
    assert result.candidates[0].values["bmd_g_cm2"] == 0.9 and result.candidates[0].values["t_score"] == -1.5


# -- DICOM SR ------------------------------------------------------------------------------------

@pytest.mark.skipif(not MAKE_SR.exists(), reason="needs /work/shared/tools/make_dxa_sr.py")
def test_ge_layout_sr_for_two_patients(clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    db = clinic(clinic_location)
    a = make_sr(tmp_path / "a.dcm", "--patient-id", "P001", "--name", "Müller^Anna", "--birth", "1961-04-12",
                "--sex", "F", "--date", "2025-03-01",
                "--region", "AP Spine/L1-L4=0.912,-1.9,-1.1", "--region", "AP Spine/L1=0.850,-2.0,-1.3",
                "--region", "DualFemur/Neck Left=0.601,-2.4,-1.2", "--region", "DualFemur/Neck Right=0.622,-2.2,-1.0",
                "--region", "DualFemur/Total Left=0.701,-2.0,-1.0", "--region", "DualFemur/Total Right=0.711,-1.9,",
                "--region", "DualFemur/Neck Mean=0.611,-2.3,-1.1",
                "--region", "Left Forearm/33%=0.650,-1.5,-0.8", "--region", "Left Forearm/UD=0.400,-1.8,-1.0")
    b = make_sr(tmp_path / "b.dcm", "--patient-id", "P002", "--name", "de Vries^Jan", "--birth", "1998-02-03",
                "--sex", "M", "--date", "2025-04-02", "--model", "Lunar Prodigy",
                "--region", "AP Spine/L1-L4=0.612,,-3.1", "--region", "Right Femur/Neck=0.552,,-3.4",
                "--region", "Right Forearm/33%=0.520,,-2.9")
    code, out, err = cli("import-dxa", "--db", db, a, b, "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert preview["counts"] == {"add": 9, "duplicate": 0, "refused": 0, "patients": 2}
    assert any("DualFemur/Neck Mean: not a contract site" in n for n in preview["notes"])
    rows = dxa_of(db, "P001")
    assert [(r["site"], r.get("side"), r["bmd_g_cm2"]) for r in rows] == [
        ("lumbar_spine", None, 0.912), ("femoral_neck", "left", 0.601), ("femoral_neck", "right", 0.622),
        ("total_hip", "left", 0.701), ("total_hip", "right", 0.711), ("radius_33", "left", 0.65)]
    assert rows[1] == {"date": "2025-03-01", "site": "femoral_neck", "bmd_g_cm2": 0.601, "t_score": -2.4,
                       "z_score": -1.2, "manufacturer": "ge_lunar", "side": "left"}
    assert "t_score" not in rows[4] or rows[4]["t_score"] == -1.9
    assert [(r["site"], r.get("side"), r.get("z_score")) for r in dxa_of(db, "P002")] == [
        ("lumbar_spine", None, -3.1), ("femoral_neck", "right", -3.4), ("radius_33", "right", -2.9)]


@pytest.mark.skipif(not MAKE_SR.exists(), reason="needs /work/shared/tools/make_dxa_sr.py")
def test_a_dual_femur_region_without_a_side_is_refused(clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    db = clinic(clinic_location)
    sr = make_sr(tmp_path / "a.dcm", "--patient-id", "P001", "--birth", "1961-04-12", "--sex", "F",
                 "--date", "2025-03-01", "--region", "DualFemur/Neck=0.601,-2.4,-1.2")
    code, _out, err = cli("import-dxa", "--db", db, sr)
    assert code == 2
    assert f"{sr}: DualFemur/Neck: side: a DualFemur region must say which femur" in err


@pytest.mark.skipif(not MAKE_SR.exists(), reason="needs /work/shared/tools/make_dxa_sr.py")
def test_non_dxa_sr_is_refused(clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    db = clinic(clinic_location)
    sr = make_sr(tmp_path / "x.dcm", "--patient-id", "P001", "--birth", "1961-04-12", "--sex", "F",
                 "--date", "2025-03-01", "--region", "Chest/Nodule=0.5,,", "--not-dxa")
    code, _out, err = cli("import-dxa", "--db", db, sr)
    assert code == 2
    assert "this Structured Report is not a DXA report (its title is 'Imaging Report')" in err


def test_pydicoms_own_sr_test_file_is_refused(clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    from pydicom.data import get_testdata_file

    sr = Path(get_testdata_file("test-SR.dcm"))
    result = read_file(sr)
    assert not result.candidates
    assert "is not a DXA report" in str(result.problems[0])
    code, _out, err = cli("import-dxa", "--db", clinic(clinic_location), sr)
    assert code == 2 and "not a DXA report" in err


def test_a_ct_image_is_not_a_structured_report(tmp_path: Path) -> None:
    from pydicom.data import get_testdata_file

    result = read_file(Path(get_testdata_file("CT_small.dcm")))
    assert "is not a DICOM Structured Report" in str(result.problems[0])


@pytest.mark.skipif(not MAKE_SR.exists(), reason="needs /work/shared/tools/make_dxa_sr.py")
def test_match_by_name_and_birth_date_needs_confirmation(clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    db = clinic(clinic_location)
    sr = make_sr(tmp_path / "a.dcm", "--patient-id", "SCANNER-77", "--name", "MULLER^ANNA", "--birth", "1961-04-12",
                 "--sex", "F", "--date", "2025-03-01", "--region", "AP Spine/L1-L4=0.912,-1.9,-1.1")
    code, out, err = cli("import-dxa", "--db", db, sr)
    assert code == 2 and "--accept-name-matches" in err
    assert "matched by name and birth date: confirm" in out
    assert dxa_of(db, "P001") == []
    code, _out, err = cli("import-dxa", "--db", db, sr, "--accept-name-matches")
    assert code == 0, err
    assert dxa_of(db, "P001")[0]["bmd_g_cm2"] == 0.912


# -- FHIR ----------------------------------------------------------------------------------------

def test_us_core_dxa_observations_import_into_a_patient(clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    db = clinic(clinic_location)
    files = sorted(FIXTURES.glob("Observation-dxa-*.json"))
    assert len(files) == 6
    code, _out, err = cli("import-dxa", "--db", db, *files)
    assert code == 2 and "no patient example in the clinic" in err  # Patient/example is not ours
    code, _out, err = cli("import-dxa", "--db", db, *files, "--patient", "P003")
    assert code == 0, err
    assert dxa_of(db, "P003") == [  # LOINC "Femur - left" beside "Hip - left": the left femoral neck
        {"date": "2021-11-10", "site": "femoral_neck", "bmd_g_cm2": 0.631, "t_score": -1.48, "z_score": 0.05,
         "side": "left"},
        {"date": "2021-11-10", "site": "total_hip", "bmd_g_cm2": 0.734, "t_score": -1.62, "z_score": -0.19,
         "side": "left"},
    ]


def test_the_service_refuses_to_commit_an_invalid_plan(clinic_location: str | Path, tmp_path: Path) -> None:
    db = clinic(clinic_location)
    csv = euro_csv(tmp_path / "dxa.csv", bad_t=True)
    with open_store(db) as store:
        plan = plan_dxa_import(store, [csv], as_of=date.today())
        assert not plan.valid
        with pytest.raises(ImportRefused, match="t_score"):
            commit_dxa_import(store, plan)


def test_a_change_after_the_preview_writes_nothing(clinic_location: str | Path, tmp_path: Path) -> None:
    from nmdbone_desktop.store import RevisionConflict

    db = clinic(clinic_location)
    with open_store(db) as store:
        plan = plan_dxa_import(store, [euro_csv(tmp_path / "dxa.csv")], as_of=date.today())
        doc = store.get_document("P002")
        store.save_document(doc.model_copy(update={"falls_past_12_months": 1}))
        with pytest.raises(RevisionConflict, match="P002"):
            commit_dxa_import(store, plan)
        plan = plan_dxa_import(store, [euro_csv(tmp_path / "dxa.csv")], as_of=date.today())
        store.delete_patient("P002")  # deleted since the preview
        with pytest.raises(RevisionConflict, match="P002"):
            commit_dxa_import(store, plan)
    assert dxa_of(db, "P001") == []


def test_template_is_shipped_and_reads_as_an_empty_table() -> None:
    from nmdbone_desktop.services.dxa_import import template_text

    shipped = Path(__file__).parents[1] / "resources" / "dxa" / "dxa_import_template.csv"
    assert shipped.read_text(encoding="utf-8") == template_text()
    result = read_file(shipped)
    assert not result.problems and not result.candidates


@pytest.mark.skipif(not MAKE_SR.exists(), reason="needs /work/shared/tools/make_dxa_sr.py")
def test_one_import_of_all_three_kinds(clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    db = clinic(clinic_location)
    csv = tmp_path / "t.csv"
    csv.write_text("patient_id,date,site,side,bmd_g_cm2,t_score,z_score,height_adjusted_z,manufacturer,scanner_model\n"
                   "P002,2024-01-10,Total Body Less Head,,0.9,,-2.0,-1.2,,Lunar iDXA\n", encoding="utf-8")
    sr = make_sr(tmp_path / "a.dcm", "--patient-id", "P002", "--birth", "1998-02-03", "--sex", "M",
                 "--date", "2025-04-02", "--region", "AP Spine/L1-L4=0.612,,-3.1")
    code, out, err = cli("import-dxa", "--db", db, csv, sr, "--json")
    assert code == 0, err
    assert json.loads(out)["counts"]["add"] == 2
    assert dxa_of(db, "P002") == [
        {"date": "2024-01-10", "site": "total_body_less_head", "bmd_g_cm2": 0.9, "z_score": -2.0,
         "height_adjusted_z": -1.2, "manufacturer": "ge_lunar"},
        {"date": "2025-04-02", "site": "lumbar_spine", "bmd_g_cm2": 0.612, "z_score": -3.1, "manufacturer": "ge_lunar"},
    ]


def test_a_side_on_the_spine_is_refused_with_its_field(clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "t.csv"
    path.write_text("patient_id,date,site,side,bmd_g_cm2\nP001,2020-01-01,L1-L4,left,0.9\n", encoding="utf-8")
    code, _out, err = cli("import-dxa", "--db", clinic(clinic_location), path)
    assert code == 2
    assert f"{path}: row 2: side: applies to hip, femur and forearm sites (site is lumbar_spine)" in err


def test_a_file_of_no_known_kind(clinic_location: str | Path, tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "scan.bin"
    path.write_bytes(b"\x00\x01binary")
    code, _out, err = cli("import-dxa", "--db", clinic(clinic_location), path)
    assert code == 2 and "is not a DXA table (CSV, XLSX), a DICOM SR or FHIR JSON" in err
