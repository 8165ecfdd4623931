"""Glucocorticoid exposure in prednisolone equivalents (RULES §3, edge readings §10).

Every figure the assessment shows about glucocorticoids comes from here: the current daily dose and its
band (which drive the Kanis FRAX adjustment, the DXA interval and the risk category), the cumulative
dose overall and in the last 365 days (ACR "≥ 5 g/year"), months exposed and long-term use.

Arithmetic is exact: doses are read as the decimals they were written as and multiplied by rational
factors (dexamethasone 20/3, deflazacort 5/6, weekends 2/7) in :class:`fractions.Fraction`, and turned
into ``float`` only at the end. A float product such as ``1.125 × 6.666…`` can land a hair under a band
edge (7.5 mg/day) and silently change a recommendation; exact arithmetic cannot.

Days are counted inclusively (RULES §0): a course from 2020-11-01 to as_of 2026-11-21 counts 2212 days.
Work is interval arithmetic over the courses, never a loop over days, because this runs for every
patient on every worklist refresh.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, NamedTuple

from .dates import nth_covered_day
from .exact import exact

if TYPE_CHECKING:
    from .document import GlucocorticoidCourse

DoseBand = Literal["none", "low", "medium", "high"]

#: Exact prednisolone-equivalent factors (RULES §3.1). Sources (sources.md §4.1): prednisolone,
#: prednisone 1; methylprednisolone 1.25 (4 mg ≈ 5 mg); dexamethasone 20/3 (0.75 mg ≈ 5 mg);
#: hydrocortisone 0.25 (20 mg ≈ 5 mg) — all [S-GC-EQ], grade V. Deflazacort 5/6 (6 mg ≈ 5 mg
#: prednisolone, product information) [S-DFZ], grade V; the measured equipotency range 1.14–2.77
#: [S-MOLLMANN96] means 5/6 is a convention. Budesonide is absent on purpose: no validated
#: equivalence (first-pass metabolism), grade R, RULES §3.1 says list it and leave it out.
_EXACT_FACTOR: dict[str, Fraction] = {
    "prednisolone": Fraction(1),
    "prednisone": Fraction(1),
    "methylprednisolone": Fraction(5, 4),
    "dexamethasone": Fraction(20, 3),
    "hydrocortisone": Fraction(1, 4),
    "deflazacort": Fraction(5, 6),
}
PRED_EQ_FACTOR: dict[str, float] = {drug: float(f) for drug, f in _EXACT_FACTOR.items()}

#: Share of days dosed per regimen (RULES §3.2, policy): the fraction of calendar days on which a dose
#: is taken, so the average daily dose of an intermittent regimen is dose × share. Pure calendar
#: arithmetic: alternate days 1/2, ten days on / ten off 10/20, weekends 2/7. ``single`` is not here:
#: a single dose (e.g. an IV pulse) is counted once, on its start date (RULES §3.3).
_EXACT_SHARE: dict[str, Fraction] = {
    "daily": Fraction(1),
    "alternate_days": Fraction(1, 2),
    "ten_days_on_ten_off": Fraction(1, 2),
    "weekends_only": Fraction(2, 7),
}
DOSE_SHARE: dict[str, float] = {freq: float(s) for freq, s in _EXACT_SHARE.items()}

#: Band edges in mg/day prednisolone-eq (RULES §3.4): Kanis 2011 [S-KANIS11], grade V for < 2.5 and
#: 2.5–7.5; exactly 7.5 counts as high (the reproduced table's "≥ 7.5"; the abstract says "> 7.5",
#: sources.md unconfirmed item 8, so this boundary is policy).
LOW_DOSE_LIMIT_MG = 2.5
HIGH_DOSE_LIMIT_MG = 7.5

#: Long-term use (RULES §3.6): ≥ 2.5 mg/day now and ≥ 91 days covered. The ACR 2017/2022 guidelines
#: apply to "≥ 2.5 mg/day for > 3 months" [S-ACR17], [S-ACR22] (grade V); 91 days is RULES' reading of
#: "more than 3 months" (policy).
LONG_TERM_MIN_DAYS = 91

#: Days per month for ``months_exposed`` (RULES §3.5): 365.25 / 12, calendar arithmetic.
DAYS_PER_MONTH = 30.4375

_FREQUENCY_WORDS: dict[str, str] = {
    "daily": "daily",
    "alternate_days": "on alternate days",
    "ten_days_on_ten_off": "10 days on, 10 days off",
    "weekends_only": "at weekends only",
    "single": "as a single dose",
}
_SHARE_WORDS: dict[str, str] = {
    "alternate_days": "dosed on half of the days",
    "ten_days_on_ten_off": "dosed on half of the days",
    "weekends_only": "dosed on 2 days in 7",
}


class _Span(NamedTuple):
    """A converted course: exact mg/day pred-eq on each day from ``first`` to ``last`` (None: open)."""

    first: date
    last: date | None
    rate: Fraction


@lru_cache(maxsize=4096)
def _rate(drug: str, dose_mg: float, frequency: str) -> Fraction | None:
    """Exact average daily pred-eq of one course; a single dose's amount on its one day; None unconverted."""
    factor = _EXACT_FACTOR.get(drug)
    if factor is None:
        return None
    share = Fraction(1) if frequency == "single" else _EXACT_SHARE[frequency]
    return exact(dose_mg, "a glucocorticoid dose (mg)") * factor * share


