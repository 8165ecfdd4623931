"""Calendar arithmetic agrees with dateutil's relativedelta where both are defined."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nmdbone_desktop.core.dates import add_months, completed_years, exact_age, within_months_before

relativedelta = pytest.importorskip("dateutil.relativedelta").relativedelta
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(day=days, months=st.integers(-400, 400))
def test_add_months_matches_relativedelta(day: date, months: int) -> None:
    assert add_months(day, months) == day + relativedelta(months=months)


@given(birth=days, span=st.integers(0, 40000))
def test_completed_years_matches_relativedelta(birth: date, span: int) -> None:
    on = birth + timedelta(days=span)
    assert completed_years(birth, on) == relativedelta(on, birth).years


def test_exact_age_is_integer_on_birthdays_and_counts_the_year() -> None:
    assert exact_age(date(2006, 11, 21), date(2026, 11, 21)) == 20.0
    assert exact_age(date(2006, 11, 21), date(2026, 11, 20)) < 20.0
    assert exact_age(date(2008, 2, 29), date(2026, 2, 28)) == 18.0


def test_month_ends_clamp_and_windows_are_inclusive() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert within_months_before(date(2025, 11, 21), date(2026, 11, 21), 12)
    assert not within_months_before(date(2025, 11, 20), date(2026, 11, 21), 12)
