"""FRAX adjustments (RULES §4.2): Kanis 2011 by glucocorticoid band and age, Leslie 2011 offset."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nmdbone_desktop.core.frax import (
    KANIS_AGE_COLUMNS,
    adjust_frax,
    kanis_adjust,
    kanis_age_column,
    leslie_adjust,
    leslie_offset,
)
from nmdbone_desktop.core.glucocorticoids import dose_band

# --- Kanis age column ------------------------------------------------------------------------------


@pytest.mark.parametrize("column", [40, 50, 60, 70, 80, 90])
def test_every_tabulated_age_is_its_own_column(column: int) -> None:
    assert kanis_age_column(column) == column
    assert kanis_age_column(column + 4.99) == column
    assert kanis_age_column(column - 4.99) == max(column, 40)


@pytest.mark.parametrize(
    ("age", "column"),
    [
        (45, 50),
        (44.9, 40),
        (55, 60),
        (54.99, 50),
        (65, 70),
        (67.4, 70),
        (85, 90),
        (84.9, 80),
        (95, 90),
        (120, 90),
        (35, 40),
        (0, 40),
        (30.0, 40),
    ],
)
def test_kanis_column_ties_go_higher_and_ends_clamp(age: float, column: int) -> None:
    assert kanis_age_column(age) == column


def test_kanis_age_column_rejects_nan() -> None:
    with pytest.raises(ValueError):
        kanis_age_column(float("nan"))


# --- Kanis adjustment ------------------------------------------------------------------------------

# Kanis 2011 table (sources.md §4.2), percent change by column 40..90.
_LOW_HIP = [-40, -40, -40, -40, -30, -30]
_LOW_MOF = [-20, -20, -15, -20, -20, -20]
_HIGH_HIP = [25, 25, 25, 20, 10, 10]
_HIGH_MOF = [20, 20, 15, 15, 10, 10]


@pytest.mark.parametrize(
    ("band", "column", "mof_pct", "hip_pct"),
    [("low", c, m, h) for c, m, h in zip(KANIS_AGE_COLUMNS, _LOW_MOF, _LOW_HIP, strict=True)]
    + [("high", c, m, h) for c, m, h in zip(KANIS_AGE_COLUMNS, _HIGH_MOF, _HIGH_HIP, strict=True)],
)
def test_kanis_table_both_outcomes_every_column(band: str, column: int, mof_pct: int, hip_pct: int) -> None:
    result = kanis_adjust(20.0, 4.0, band, column)  # type: ignore[arg-type]
    assert result.major_osteoporotic_percent == pytest.approx(20.0 * (1 + mof_pct / 100))
    assert result.hip_percent == pytest.approx(4.0 * (1 + hip_pct / 100))
    assert len(result.adjustments) == 1
    assert f"age column {column}" in result.adjustments[0]
    assert "(Kanis 2011)" in result.adjustments[0]


def test_kanis_high_line_reads_as_specified() -> None:
    result = kanis_adjust(10.0, 2.0, "high", 72)
    assert result.adjustments == [
        "glucocorticoid dose ≥7.5 mg/day (high band), age column 70: MOF +15%, hip +20% (Kanis 2011)"
    ]
    assert (result.major_osteoporotic_percent, result.hip_percent) == (11.5, 2.4)


def test_kanis_low_line_and_values() -> None:
    result = kanis_adjust(10.0, 2.0, "low", 62)
    assert result.adjustments == [
        "glucocorticoid dose <2.5 mg/day (low band), age column 60: MOF −15%, hip −40% (Kanis 2011)"
    ]
    assert (result.major_osteoporotic_percent, result.hip_percent) == (8.5, 1.2)


def test_kanis_medium_and_none_leave_frax_unchanged() -> None:
    medium = kanis_adjust(10.0, 2.0, "medium", 62)
    assert (medium.major_osteoporotic_percent, medium.hip_percent, medium.adjustments) == (10.0, 2.0, [])
    assert medium.notes and "medium band" in medium.notes[0]
    none = kanis_adjust(10.0, 2.0, "none", 62)
    assert (none.major_osteoporotic_percent, none.hip_percent, none.adjustments, none.notes) == (
        10.0,
        2.0,
        [],
        [],
    )


def test_kanis_unknown_band_is_an_error() -> None:
    with pytest.raises(ValueError, match="band"):
        kanis_adjust(10.0, 2.0, "huge", 62)  # type: ignore[arg-type]


# --- Leslie offset ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("t_fn", "t_ls", "offset"),
    [
        (-2.7, -2.1, -1),  # −0.6
        (-2.1, -2.7, 1),  # +0.6
        (-2.0, -1.5, -1),  # exactly −0.5: away from zero
        (-1.5, -2.0, 1),  # exactly +0.5: away from zero
        (2.3, 1.8, 1),  # 0.5 — as floats 2.3 − 1.8 is 0.4999999999999998
        (1.8, 2.3, -1),
        (-1.0, -1.4, 0),  # +0.4
        (-1.4, -1.0, 0),  # −0.4
        (-1.0, -3.5, 3),  # +2.5 (NOGG example data)
        (-3.5, -1.0, -3),
        (-1.0, -2.5, 2),  # +1.5
        (-2.5, -1.0, -2),
        (-2.05, -1.54, -1),  # scores rounded first: −2.1 and −1.5 → −0.6
        (-2.04, -1.55, 0),  # −2.0 and −1.6 → −0.4
        (-2.05, -1.6, -1),  # −2.05 → −2.1 (half away from zero, not to even; as a float it is −2.0499…)
        (0.25, 0.7, 0),  # 0.25 → 0.3, not 0.2: −0.4 → 0
        (0.25, 0.8, -1),  # 0.3 − 0.8 = −0.5 → −1
        (0.0, 0.0, 0),
    ],
)
def test_leslie_offset_rounding(t_fn: float, t_ls: float, offset: int) -> None:
    assert leslie_offset(t_fn, t_ls) == offset


@pytest.mark.parametrize(
    ("t_fn", "t_ls", "factor"), [(-2.0, -1.5, 0.9), (-1.5, -2.0, 1.1), (-1.0, -3.5, 1.3), (-3.5, -1.0, 0.7)]
)
def test_leslie_multiplies_mof_only(t_fn: float, t_ls: float, factor: float) -> None:
    result = leslie_adjust(15.0, t_fn, t_ls, 60, hip=3.0)
    assert result.major_osteoporotic_percent == pytest.approx(15.0 * factor)
    assert result.hip_percent == 3.0
    assert len(result.adjustments) == 1 and "hip unchanged (Leslie 2011)" in result.adjustments[0]


def test_leslie_line_reads_as_specified() -> None:
    result = leslie_adjust(15.0, -2.0, -1.5, 60)
    assert result.adjustments == [
        "femoral neck T −2.0, lumbar spine T −1.5: difference −0.5 rounds to −1, MOF −10%, "
        "hip unchanged (Leslie 2011)"
    ]
    assert result.hip_percent is None  # not given, not invented
    assert result.major_osteoporotic_percent == 13.5


def test_leslie_offset_zero_applies_nothing() -> None:
    result = leslie_adjust(15.0, -1.0, -1.4, 60, hip=3.0)
    assert (result.major_osteoporotic_percent, result.adjustments, result.notes) == (15.0, [], [])


@pytest.mark.parametrize("age", [49.99, 45, 20])
def test_leslie_not_applied_under_50(age: float) -> None:
    result = leslie_adjust(15.0, -2.7, -1.0, age)
    assert result.major_osteoporotic_percent == 15.0
    assert result.adjustments == []
    assert result.notes and "under 50" in result.notes[0]


def test_leslie_applies_at_exactly_50() -> None:
    assert leslie_adjust(15.0, -2.7, -1.0, 50).major_osteoporotic_percent == pytest.approx(12.0)


@pytest.mark.parametrize(
    ("t_fn", "t_ls", "missing"),
    [
        (None, -2.0, "no femoral neck T-score"),
        (-2.0, None, "no lumbar spine T-score"),
        (None, None, "no femoral neck or lumbar spine T-score"),
    ],
)
def test_leslie_not_applied_with_a_missing_score(
    t_fn: float | None, t_ls: float | None, missing: str
) -> None:
    result = leslie_adjust(15.0, t_fn, t_ls, 65)
    assert result.major_osteoporotic_percent == 15.0
    assert result.adjustments == []
    assert result.notes and missing in result.notes[0]


# --- both together ---------------------------------------------------------------------------------


def test_shared_vignette() -> None:
    result = adjust_frax(14.0, 3.0, dose_band(10.0), 67.4, t_femoral_neck=-2.7, t_lumbar_spine=-2.1)
    assert result.major_osteoporotic_percent == 14.49  # 14 × 1.15 × 0.9, exactly
    assert result.hip_percent == 3.6
    assert len(result.adjustments) == 2
    assert result.adjustments[0].startswith("glucocorticoid dose ≥7.5 mg/day (high band), age column 70")
    assert result.adjustments[1].startswith("femoral neck T −2.7, lumbar spine T −2.1")


def test_adjust_frax_without_anything_to_apply() -> None:
    result = adjust_frax(14.0, 3.0, "none", 45, None, None)
    assert (result.major_osteoporotic_percent, result.hip_percent, result.adjustments) == (14.0, 3.0, [])


def test_adjusted_probability_stays_within_100_percent() -> None:
    result = adjust_frax(90.0, 2.0, "high", 50, t_femoral_neck=-1.0, t_lumbar_spine=-3.0)
    assert result.major_osteoporotic_percent == 100.0
    assert any("limited to 100%" in note for note in result.notes)
    assert len(result.adjustments) == 2


def test_impossible_multiplier_is_held_at_zero() -> None:
    result = leslie_adjust(10.0, -6.0, 5.0, 60)  # offset −11: the formula would go negative
    assert result.major_osteoporotic_percent == 0.0
    assert any("limited to 0%" in note for note in result.notes)


@pytest.mark.parametrize("bad", [-1.0, 100.5, float("nan"), float("inf")])
def test_impossible_entered_probability_is_an_error(bad: float) -> None:
    with pytest.raises(ValueError):
        kanis_adjust(bad, 2.0, "high", 60)


_scores = st.integers(min_value=-80, max_value=60).map(lambda tenths: tenths / 10)


@settings(deadline=None, max_examples=300)
@given(t_fn=_scores, t_ls=_scores)
def test_leslie_offset_is_antisymmetric_and_near_the_difference(t_fn: float, t_ls: float) -> None:
    offset = leslie_offset(t_fn, t_ls)
    assert offset == -leslie_offset(t_ls, t_fn)
    assert abs(offset - (t_fn - t_ls)) <= 0.5 + 1e-9


@settings(deadline=None, max_examples=300)
@given(
    mof=st.integers(min_value=0, max_value=500).map(lambda t: t / 10),
    hip=st.integers(min_value=0, max_value=200).map(lambda t: t / 10),
    band=st.sampled_from(["none", "low", "medium", "high"]),
    age=st.floats(min_value=20, max_value=105),
    t_fn=st.none() | st.integers(min_value=-40, max_value=10).map(lambda t: t / 10),
    t_ls=st.none() | st.integers(min_value=-40, max_value=10).map(lambda t: t / 10),
)
def test_adjustments_multiply(
    mof: float, hip: float, band: str, age: float, t_fn: float | None, t_ls: float | None
) -> None:
    both = adjust_frax(mof, hip, band, age, t_fn, t_ls)  # type: ignore[arg-type]
    kanis = kanis_adjust(mof, hip, band, age)  # type: ignore[arg-type]
    leslie = leslie_adjust(mof, t_fn, t_ls, age, hip=hip)
    assert both.hip_percent == kanis.hip_percent
    assert both.major_osteoporotic_percent == pytest.approx(
        min(100.0, kanis.major_osteoporotic_percent * leslie.major_osteoporotic_percent / mof) if mof else 0.0
    )
    assert both.adjustments == kanis.adjustments + leslie.adjustments


@pytest.mark.parametrize(("result", "key"), [
    (adjust_frax(90.0, 2.0, "high", 50, t_femoral_neck=-1.0, t_lumbar_spine=-3.0), "frax.limited_mof"),
    (leslie_adjust(10.0, -6.0, 5.0, 60), "frax.limited_mof"),
    (kanis_adjust(10.0, 99.0, "high", 50), "frax.limited_hip"),
])
def test_the_limits_carry_their_messages_in_every_language(result: object, key: str) -> None:
    from nmdbone_desktop.i18n import SUPPORTED_LANGUAGES, translator_for

    notes, messages = result.notes, result.note_messages  # type: ignore[attr-defined]
    assert len(messages) == len(notes) and key in [m["message_key"] for m in messages]
    assert [translator_for("en").render(m) for m in messages] == notes
    for language in set(SUPPORTED_LANGUAGES) - {"en"}:
        assert not set(translator_for(language).render(m) for m in messages) & set(notes)
    assert len(result.adjustment_messages) == len(result.adjustments)  # type: ignore[attr-defined]