def _span(course: GlucocorticoidCourse) -> _Span | None:
    rate = _rate(course.drug, course.dose_mg, course.frequency)
    if rate is None:
        return None
    if course.frequency == "single":
        return _Span(course.start, course.start, rate)
    return _Span(course.start, course.end, rate)


def _spans(courses: Iterable[GlucocorticoidCourse]) -> list[_Span]:
    return [s for s in (_span(c) for c in courses) if s is not None]


def _days(first: date, last: date) -> int:
    """Inclusive day count of [first, last]; 0 when empty."""
    return max(0, (last - first).days + 1)


def _running(span: _Span, on: date) -> bool:
    return span.first <= on and (span.last is None or span.last >= on)


def is_converted(course: GlucocorticoidCourse) -> bool:
    """True for drugs with a prednisolone equivalent; False for budesonide (RULES §3.1, §10)."""
    return course.drug in _EXACT_FACTOR


def average_daily_pred_eq(course: GlucocorticoidCourse) -> float | None:
    """dose_mg × factor × share of days dosed (RULES §3.3); None for budesonide.

    A ``single`` course gives dose_mg × factor: its whole amount on its one day, which is also what
    it adds to the current daily dose when dated as_of (RULES §10).
    """
    rate = _rate(course.drug, course.dose_mg, course.frequency)
    return None if rate is None else float(rate)


def last_365_days(as_of: date) -> tuple[date, date]:
    """The window as_of − 364 … as_of, inclusive: 365 days (RULES §3.3; ACR "≥ 5 g/year")."""
    return as_of - timedelta(days=364), as_of


def _cumulative(spans: list[_Span], as_of: date, window: tuple[date, date] | None) -> Fraction:
    lo_bound, hi_bound = window if window is not None else (date.min, as_of)
    hi_bound = min(hi_bound, as_of)
    terms = []
    for span in spans:
        last = as_of if span.last is None else min(span.last, as_of)
        days = _days(max(span.first, lo_bound), min(last, hi_bound))
        if days:
            terms.append((span.rate, days))
    return _exact_sum(terms)


