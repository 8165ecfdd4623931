"""Bone laboratory panels at visits, in the unit system of the patient's laboratory.

About a third of patients' results arrive in conventional units (ng/mL, mg/dL, pg/mL, ng/dL),
more often from countries whose laboratories use them, so the core's unit conversion is always
exercised. Values follow the physiology the rules read: vitamin D is often low in NMD and seasonal,
rises on supplements; creatinine is very low with low muscle mass (so creatinine-eGFR looks
excellent — RULES §6.3 warns about exactly this); men with DM1 have low testosterone; ALP is high in
growing children. Some patients never have vitamin D measured or not in the last year (care gaps).
"""

from __future__ import annotations

import math

from .base import YEAR, Row, Sketch, clamp
from .names import country

_SI = {"25ohd": "nmol/L", "calcium": "mmol/L", "albumin": "g/L", "phosphate": "mmol/L", "alp": "U/L",
       "pth": "pmol/L", "creatinine": "umol/L", "egfr": "mL/min/1.73m2", "testosterone": "nmol/L",
       "ctx": "ng/L", "p1np": "ug/L"}
_CONVENTIONAL = {"25ohd": "ng/mL", "calcium": "mg/dL", "albumin": "g/dL", "phosphate": "mg/dL",
                 "pth": "pg/mL", "creatinine": "mg/dL", "testosterone": "ng/dL", "ctx": "ng/mL", "p1np": "ng/mL"}
_SPELLINGS = {"creatinine": "µmol/L", "egfr": "mL/min/1.73m²", "pth": "ng/L", "p1np": "µg/L", "ctx": "pg/mL"}
# SI value × factor = value in the other unit; (factor, decimals in SI, decimals in the other unit).
_CONVERT = {"25ohd": (1 / 2.496, 0, 1), "calcium": (4.008, 2, 1), "albumin": (0.1, 0, 1),
            "phosphate": (3.097, 2, 1), "pth": (9.43, 1, 0), "creatinine": (1 / 88.42, 0, 2),
            "testosterone": (28.84, 1, 0), "ctx": (0.001, 0, 2), "p1np": (1.0, 1, 1), "alp": (1.0, 0, 0),
            "egfr": (1.0, 0, 0)}
_SAME_SCALE = ("µmol/L", "mL/min/1.73m²", "µg/L")
_EPOCH = 719163  # date(1970, 1, 1).toordinal()


def _units(s: Sketch) -> dict[str, str]:
    rng = s.rng
    conventional = rng.random() < country(s.country).conventional_units
    units = {}
    for test, si in _SI.items():
        if conventional and test in _CONVENTIONAL and rng.random() < 0.85:
            units[test] = _CONVENTIONAL[test]
        elif test in _SPELLINGS and rng.random() < 0.2:
            units[test] = _SPELLINGS[test]
        else:
            units[test] = si
    return units


def _row(day: int, test: str, si_value: float, unit: str) -> Row:
    factor, si_dp, other_dp = _CONVERT[test]
    same_scale = unit == _SI[test] or unit in _SAME_SCALE or (test, unit) == ("ctx", "pg/mL")
    value = round(si_value, si_dp) if same_scale else round(si_value * factor, other_dp)
    return {"date": day, "test": test, "value": max(0.0, float(value)), "unit": unit}


def _egfr(creatinine_umol: float, age: float, female: bool) -> float:
    """CKD-EPI 2021 (race-free), capped at 120 as laboratories report it."""
    scr = creatinine_umol / 88.42
    kappa, alpha = (0.7, -0.241) if female else (0.9, -0.302)
    value = 142 * min(scr / kappa, 1) ** alpha * max(scr / kappa, 1) ** -1.2 * 0.9938 ** age
    return min(120.0, value * (1.012 if female else 1.0))


def _creatinine(s: Sketch, day: int, age: float, renal: float) -> float:
    status = s.status_at(day)
    if age < 15:
        base = 20 + 3 * age
    elif age < 18:
        base = 55.0 if s.sex == "female" else 65.0
    else:
        base = 65.0 if s.sex == "female" else 82.0
    base *= {"ambulant": 1.0, "assisted": 0.75, "non_ambulant": 0.4}[status]
    if s.code in ("DMD", "SMA"):
        base *= 0.7
    base *= renal
    return clamp(s.rng.gauss(base, base * 0.08), 8.0, 600.0)


