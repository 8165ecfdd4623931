"""The working state of one synthetic patient while the demo generator builds it.

The generator works in date *ordinals* (``date.toordinal()``): integer arithmetic is several times
faster than ``date`` + ``timedelta`` and 20,000 patients must take seconds. Dates become ``date``
objects only when the document dict is assembled (:mod:`.cohort`).

Every module of the package adds its part to a :class:`Sketch` in a fixed order (demographics →
timeline → glucocorticoids → skeleton → labs → the rest), each drawing from the patient's own
``random.Random`` so that patient *k* never depends on any other patient.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field
from random import Random
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .therapy import Course

YEAR = 365.2425

Row = dict[str, Any]


def days(years: float) -> int:
    """A duration in years as whole days."""
    return round(years * YEAR)


def poisson(rng: Random, mean: float) -> int:
    """Knuth's Poisson sampler: ``random`` has none and the means here are small."""
    limit, k, p = math.exp(-mean), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def clamp(value: float, low: float, high: float) -> float:
    return low if value < low else high if value > high else value


@dataclass(slots=True)
class Sketch:
    """Everything decided so far about one patient (ordinals for dates)."""

    rng: Random
    as_of: int
    code: str
    label: str | None
    sex: str
    birth: int
    country: str
    given: str
    family: str
    first_visit: int
    last_visit: int
    onset: int | None
    subtype: str = ""
    visits: list[int] = field(default_factory=list)
    #: Mobility change points ``(day, status)``; the first is at birth.
    mobility: list[tuple[int, str]] = field(default_factory=list)
    #: Glucocorticoid plan decided with the demographics (DMD/BMD dosing needs it for growth).
    gc_plan: str = "none"
    gc_start: int | None = None
    gc_regimen: str = "daily"
    #: Height-for-age z (children) / adult height z; changes on daily glucocorticoids.
    height_z: float = 0.0
    bmi_offset: float = 0.0
    menopause_age: float | None = None
    conditions: list[str] = field(default_factory=list)
    dysphagia: bool | None = None
    can_sit: bool | None = None
    spinal_fusion_age: float | None = None
    #: Care-gap flags (the worklist must have work).
    gap_no_dxa: bool = False
    gap_spine: str = "regular"  # regular | baseline_only | never
    gap_vitd: str = "none"  # none | stale | never
    vitd_iu: float | None = None
    calcium_mg: float | None = None
    #: Outputs, as contract rows (dates still ordinals until assembly).
    measurements: list[Row] = field(default_factory=list)
    glucocorticoids: list[Row] = field(default_factory=list)
    #: Average daily prednisolone-equivalent segments ``(start, end, mg/day)`` and single doses.
    gc_segments: list[tuple[int, int, float]] = field(default_factory=list)
    gc_singles: list[tuple[int, float]] = field(default_factory=list)
    dxa: list[Row] = field(default_factory=list)
    fractures: list[Row] = field(default_factory=list)
    spine_imaging: list[Row] = field(default_factory=list)
    bone_medications: list[Course] = field(default_factory=list)
    labs: list[Row] = field(default_factory=list)
    low_testosterone: bool = False
    risk_factors: Row | None = None
    puberty: str | None = None

    # -- time helpers ---------------------------------------------------------------------------
    def age(self, day: int) -> float:
        return (day - self.birth) / YEAR

    def day_at(self, age: float) -> int:
        return self.birth + days(age)

    @property
    def age_now(self) -> float:
        return self.age(self.as_of)

    def status_at(self, day: int) -> str:
        """Mobility on ``day`` from the change points."""
        status = "ambulant"
        for when, value in self.mobility:
            if when > day:
                break
            status = value
        return status

    def loss_of_ambulation(self) -> int | None:
        for when, value in self.mobility:
            if value == "non_ambulant":
                return when
        return None

    def visit_on_or_after(self, day: int) -> int | None:
        i = bisect_right(self.visits, day - 1)
        return self.visits[i] if i < len(self.visits) else None

    # -- glucocorticoid exposure ----------------------------------------------------------------
    def gc_mean(self, start: int, end: int) -> float:
        """Average daily prednisolone-equivalent over ``[start, end)`` (singles spread over it)."""
        span = max(1, end - start)
        total = 0.0
        for a, b, mg in self.gc_segments:
            lo, hi = max(a, start), min(b + 1, end)
            if hi > lo:
                total += mg * (hi - lo)
        for when, mg in self.gc_singles:
            if start <= when < end:
                total += mg
        return total / span

    def gc_on(self, day: int) -> float:
        """Daily prednisolone-equivalent of the oral courses running on ``day``."""
        return sum(mg for a, b, mg in self.gc_segments if a <= day <= b)

    def menopausal_at(self, day: int) -> bool:
        """Peri- (from three years before the final period) or post-menopausal on ``day``."""
        return self.menopause_age is not None and self.age(day) >= self.menopause_age - 3.0