def _exact_sum(terms: list[tuple[Fraction, int]]) -> Fraction:
    """Σ rate × days, exactly, over one common denominator: the same Fraction as adding the
    products one by one (a Fraction is always in lowest terms), without a gcd per addition."""
    if not terms:
        return Fraction(0)
    if len(terms) == 1:
        rate, days = terms[0]
        return rate * days
    den = math.lcm(*(rate.denominator for rate, _days in terms))
    return Fraction(sum(rate.numerator * (den // rate.denominator) * days for rate, days in terms), den)


def cumulative_pred_eq(
    courses: Iterable[GlucocorticoidCourse], as_of: date, window: tuple[date, date] | None = None
) -> float:
    """Cumulative mg pred-eq up to as_of, optionally only the days inside ``window`` (inclusive).

    Σ average daily × days from start to min(end, as_of) + Σ single doses on their date (RULES §3.3).
    Courses starting after as_of add nothing; budesonide adds nothing. A window reaching past as_of
    stops at as_of.
    """
    return float(_cumulative(_spans(courses), as_of, window))


def _current(spans: list[_Span], on: date) -> Fraction:
    return sum((s.rate for s in spans if _running(s, on)), Fraction(0))


def current_daily_pred_eq(courses: Iterable[GlucocorticoidCourse], as_of: date) -> float:
    """Σ average daily pred-eq of the courses running on as_of (RULES §3.4).

    Running: start ≤ as_of and (no end or end ≥ as_of); a course ending on as_of is running (§10). A
    ``single`` course runs on its start date only, and then counts as dose × factor (§10).
    """
    return float(_current(_spans(courses), as_of))


def dose_band(mg: float | Fraction) -> DoseBand:
    """Kanis 2011 band of a daily pred-eq dose: none (0), low (< 2.5), medium (< 7.5), high (≥ 7.5).

    Sources: [S-KANIS11] grade V for the edges; exactly 7.5 is high by policy (RULES §3.4). Accepts
    an exact Fraction so the summary bands the exact dose, not its rounded float.
    """
    if math.isnan(mg) or mg < 0:
        raise ValueError(f"a daily dose must be a number ≥ 0 mg, not {mg!r}")
    if mg == 0:
        return "none"
    if mg < LOW_DOSE_LIMIT_MG:
        return "low"
    if mg < HIGH_DOSE_LIMIT_MG:
        return "medium"
    return "high"


def _covered(spans: list[_Span], as_of: date) -> int:
    """Days in the union of the spans' inclusive ranges up to as_of: sort, then merge."""
    ranges = sorted(
        (s.first, as_of if s.last is None else min(s.last, as_of)) for s in spans if s.first <= as_of
    )
    total = 0
    cur_first: date | None = None
    cur_last = date.min
    for first, last in ranges:
        if last < first:
            continue
        if cur_first is not None and first <= cur_last + timedelta(days=1):
            cur_last = max(cur_last, last)
            continue
        if cur_first is not None:
            total += _days(cur_first, cur_last)
        cur_first, cur_last = first, last
    if cur_first is not None:
        total += _days(cur_first, cur_last)
    return total


def days_covered(courses: Iterable[GlucocorticoidCourse], as_of: date) -> int:
    """Days up to as_of on which any converted course ran (union; a single covers its one day)."""
    return _covered(_spans(courses), as_of)


def months_exposed(courses: Iterable[GlucocorticoidCourse], as_of: date) -> float:
    """Days covered by any course ÷ 30.4375 (RULES §3.5)."""
    return days_covered(courses, as_of) / DAYS_PER_MONTH


def daily_dose_steps(
    courses: Iterable[GlucocorticoidCourse], start: date, end: date
) -> list[tuple[date, float]]:
    """The current daily pred-eq over [start, end] as a step function: (date, mg/day) at change points.

    The first point is always ``start``; each later point is a date whose value differs from the day
    before. For any d in the range the value is ``current_daily_pred_eq(courses, d)``, so the chart and
    the assessment can never disagree. Built from +rate / −rate events sorted by date.
    """
    if end < start:
        return []
    spans = _spans(courses)
    deltas: dict[date, Fraction] = {}
    for span in spans:
        on = max(span.first, start)
        off = None if span.last is None else span.last + timedelta(days=1)
        if on > end or (off is not None and off <= on):
            continue
        deltas[on] = deltas.get(on, Fraction(0)) + span.rate
        if off is not None and off <= end:
            deltas[off] = deltas.get(off, Fraction(0)) - span.rate
    level = Fraction(0)
    steps: list[tuple[date, float]] = [(start, 0.0)]
    for day in sorted(deltas):
        level += deltas[day]
        if day == start:
            steps[0] = (start, float(level))
        elif float(level) != steps[-1][1]:
            steps.append((day, float(level)))
    return steps


def _fmt(mg: float) -> str:
    return f"{mg:.2f}".rstrip("0").rstrip(".")


def _course_words(course: GlucocorticoidCourse) -> str:
    words = f"{course.drug} {_fmt(course.dose_mg)} mg {_FREQUENCY_WORDS[course.frequency]}"
    if course.frequency == "single":
        return f"{words} on {course.start.isoformat()}"
    words += f" from {course.start.isoformat()}"
    return words if course.end is None else f"{words} to {course.end.isoformat()}"


def _notes(courses: tuple[GlucocorticoidCourse, ...], as_of: date) -> list[str]:
    """Why a figure may surprise: unconverted budesonide, averaged intermittent regimens (sources §4.1)."""
    notes: list[str] = []
    for course in courses:
        if course.start > as_of:
            continue
        if not is_converted(course):
            notes.append(
                f"{_course_words(course)} listed but not converted: no validated prednisolone equivalence"
            )
            continue
        span = _span(course)
        if span is None or not _running(span, as_of):
            continue
        rate = float(span.rate)
        if course.frequency in _SHARE_WORDS:
            notes.append(
                f"{_course_words(course)} counted as its average, {_fmt(rate)} mg/day prednisolone-eq "
                f"({_SHARE_WORDS[course.frequency]})"
            )
        elif course.frequency == "single":
            notes.append(f"{_course_words(course)} counts in today's dose as {_fmt(rate)} mg prednisolone-eq")
    return notes


@dataclass(frozen=True)
class GlucocorticoidExposure:
    """Everything the assessment reports about glucocorticoids, in mg prednisolone-eq (RULES §3)."""

    current_daily_mg_pred_eq: float
    current_dose_band: DoseBand
    cumulative_mg_pred_eq: float
    months_exposed: float
    last_365_days_mg_pred_eq: float
    days_covered: int
    long_term: bool
    any_ever: bool
    first_start: date | None
    notes: list[str] = field(default_factory=list)


def summarise_exposure(courses: Iterable[GlucocorticoidCourse], as_of: date) -> GlucocorticoidExposure:
    """All exposure figures on as_of in one pass over the courses (RULES §3, §10)."""
    all_courses = tuple(courses)
    spans = [s for s in _spans(all_courses) if s.first <= as_of]
    current = _current(spans, as_of)
    covered = _covered(spans, as_of)
    return GlucocorticoidExposure(
        current_daily_mg_pred_eq=float(current),
        current_dose_band=dose_band(current),
        cumulative_mg_pred_eq=float(_cumulative(spans, as_of, None)),
        months_exposed=covered / DAYS_PER_MONTH,
        last_365_days_mg_pred_eq=float(_cumulative(spans, as_of, last_365_days(as_of))),
        days_covered=covered,
        long_term=current >= LOW_DOSE_LIMIT_MG and covered >= LONG_TERM_MIN_DAYS,
        any_ever=bool(spans),
        first_start=min((s.first for s in spans), default=None),
        notes=_notes(all_courses, as_of),
    )


# --- Onsets (RULES §9): the first day of the unbroken run of days, ending at as_of, on which a
# glucocorticoid condition holds, each day judged as if it were as_of. Computed only for a condition
# that holds on as_of, from the exact step function of the daily dose.


def _exact_steps(spans: list[_Span], end: date) -> list[tuple[date, Fraction]]:
    """(date, exact mg/day) at each change point up to ``end``; the level before the first point is 0."""
    deltas: dict[date, Fraction] = {}
    for span in spans:
        if span.first > end:
            continue
        deltas[span.first] = deltas.get(span.first, Fraction(0)) + span.rate
        if span.last is not None and span.last < end:
            off = span.last + timedelta(days=1)
            deltas[off] = deltas.get(off, Fraction(0)) - span.rate
    level = Fraction(0)
    steps: list[tuple[date, Fraction]] = []
    for day in sorted(deltas):
        level += deltas[day]
        steps.append((day, level))
    return steps


def _run_start(steps: list[tuple[date, Fraction]], holds: Callable[[Fraction], bool]) -> date | None:
    """Start of the run of steps, ending with the last one, whose level ``holds`` (None if the last does not)."""
    if not steps or not holds(steps[-1][1]):
        return None
    i = len(steps) - 1
    while i > 0 and holds(steps[i - 1][1]):
        i -= 1
    return steps[i][0]


def _covered_day(spans: list[_Span], as_of: date, nth: int) -> date | None:
    """The day on which the union of the courses reaches ``nth`` covered days (None if not by as_of)."""
    return nth_covered_day(((s.first, as_of if s.last is None else min(s.last, as_of)) for s in spans
                            if s.first <= as_of), nth)


_LOW_EXACT = Fraction(str(LOW_DOSE_LIMIT_MG))
_HIGH_EXACT = Fraction(str(HIGH_DOSE_LIMIT_MG))


@dataclass(frozen=True)
class GlucocorticoidOnsets:
    """Onset of each glucocorticoid condition that holds on as_of (None where it does not hold)."""

    current: date | None  # current dose > 0
    at_least_30: date | None  # current dose ≥ 30 mg/day
    last_365_at_least_5000: date | None  # ≥ 5,000 mg in the 365 days ending that day
    long_term: date | None  # current ≥ 2.5 mg/day and ≥ 91 covered days
    long_term_at_least_7_5: date | None  # long-term and current ≥ 7.5 mg/day


def glucocorticoid_onsets(
    courses: Iterable[GlucocorticoidCourse], as_of: date, exposure: GlucocorticoidExposure | None = None
) -> GlucocorticoidOnsets:
    """The onsets of RULES §9 for the glucocorticoid conditions of §3–§5 (budesonide counts nowhere).

    With the day's ``exposure`` given, conditions it shows do not hold are not walked back.
    """
    spans = [s for s in _spans(courses) if s.first <= as_of]
    steps = _exact_steps(spans, as_of)
    current = _run_start(steps, lambda mg: mg > 0)
    yearly = None if exposure is not None and exposure.last_365_days_mg_pred_eq < 4999 else _yearly_onset(steps, as_of)
    if current is None or (exposure is not None and not exposure.long_term and exposure.current_daily_mg_pred_eq < 30):
        return GlucocorticoidOnsets(current, None, yearly, None, None)
    day91 = _covered_day(spans, as_of, LONG_TERM_MIN_DAYS)
    low = _run_start(steps, lambda mg: mg >= _LOW_EXACT)
    high = _run_start(steps, lambda mg: mg >= _HIGH_EXACT)
    return GlucocorticoidOnsets(
        current=current,
        at_least_30=_run_start(steps, lambda mg: mg >= 30),
        last_365_at_least_5000=yearly,
        long_term=max(low, day91) if low is not None and day91 is not None else None,
        long_term_at_least_7_5=max(high, day91) if high is not None and day91 is not None else None,
    )


def _yearly_onset(steps: list[tuple[date, Fraction]], as_of: date) -> date | None:
    """First day of the run ending at as_of on which the 365-day window holds ≥ 5,000 mg (RULES §9).

    Going back one day, the window loses that day's dose and gains the dose of 365 days before:
    a change that is constant between the dose's change points and those points + 365 days, so the
    walk goes segment by segment, exactly, instead of day by day.
    """
    if not steps:
        return None
    first, _ = last_365_days(as_of)
    total = Fraction(0)
    for i, (day, mg) in enumerate(steps):  # the window's sum, step by step
        nxt = steps[i + 1][0] if i + 1 < len(steps) else as_of + timedelta(days=1)
        lo, hi = max(day, first), min(nxt - timedelta(days=1), as_of)
        if hi >= lo:
            total += mg * ((hi - lo).days + 1)
    if total < 5000:
        return None
    days = [d for d, _ in steps]
    year = timedelta(days=365)
    breakpoints = sorted({*days, *(d + year for d in days)})

    def level(day: date) -> Fraction:
        i = bisect_right(days, day) - 1
        return steps[i][1] if i >= 0 else Fraction(0)

    day, floor = as_of, days[0]
    while day > floor:
        p = breakpoints[bisect_right(breakpoints, day) - 1] if breakpoints[0] <= day else floor
        p = max(p, floor + timedelta(days=1))
        delta = level(day) - level(day - year)  # constant for the days p … day
        length = (day - p).days + 1
        n = length if delta <= 0 else min(length, int((total - 5000) / delta))
        total -= delta * n
        day -= timedelta(days=n)
        if n < length:
            break
    return day