def _panel(s: Sketch, day: int, vitd_base: float, units: dict[str, str], with_vitd: bool, renal: float) -> None:
    rng, rows = s.rng, s.labs
    age = s.age(day)
    season = 10.0 * math.cos(2 * math.pi * (((day - _EPOCH) % YEAR) - 230) / YEAR)
    boost = min(40.0, (s.vitd_iu or 0) * 0.025) if day >= s.first_visit + 90 else 0.0
    vitd = clamp(vitd_base + season + boost + rng.gauss(0, 6), 5.0, 200.0)
    on = [c.drug for c in s.bone_medications if c.running(day)]

    def add(test: str, value: float) -> None:
        rows.append(_row(day, test, value, units[test]))

    if with_vitd:
        add("25ohd", vitd)
    add("calcium", rng.gauss(2.36, 0.07) - (0.05 if vitd < 25 else 0.0))
    alp = rng.gauss(230, 45) if age < 10 else rng.gauss(240, 60) if age < 15 else \
        rng.gauss(130, 40) if age < 19 else rng.gauss(72, 18)
    if age < 20 and any(d in ("zoledronate", "pamidronate") for d in on):
        alp *= 0.8
    add("alp", clamp(alp, 25, 900))
    if rng.random() < 0.85:
        creatinine = _creatinine(s, day, age, renal)
        add("creatinine", creatinine)
        if age >= 18 and rng.random() < 0.9:
            add("egfr", _egfr(creatinine, age, s.sex == "female"))
    if rng.random() < 0.5:
        pth = rng.gauss(4.3, 1.1) * (1 + max(0.0, (50 - vitd) / 60))
        add("pth", clamp(pth * (1.0 + 0.6 * (renal - 1.0)), 0.5, 60))
    if rng.random() < (0.8 if age < 20 else 0.5):
        add("phosphate", rng.gauss(1.45 if age < 18 else 1.05, 0.15))
    if rng.random() < 0.4:
        add("albumin", rng.gauss(38 if s.code == "ALS" or age > 75 else 42, 3))
    if s.sex == "male" and age >= 13 and (s.code in ("DM1", "DM2") or s.gc_plan == "dmd") and rng.random() < 0.7:
        if "testosterone" in on:
            value = rng.gauss(18, 5)
        elif s.gc_plan == "dmd":
            value = rng.gauss(3, 2) if age < 18 else rng.gauss(8, 3)
        else:
            value = rng.gauss(7.5, 2.5) if s.low_testosterone else rng.gauss(16, 4)
        add("testosterone", clamp(value, 0.3, 45))
    if on and age >= 20 and rng.random() < 0.15:
        anabolic = "teriparatide" in on
        add("ctx", clamp(rng.gauss(500 if anabolic else 150, 60), 30, 2000))
        add("p1np", clamp(rng.gauss(130 if anabolic else 25, 10), 5, 400))


def build_labs(s: Sketch) -> None:
    rng = s.rng
    units = _units(s)
    switch = rng.randint(s.first_visit, s.last_visit) if rng.random() < 0.05 else None
    vitd_base = clamp(rng.gauss(42, 16), 8, 110)
    # Chronic kidney disease: creatinine 1.6–3.5× (eGFR roughly 15–45), so renal cautions occur.
    renal = rng.uniform(1.6, 3.5) if "chronic_kidney_disease" in s.conditions else 1.0
    stale_from = s.as_of - 380
    last: int | None = None
    first_done = rng.random() < 0.75
    for day in s.visits:
        if last is None and not first_done and day == s.first_visit:  # no baseline bloods
            continue
        if last is not None:
            final = day == s.last_visit and day - last >= 150 and rng.random() < 0.6
            if not final and (day - last < 300 or rng.random() < 0.1):
                continue
        if switch is not None and day >= switch:
            units, switch = _units(s), None
        with_vitd = s.gap_vitd == "none" or (s.gap_vitd == "stale" and day <= stale_from)
        _panel(s, day, vitd_base, units, with_vitd, renal)
        last = day
