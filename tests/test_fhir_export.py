"""Issue 20: FHIR R4 export — valid Bundles (fhir.resources R4B), real codes, and a round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nmdbone_desktop.importers.codes import ATC_CODES, ICD10_CODES, LOINC_DXA, LOINC_INDEX, loinc_check_digit_ok
from tests.backends import open_store
from tests.conftest import Cli
from tests.dxa_helpers import clinic

RICH = {
    "P001": {
        "diagnosis": {"code": "IIM-DM", "onset_date": "2019-02-01", "label": "Dermatomyositis"},
        "dxa": [
            {"date": "2020-03-01", "site": "lumbar_spine", "bmd_g_cm2": 0.912, "t_score": -1.9, "z_score": -1.1,
             "tbs": 1.21, "manufacturer": "ge_lunar"},
            {"date": "2020-03-01", "site": "femoral_neck", "side": "left", "bmd_g_cm2": 0.601, "t_score": -2.4,
             "manufacturer": "ge_lunar"},
            {"date": "2020-03-01", "site": "femoral_neck", "side": "right", "bmd_g_cm2": 0.622, "t_score": -2.2,
             "manufacturer": "ge_lunar"},
            {"date": "2021-03-01", "site": "total_hip", "side": "left", "bmd_g_cm2": 0.7, "z_score": -1.0,
             "manufacturer": "hologic"},
            {"date": "2021-03-01", "site": "radius_33", "side": "right", "t_score": -1.5},
            {"date": "2021-03-01", "site": "total_body_less_head", "bmd_g_cm2": 0.95, "z_score": -0.4},
            {"date": "2021-03-01", "site": "lateral_distal_femur", "side": "left", "z_score": -2.9},
        ],
        "glucocorticoids": [{"drug": "prednisolone", "dose_mg": 7.5, "frequency": "daily", "start": "2019-02-10"},
                            {"drug": "methylprednisolone", "dose_mg": 1000, "frequency": "single",
                             "start": "2019-02-01", "end": "2019-02-01", "route": "iv"},
                            {"drug": "budesonide", "dose_mg": 9, "frequency": "daily", "start": "2022-01-01"}],
        "bone_medications": [{"drug": "alendronate", "start": "2020-04-01"}, {"drug": "hrt", "start": "2020-01-01"}],
    },
    "P002": {"dxa": [{"date": "2010-05-05", "site": "lumbar_spine", "z_score": -2.1, "height_adjusted_z": -1.4}]},
}


@pytest.fixture
def rich_clinic(clinic_location: str | Path, tmp_path: Path) -> Path:
    return clinic(clinic_location, RICH)


def test_every_loinc_code_passes_the_check_digit() -> None:
    codes = [code for measures in LOINC_DXA.values() for code, _display in measures.values()]
    assert len(codes) == len(set(codes)) == 30
    assert all(loinc_check_digit_ok(c) for c in codes)
    assert not loinc_check_digit_ok("38267-2") and not loinc_check_digit_ok("38267")


def test_code_tables_have_the_shape_of_their_systems() -> None:
    import re

    assert all(re.fullmatch(r"[A-Z]\d\d[A-Z]{2}\d\d", code) for code, _d in ATC_CODES.values())
    assert all(re.fullmatch(r"[A-Z]\d\d\.\d", code) for code, _d in ICD10_CODES.values())


def test_exported_bundles_validate_with_fhir_resources(rich_clinic: Path, tmp_path: Path, cli: Cli) -> None:
    from fhir.resources.R4B.bundle import Bundle

    out = tmp_path / "fhir"
    code, stdout, err = cli("export-fhir", "--db", rich_clinic, "--out", out)
    assert code == 0, err
    assert "exported 3 FHIR bundles" in stdout
    for path in sorted(out.glob("*.fhir.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        bundle = Bundle.model_validate(data)
        assert bundle.type == "collection"
    data = json.loads((out / "P001.fhir.json").read_text(encoding="utf-8"))
    kinds = [e["resource"]["resourceType"] for e in data["entry"]]
    assert kinds.count("Patient") == 1 and kinds.count("Condition") == 1
    assert kinds.count("MedicationStatement") == 5
    assert kinds.count("Observation") == 14  # one per DXA value
    condition = next(e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == "Condition")
    assert condition["code"]["coding"][0] == {"system": "http://hl7.org/fhir/sid/icd-10", "code": "M33.1",
                                              "display": "Other dermatomyositis"}
    observations = [e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == "Observation"]
    loinc = [c["code"] for o in observations for c in o["code"]["coding"] if c["system"] == "http://loinc.org"]
    assert all(c in LOINC_INDEX for c in loinc)
    neck_left_t = next(o for o in observations if "80948-3" in [c["code"] for c in o["code"]["coding"]])
    assert neck_left_t["valueQuantity"]["value"] == -2.4
    assert neck_left_t["bodySite"]["coding"][0]["code"] == "29627003"
    assert neck_left_t["bodySite"]["extension"][0]["valueCodeableConcept"]["coding"][0]["code"] == "7771000"
    # no LOINC where LOINC has none: total body less head, height-adjusted Z, TBS carry only the app's code
    tblh = [o for o in observations if o["code"]["coding"][-1]["code"].startswith("total_body_less_head")]
    assert tblh and all(len(o["code"]["coding"]) == 1 for o in tblh)
    meds = {e["resource"]["medicationCodeableConcept"]["text"]: e["resource"]["medicationCodeableConcept"]["coding"]
            for e in data["entry"] if e["resource"]["resourceType"] == "MedicationStatement"}
    assert meds["prednisolone"][0]["code"] == "H02AB06" and meds["alendronate"][0]["code"] == "M05BA04"
    assert [c["system"] for c in meds["hrt"]] == ["urn:nmdbone-desktop:drug"]
    assert [c["system"] for c in meds["budesonide"]] == ["urn:nmdbone-desktop:drug"]


def test_reimporting_the_exported_observations_reproduces_the_dxa_rows(rich_clinic: Path, tmp_path: Path,
                                                                      cli: Cli) -> None:
    out = tmp_path / "fhir"
    assert cli("export-fhir", "--db", rich_clinic, "--out", out)[0] == 0
    fresh = clinic(tmp_path / "fresh.sqlite")  # the same patients, no DXA yet
    code, _out, err = cli("import-dxa", "--db", fresh, *sorted(out.glob("*.fhir.json")))
    assert code == 0, err
    with open_store(rich_clinic) as a, open_store(fresh) as b:
        for pid in ("P001", "P002", "P003"):
            assert b.get_document(pid).dxa == a.get_document(pid).dxa
    # and once more: every value is now a duplicate
    code, out_text, err = cli("import-dxa", "--db", fresh, *sorted(out.glob("*.fhir.json")), "--json")
    assert code == 0, err
    assert json.loads(out_text)["counts"]["add"] == 0


def test_export_of_one_patient_and_unknown_ids(rich_clinic: Path, tmp_path: Path, cli: Cli) -> None:
    code, _stdout, _err = cli("export-fhir", "--db", rich_clinic, "--patient", "P002", "--out", tmp_path / "o")
    assert code == 0 and [p.name for p in (tmp_path / "o").iterdir()] == ["P002.fhir.json"]
    code, _out, err = cli("export-fhir", "--db", rich_clinic, "--patient", "NOPE", "--out", tmp_path / "o")
    assert code == 2 and "no patient with id 'NOPE'" in err


def test_the_latest_letter_as_a_document_reference(rich_clinic: Path, tmp_path: Path, cli: Cli) -> None:
    from fhir.resources.R4B.bundle import Bundle

    with open_store(rich_clinic) as store:
        store.record_event("letter", patient_id="P001", detail={"kind": "gp", "text": "Dear Dr Old"})
        store.record_event("letter", patient_id="P001", detail={"kind": "referral", "text": "Dear colleague, …"})
    out = tmp_path / "o"
    code, _out, err = cli("export-fhir", "--db", rich_clinic, "--patient", "P001", "--out", out, "--with-letter")
    assert code == 0, err
    data = json.loads((out / "P001.fhir.json").read_text(encoding="utf-8"))
    Bundle.model_validate(data)
    docs = [e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == "DocumentReference"]
    assert len(docs) == 1 and docs[0]["type"]["text"] == "referral letter"
    import base64

    assert base64.b64decode(docs[0]["content"][0]["attachment"]["data"]).decode() == "Dear colleague, …"
