"""RULES §9 onsets of the glucocorticoid conditions, checked against a day-by-day reading of §3."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from nmdbone_desktop.core.document import GlucocorticoidCourse
from nmdbone_desktop.core.glucocorticoids import (
    cumulative_pred_eq,
    current_daily_pred_eq,
    days_covered,
    glucocorticoid_onsets,
    last_365_days,
)

AS_OF = date(2026, 11, 21)


@st.composite
def courses(draw: st.DrawFn) -> list[GlucocorticoidCourse]:
    out = []
    for _ in range(draw(st.integers(1, 4))):
        start = AS_OF - timedelta(days=draw(st.integers(0, 1500)))
        end = draw(st.one_of(st.none(), st.dates(start, AS_OF)))
        out.append(GlucocorticoidCourse(
            drug=draw(st.sampled_from(["prednisolone", "deflazacort", "methylprednisolone", "budesonide"])),
            dose_mg=draw(st.sampled_from([0.0, 2.0, 2.5, 6.0, 7.5, 20.0, 30.0, 500.0, 1000.0])),
            frequency=draw(st.sampled_from(["daily", "alternate_days", "single"])),
            start=start, end=end))
    return out


def _run_start(holds, as_of: date = AS_OF) -> date | None:
    """The day-by-day definition: the first day of the unbroken run of days ending at as_of."""
    if not holds(as_of):
        return None
    day = as_of
    while holds(day - timedelta(days=1)) and day > date(2020, 1, 1):
        day -= timedelta(days=1)
    return day


@settings(max_examples=60, deadline=None)
@given(cs=courses())
def test_onsets_equal_the_day_by_day_reading(cs: list[GlucocorticoidCourse]) -> None:
    on = glucocorticoid_onsets(cs, AS_OF)
    assert on.current == _run_start(lambda d: current_daily_pred_eq(cs, d) > 0)
    assert on.at_least_30 == _run_start(lambda d: current_daily_pred_eq(cs, d) >= 30)
    assert on.last_365_at_least_5000 == _run_start(lambda d: cumulative_pred_eq(cs, d, last_365_days(d)) >= 5000)
    assert on.long_term == _run_start(lambda d: current_daily_pred_eq(cs, d) >= 2.5 and days_covered(cs, d) >= 91)
    assert on.long_term_at_least_7_5 == _run_start(
        lambda d: current_daily_pred_eq(cs, d) >= 7.5 and days_covered(cs, d) >= 91)


def test_five_pulses_reach_5000_on_the_fourth_inside_the_year() -> None:
    pulses = [GlucocorticoidCourse(drug="methylprednisolone", dose_mg=1000, frequency="single",
                                   start=date(2026, m, 1)) for m in (1, 3, 5, 7)]
    assert glucocorticoid_onsets(pulses, AS_OF).last_365_at_least_5000 == date(2026, 7, 1)
