"""FRAX entries as a clinician would have typed them from the FRAX website.

The demo cannot run FRAX (it is not public code), so the entries are a smooth stand-in with the
right shape: risk rising with age, higher in women, with a low femoral-neck T-score, a prior
fragility fracture, glucocorticoids and smoking. They only need to be plausible: the assessment
adjusts and compares what was entered, it never recomputes FRAX.
"""

from __future__ import annotations

import math

from .base import Row, Sketch, clamp
from .names import country


def _probabilities(s: Sketch, day: int, t_neck: float | None) -> tuple[float, float]:
    age = s.age(day)
    female = s.sex == "female"
    mof = (0.9 if female else 0.6) * math.exp((0.06 if female else 0.055) * (age - 40))
    mof *= math.exp(-0.45 * t_neck) if t_neck is not None else 1.2
    if any(f["date"] <= day and f.get("mechanism") != "high_trauma" for f in s.fractures):
        mof *= 1.8
    if s.gc_on(day) >= 2.5:
        mof *= 1.15
    if s.risk_factors and s.risk_factors["smoking"] >= 2:
        mof *= 1.1
    mof = clamp(mof, 1.0, 70.0)
    hip = mof * (0.04 + 0.005 * (age - 40)) * (math.exp(-0.2 * t_neck) if t_neck is not None else 1.0)
    return round(mof, 1), round(clamp(hip, 0.1, 0.9 * mof), 1)


def frax_entries(s: Sketch) -> list[Row]:
    """Zero to two entries for adults ≥ 40 (about a third of them)."""
    rng = s.rng
    if s.age_now < 40 or rng.random() >= 0.35:
        return []
    necks = [r for r in s.dxa if r["site"] == "femoral_neck" and "t_score" in r and s.age(r["date"]) >= 40]
    days = sorted({r["date"] for r in necks[-2:]}) if necks and rng.random() < 0.8 else [s.last_visit]
    where = country(s.country).frax
    out = []
    for day in days:
        if s.age(day) < 40:
            continue
        neck = next((r["t_score"] for r in necks if r["date"] == day), None)
        mof, hip = _probabilities(s, day, neck)
        row: Row = {"date": day, "major_osteoporotic_percent": mof, "hip_percent": hip,
                    "with_bmd": neck is not None}
        if rng.random() < 0.8:
            row["country"] = where
        out.append(row)
    return out
