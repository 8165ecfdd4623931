"""Per-patient evaluation of the quality indicators: one small function per indicator.

Each function reads one patient document (and the cached risk category where the definition
needs the assessment) and answers ``"met"`` (in the numerator), ``"gap"`` (in the denominator,
not the numerator), ``"eligible"`` (the indicator cannot be computed from the record; the patient
is one it would concern) or ``None`` (not in the denominator). The definitions, with what the
record cannot show, are in ``docs/indicators.md``; keep the two in step.

Everything dated after as_of is ignored, so an audit on a past date sees the record as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import Any, Literal

from ..core.assessment.facts import BISPHOSPHONATES, BONE_THERAPY, IV_BISPHOSPHONATES, is_fragility, is_running
from ..core.dates import add_months
from ..core.document import PatientDocument
from ..core.glucocorticoids import is_converted, summarise_exposure
from ..core.units import to_canonical

Mark = Literal["met", "gap", "eligible"] | None

AUDIT_MONTHS = 24  # look-back of "new" patients (Q1), sentinel fractures (Q6), stopped denosumab (Q8)
FLS_DAYS = 16 * 7  # FLS KPI: treatment within 16 weeks of the fracture
LATE_DOSE_DAYS = 28  # NOGG: denosumab within 4 weeks of its due date
RUN_GAP_DAYS = 31  # glucocorticoid courses closer than this form one continuous run
VITAMIN_D_REPLETE_NMOL = 50.0  # IOM 2011
SENTINEL_SITES = frozenset({"vertebra", "hip", "femur", "tibia_fibula", "humerus", "forearm_wrist"})
WALKING = frozenset({"ambulant", "assisted"})


@lru_cache(maxsize=64)
def months_before(as_of: date, months: int) -> date:
    """as_of minus calendar months (cached: the same few bounds serve 20,000 patients)."""
    return add_months(as_of, -months)


def reached_age(birth: date, on: date, years: int) -> bool:
    """Aged at least ``years`` on ``on`` (a 29 February birthday falls on 28 February, as in core.dates)."""
    try:
        birthday = birth.replace(year=birth.year + years)
    except ValueError:
        birthday = date(birth.year + years, 2, 28)
    return on >= birthday


@dataclass
class Patient:
    """One document on one date, with the facts several indicators share (each computed once).

    ``report`` is the fresh assessment when there is one: its glucocorticoid figures are then
    read from it instead of being computed a second time (the exact same rules, RULES §3).
    """

    doc: PatientDocument
    as_of: date
    risk_category: str | None
    report: dict[str, Any] | None = None

    @cached_property
    def is_child(self) -> bool:
        return not reached_age(self.doc.birth_date, self.as_of, 20)

    @cached_property
    def _gc(self) -> tuple[bool, bool]:
        """(on glucocorticoids now, long-term glucocorticoids) on as_of (RULES §3.4, §3.6)."""
        if not self.doc.glucocorticoids:
            return False, False
        if self.report is not None:
            figures = self.report["glucocorticoids"]
            return figures["current_dose_band"] != "none", bool(figures["long_term"])
        exposure = summarise_exposure(self.doc.glucocorticoids, self.as_of)
        return exposure.current_daily_mg_pred_eq > 0, exposure.long_term

    @property
    def on_gc(self) -> bool:
        return self._gc[0]

    @property
    def long_term_gc(self) -> bool:
        return self._gc[1]

    def on_bone_therapy(self, first: date, last: date) -> bool:
        """A bone-therapy course (RULES §0) running at any time in [first, last]."""
        return any(m.drug in BONE_THERAPY and m.start <= last and (m.end is None or m.end >= first)
                   for m in self.doc.bone_medications)

    @staticmethod
    def dates(rows: Sequence[Any], first: date, last: date) -> bool:
        """Any row of a dated list (DXA, spine imaging, ...) dated in [first, last].

        Newest first: records are usually entered in date order and most windows end at as_of,
        so the search stops early (the demo clinic has dozens of rows per list).
        """
        return any(first <= r.date <= last for r in reversed(rows))

    def vitamin_d_tested(self, first: date, last: date) -> bool:
        return any(lab.test == "25ohd" and first <= lab.date <= last for lab in reversed(self.doc.labs))


def gc_run_start(doc: PatientDocument, as_of: date) -> date | None:
    """Start of the continuous glucocorticoid run that covers as_of (gaps ≤ 31 days bridged).

    Single doses (pulses) and budesonide do not make a run. None when no course runs on as_of.
    """
    spans = sorted(
        (c.start, min(c.end or as_of, as_of))
        for c in doc.glucocorticoids
        if is_converted(c) and c.frequency != "single" and c.dose_mg > 0 and c.start <= as_of
    )
    start: date | None = None
    end: date | None = None
    for first, last in spans:
        if end is None or (first - end).days > RUN_GAP_DAYS:
            start = first
        end = last if end is None else max(end, last)
    return start if end == as_of else None


def q1_bone_assessment_at_diagnosis(p: Patient) -> Mark:
    onset = p.doc.diagnosis.onset_date
    if onset is None or not months_before(p.as_of, AUDIT_MONTHS) <= onset <= months_before(p.as_of, 6):
        return None
    first, last = add_months(onset, -3), min(add_months(onset, 6), p.as_of)
    done = p.dates(p.doc.dxa, first, last) and p.vitamin_d_tested(first, last)
    return "met" if done else "gap"


def q2_bone_assessment_at_follow_up(p: Patient) -> Mark:
    onset = p.doc.diagnosis.onset_date
    if onset is not None and onset > months_before(p.as_of, AUDIT_MONTHS):
        return None
    first = months_before(p.as_of, AUDIT_MONTHS)
    done = p.dates(p.doc.dxa, first, p.as_of) and p.vitamin_d_tested(first, p.as_of)
    return "met" if done else "gap"


def q3_gc_risk_assessment(p: Patient) -> Mark:
    if not p.long_term_gc:
        return None
    start = gc_run_start(p.doc, p.as_of)
    if start is None or add_months(start, 6) > p.as_of:
        return None
    first, last = add_months(start, -12), add_months(start, 6)
    frax = any(first <= f.date <= last and reached_age(p.doc.birth_date, f.date, 40) for f in p.doc.frax)
    bmd_and_spine = p.dates(p.doc.dxa, first, last) and p.dates(p.doc.spine_imaging, first, last)
    return "met" if frax or bmd_and_spine else "gap"


def q4_gc_bone_protection(p: Patient) -> Mark:
    if not p.long_term_gc or p.risk_category is None:
        return None
    # RULES §6.1 indication with long-term GC: adults moderate, high or very high; children very high.
    indicated = p.risk_category == "very_high" if p.is_child else p.risk_category in ("moderate", "high", "very_high")
    if not indicated:
        return None
    return "met" if p.on_bone_therapy(p.as_of, p.as_of) else "gap"


def q5_vf_surveillance(p: Patient) -> Mark:
    if not p.long_term_gc:
        return None
    first = months_before(p.as_of, 12 if p.is_child else 24)
    return "met" if p.dates(p.doc.spine_imaging, first, p.as_of) else "gap"


def q6_fracture_treatment(p: Patient) -> Mark:
    first, last = months_before(p.as_of, AUDIT_MONTHS), p.as_of - timedelta(days=FLS_DAYS)
    sentinels = [f.date for f in p.doc.fractures
                 if f.site in SENTINEL_SITES and is_fragility(f) and first <= f.date <= last]
    if not sentinels:
        return None
    fracture = min(sentinels)
    return "met" if p.on_bone_therapy(fracture, fracture + timedelta(days=FLS_DAYS)) else "gap"


def q7_vitamin_d_replete(p: Patient) -> Mark:
    first = months_before(p.as_of, 12)  # RULES §0 "latest lab": within 12 months before as_of
    results = [lab for lab in p.doc.labs if lab.test == "25ohd" and first <= lab.date <= p.as_of]
    if not results:
        return None
    latest = results[0]
    for lab in results[1:]:
        if lab.date >= latest.date:  # the last of one day's results, as core.assessment.facts reads it
            latest = lab
    value = to_canonical("25ohd", latest.value, latest.unit)
    return "met" if value >= VITAMIN_D_REPLETE_NMOL else "gap"


def q8_denosumab_continuity(p: Patient) -> Mark:
    courses = [c for c in p.doc.bone_medications if c.drug == "denosumab" and c.start <= p.as_of]
    if not courses:
        return None
    course = max(courses, key=lambda c: c.start)
    last = course.last_dose or course.start
    deadline = add_months(last, 6) + timedelta(days=LATE_DOSE_DAYS)
    if is_running(course, p.as_of):
        return "met" if p.as_of <= deadline else "gap"
    if course.end is None or course.end < months_before(p.as_of, AUDIT_MONTHS):
        return None
    followed = any(m.drug in BISPHOSPHONATES and last < m.start <= deadline for m in p.doc.bone_medications)
    return "met" if followed else "gap"


def q9_long_term_bp_review(p: Patient) -> Mark:
    for course in p.doc.bone_medications:
        if course.drug in BISPHOSPHONATES and is_running(course, p.as_of):
            years = 3 if course.drug in IV_BISPHOSPHONATES else 5
            if add_months(course.start, 12 * years) <= p.as_of:
                return "eligible"
    return None


def q10_puberty_screen(p: Patient) -> Mark:
    if p.doc.diagnosis.code != "DMD" or p.doc.sex != "male" or not p.is_child or not p.on_gc:
        return None
    if not reached_age(p.doc.birth_date, p.as_of, 9):
        return None
    return "met" if p.doc.puberty is not None else "gap"


def q11_falls_assessment(p: Patient) -> Mark:
    if p.is_child:
        return None
    rows = [m for m in p.doc.mobility if m.date <= p.as_of]
    if not rows or max(rows, key=lambda m: m.date).status not in WALKING:
        return None
    return "met" if p.doc.falls_past_12_months is not None else "gap"


def q12_multidisciplinary_input(p: Patient) -> Mark:
    return "eligible" if p.on_bone_therapy(p.as_of, p.as_of) else None


RULES: dict[str, Callable[[Patient], Mark]] = {
    "Q1": q1_bone_assessment_at_diagnosis,
    "Q2": q2_bone_assessment_at_follow_up,
    "Q3": q3_gc_risk_assessment,
    "Q4": q4_gc_bone_protection,
    "Q5": q5_vf_surveillance,
    "Q6": q6_fracture_treatment,
    "Q7": q7_vitamin_d_replete,
    "Q8": q8_denosumab_continuity,
    "Q9": q9_long_term_bp_review,
    "Q10": q10_puberty_screen,
    "Q11": q11_falls_assessment,
    "Q12": q12_multidisciplinary_input,
}


def evaluate(doc: PatientDocument, as_of: date, risk_category: str | None,
             report: dict[str, Any] | None = None) -> tuple[Mark, ...]:
    """Every indicator's mark for one patient, in :data:`RULES` order (``report``: a fresh one, if any)."""
    patient = Patient(doc, as_of, risk_category, report)
    return tuple(rule(patient) for rule in RULES.values())
