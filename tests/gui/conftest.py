"""Fixtures for the window tests: headless Qt, a small clinic database, a window on it.

``QT_QPA_PLATFORM=offscreen`` is set before anything imports Qt, so the tests run without a
display (CI, ssh). The clinic is built once per session (demo patients plus hand-made ones the
tests rely on, such as "Müller") and copied for each test, so every test starts from the same
data and may write to it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "QtAgg")

import copy
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

AS_OF = date(2026, 11, 21)
DEMO_PATIENTS = 40

#: The contract §3 example report, as the panel and chart must be able to show it.
CONTRACT_REPORT: dict[str, Any] = {
    "schema": "nmdbone/assessment-v1",
    "patient_id": "P0001", "as_of": "2026-11-21", "ruleset_version": "test",
    "age_years": 65.6, "population": "adult",
    "densitometry": {"category": "osteopenia", "score_type": "T", "lowest_score": -2.4,
                     "lowest_site": "femoral_neck", "date": "2024-03-01"},
    "vertebral_fractures": {"count": 1, "max_genant_grade": 2, "latest_date": "2025-06-10"},
    "glucocorticoids": {"current_daily_mg_pred_eq": 10.0, "current_dose_band": "high",
                        "cumulative_mg_pred_eq": 13760.0, "months_exposed": 45.2,
                        "last_365_days_mg_pred_eq": 3650.0, "long_term": True},
    "trajectory": [{"site": "femoral_neck", "from": "2022-03-01", "to": "2024-03-01",
                    "change_percent": -7.4, "annualised_change_percent": -3.7,
                    "least_significant_change_percent": 6.9, "lsc_source": "default", "significant": True}],
    "fracture_risk": {"qfracture": {"major_osteoporotic_percent": 21.3, "hip_percent": 6.0, "notes": []},
                      "frax": {"major_osteoporotic_percent": 16.1, "hip_percent": 3.7,
                               "entered": {"major_osteoporotic_percent": 14.0, "hip_percent": 3.1},
                               "adjustments": ["glucocorticoid dose ≥7.5 mg/day: MOF +15%, hip +20%"],
                               "date": "2026-10-01", "notes": []},
                      "used_for_thresholds": "frax"},
    "risk_category": "very_high",
    # the rest as assess() gives it for MULLER on AS_OF (the window reads the complete, typed report)
    "risk_reasons": ["fragility fracture within 24 months (T12 vertebral fracture 2025-06-10)"],
    "indication": True, "on_therapy": [], "mobility": "ambulant", "notes": [],
    "disclaimer": "This assessment supports clinical judgement and does not replace it: check every "
                  "recommendation against the whole patient.",
    "recommendations": [
        {"code": "START_BONE_THERAPY", "kind": "action", "priority": 1, "title": "Start bone therapy",
         "text": "Start an anabolic or IV agent.", "rationale": "very high risk", "references": ["NOGG 2022"],
         "due": "2026-11-21", "options": ["teriparatide", "romosozumab", "zoledronate", "denosumab"],
         "avoid": [{"drug": "alendronate", "reason": "dysphagia"}]},
        {"code": "DXA_DUE", "kind": "action", "priority": 2, "title": "DXA due", "text": "Repeat DXA.",
         "rationale": "interval 12 months", "references": ["ISCD 2019"], "due": "2025-03-01"},
        {"code": "ORAL_BISPHOSPHONATE_UNSUITABLE", "kind": "warning", "priority": 2,
         "title": "Oral bisphosphonate unsuitable", "text": "Dysphagia.", "rationale": "dysphagia",
         "references": ["SmPC"], "due": None},
    ],
    "next_due": {"dxa": "2025-03-01", "spine_imaging": "2027-06-10", "bone_labs": "2027-09-01"},
}

#: The contract §2 example patient (Müller, so that "muller" must find her).
MULLER: dict[str, Any] = {
    "schema": "nmdbone/patient-v1", "id": "P0001",
    "name": {"given": "Anna", "family": "Müller"}, "sex": "female", "birth_date": "1961-04-12",
    "diagnosis": {"code": "IIM-DM", "onset_date": "2023-02-01", "label": "Dermatomyositis"},
    "menopause": {"status": "post", "age_years": 51},
    "measurements": [{"date": "2026-10-01", "height_cm": 164.0, "weight_kg": 58.5}],
    "mobility": [{"date": "2023-02-01", "status": "ambulant"}],
    "dysphagia": True, "can_sit_upright_30_min": True, "falls_past_12_months": 1,
    "dxa": [{"date": "2022-03-01", "site": "femoral_neck", "bmd_g_cm2": 0.650, "t_score": -2.0,
             "manufacturer": "hologic"},
            {"date": "2024-03-01", "site": "femoral_neck", "bmd_g_cm2": 0.601, "t_score": -2.4,
             "z_score": -1.2, "manufacturer": "hologic"},
            {"date": "2024-03-01", "site": "lumbar_spine", "bmd_g_cm2": 0.850, "t_score": -1.9,
             "manufacturer": "hologic"}],
    "fractures": [{"date": "2025-06-10", "site": "vertebra", "vertebra": "T12", "genant_grade": 2,
                   "mechanism": "low_trauma", "found_on": "screening_imaging"}],
    "spine_imaging": [{"date": "2025-06-10", "modality": "lateral_xray", "vertebral_fracture_found": True}],
    "glucocorticoids": [{"drug": "prednisolone", "dose_mg": 10, "frequency": "daily",
                         "start": "2023-02-15", "end": None}],
    "bone_medications": [{"drug": "alendronate", "start": "2024-04-01", "end": "2024-05-01",
                          "last_dose": None, "stop_reason": "intolerance"}],
    "supplements": {"calcium_mg_per_day": 500, "vitamin_d_iu_per_day": 800},
    "labs": [{"date": "2026-09-01", "test": "25ohd", "value": 42, "unit": "nmol/L"}],
    "risk_factors": {"smoking": 0, "alcohol": 1, "ethnicity": 1, "parental_osteoporosis": False,
                     "conditions": ["asthma_copd"]},
    "frax": [{"date": "2026-10-01", "major_osteoporotic_percent": 14.0, "hip_percent": 3.1,
              "with_bmd": True, "country": "UK"}],
    "extra": {},
}

#: A boy with DMD: Z-scores, another patient to switch to.
LUCA: dict[str, Any] = {
    "schema": "nmdbone/patient-v1", "id": "P0002", "name": {"given": "Luca", "family": "Rossi"},
    "sex": "male", "birth_date": "2015-03-10", "diagnosis": {"code": "DMD"},
    "mobility": [{"date": "2025-04-01", "status": "non_ambulant"}],
    "dxa": [{"date": "2024-10-15", "site": "lumbar_spine", "bmd_g_cm2": 0.47, "z_score": -1.9},
            {"date": "2025-10-15", "site": "lumbar_spine", "bmd_g_cm2": 0.452, "z_score": -2.3},
            {"date": "2025-10-15", "site": "total_body_less_head", "bmd_g_cm2": 0.54, "z_score": -1.8}],
    "fractures": [{"date": "2026-06-01", "site": "vertebra", "vertebra": "T11", "genant_grade": 1,
                   "mechanism": "low_trauma", "found_on": "screening_imaging"}],
    "glucocorticoids": [{"drug": "deflazacort", "dose_mg": 18, "frequency": "daily", "start": "2021-01-01"}],
}

#: No DXA at all: the chart's empty state.
NO_DXA: dict[str, Any] = {
    "schema": "nmdbone/patient-v1", "id": "P0003", "name": {"given": "Émile", "family": "Zola"},
    "sex": "male", "birth_date": "1970-01-02", "diagnosis": {"code": "FSHD", "label": "FSHD type 1"},
}


def patient(data: dict[str, Any]) -> Any:
    from nmdbone_desktop.core.validation import parse_document

    return parse_document(copy.deepcopy(data), as_of=AS_OF, source="test")


def _build_clinic(path: Path) -> Path:
    from nmdbone_desktop.services import refresh_assessments
    from nmdbone_desktop.store import ClinicStore

    docs = [patient(MULLER), patient(LUCA), patient(NO_DXA)]
    try:
        from nmdbone_desktop.demo import generate_clinic
    except ImportError:  # the demo generator is a colleague's; the hand-made patients suffice
        pass
    else:
        docs += [d for d in generate_clinic(DEMO_PATIENTS, seed=3, as_of=AS_OF)
                 if d.id not in {"P0001", "P0002", "P0003"}]
    with ClinicStore(path) as store:
        store.import_documents(docs, source="test clinic")
        refresh_assessments(store, AS_OF)
    return path


@pytest.fixture(scope="session")
def clinic_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build_clinic(tmp_path_factory.mktemp("template") / "clinic.sqlite")


@pytest.fixture
def clinic_db(clinic_template: Path, tmp_path: Path) -> Path:
    """A private copy of the session's clinic for one test."""
    target = tmp_path / "clinic.sqlite"
    for source in clinic_template.parent.glob(clinic_template.name + "*"):
        shutil.copy(source, tmp_path / source.name)
    return target


@pytest.fixture
def contract_report() -> dict[str, Any]:
    return copy.deepcopy(CONTRACT_REPORT)


@pytest.fixture
def window(qtbot: Any, clinic_db: Path, tmp_path: Path) -> Iterator[Any]:
    from nmdbone_desktop.app import build_main_window

    win = build_main_window(clinic_db, settings_path=tmp_path / "settings.ini", today=lambda: AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.controller.doc is not None)  # the first patient is shown after paint
    yield win
    win.close()
    win.clinic.close()
