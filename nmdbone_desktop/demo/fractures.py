"""Fracture hazards and fracture rows.

Hazards rise with glucocorticoid dose (per kg in children), low BMD, age, falls-prone diseases and
loss of ambulation, and fall on bone therapy. Vertebral fractures are mostly silent in children on
glucocorticoids: a silent fracture is only *recorded* when a later spine image finds it (its date is
then the imaging date, ``found_on: screening_imaging``), so a patient never imaged keeps fractures
nobody knows about — as in clinics. Long-bone fractures after loss of ambulation are mostly femur
and tibia/fibula from low-energy transfers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .base import Row, Sketch

VERTEBRAE = ("T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12", "L1", "L2", "L3", "L4")
_V_WEIGHTS = (1.0, 1.0, 1.5, 1.5, 1.5, 1.0, 1.0, 2.0, 2.0, 2.0, 1.0, 1.0, 0.8)
_CHILD_AMBULANT = {"forearm_wrist": 55, "tibia_fibula": 15, "humerus": 15, "ankle": 8, "hand_foot": 7}
_CHILD_NON_AMBULANT = {"femur": 55, "tibia_fibula": 30, "humerus": 12, "forearm_wrist": 3}
_FALLERS = ("DM1", "DM2", "IIM-IBM", "FSHD", "CMT")


@dataclass(slots=True)
class FractureState:
    """Vertebrae already fractured and silent fractures waiting for a spine image."""

    fractured: set[str] = field(default_factory=set)
    silent: list[tuple[str, int]] = field(default_factory=list)  # (vertebra, grade)


def _p(hazard_per_year: float, dt: float) -> float:
    return 1.0 - math.exp(-hazard_per_year * dt)


def _vertebral_fracture(s: Sketch, day: int, child: bool, fs: FractureState) -> None:
    rng = s.rng
    free = [(v, w) for v, w in zip(VERTEBRAE, _V_WEIGHTS, strict=True) if v not in fs.fractured]
    count = min(len(free), rng.choices((1, 2, 3), (0.65, 0.25, 0.10))[0])
    grades = []
    for _ in range(count):
        level = rng.choices([v for v, _ in free], [w for _, w in free])[0]
        free = [(v, w) for v, w in free if v != level]
        fs.fractured.add(level)
        grades.append((level, rng.choices((1, 2, 3), (0.55, 0.30, 0.15))[0]))
    worst = max(g for _, g in grades) if grades else 1
    symptomatic = rng.random() < ((0.2 if worst == 1 else 0.4) if child else (0.3 if worst < 3 else 0.7))
    if not symptomatic:
        fs.silent.extend(grades)
        return
    for level, grade in fs.silent:  # older silent fractures show on the same image
        s.fractures.append(vertebral_row(day, level, grade, "screening_imaging", rng.random() < 0.9))
    fs.silent.clear()
    for level, grade in grades:
        s.fractures.append(vertebral_row(day, level, grade, "symptoms", rng.random() < 0.9))
    s.spine_imaging.append({"date": day, "modality": "lateral_xray" if rng.random() < 0.8 else "mri",
                            "vertebral_fracture_found": True})


def vertebral_row(day: int, level: str, grade: int, found_on: str, low_trauma: bool) -> Row:
    return {"date": day, "site": "vertebra", "vertebra": level, "genant_grade": grade,
            "mechanism": "low_trauma" if low_trauma else "unknown", "found_on": found_on}


def _other_sites(s: Sketch, age: float, status: str) -> dict[str, float]:
    if age < 20:
        return _CHILD_NON_AMBULANT if status == "non_ambulant" else _CHILD_AMBULANT
    weights = {"forearm_wrist": 25.0, "humerus": 12.0, "tibia_fibula": 8.0, "ankle": 10.0, "rib": 10.0,
               "hand_foot": 25.0 if s.code in ("DM1", "DM2") else 10.0, "other": 3.0,
               "femur": 20.0 if status == "non_ambulant" else 6.0}
    if age >= 55:
        weights["hip"] = 15.0 * (age / 70.0) ** 2
    if age >= 65:
        weights["pelvis"] = 4.0
    return weights


def simulate_interval(s: Sketch, a: int, b: int, z: dict[str, float], gc: float, kg: float,
                      on_therapy: bool, fs: FractureState) -> None:
    """Draw the fractures of ``[a, b)`` (at most one vertebral and one other event)."""
    rng = s.rng
    dt = (b - a) / 365.2425
    mid = (a + b) // 2
    age, status = s.age(mid), s.status_at(mid)
    child = age < 20
    z_ls = z["lumbar_spine"]
    if child:
        intensity = min(2.0, gc / max(kg, 8.0) / 0.75)
        h_vf = 0.003 + 0.10 * intensity * math.exp(-0.3 * (z_ls + 1.0))
        h_vf += 0.01 if status == "non_ambulant" else 0.0
        if status == "non_ambulant":
            h_nv = 0.07 * math.exp(-0.3 * (z["lateral_distal_femur"] + 2.0))
        else:
            h_nv = 0.012 if status == "ambulant" else 0.03
        h_nv *= 1.0 + 0.5 * intensity
    else:
        ageing = math.exp(0.05 * max(0.0, age - 50.0))
        h_vf = 0.0025 * math.exp(-0.5 * z_ls) * ageing * (1.0 + 0.07 * gc)
        h_vf += 0.005 if status == "non_ambulant" else 0.0
        mobility = {"ambulant": 1.0, "assisted": 1.8, "non_ambulant": 2.5}[status]
        h_nv = (0.004 * math.exp(0.04 * max(0.0, age - 45.0)) * math.exp(-0.35 * z["total_hip"]) * mobility
                * (1.5 if s.code in _FALLERS else 1.0) * (1.0 + 0.03 * gc))
    if fs.fractured:
        h_vf *= 2.0
    if on_therapy:
        h_vf, h_nv = h_vf * 0.45, h_nv * 0.75
    if len(fs.fractured) < len(VERTEBRAE) and rng.random() < _p(h_vf, dt):
        _vertebral_fracture(s, rng.randint(a, max(a, b - 1)), child, fs)
    if rng.random() < _p(h_nv, dt):
        weights = _other_sites(s, age, status)
        site = rng.choices(list(weights), list(weights.values()))[0]
        x = rng.random()
        high = 0.35 if child and status == "ambulant" else 0.07
        mechanism = "high_trauma" if x < high else "unknown" if x < high + 0.06 else "low_trauma"
        s.fractures.append({"date": rng.randint(a, max(a, b - 1)), "site": site, "mechanism": mechanism})
