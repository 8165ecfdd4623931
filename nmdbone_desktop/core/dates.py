"""Calendar arithmetic the rules share: exact age, calendar months, inclusive windows.

Plain ``calendar`` arithmetic rather than ``dateutil.relativedelta``: these run for every lab row
of every patient on a worklist refresh, and give the same results (month ends clamp: 31 January
+ 1 month = 28/29 February; a 29 February birthday falls on 28 February in other years).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

DAYS_PER_MONTH = 30.4375  # 365.25 / 12, RULES §3.5

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]`` without the weekday it also computes (this runs for
    every lab row and course of every patient; a test checks it against ``calendar``)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def add_months(day: date, months: int) -> date:
    """Calendar months (31 Jan + 1 month = 28/29 Feb), as RULES §10 counts course maxima."""
    years, month0 = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month0 + 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def _anniversary(birth: date, year: int) -> date:
    return date(year, birth.month, min(birth.day, days_in_month(year, birth.month)))


def completed_years(birth: date, on: date) -> int:
    """Whole years of age on a date (a 29 February birthday falls on 28 February)."""
    years = on.year - birth.year
    return years - 1 if on < _anniversary(birth, on.year) else years


def exact_age(birth: date, on: date) -> float:
    """Age in years with the fraction of the current year of life (RULES §0: exact age).

    Integer on each birthday, so "age < 20" switches to adult on the 20th birthday itself.
    """
    years = completed_years(birth, on)
    last_birthday = _anniversary(birth, birth.year + years)
    next_birthday = _anniversary(birth, birth.year + years + 1)
    return years + (on - last_birthday).days / (next_birthday - last_birthday).days


def years_between(start: date, end: date) -> float:
    """Elapsed years for annualising a change."""
    return (end - start).days / 365.25


def within_months_before(day: date, as_of: date, months: int) -> bool:
    """True when ``day`` lies in the inclusive window [as_of − months, as_of]."""
    return add_months(as_of, -months) <= day <= as_of


def nth_covered_day(ranges: Iterable[tuple[date, date]], nth: int) -> date | None:
    """The day on which the union of inclusive date ranges reaches ``nth`` covered days, each day
    counted once (None if it never does): long-term glucocorticoids (RULES §3.6, §9) and course
    maxima (§10) both count covered days this way."""
    total = 0
    last_counted = date.min
    for first, last in sorted(ranges):
        first = max(first, last_counted + timedelta(days=1))
        if last < first:
            continue
        days = (last - first).days + 1
        if total + days >= nth:
            return first + timedelta(days=nth - total - 1)
        total += days
        last_counted = last
    return None
