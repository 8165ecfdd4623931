"""``generate_clinic``: the deterministic synthetic NMD clinic (pure: no I/O, no global random).

Patient *k* is built from its own ``random.Random`` seeded with ``(seed, k)`` only, so it is the same
whatever ``n`` is and the clinic can be generated lazily, one document at a time. Each patient is
built in a fixed order — demographics, visits, walking history, background, growth, glucocorticoids,
hormones, the bone course (DXA, fractures, spine imaging, bone therapy), labs — and assembled into
a :class:`PatientDocument` through the strict model, so a generator bug fails loudly here rather
than in a demo database.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from random import Random
from typing import Any

from ..core.document import SCHEMA_ID, PatientDocument
from .base import Row, Sketch
from .clinical import cardiovascular_event, childbearing, draw_background, falls_past_year, menopause, plan_hormones
from .diseases import draw_sketch
from .labs import build_labs
from .risk import frax_entries
from .skeleton import simulate
from .steroids import build_glucocorticoids
from .timeline import build_measurements, build_mobility, build_visits, draw_menopause_age

_COURSE_KEYS = ("start", "end", "last_dose")
#: Marks every generated document, so demo data can never pass for a real patient's record.
SYNTHETIC_MARK = {"synthetic": True, "generator": "nmdbone_desktop.demo"}


def patient_rng(seed: int, k: int) -> Random:
    """The patient's own generator (string seeding is stable across runs and Python versions)."""
    return Random(f"nmdbone-demo/{seed}/{k}")


def _dated(rows: list[Row], keys: tuple[str, ...] = ("date",)) -> list[Row]:
    """Ordinals → ``date`` in place (the sketch's rows are not used again)."""
    fromordinal = date.fromordinal
    for row in rows:
        for key in keys:
            value = row.get(key)
            if value is not None:
                row[key] = fromordinal(value)
    return rows


def _mobility_rows(s: Sketch) -> list[Row]:
    """The status at the first visit, then each change at the first visit that saw it."""
    if s.rng.random() < 0.08:
        return []
    rows = [{"date": s.first_visit, "status": s.status_at(s.first_visit)}]
    for when, status in s.mobility:
        seen = s.visit_on_or_after(when) if when > s.first_visit else None
        if seen is not None and status != rows[-1]["status"]:
            rows.append({"date": seen, "status": s.status_at(seen)})
    return [r for i, r in enumerate(rows) if i == 0 or r["status"] != rows[i - 1]["status"]]


def _bone_medications(s: Sketch) -> list[Row]:
    rows = []
    for c in sorted(s.bone_medications, key=lambda c: (c.start, c.drug)):
        rows.append({"drug": c.drug, "start": c.start, "end": c.end, "last_dose": c.last_dose,
                     "stop_reason": c.stop_reason})
    return rows


def _assemble(s: Sketch, k: int) -> dict[str, Any]:
    rng = s.rng
    diagnosis: dict[str, Any] = {"code": s.code}
    if s.onset is not None and rng.random() < 0.9:
        diagnosis["onset_date"] = date.fromordinal(s.onset)
    if s.label and rng.random() < 0.92:
        diagnosis["label"] = s.label
    frax = frax_entries(s)  # reads the rows while their dates are still ordinals
    supplements = None
    if s.vitd_iu is not None or s.calcium_mg is not None:
        supplements = {"calcium_mg_per_day": s.calcium_mg, "vitamin_d_iu_per_day": s.vitd_iu}
    return {
        "schema": SCHEMA_ID,
        "id": f"P{k + 1:06d}",
        "name": {"given": s.given, "family": s.family},
        "sex": s.sex,
        "birth_date": date.fromordinal(s.birth),
        "diagnosis": diagnosis,
        "menopause": menopause(s),
        "measurements": _dated(s.measurements),
        "mobility": _dated(_mobility_rows(s)),
        "dysphagia": s.dysphagia,
        "can_sit_upright_30_min": s.can_sit,
        "falls_past_12_months": falls_past_year(s),
        "dxa": _dated(s.dxa),
        "fractures": _dated(s.fractures),
        "spine_imaging": _dated(s.spine_imaging),
        "glucocorticoids": _dated(s.glucocorticoids, _COURSE_KEYS),
        "bone_medications": _dated(_bone_medications(s), _COURSE_KEYS),
        "supplements": supplements,
        "labs": _dated(s.labs),
        "risk_factors": s.risk_factors,
        "cardiovascular_event_past_12_months": cardiovascular_event(s),
        "childbearing_potential": childbearing(s),
        "puberty": s.puberty,
        "frax": _dated(frax),
        "extra": dict(SYNTHETIC_MARK),
    }


def build_patient(k: int, *, seed: int, as_of: date) -> PatientDocument:
    """Patient number ``k`` (0-based; id ``P{k+1:06d}``) of the clinic ``seed`` on ``as_of``."""
    s = draw_sketch(patient_rng(seed, k), as_of.toordinal())
    draw_menopause_age(s)
    build_visits(s)
    build_mobility(s)
    draw_background(s)
    build_measurements(s)
    build_glucocorticoids(s)
    plan_hormones(s)
    simulate(s)
    build_labs(s)
    return PatientDocument.model_validate(_assemble(s, k))


def generate_clinic(n: int, *, seed: int = 1, as_of: date | None = None) -> Iterator[PatientDocument]:
    """``n`` synthetic patients, lazily; the same (n, seed, as_of) always gives the same documents.

    ``as_of`` (default: today) is the clinic's "now": every date in every document is on or before
    it, and follow-up ends before it.
    """
    if n < 0:
        raise ValueError(f"n must be ≥ 0 (got {n})")
    when = as_of if as_of is not None else date.today()
    for k in range(n):
        yield build_patient(k, seed=seed, as_of=when)
