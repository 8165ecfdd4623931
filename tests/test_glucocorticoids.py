"""Glucocorticoid exposure (RULES §3, §10): factors, regimens, windows, bands, coverage, steps."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nmdbone_desktop.core.document import GlucocorticoidCourse
from nmdbone_desktop.core.glucocorticoids import (
    DAYS_PER_MONTH,
    DOSE_SHARE,
    PRED_EQ_FACTOR,
    average_daily_pred_eq,
    cumulative_pred_eq,
    current_daily_pred_eq,
    daily_dose_steps,
    days_covered,
    dose_band,
    is_converted,
    last_365_days,
    months_exposed,
    summarise_exposure,
)

AS_OF = date(2026, 11, 21)


def gc(
    drug: str = "prednisolone",
    dose: float = 10.0,
    frequency: str = "daily",
    start: date = date(2026, 1, 1),
    end: date | None = None,
) -> GlucocorticoidCourse:
    return GlucocorticoidCourse.model_validate(
        {"drug": drug, "dose_mg": dose, "frequency": frequency, "start": start, "end": end}
    )


# --- the shared vignette -------------------------------------------------------------------------


def test_vignette_deflazacort_cumulative_counts_days_inclusively() -> None:
    course = gc("deflazacort", 27, start=date(2020, 11, 1))
    assert days_covered([course], AS_OF) == 2212
    assert average_daily_pred_eq(course) == 22.5
    assert cumulative_pred_eq([course], AS_OF) == pytest.approx(49_770.0)
    assert cumulative_pred_eq([course], AS_OF) == 22.5 * 2212


# --- factors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("drug", "dose", "pred_eq"),
    [
        ("prednisolone", 10, 10.0),
        ("prednisone", 10, 10.0),
        ("methylprednisolone", 8, 10.0),
        ("dexamethasone", 1.5, 10.0),
        ("dexamethasone", 0.75, 5.0),
        ("hydrocortisone", 40, 10.0),
        ("deflazacort", 12, 10.0),
        ("deflazacort", 6, 5.0),
    ],
)
def test_every_drug_factor_is_exact(drug: str, dose: float, pred_eq: float) -> None:
    assert average_daily_pred_eq(gc(drug, dose)) == pred_eq


def test_published_factor_table() -> None:
    assert PRED_EQ_FACTOR == {
        "prednisolone": 1.0,
        "prednisone": 1.0,
        "methylprednisolone": 1.25,
        "dexamethasone": 20 / 3,
        "hydrocortisone": 0.25,
        "deflazacort": 5 / 6,
    }
    assert "budesonide" not in PRED_EQ_FACTOR
    assert DOSE_SHARE == {
        "daily": 1.0,
        "alternate_days": 0.5,
        "ten_days_on_ten_off": 0.5,
        "weekends_only": 2 / 7,
    }


# --- regimens --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frequency", "dose", "daily"),
    [
        ("daily", 20, 20.0),
        ("alternate_days", 20, 10.0),
        ("ten_days_on_ten_off", 20, 10.0),
        ("weekends_only", 7, 2.0),
    ],
)
def test_regimen_share_of_days(frequency: str, dose: float, daily: float) -> None:
    course = gc(dose=dose, frequency=frequency, start=date(2026, 1, 1), end=date(2026, 1, 14))
    assert average_daily_pred_eq(course) == daily
    assert cumulative_pred_eq([course], AS_OF) == pytest.approx(daily * 14)
    assert current_daily_pred_eq([course], date(2026, 1, 14)) == daily
    assert current_daily_pred_eq([course], date(2026, 1, 15)) == 0.0


def test_single_pulse_counts_once_and_runs_only_on_its_date() -> None:
    pulse = gc("methylprednisolone", 500, "single", start=date(2026, 3, 10))
    assert average_daily_pred_eq(pulse) == 625.0
    assert cumulative_pred_eq([pulse], AS_OF) == 625.0
    assert current_daily_pred_eq([pulse], date(2026, 3, 10)) == 625.0
    assert current_daily_pred_eq([pulse], date(2026, 3, 11)) == 0.0
    assert cumulative_pred_eq([pulse], date(2026, 3, 9)) == 0.0  # not yet given
    assert days_covered([pulse], AS_OF) == 1


def test_single_dated_as_of_counts_in_the_current_dose() -> None:
    pulse = gc("methylprednisolone", 1000, "single", start=AS_OF)
    daily = gc("prednisolone", 10, start=date(2026, 1, 1))
    summary = summarise_exposure([pulse, daily], AS_OF)
    assert summary.current_daily_mg_pred_eq == 1260.0
    assert summary.current_dose_band == "high"
    assert any("counts in today's dose as 1250 mg" in note for note in summary.notes)


def test_single_ignores_an_end_date() -> None:
    pulse = gc("prednisolone", 100, "single", start=date(2026, 1, 1), end=date(2026, 1, 5))
    assert cumulative_pred_eq([pulse], AS_OF) == 100.0
    assert current_daily_pred_eq([pulse], date(2026, 1, 3)) == 0.0


def test_intermittent_regimen_is_flagged_as_an_average() -> None:
    course = gc("deflazacort", 36, "alternate_days", start=date(2026, 1, 1))
    summary = summarise_exposure([course], AS_OF)
    assert summary.current_daily_mg_pred_eq == 15.0
    assert summary.notes == [
        "deflazacort 36 mg on alternate days from 2026-01-01 counted as its average, "
        "15 mg/day prednisolone-eq (dosed on half of the days)"
    ]


# --- budesonide ------------------------------------------------------------------------------------


def test_budesonide_is_listed_but_counts_nowhere() -> None:
    bud = gc("budesonide", 9, start=date(2024, 1, 1))
    assert not is_converted(bud)
    assert average_daily_pred_eq(bud) is None
    assert cumulative_pred_eq([bud], AS_OF) == 0.0
    assert current_daily_pred_eq([bud], AS_OF) == 0.0
    assert days_covered([bud], AS_OF) == 0
    assert daily_dose_steps([bud], date(2023, 1, 1), AS_OF) == [(date(2023, 1, 1), 0.0)]
    summary = summarise_exposure([bud], AS_OF)
    assert summary.current_dose_band == "none"
    assert not summary.any_ever
    assert not summary.long_term
    assert summary.first_start is None
    assert summary.months_exposed == 0.0
    assert summary.notes == [
        "budesonide 9 mg daily from 2024-01-01 listed but not converted: "
        "no validated prednisolone equivalence"
    ]


def test_budesonide_alongside_prednisolone_changes_no_figure() -> None:
    pred = gc("prednisolone", 5, start=date(2026, 6, 1))
    bud = gc("budesonide", 9, start=date(2020, 1, 1), end=date(2026, 5, 1))
    assert summarise_exposure([pred, bud], AS_OF).first_start == date(2026, 6, 1)
    with_bud, without = summarise_exposure([pred, bud], AS_OF), summarise_exposure([pred], AS_OF)
    assert (with_bud.cumulative_mg_pred_eq, with_bud.days_covered) == (
        without.cumulative_mg_pred_eq,
        without.days_covered,
    )
    assert (
        len(with_bud.notes) == 1
        and "budesonide 9 mg daily from 2020-01-01 to 2026-05-01" in with_bud.notes[0]
    )


# --- bands -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mg", "band"),
    [
        (0.0, "none"),
        (0.0001, "low"),
        (2.4999, "low"),
        (2.5, "medium"),
        (7.4999, "medium"),
        (7.5, "high"),
        (60, "high"),
    ],
)
def test_band_edges(mg: float, band: str) -> None:
    assert dose_band(mg) == band


@pytest.mark.parametrize("bad", [-0.1, float("nan")])
def test_band_rejects_impossible_doses(bad: float) -> None:
    with pytest.raises(ValueError):
        dose_band(bad)


@pytest.mark.parametrize(
    ("courses", "band"),
    [
        ([gc("dexamethasone", 1.125)], "high"),  # 1.125 × 20/3 = 7.5 exactly
        ([gc("deflazacort", 9)], "high"),  # 9 × 5/6 = 7.5 exactly
        ([gc("deflazacort", 3)], "medium"),  # 2.5 exactly
        ([gc("dexamethasone", 0.375)], "medium"),  # 2.5 exactly
        ([gc("prednisolone", 7.4), gc("prednisolone", 0.1)], "high"),  # 7.4 + 0.1 = 7.5 as written
        ([gc("prednisolone", 15, "alternate_days")], "high"),
        ([gc("hydrocortisone", 9.9996)], "low"),
    ],
)
def test_band_of_converted_doses_on_the_edge(courses: list[GlucocorticoidCourse], band: str) -> None:
    assert summarise_exposure(courses, AS_OF).current_dose_band == band


# --- days, ended and future courses --------------------------------------------------------------


def test_days_are_inclusive() -> None:
    assert cumulative_pred_eq([gc(start=AS_OF, end=AS_OF)], AS_OF) == 10.0
    assert cumulative_pred_eq([gc(start=date(2026, 1, 1), end=date(2026, 1, 10))], AS_OF) == 100.0
    assert cumulative_pred_eq([gc(start=AS_OF)], AS_OF) == 10.0


def test_ended_course_counts_to_its_end_and_is_not_current() -> None:
    course = gc(start=date(2025, 1, 1), end=date(2025, 1, 31))
    assert cumulative_pred_eq([course], AS_OF) == 310.0
    assert current_daily_pred_eq([course], AS_OF) == 0.0
    summary = summarise_exposure([course], AS_OF)
    assert summary.any_ever and not summary.long_term
    assert summary.current_dose_band == "none"


def test_course_ending_on_as_of_is_running() -> None:
    assert current_daily_pred_eq([gc(start=date(2026, 1, 1), end=AS_OF)], AS_OF) == 10.0


def test_future_start_contributes_nothing() -> None:
    future = gc(start=AS_OF + timedelta(days=1))
    summary = summarise_exposure([future], AS_OF)
    assert summary.cumulative_mg_pred_eq == 0.0
    assert summary.current_daily_mg_pred_eq == 0.0
    assert summary.days_covered == 0
    assert not summary.any_ever
    assert summary.first_start is None


def test_running_course_counts_only_to_as_of() -> None:
    course = gc(start=date(2026, 11, 1), end=date(2027, 12, 31))
    assert cumulative_pred_eq([course], AS_OF) == 210.0
    assert days_covered([course], AS_OF) == 21


def test_non_finite_dose_is_refused() -> None:
    with pytest.raises(ValueError, match="finite"):
        cumulative_pred_eq([gc(dose=float("inf"))], AS_OF)


# --- windows ---------------------------------------------------------------------------------------


def test_last_365_days_window() -> None:
    assert last_365_days(AS_OF) == (date(2025, 11, 22), AS_OF)


def test_course_straddling_the_last_365_days() -> None:
    course = gc(start=AS_OF - timedelta(days=399))  # 400 days up to as_of
    summary = summarise_exposure([course], AS_OF)
    assert summary.cumulative_mg_pred_eq == 4000.0
    assert summary.last_365_days_mg_pred_eq == 3650.0
    assert cumulative_pred_eq([course], AS_OF, last_365_days(AS_OF)) == 3650.0


def test_window_edges_and_clipping() -> None:
    course = gc(start=date(2026, 1, 1), end=date(2026, 1, 31))
    assert cumulative_pred_eq([course], AS_OF, (date(2026, 1, 31), date(2026, 2, 28))) == 10.0
    assert cumulative_pred_eq([course], AS_OF, (date(2025, 1, 1), date(2026, 1, 1))) == 10.0
    assert cumulative_pred_eq([course], AS_OF, (date(2026, 2, 1), date(2026, 3, 1))) == 0.0
    assert cumulative_pred_eq([course], AS_OF, (date(2026, 1, 20), date(2026, 1, 10))) == 0.0
    ongoing = gc(start=date(2026, 11, 1))
    assert cumulative_pred_eq([ongoing], AS_OF, (date(2026, 11, 1), date(2027, 1, 1))) == 210.0


def test_single_counts_in_a_window_only_when_dated_inside_it() -> None:
    pulse = gc("prednisolone", 500, "single", start=date(2025, 11, 21))
    assert summarise_exposure([pulse], AS_OF).last_365_days_mg_pred_eq == 0.0
    pulse = gc("prednisolone", 500, "single", start=date(2025, 11, 22))
    assert summarise_exposure([pulse], AS_OF).last_365_days_mg_pred_eq == 500.0


# --- coverage and long-term use --------------------------------------------------------------------


def test_union_of_overlapping_courses_for_months_exposed() -> None:
    courses = [
        gc(start=date(2026, 1, 1), end=date(2026, 1, 31)),
        gc("deflazacort", 30, start=date(2026, 1, 15), end=date(2026, 2, 14)),
        gc(start=date(2026, 1, 5), end=date(2026, 1, 6)),  # inside the first
        gc(start=date(2026, 2, 15), end=date(2026, 2, 20)),  # adjacent: no gap
        gc("methylprednisolone", 500, "single", start=date(2026, 2, 18)),  # inside
        gc("methylprednisolone", 500, "single", start=date(2026, 5, 1)),  # alone: one day
    ]
    assert days_covered(courses, AS_OF) == 31 + 14 + 6 + 1
    assert months_exposed(courses, AS_OF) == pytest.approx(52 / DAYS_PER_MONTH)
    assert summarise_exposure(courses, AS_OF).months_exposed == pytest.approx(52 / 30.4375)


@pytest.mark.parametrize(("days", "long_term"), [(90, False), (91, True)])
def test_long_term_needs_91_days_covered(days: int, long_term: bool) -> None:
    course = gc(dose=5, start=AS_OF - timedelta(days=days - 1))
    summary = summarise_exposure([course], AS_OF)
    assert summary.days_covered == days
    assert summary.long_term is long_term


def test_long_term_needs_a_current_dose_of_at_least_2_5() -> None:
    assert not summarise_exposure([gc(dose=2.4, start=date(2025, 1, 1))], AS_OF).long_term
    assert summarise_exposure([gc(dose=2.5, start=date(2025, 1, 1))], AS_OF).long_term
    ended = gc(dose=20, start=date(2025, 1, 1), end=AS_OF - timedelta(days=1))
    assert not summarise_exposure([ended], AS_OF).long_term


def test_long_term_counts_days_covered_by_any_course() -> None:
    earlier = gc(dose=5, start=date(2025, 1, 1), end=date(2025, 3, 1))  # 60 days
    now = gc(dose=5, start=AS_OF - timedelta(days=30))  # 31 days
    assert not summarise_exposure([now], AS_OF).long_term
    assert summarise_exposure([earlier, now], AS_OF).long_term


def test_summary_of_a_typical_patient() -> None:
    courses = [
        gc("prednisolone", 60, start=date(2023, 2, 15), end=date(2023, 3, 14)),
        gc("prednisolone", 10, start=date(2023, 3, 15)),
        gc("methylprednisolone", 1000, "single", start=date(2023, 2, 14)),
    ]
    s = summarise_exposure(courses, AS_OF)
    ongoing_days = (AS_OF - date(2023, 3, 15)).days + 1
    assert s.current_daily_mg_pred_eq == 10.0
    assert s.current_dose_band == "high"
    assert s.cumulative_mg_pred_eq == 60 * 28 + 10 * ongoing_days + 1250
    assert s.last_365_days_mg_pred_eq == 3650.0
    assert s.days_covered == 1 + 28 + ongoing_days
    assert s.first_start == date(2023, 2, 14)
    assert s.any_ever and s.long_term
    assert s.notes == []


# --- the step function -----------------------------------------------------------------------------


def test_daily_dose_steps_change_points_only() -> None:
    courses = [
        gc(dose=20, start=date(2026, 1, 1), end=date(2026, 1, 31)),
        gc(dose=10, start=date(2026, 2, 1)),  # same day the first stops: a step 20 → 10
        gc("prednisolone", 5, start=date(2026, 2, 10), end=date(2026, 2, 19)),
        gc("methylprednisolone", 400, "single", start=date(2026, 3, 1)),
        gc(dose=0, start=date(2026, 4, 1), end=date(2026, 4, 2)),  # zero dose: no change point
    ]
    assert daily_dose_steps(courses, date(2025, 12, 1), date(2026, 6, 1)) == [
        (date(2025, 12, 1), 0.0),
        (date(2026, 1, 1), 20.0),
        (date(2026, 2, 1), 10.0),
        (date(2026, 2, 10), 15.0),
        (date(2026, 2, 20), 10.0),
        (date(2026, 3, 1), 510.0),
        (date(2026, 3, 2), 10.0),
    ]
    assert daily_dose_steps(courses, date(2026, 1, 15), date(2026, 1, 20)) == [(date(2026, 1, 15), 20.0)]
    assert daily_dose_steps(courses, date(2026, 2, 1), date(2026, 1, 1)) == []


def test_adjacent_courses_with_the_same_dose_make_no_step() -> None:
    courses = [gc(start=date(2026, 1, 1), end=date(2026, 1, 31)), gc(start=date(2026, 2, 1))]
    assert daily_dose_steps(courses, date(2026, 1, 1), date(2026, 3, 1)) == [(date(2026, 1, 1), 10.0)]


# --- properties ------------------------------------------------------------------------------------

_DAY0 = date(2018, 1, 1)
_drugs = st.sampled_from(
    [
        "prednisolone",
        "prednisone",
        "methylprednisolone",
        "dexamethasone",
        "hydrocortisone",
        "deflazacort",
        "budesonide",
    ]
)
_frequencies = st.sampled_from(["daily", "alternate_days", "ten_days_on_ten_off", "weekends_only", "single"])
_doses = st.integers(min_value=0, max_value=4000).map(lambda q: q / 4) | st.floats(
    0, 1000, allow_nan=False, allow_subnormal=False
)
_days = st.integers(min_value=0, max_value=3000).map(lambda n: _DAY0 + timedelta(days=n))


@st.composite
def _courses(draw: st.DrawFn) -> GlucocorticoidCourse:
    start = draw(_days)
    length = draw(st.none() | st.integers(min_value=0, max_value=1500))
    end = None if length is None else start + timedelta(days=length)
    return gc(draw(_drugs), draw(_doses), draw(_frequencies), start, end)


_course_lists = st.lists(_courses(), max_size=6)


@settings(deadline=None, max_examples=200)
@given(
    drug=_drugs,
    dose=_doses,
    frequency=st.sampled_from(["daily", "alternate_days", "ten_days_on_ten_off", "weekends_only"]),
    start=_days,
    first_part=st.integers(min_value=1, max_value=800),
    second_part=st.integers(min_value=1, max_value=800),
    as_of=_days,
)
def test_cumulative_is_additive_over_a_split_course(
    drug: str, dose: float, frequency: str, start: date, first_part: int, second_part: int, as_of: date
) -> None:
    middle = start + timedelta(days=first_part - 1)
    end = middle + timedelta(days=second_part)
    whole = gc(drug, dose, frequency, start, end)
    parts = [
        gc(drug, dose, frequency, start, middle),
        gc(drug, dose, frequency, middle + timedelta(days=1), end),
    ]
    assert cumulative_pred_eq(parts, as_of) == cumulative_pred_eq([whole], as_of)
    assert days_covered(parts, as_of) == days_covered([whole], as_of)


@settings(deadline=None, max_examples=200)
@given(courses=_course_lists, as_of=_days, lo=_days, hi=_days)
def test_window_never_exceeds_the_total(
    courses: list[GlucocorticoidCourse], as_of: date, lo: date, hi: date
) -> None:
    total = cumulative_pred_eq(courses, as_of)
    assert 0.0 <= cumulative_pred_eq(courses, as_of, (lo, hi)) <= total
    assert summarise_exposure(courses, as_of).last_365_days_mg_pred_eq <= total


@settings(deadline=None, max_examples=200)
@given(courses=_course_lists, as_of=_days)
def test_summary_is_consistent_with_the_functions(courses: list[GlucocorticoidCourse], as_of: date) -> None:
    s = summarise_exposure(courses, as_of)
    assert s.current_daily_mg_pred_eq == current_daily_pred_eq(courses, as_of) >= 0.0
    assert s.current_dose_band == dose_band(s.current_daily_mg_pred_eq)
    assert s.cumulative_mg_pred_eq == cumulative_pred_eq(courses, as_of)
    assert s.days_covered == days_covered(courses, as_of)
    assert s.months_exposed == months_exposed(courses, as_of)
    assert s.any_ever == any(c.drug != "budesonide" and c.start <= as_of for c in courses)


@settings(deadline=None, max_examples=100)
@given(courses=_course_lists, as_of=_days)
def test_days_covered_matches_counting_each_day(courses: list[GlucocorticoidCourse], as_of: date) -> None:
    covered: set[date] = set()
    for c in courses:
        if c.drug == "budesonide" or c.start > as_of:
            continue
        last = c.start if c.frequency == "single" else min(c.end or as_of, as_of)
        covered.update(c.start + timedelta(days=i) for i in range((last - c.start).days + 1))
    assert days_covered(courses, as_of) == len(covered)


@settings(deadline=None, max_examples=100)
@given(
    courses=_course_lists,
    start=_days,
    span=st.integers(min_value=0, max_value=3000),
    samples=st.lists(st.integers(min_value=0, max_value=3000), min_size=1, max_size=10),
)
def test_steps_agree_with_current_dose(
    courses: list[GlucocorticoidCourse], start: date, span: int, samples: list[int]
) -> None:
    end = start + timedelta(days=span)
    steps = daily_dose_steps(courses, start, end)
    assert steps[0][0] == start
    assert all(a[0] < b[0] and a[1] != b[1] for a, b in pairwise(steps))
    for offset in samples:
        day = start + timedelta(days=offset % (span + 1))
        value = next(v for d, v in reversed(steps) if d <= day)
        assert value == current_daily_pred_eq(courses, day)


@settings(deadline=None, max_examples=100)
@given(courses=_course_lists, as_of=_days)
def test_steps_integrate_to_the_cumulative_dose(courses: list[GlucocorticoidCourse], as_of: date) -> None:
    steps = daily_dose_steps(courses, _DAY0, as_of)
    bounds = [d for d, _ in steps[1:]] + [as_of + timedelta(days=1)]
    integral = sum(v * (nxt - d).days for (d, v), nxt in zip(steps, bounds, strict=True))
    assert integral == pytest.approx(cumulative_pred_eq(courses, as_of), rel=1e-9, abs=1e-6)
