"""Test data: a hypothesis strategy of valid patient documents, and a fast bulk generator.

``patient_documents()`` draws documents that pass :func:`parse_document` at ``as_of``: every
date between birth and as_of, scores and amounts within the contract's ranges, the cross-field
rules respected (tbs at the lumbar spine only, Genant grades on vertebrae only, courses that end
after they start, lab units that fit their test). Reuse it wherever a test needs "any valid
patient". ``bulk_documents()`` builds thousands of plausible documents quickly (for speed
measurements and bulk tests, where hypothesis would be far too slow).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any, get_args

from hypothesis import strategies as st

from nmdbone_desktop.core.contract_names import SIDED_SITES
from nmdbone_desktop.core.document import (
    LAB_UNITS,
    PATIENT_ID_PATTERN,
    BoneDrug,
    Condition,
    DiagnosisCode,
    DxaSite,
    FoundOn,
    FractureSite,
    GcFrequency,
    GlucocorticoidDrug,
    ImagingModality,
    Manufacturer,
    Mechanism,
    MenopauseStatus,
    MobilityStatus,
    PatientDocument,
    Puberty,
)
from nmdbone_desktop.core.validation import parse_document

AS_OF = date(2026, 11, 21)
EARLIEST_BIRTH = date(1920, 1, 1)


def _choice(literal: Any) -> st.SearchStrategy[str]:
    return st.sampled_from(get_args(literal))


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _floats(low: float, high: float) -> st.SearchStrategy[float]:
    return st.floats(low, high, allow_nan=False, allow_infinity=False)


#: Free text as clinicians type it, in any alphabet (no surrogates, no control characters).
_TEXT_ALPHABET = st.characters(categories=("L", "M", "N", "P", "S", "Zs"))


def text(min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    """Stripped, non-empty text (the models strip whitespace, so a round trip compares equal)."""
    return st.text(_TEXT_ALPHABET, min_size=min_size, max_size=max_size).map(str.strip).filter(bool)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | _floats(-1e12, 1e12) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


VERTEBRA_LABELS = ["C7", "T4", "T12", "t 12", "L1", "l1", "L5", "S1"]  # contract §2: case and spaces ignored
address = st.fixed_dictionaries(
    {"lines": st.lists(text(max_size=60), min_size=1, max_size=4)},
    optional={"postcode": text(max_size=12), "city": text(max_size=40),
              "country": st.sampled_from(["NL", "DE", "GB", "FR"])},
)


@st.composite
def patient_dicts(draw: st.DrawFn, as_of: date = AS_OF, max_items: int = 4) -> dict[str, Any]:
    """A JSON-like dict of a valid patient document (contract §2)."""
    birth = draw(st.dates(EARLIEST_BIRTH, as_of))
    when = st.dates(birth, as_of).map(date.isoformat)
    sex = draw(st.sampled_from(["female", "male"]))

    def items(strategy: st.SearchStrategy[Any]) -> list[Any]:
        return draw(st.lists(strategy, max_size=max_items))

    def measurement(d: st.DrawFn) -> dict[str, Any]:
        height = d(_optional(_floats(30, 250)))
        weight = d(_floats(1, 400)) if height is None else d(_optional(_floats(1, 400)))
        return {"date": d(when), "height_cm": height, "weight_kg": weight}

    def dxa(d: st.DrawFn) -> dict[str, Any]:
        site = d(_choice(DxaSite))
        scores = {k: d(_optional(_floats(-8, 6))) for k in ("t_score", "z_score", "height_adjusted_z")}
        bmd = d(_optional(_floats(0.1, 2.5)))
        if bmd is None and all(v is None for v in scores.values()):
            bmd = d(_floats(0.1, 2.5))
        tbs = d(_optional(_floats(0.5, 3))) if site == "lumbar_spine" else None
        side = d(_optional(st.sampled_from(["left", "right"]))) if site in SIDED_SITES else None
        return {"date": d(when), "site": site, "bmd_g_cm2": bmd, **scores, "tbs": tbs,
                "manufacturer": d(_optional(_choice(Manufacturer))), "side": side}

    def fracture(d: st.DrawFn) -> dict[str, Any]:
        site = d(_choice(FractureSite))
        vertebral = site == "vertebra"
        return {"date": d(when), "site": site,
                "vertebra": d(_optional(st.sampled_from(VERTEBRA_LABELS))) if vertebral else None,
                "genant_grade": d(_optional(st.integers(1, 3))) if vertebral else None,
                "mechanism": d(_optional(_choice(Mechanism))), "found_on": d(_optional(_choice(FoundOn)))}

    def course(d: st.DrawFn) -> tuple[str, str | None]:
        start = d(st.dates(birth, as_of))
        end = d(_optional(st.dates(start, as_of)))
        return start.isoformat(), None if end is None else end.isoformat()

    def glucocorticoid(d: st.DrawFn) -> dict[str, Any]:
        start, end = course(d)
        return {"drug": d(_choice(GlucocorticoidDrug)), "dose_mg": d(_floats(0, 1000)),
                "frequency": d(_choice(GcFrequency)), "start": start, "end": end,
                "route": d(st.sampled_from(["oral", "iv"]))}

    def bone_medication(d: st.DrawFn) -> dict[str, Any]:
        start, end = course(d)
        last = d(_optional(st.dates(date.fromisoformat(start), as_of)))
        return {"drug": d(_choice(BoneDrug)), "start": start, "end": end,
                "last_dose": None if last is None else last.isoformat(),
                "stop_reason": d(_optional(st.one_of(st.sampled_from(["holiday", " Holiday "]), text(max_size=60))))}

    def lab(d: st.DrawFn) -> dict[str, Any]:
        test = d(st.sampled_from(sorted(LAB_UNITS)))
        return {"date": d(when), "test": test, "value": d(_floats(0, 5000)),
                "unit": d(st.sampled_from(LAB_UNITS[test]))}

    def frax(d: st.DrawFn) -> dict[str, Any]:
        return {"date": d(when), "major_osteoporotic_percent": d(_floats(0, 100)),
                "hip_percent": d(_floats(0, 100)), "with_bmd": d(_optional(st.booleans())),
                "country": d(_optional(text(max_size=60)))}

    onset = draw(_optional(when))
    return {
        "schema": "nmdbone/patient-v1",
        "id": draw(st.from_regex(PATIENT_ID_PATTERN, fullmatch=True)),
        "name": {"given": draw(text()), "family": draw(text())},
        "sex": sex,
        "birth_date": birth.isoformat(),
        "diagnosis": {"code": draw(_choice(DiagnosisCode)), "onset_date": onset,
                      "label": draw(_optional(text(max_size=80)))},
        "menopause": draw(_optional(st.fixed_dictionaries(
            {"status": _choice(MenopauseStatus), "age_years": _optional(_floats(0, 100))},
        ))) if sex == "female" else None,
        "measurements": items(st.composite(measurement)()),
        "mobility": items(st.fixed_dictionaries({"date": when, "status": _choice(MobilityStatus)})),
        "dysphagia": draw(_optional(st.booleans())),
        "can_sit_upright_30_min": draw(_optional(st.booleans())),
        "falls_past_12_months": draw(_optional(st.integers(0, 366))),
        "dxa": items(st.composite(dxa)()),
        "fractures": items(st.composite(fracture)()),
        "spine_imaging": items(st.fixed_dictionaries(
            {"date": when, "modality": _choice(ImagingModality),
             "vertebral_fracture_found": _optional(st.booleans())})),
        "glucocorticoids": items(st.composite(glucocorticoid)()),
        "bone_medications": items(st.composite(bone_medication)()),
        "supplements": draw(_optional(st.fixed_dictionaries(
            {"calcium_mg_per_day": _optional(_floats(0, 5000)),
             "vitamin_d_iu_per_day": _optional(_floats(0, 100000))}))),
        "labs": items(st.composite(lab)()),
        "risk_factors": draw(_optional(st.fixed_dictionaries({
            "smoking": _optional(st.integers(0, 4)), "alcohol": _optional(st.integers(0, 5)),
            "ethnicity": _optional(st.integers(1, 9)), "parental_osteoporosis": _optional(st.booleans()),
            "conditions": st.lists(_choice(Condition), max_size=4)}))),
        "cardiovascular_event_past_12_months": draw(_optional(st.booleans())),
        "childbearing_potential": draw(_optional(st.booleans())),
        "puberty": draw(_optional(_choice(Puberty))),
        "frax": items(st.composite(frax)()),
        "contacts": draw(_optional(st.fixed_dictionaries({}, optional={
            "patient_address": address, "gp": st.fixed_dictionaries({}, optional={
                "name": text(max_size=60), "practice": text(max_size=60), "address": address}),
            "responsible_clinician": st.fixed_dictionaries({}, optional={"name": text(max_size=60),
                                                                        "role": text(max_size=60)})}))),
        "language": draw(_optional(st.sampled_from(["en", "nl", "de", "fr", "it", "es"]))),
        "extra": draw(st.dictionaries(st.text(max_size=10), json_values, max_size=3)),
    }


def patient_documents(as_of: date = AS_OF, max_items: int = 4) -> st.SearchStrategy[PatientDocument]:
    """Valid :class:`PatientDocument`s (validated exactly as an imported file would be)."""
    return patient_dicts(as_of, max_items).map(lambda data: parse_document(data, as_of=as_of))


# -- bulk: plausible documents, fast ----------------------------------------------------------------

_FAMILIES = ["Müller", "Łukasiewicz", "Smith", "García", "Nguyễn", "O'Brien", "Østergaard", "Kowalski",
             "Dubois", "Rossi", "Öztürk", "Papadopoulos", "Søren", "Žukauskas", "Brown", "Ivanova"]
_GIVEN = ["Anna", "Jörg", "Zoë", "Luca", "Małgorzata", "José", "Chloé", "Ahmet", "Mary", "Ines"]


def bulk_documents(n: int, *, seed: int = 0, rows: int = 100, as_of: date = AS_OF) -> Iterator[PatientDocument]:
    """``n`` valid documents with about ``rows`` list items each (DXA, labs, measurements ...)."""
    rng = random.Random(seed)
    for i in range(n):
        birth = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 75))
        span = (as_of - birth).days

        def when(rng: random.Random = rng, birth: date = birth, span: int = span) -> str:
            return (birth + timedelta(days=rng.randrange(0, span + 1))).isoformat()

        k = max(1, rows // 5)
        data: dict[str, Any] = {
            "schema": "nmdbone/patient-v1", "id": f"P{i:06d}",
            "name": {"given": rng.choice(_GIVEN), "family": rng.choice(_FAMILIES)},
            "sex": rng.choice(["female", "male"]), "birth_date": birth.isoformat(),
            "diagnosis": {"code": rng.choice(get_args(DiagnosisCode)), "label": "Dermatomyositis"},
            "measurements": [{"date": when(), "height_cm": round(rng.uniform(120, 190), 1),
                              "weight_kg": round(rng.uniform(30, 110), 1)} for _ in range(k)],
            "dxa": [{"date": when(), "site": rng.choice(["femoral_neck", "total_hip", "radius_33"]),
                     "bmd_g_cm2": round(rng.uniform(0.4, 1.3), 3), "t_score": round(rng.uniform(-4, 2), 1),
                     "manufacturer": "hologic"} for _ in range(k)],
            "labs": [{"date": when(), "test": "25ohd", "value": round(rng.uniform(10, 120), 1), "unit": "nmol/L"}
                     for _ in range(k)],
            "mobility": [{"date": when(), "status": rng.choice(get_args(MobilityStatus))} for _ in range(k)],
            "glucocorticoids": [{"drug": "prednisolone", "dose_mg": rng.choice([5.0, 7.5, 10.0, 20.0]),
                                 "frequency": "daily", "start": s, "end": None}
                                for s in (when() for _ in range(rows - 4 * k))],
            "risk_factors": {"smoking": rng.randrange(5), "alcohol": rng.randrange(6), "ethnicity": 1,
                             "conditions": ["asthma_copd"] if rng.random() < 0.3 else []},
            "extra": {"source": "bulk", "n": i},
        }
        yield parse_document(data, as_of=as_of)


def rich_document(patient_id: str = "P-0001", **changes: Any) -> PatientDocument:
    """A hand-built document with every list filled, diacritics, nulls, floats and ``extra``."""
    data: dict[str, Any] = {
        "schema": "nmdbone/patient-v1", "id": patient_id,
        "name": {"given": "Zoë Małgorzata", "family": "Łukasiewicz-Müller"},
        "sex": "female", "birth_date": "1961-04-12",
        "diagnosis": {"code": "IIM-DM", "onset_date": "2023-02-01", "label": "Dermatomyositis (anti-TIF1γ)"},
        "menopause": {"status": "post", "age_years": 51},
        "measurements": [{"date": "2026-10-01", "height_cm": 164.0, "weight_kg": 58.5},
                         {"date": "2024-01-01", "weight_kg": 0.1 + 60.2}],
        "mobility": [{"date": "2023-02-01", "status": "ambulant"}, {"date": "2025-02-01", "status": "assisted"}],
        "dysphagia": True, "can_sit_upright_30_min": False, "falls_past_12_months": 1,
        "dxa": [{"date": "2024-03-01", "site": "femoral_neck", "bmd_g_cm2": 0.601, "t_score": -2.4,
                 "z_score": -1.2, "manufacturer": "hologic"},
                {"date": "2024-03-01", "site": "lumbar_spine", "bmd_g_cm2": 0.8123456789012345, "tbs": 1.234,
                 "t_score": -1.0000000000000002, "manufacturer": "ge_lunar"},
                {"date": "2022-03-01", "site": "radius_33", "z_score": 0.0}],
        "fractures": [{"date": "2025-06-10", "site": "vertebra", "vertebra": "T12", "genant_grade": 2,
                       "mechanism": "low_trauma", "found_on": "screening_imaging"},
                      {"date": "2019-01-05", "site": "forearm_wrist", "mechanism": "unknown"}],
        "spine_imaging": [{"date": "2025-06-10", "modality": "lateral_xray", "vertebral_fracture_found": True},
                          {"date": "2023-06-10", "modality": "vfa", "vertebral_fracture_found": False},
                          {"date": "2022-06-10", "modality": "mri"}],
        "glucocorticoids": [{"drug": "prednisolone", "dose_mg": 10, "frequency": "daily", "start": "2023-02-15",
                             "end": None},
                            {"drug": "methylprednisolone", "dose_mg": 1000, "frequency": "single",
                             "start": "2023-02-10", "end": "2023-02-10", "route": "iv"}],
        "bone_medications": [{"drug": "alendronate", "start": "2024-04-01", "end": "2024-05-01", "last_dose": None,
                              "stop_reason": "intolerance – Übelkeit"},
                             {"drug": "zoledronate", "start": "2024-06-01", "last_dose": "2025-06-01"}],
        "supplements": {"calcium_mg_per_day": 500, "vitamin_d_iu_per_day": 800},
        "labs": [{"date": "2026-09-01", "test": "25ohd", "value": 42, "unit": "nmol/L"},
                 {"date": "2026-09-01", "test": "creatinine", "value": 61.5, "unit": "µmol/L"},
                 {"date": "2026-09-01", "test": "egfr", "value": 88, "unit": "mL/min/1.73m²"}],
        "risk_factors": {"smoking": 0, "alcohol": 1, "ethnicity": 1, "parental_osteoporosis": False,
                         "conditions": ["asthma_copd", "ra_or_sle", "asthma_copd"]},
        "cardiovascular_event_past_12_months": False, "childbearing_potential": None, "puberty": None,
        "frax": [{"date": "2026-10-01", "major_osteoporotic_percent": 14.0, "hip_percent": 3.1,
                  "with_bmd": True, "country": "UK"}],
        "extra": {"nhs_number": "943 476 5919", "notes": ["ünïcödé", None, 1.5, {"nested": True}], "n": 10**20},
    }
    data.update(changes)
    return parse_document(data, as_of=AS_OF)
