"""The rules core's speed-ups change no result (the worklist speed work, issue 16).

``GOLDEN`` is the SHA-256 of the reports of the 300-patient demo clinic (seed 1) on two dates,
computed with the core *before* the speed-ups (commit 4a3b8fb, ruleset 2026.2), without the message
keys and parameters that issue 21 added (so it also shows that the English words did not change).
``GOLDEN_WITH_MESSAGES`` is the same over the whole reports, message keys included (issue 21). A
change of the rules or of the demo generator changes them legitimately: recompute them then with the
commands in :func:`reports_digest`'s docstring, and say why in the commit.
"""

from __future__ import annotations

import calendar
import hashlib
import json
from datetime import date
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from nmdbone_desktop.core.assessment import assess
from nmdbone_desktop.core.dates import add_months, days_in_month
from nmdbone_desktop.core.glucocorticoids import _exact_sum
from nmdbone_desktop.core.units import to_canonical_exact
from nmdbone_desktop.demo import generate_clinic

GOLDEN = "4893533f274589a5f3b033dd4ca1e98e5163a4868ffd1f618695e98f3bb8d0f5"
GOLDEN_WITH_MESSAGES = "cd96b41b415d3e19947b279ead0efee23d6682c428ad13db0dbdf6bcc757b2d7"
#: The contract §3 additions of issue 21 (message keys and parameters for rendering in any language;
#: risk_reason_messages, adjustment_messages and note_messages since en21; disclaimer_message since l21).
MESSAGE_FIELDS = ("message_key", "params", "rationale_message", "reason_message", "risk_reason_messages",
                  "adjustment_messages", "note_messages", "disclaimer_message")
AS_OF = date(2026, 12, 3)


def _without_messages(node: object) -> object:
    if isinstance(node, dict):
        return {k: _without_messages(v) for k, v in node.items() if k not in MESSAGE_FIELDS}
    if isinstance(node, list):
        return [_without_messages(v) for v in node]
    return node


def reports_digest(*, messages: bool = False) -> str:
    """``python -c "from tests.test_assessment_speedups_identical import reports_digest as r; print(r())"``
    (``r(messages=True)`` for ``GOLDEN_WITH_MESSAGES``)"""
    h = hashlib.sha256()
    for doc in generate_clinic(300, seed=1, as_of=AS_OF):
        for on in (AS_OF, date(2027, 6, 30)):
            report = assess(doc, on)
            h.update(json.dumps(report if messages else _without_messages(report), sort_keys=True,
                                ensure_ascii=False).encode())
    return h.hexdigest()


def test_300_demo_reports_identical_to_before_the_speedups() -> None:
    assert reports_digest() == GOLDEN


def test_300_demo_reports_with_message_keys_identical() -> None:
    assert reports_digest(messages=True) == GOLDEN_WITH_MESSAGES


def test_days_in_month_is_calendars() -> None:
    for year in (1, 1900, 1999, 2000, 2023, 2024, 2100, 9999):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1], (year, month)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 3, 31), -1) == date(2023, 2, 28)


_rates = st.fractions(min_value=0, max_value=200, max_denominator=60)


@given(st.lists(st.tuples(_rates, st.integers(min_value=0, max_value=40000)), max_size=12))
def test_exact_sum_equals_adding_one_by_one(terms: list[tuple[Fraction, int]]) -> None:
    total = Fraction(0)
    for rate, days in terms:
        total += rate * days
    got = _exact_sum([(r, d) for r, d in terms if d])
    assert got == total and (got.numerator, got.denominator) == (total.numerator, total.denominator)


def test_memoised_lab_conversion_keeps_values_apart() -> None:
    assert to_canonical_exact("25ohd", 20, "ng/mL") == to_canonical_exact("25ohd", 20.0, "ng/mL")
    assert to_canonical_exact("25ohd", 49.92, "nmol/L") == Fraction("49.92")
    assert to_canonical_exact("25ohd", 49.92, "nmol/L") is to_canonical_exact("25ohd", 49.92, "nmol/L")
