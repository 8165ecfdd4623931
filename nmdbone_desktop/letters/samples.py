"""A fictitious patient and assessment for the letterhead preview and the letter tests.

The settings dialog previews the letterhead on this sample rather than on a real patient (no
patient data in a test print). The report is written out in the shape of contract §3, so the
letters can be checked independently of the rules core; the names carry the diacritics that
the standard PDF fonts cannot print.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..core.assessment import RULESET_VERSION
from ..core.document import PatientDocument

__all__ = ["SAMPLE_AS_OF", "sample_child", "sample_child_report", "sample_document", "sample_report"]

SAMPLE_AS_OF = date(2026, 11, 21)

_ADULT: dict[str, Any] = {
    "schema": "nmdbone/patient-v1",
    "id": "P0001",
    "name": {"given": "Zoë", "family": "Łukasiewicz-Müller"},
    "sex": "female",
    "birth_date": "1961-04-12",
    "diagnosis": {"code": "IIM-DM", "onset_date": "2023-02-01", "label": "Dermatomyositis"},
    "menopause": {"status": "post", "age_years": 51},
    "measurements": [{"date": "2026-10-01", "height_cm": 164.0, "weight_kg": 58.5}],
    "mobility": [{"date": "2023-02-01", "status": "ambulant"}, {"date": "2025-09-01", "status": "assisted"}],
    "dysphagia": True,
    "can_sit_upright_30_min": True,
    "falls_past_12_months": 2,
    "dxa": [
        {"date": "2022-03-01", "site": "lumbar_spine", "bmd_g_cm2": 0.861, "t_score": -1.7, "manufacturer": "hologic"},
        {"date": "2022-03-01", "site": "femoral_neck", "bmd_g_cm2": 0.649, "t_score": -1.9, "manufacturer": "hologic"},
        {"date": "2022-03-01", "site": "total_hip", "bmd_g_cm2": 0.781, "t_score": -1.4, "manufacturer": "hologic"},
        {"date": "2024-03-01", "site": "lumbar_spine", "bmd_g_cm2": 0.822, "t_score": -2.1, "manufacturer": "hologic"},
        {"date": "2024-03-01", "site": "femoral_neck", "bmd_g_cm2": 0.601, "t_score": -2.4, "z_score": -1.2,
         "manufacturer": "hologic"},
        {"date": "2024-03-01", "site": "total_hip", "bmd_g_cm2": 0.742, "t_score": -1.8, "manufacturer": "hologic"},
    ],
    "fractures": [
        {"date": "2025-06-10", "site": "vertebra", "vertebra": "T12", "genant_grade": 2, "mechanism": "low_trauma",
         "found_on": "screening_imaging"},
        {"date": "2019-01-20", "site": "forearm_wrist", "mechanism": "low_trauma", "found_on": "symptoms"},
    ],
    "spine_imaging": [{"date": "2025-06-10", "modality": "lateral_xray", "vertebral_fracture_found": True}],
    "glucocorticoids": [
        {"drug": "prednisolone", "dose_mg": 40, "frequency": "daily", "start": "2023-02-15", "end": "2023-05-31"},
        {"drug": "prednisolone", "dose_mg": 10, "frequency": "daily", "start": "2023-06-01", "end": None},
    ],
    "bone_medications": [{"drug": "alendronate", "start": "2024-04-01", "end": "2024-05-01",
                          "stop_reason": "intolerance (oesophagitis)"}],
    "supplements": {"calcium_mg_per_day": 500, "vitamin_d_iu_per_day": 800},
    "labs": [
        {"date": "2026-09-01", "test": "25ohd", "value": 42, "unit": "nmol/L"},
        {"date": "2026-09-01", "test": "calcium", "value": 2.31, "unit": "mmol/L"},
        {"date": "2026-09-01", "test": "egfr", "value": 78, "unit": "mL/min/1.73m2"},
        {"date": "2026-09-01", "test": "alp", "value": 84, "unit": "U/L"},
        {"date": "2025-09-01", "test": "25ohd", "value": 35, "unit": "nmol/L"},
    ],
    "risk_factors": {"smoking": 0, "alcohol": 1, "ethnicity": 1, "parental_osteoporosis": False,
                     "conditions": ["asthma_copd"]},
    "cardiovascular_event_past_12_months": False,
    "childbearing_potential": False,
    "frax": [{"date": "2026-10-01", "major_osteoporotic_percent": 14.0, "hip_percent": 3.1, "with_bmd": True,
              "country": "UK"}],
}

def _message(key: str, **params: Any) -> dict[str, Any]:
    return {"message_key": key, "params": params}


def _signed(percent: int) -> dict[str, Any]:
    return {"number": percent, "sign": True, "true_minus": True, "group": False}


_DISCLAIMER = ("This assessment supports clinical judgement and does not replace it: check every recommendation "
               "against the whole patient.")
#: The report fields no letter prints, as ``assess`` gives them for the sample documents on SAMPLE_AS_OF
#: (so that the samples are complete reports: the letters read the typed model).
_AS_ASSESSED_ADULT: dict[str, Any] = {
    "risk_reasons": ["fragility fracture within 24 months (T12 vertebral fracture 2025-06-10)"],
    "indication": True, "on_therapy": [], "mobility": "assisted", "notes": [], "disclaimer": _DISCLAIMER,
}
_AS_ASSESSED_CHILD: dict[str, Any] = {
    "risk_reasons": ["paediatric osteoporosis: 1 vertebral fragility fracture"],
    "indication": True, "on_therapy": [], "mobility": "non_ambulant", "notes": [], "disclaimer": _DISCLAIMER,
}

_ADULT_REPORT: dict[str, Any] = {
    "schema": "nmdbone/assessment-v1",
    "patient_id": "P0001", "as_of": "2026-11-21", "ruleset_version": RULESET_VERSION,
    "age_years": 65.6, "population": "adult",
    "densitometry": {"category": "osteopenia", "score_type": "T", "lowest_score": -2.4,
                     "lowest_site": "femoral_neck", "date": "2024-03-01"},
    "vertebral_fractures": {"count": 1, "max_genant_grade": 2, "latest_date": "2025-06-10"},
    "glucocorticoids": {"current_daily_mg_pred_eq": 10.0, "current_dose_band": "high",
                        "cumulative_mg_pred_eq": 16705.0, "months_exposed": 45.2,
                        "last_365_days_mg_pred_eq": 3650.0, "long_term": True},
    "trajectory": [
        {"site": "lumbar_spine", "from": "2022-03-01", "to": "2024-03-01", "change_percent": -4.5,
         "annualised_change_percent": -2.3, "least_significant_change_percent": 5.3, "lsc_source": "default",
         "significant": False},
        {"site": "femoral_neck", "from": "2022-03-01", "to": "2024-03-01", "change_percent": -7.4,
         "annualised_change_percent": -3.7, "least_significant_change_percent": 6.9, "lsc_source": "default",
         "significant": True},
        {"site": "total_hip", "from": "2022-03-01", "to": "2024-03-01", "change_percent": -5.0,
         "annualised_change_percent": -2.5, "least_significant_change_percent": 5.0, "lsc_source": "default",
         "significant": True},
    ],
    "fracture_risk": {
        "qfracture": {"major_osteoporotic_percent": 21.3, "hip_percent": 6.0, "notes": []},
        "frax": {"major_osteoporotic_percent": 16.1, "hip_percent": 3.7,
                 "entered": {"major_osteoporotic_percent": 14.0, "hip_percent": 3.1},
                 "adjustments": ["glucocorticoid dose ≥7.5 mg/day (high band), age column 70: MOF +15%, "
                                 "hip +20% (Kanis 2011)"],
                 "adjustment_messages": [_message("frax.kanis", band=_message("frax.band_high"),
                                                  column={"number": 70, "group": False},
                                                  mof=_signed(15), hip=_signed(20))],
                 "date": "2026-10-01", "notes": [], "note_messages": []},
        "used_for_thresholds": "frax",
    },
    "risk_category": "very_high",
    "recommendations": [
        {"code": "START_BONE_THERAPY", "kind": "action", "priority": 1,
         "title": "Start bone-protective treatment",
         "text": "Bone-targeted therapy is indicated and none is being taken. Choose among the ranked options.",
         "rationale": "Very high fracture risk: vertebral fragility fracture within 24 months, on long-term "
                      "glucocorticoids ≥ 7.5 mg/day.",
         "references": ["ACR 2022 GIOP guideline", "NOGG 2022"], "due": "2026-11-21",
         "options": ["teriparatide", "romosozumab", "zoledronate", "denosumab"],
         "avoid": [{"drug": "alendronate", "reason": "dysphagia"}, {"drug": "risedronate", "reason": "dysphagia"}]},
        {"code": "CONSIDER_ANABOLIC", "kind": "action", "priority": 1, "title": "Consider an anabolic agent first",
         "text": "At very high risk an anabolic agent (teriparatide or romosozumab) is preferred first line, "
                 "followed by an antiresorptive.",
         "rationale": "Very high risk category; no contraindication recorded.",
         "references": ["NOGG 2022", "AACE 2020"], "due": "2026-11-21", "options": [], "avoid": []},
        {"code": "REFER_BONE_SPECIALIST", "kind": "action", "priority": 1,
         "title": "Refer to a bone-health specialist",
         "text": "Refer to the metabolic bone clinic for treatment choice and monitoring.",
         "rationale": "Very high risk (policy: specialist input for every very-high-risk adult).",
         "references": ["Moretti 2026 review"], "due": "2026-11-21", "options": [], "avoid": []},
        {"code": "ORAL_BISPHOSPHONATE_UNSUITABLE", "kind": "warning", "priority": 2,
         "title": "Oral bisphosphonates unsuitable",
         "text": "Dysphagia: alendronate and risedronate are avoided.",
         "rationale": "Oesophageal involvement raises the risk of oesophagitis with oral bisphosphonates.",
         "references": ["SmPC alendronate"], "due": None, "options": [], "avoid": []},
        {"code": "CORRECT_VITAMIN_D_FIRST", "kind": "warning", "priority": 2,
         "title": "Correct vitamin D before IV bisphosphonate or denosumab",
         "text": "Latest 25-OH vitamin D 42 nmol/L (< 50): replete before zoledronate or denosumab.",
         "rationale": "Hypocalcaemia risk after IV bisphosphonate or denosumab with vitamin D deficiency.",
         "references": ["SmPC zoledronate", "SmPC denosumab"], "due": None, "options": [], "avoid": []},
        {"code": "VITAMIN_D_REPLETION", "kind": "action", "priority": 2, "title": "Replete vitamin D",
         "text": "Latest 25-OH vitamin D 42 nmol/L is below 75 nmol/L: loading dose, then maintenance.",
         "rationale": "Target ≥ 75 nmol/L (policy).", "references": ["NOS vitamin D guideline 2020"],
         "due": "2026-11-21", "options": [], "avoid": []},
        {"code": "FALLS_PREVENTION", "kind": "action", "priority": 2, "title": "Falls assessment and prevention",
         "text": "Two falls in the past 12 months: refer for a multifactorial falls assessment.",
         "rationale": "Falls are the immediate cause of most non-vertebral fractures.",
         "references": ["NICE CG161"], "due": None, "options": [], "avoid": []},
        {"code": "DXA_DUE", "kind": "action", "priority": 2, "title": "Follow-up DXA due",
         "text": "Last DXA 2024-03-01; interval 12 months on glucocorticoids ≥ 2.5 mg/day.",
         "rationale": "Monitoring interval (RULES §8.2).", "references": ["ISCD 2023"], "due": "2025-03-01",
         "options": [], "avoid": []},
        {"code": "CALCIUM_VITAMIN_D", "kind": "action", "priority": 3, "title": "Calcium and vitamin D",
         "text": "Make sure of a daily calcium intake of 1000–1200 mg (diet first) and vitamin D 800 IU or more.",
         "rationale": "On glucocorticoids with a treatment indication.", "references": ["ACR 2022 GIOP guideline"],
         "due": None, "options": [], "avoid": []},
    ],
    "next_due": {"dxa": "2025-03-01", "spine_imaging": "2027-06-10", "bone_labs": "2027-09-01"},
    **_AS_ASSESSED_ADULT,
}

_CHILD: dict[str, Any] = {
    "schema": "nmdbone/patient-v1",
    "id": "C0042",
    "name": {"given": "Tomáš", "family": "Čapek-Ødegaard"},
    "sex": "male",
    "birth_date": "2015-03-10",
    "diagnosis": {"code": "DMD"},
    "measurements": [{"date": "2026-06-01", "height_cm": 128.0, "weight_kg": 33.0}],
    "mobility": [{"date": "2021-01-01", "status": "ambulant"}, {"date": "2025-04-01", "status": "non_ambulant"}],
    "dysphagia": False,
    "can_sit_upright_30_min": True,
    "falls_past_12_months": 0,
    "dxa": [
        {"date": "2024-10-10", "site": "lumbar_spine", "bmd_g_cm2": 0.461, "z_score": -1.9, "manufacturer": "hologic"},
        {"date": "2025-10-15", "site": "lumbar_spine", "bmd_g_cm2": 0.452, "z_score": -2.3, "manufacturer": "hologic"},
        {"date": "2025-10-15", "site": "total_body_less_head", "bmd_g_cm2": 0.54, "z_score": -1.8,
         "manufacturer": "hologic"},
    ],
    "fractures": [{"date": "2026-06-01", "site": "vertebra", "vertebra": "T11", "genant_grade": 1,
                   "mechanism": "low_trauma", "found_on": "screening_imaging"}],
    "spine_imaging": [{"date": "2026-06-01", "modality": "lateral_xray", "vertebral_fracture_found": True}],
    "glucocorticoids": [{"drug": "deflazacort", "dose_mg": 27, "frequency": "daily", "start": "2020-11-01",
                         "end": None}],
    "supplements": {"calcium_mg_per_day": 500, "vitamin_d_iu_per_day": 400},
    "labs": [{"date": "2026-06-01", "test": "25ohd", "value": 48, "unit": "nmol/L"}],
    "puberty": "prepubertal",
}

_CHILD_REPORT: dict[str, Any] = {
    "schema": "nmdbone/assessment-v1",
    "patient_id": "C0042", "as_of": "2026-11-21", "ruleset_version": RULESET_VERSION,
    "age_years": 11.7, "population": "child",
    "densitometry": {"category": "osteoporosis", "score_type": "Z", "lowest_score": -2.3,
                     "lowest_site": "lumbar_spine", "date": "2025-10-15"},
    "vertebral_fractures": {"count": 1, "max_genant_grade": 1, "latest_date": "2026-06-01"},
    "glucocorticoids": {"current_daily_mg_pred_eq": 22.5, "current_dose_band": "high",
                        "cumulative_mg_pred_eq": 49770.0, "months_exposed": 72.6,
                        "last_365_days_mg_pred_eq": 8212.5, "long_term": True},
    "trajectory": [{"site": "lumbar_spine", "from": "2024-10-10", "to": "2025-10-15", "change_percent": -2.0,
                    "annualised_change_percent": -1.9, "least_significant_change_percent": 5.3,
                    "lsc_source": "default", "significant": False}],
    "fracture_risk": {"qfracture": {"major_osteoporotic_percent": None, "hip_percent": None,
                                   "notes": ["QFracture not calculated: it is validated for ages 30 to 100 "
                                             "(age 11.7)"],
                                   "note_messages": [_message("qfracture.age_range",
                                                              low={"number": 30, "group": False},
                                                              high={"number": 100, "group": False},
                                                              age={"number": 11.7, "decimals": 1})]},
                     "frax": None, "used_for_thresholds": None},
    "risk_category": "very_high",
    "recommendations": [
        {"code": "START_BONE_THERAPY", "kind": "action", "priority": 1, "title": "Start bone-protective treatment",
         "text": "Paediatric osteoporosis (vertebral fracture on glucocorticoids): IV bisphosphonate, specialist-led.",
         "rationale": "ISCD paediatric definition met by a vertebral fragility fracture.",
         "references": ["Ward 2020", "ISCD 2019 paediatric positions"], "due": "2026-11-21",
         "options": ["zoledronate", "pamidronate"],
         "avoid": [{"drug": "teriparatide", "reason": "open growth plates"},
                   {"drug": "alendronate", "reason": "oral bisphosphonate: IV first line in NMD children (policy)"}]},
        {"code": "REFER_BONE_SPECIALIST", "kind": "action", "priority": 1,
         "title": "Refer to a paediatric bone specialist",
         "text": "Refer for IV bisphosphonate assessment.", "rationale": "Every child starting bone therapy.",
         "references": ["DMD Care Considerations 2018"], "due": "2026-11-21", "options": [], "avoid": []},
        {"code": "VITAMIN_D_REPLETION", "kind": "action", "priority": 2, "title": "Replete vitamin D",
         "text": "Latest 25-OH vitamin D 48 nmol/L is below 75 nmol/L.", "rationale": "Target ≥ 75 nmol/L (policy).",
         "references": ["NOS vitamin D guideline 2020"], "due": "2026-11-21", "options": [], "avoid": []},
        {"code": "CALCIUM_VITAMIN_D", "kind": "action", "priority": 3, "title": "Calcium and vitamin D",
         "text": "Vitamin D intake below 800 IU/day on glucocorticoids.", "rationale": "RULES §8.6.",
         "references": ["DMD Care Considerations 2018"], "due": None, "options": [], "avoid": []},
        {"code": "DXA_DUE", "kind": "action", "priority": 2, "title": "Follow-up DXA due",
         "text": "Children: every 12 months.", "rationale": "RULES §8.2.", "references": ["ISCD 2019"],
         "due": "2026-10-15", "options": [], "avoid": []},
    ],
    "next_due": {"dxa": "2026-10-15", "spine_imaging": "2027-06-01", "bone_labs": "2027-06-01"},
    **_AS_ASSESSED_CHILD,
}


def sample_document(**changes: Any) -> PatientDocument:
    """The adult sample (Zoë Łukasiewicz-Müller), with top-level fields replaced by ``changes``."""
    return PatientDocument.model_validate({**_ADULT, **changes})


def sample_report(**changes: Any) -> dict[str, Any]:
    import copy

    return {**copy.deepcopy(_ADULT_REPORT), **changes}


def sample_child(**changes: Any) -> PatientDocument:
    return PatientDocument.model_validate({**_CHILD, **changes})


def sample_child_report(**changes: Any) -> dict[str, Any]:
    import copy

    return {**copy.deepcopy(_CHILD_REPORT), **changes}
