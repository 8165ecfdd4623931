"""Arithmetic adjustments of an entered FRAX result (RULES §4.2).

FRAX itself is not computed here (its equations are not public); the clinic enters the ten-year
probabilities and this module applies the two published multipliers RULES adopts:

- Kanis 2011 [S-KANIS11], by current glucocorticoid band and age column (sources.md §4.2, grade V);
- Leslie 2011 [S-LESLIE11], the lumbar spine–femoral neck T-score offset, MOF only, ages ≥ 50
  (sources.md §5.1, grade V).

Both multiply (RULES §4.2). Sources.md §5.1 notes that chaining multipliers is not validated
(grade R); RULES decides to apply both, and each applied adjustment is one line the clinician sees.
Arithmetic is exact (:class:`fractions.Fraction`), so 14.0 × 1.15 × 0.9 gives 14.49, not 14.489999….
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from .exact import exact
from .glucocorticoids import DoseBand

Message = dict[str, Any]  # {"message_key", "params"}, rendered by nmdbone_desktop.i18n

#: Tabulated age columns of Kanis 2011 (years).
KANIS_AGE_COLUMNS: tuple[int, ...] = (40, 50, 60, 70, 80, 90)

#: Percent change of the FRAX probability by band, outcome and age column: Kanis JA et al.,
#: Osteoporos Int 2011;22:809–816, table as reproduced in Liu 2013 Table 7 [S-KANIS11], grade V.
#: Band ``medium`` is 0 at every age and ``none`` is not adjusted, so neither is listed.
KANIS_PERCENT_CHANGE: dict[str, dict[str, dict[int, int]]] = {
    "low": {
        "hip": {40: -40, 50: -40, 60: -40, 70: -40, 80: -30, 90: -30},
        "mof": {40: -20, 50: -20, 60: -15, 70: -20, 80: -20, 90: -20},
    },
    "high": {
        "hip": {40: 25, 50: 25, 60: 25, 70: 20, 80: 10, 90: 10},
        "mof": {40: 20, 50: 20, 60: 15, 70: 15, 80: 10, 90: 10},
    },
}
_BAND_WORDS = {"low": "<2.5 mg/day (low band)", "high": "≥7.5 mg/day (high band)"}

#: Leslie 2011 [S-LESLIE11], grade V: derived and applied in ages ≥ 50; MOF changes by one tenth per
#: rounded T-score unit of (T_femoral_neck − T_lumbar_spine).
LESLIE_MIN_AGE = 50
LESLIE_STEP = Fraction(1, 10)


@dataclass(frozen=True)
class FraxAdjustment:
    """Adjusted ten-year probabilities (%), the line of each adjustment applied, and why others were not."""

    major_osteoporotic_percent: float
    hip_percent: float | None  # None only from leslie_adjust called without a hip probability
    adjustments: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: the same lines and notes as message keys and parameters (issue 21), one per line, same order
    adjustment_messages: list[Message] = field(default_factory=list)
    note_messages: list[Message] = field(default_factory=list)


def _msg(key: str, **params: Any) -> Message:
    """``{"message_key", "params"}`` as :mod:`..assessment.wording` writes it (kept local: this
    module is arithmetic the assessment imports, not the other way round)."""
    return {"message_key": key, "params": params}


def _signed_number(percent: int) -> dict[str, Any]:
    """``_signed`` as a message parameter: "+15" / "−10" (true minus in every language)."""
    return {"number": percent, "sign": True, "true_minus": True, "group": False}


def _tenths_number(tenths: int, decimals: int = 1) -> dict[str, Any]:
    """``_fmt_tenths`` as a message parameter (true minus in every language)."""
    value: int | float = tenths // 10 if decimals == 0 else tenths / 10
    return {"number": value, "decimals": decimals, "true_minus": True, "group": False}


def _signed(percent: int) -> str:
    return f"+{percent}%" if percent >= 0 else f"−{-percent}%"


def kanis_age_column(age: float) -> int:
    """The Kanis column nearest to age: a tie (45, 55, …) goes to the higher; < 40 → 40, > 90 → 90.

    Nearest column and the tie rule are RULES §4.2 policy (sources.md §4.2: interpolation would be a
    design choice, not part of the source).
    """
    if math.isnan(age):
        raise ValueError("age must be a number")
    column = math.floor((age + 5) / 10) * 10
    return min(max(column, KANIS_AGE_COLUMNS[0]), KANIS_AGE_COLUMNS[-1])


Lines = tuple[list[str], list[Message]]  # English lines and the same as messages


def _lines(*pairs: tuple[str, Message]) -> Lines:
    return [english for english, _ in pairs], [message for _, message in pairs]


def _kanis(band: DoseBand, age: float) -> tuple[Fraction, Fraction, Lines, Lines]:
    """(MOF multiplier, hip multiplier, lines, notes) of the Kanis 2011 adjustment."""
    if band == "medium":
        note = "glucocorticoid dose 2.5 to <7.5 mg/day (medium band): FRAX used as entered (Kanis 2011)"
        return Fraction(1), Fraction(1), _lines(), _lines((note, _msg("frax.kanis_medium")))
    if band == "none":
        return Fraction(1), Fraction(1), _lines(), _lines()
    if band not in KANIS_PERCENT_CHANGE:
        raise ValueError(f"unknown glucocorticoid dose band {band!r}")
    column = kanis_age_column(age)
    mof_pct = KANIS_PERCENT_CHANGE[band]["mof"][column]
    hip_pct = KANIS_PERCENT_CHANGE[band]["hip"][column]
    line = (
        f"glucocorticoid dose {_BAND_WORDS[band]}, age column {column}: "
        f"MOF {_signed(mof_pct)}, hip {_signed(hip_pct)} (Kanis 2011)"
    )
    message = _msg("frax.kanis", band=_msg(f"frax.band_{band}"), column={"number": column, "group": False},
                   mof=_signed_number(mof_pct), hip=_signed_number(hip_pct))
    return Fraction(100 + mof_pct, 100), Fraction(100 + hip_pct, 100), _lines((line, message)), _lines()


def _tenths(t_score: float) -> int:
    """A T-score in integer tenths, rounded to one decimal half away from zero (RULES §10)."""
    if not math.isfinite(t_score):
        raise ValueError(f"T-score must be a finite number, not {t_score!r}")
    return int(Decimal(repr(float(t_score))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) * 10)


def _fmt_tenths(tenths: int) -> str:
    sign = "−" if tenths < 0 else ""
    return f"{sign}{abs(tenths) // 10}.{abs(tenths) % 10}"


def leslie_offset(t_femoral_neck: float, t_lumbar_spine: float) -> int:
    """round(T_fn − T_ls) with both scores first rounded to one decimal, half away from zero.

    Done in integer tenths so −2.0 − (−1.5) is exactly −0.5 and rounds to −1 (RULES §4.2, §10).
    """
    diff = _tenths(t_femoral_neck) - _tenths(t_lumbar_spine)
    magnitude = (abs(diff) + 5) // 10
    return magnitude if diff >= 0 else -magnitude


def _leslie(
    t_femoral_neck: float | None, t_lumbar_spine: float | None, age: float
) -> tuple[Fraction, Lines, Lines]:
    """(MOF multiplier, lines, notes) of the Leslie 2011 spine–hip offset."""
    if t_femoral_neck is None or t_lumbar_spine is None:
        missing = [
            name
            for name, score in (("femoral neck", t_femoral_neck), ("lumbar spine", t_lumbar_spine))
            if score is None
        ]
        why = f"no {' or '.join(missing)} T-score in the current study"
        sites = [{"term": f"site.{code}"} for code, score in (("femoral_neck", t_femoral_neck),
                                                               ("lumbar_spine", t_lumbar_spine)) if score is None]
        message = _msg("frax.leslie_no_t_score", sites={"list": sites, "join": "or"})
        return Fraction(1), _lines(), _lines((f"Leslie spine–hip offset not applied: {why}", message))
    if math.isnan(age):
        raise ValueError("age must be a number")
    if age < LESLIE_MIN_AGE:
        note = f"Leslie spine–hip offset not applied: age {age:.1f} is under {LESLIE_MIN_AGE}"
        message = _msg("frax.leslie_age", age={"number": float(f"{age:.1f}"), "decimals": 1},
                       min_age={"number": LESLIE_MIN_AGE, "group": False})
        return Fraction(1), _lines(), _lines((note, message))
    offset = leslie_offset(t_femoral_neck, t_lumbar_spine)
    if offset == 0:
        return Fraction(1), _lines(), _lines()
    fn, ls = _tenths(t_femoral_neck), _tenths(t_lumbar_spine)
    line = (
        f"femoral neck T {_fmt_tenths(fn)}, lumbar spine T {_fmt_tenths(ls)}: difference "
        f"{_fmt_tenths(fn - ls)} rounds to {_fmt_tenths(offset * 10).removesuffix('.0')}, "
        f"MOF {_signed(offset * 10)}, hip unchanged (Leslie 2011)"
    )
    message = _msg("frax.leslie", femoral_neck=_tenths_number(fn), lumbar_spine=_tenths_number(ls),
                   difference=_tenths_number(fn - ls), offset=_tenths_number(offset * 10, 0),
                   mof=_signed_number(offset * 10))
    return 1 + offset * LESLIE_STEP, _lines((line, message)), _lines()


def _apply(name: str, entered: float, factor: Fraction, notes: Lines) -> float:
    """entered × factor exactly, kept within 0–100 % (a probability); a clamp is noted."""
    value = exact(entered, f"{name} probability")
    if value < 0 or value > 100:
        raise ValueError(f"{name} probability must be 0–100 %, not {entered!r}")
    adjusted = value * factor
    if not 0 <= adjusted <= 100:
        adjusted = min(max(adjusted, Fraction(0)), Fraction(100))
        notes[0].append(f"adjusted {name} probability limited to {adjusted}%")
        notes[1].append(_msg(f"frax.limited_{name.lower()}", percent={"number": int(adjusted), "group": False}))
    return float(adjusted)


def _result(
    mof: float,
    hip: float | None,
    mof_factor: Fraction,
    hip_factor: Fraction,
    lines: Lines,
    notes: Lines,
) -> FraxAdjustment:
    notes = (list(notes[0]), list(notes[1]))
    adjusted_mof = _apply("MOF", mof, mof_factor, notes)
    adjusted_hip = None if hip is None else _apply("hip", hip, hip_factor, notes)
    return FraxAdjustment(adjusted_mof, adjusted_hip, list(lines[0]), notes[0], list(lines[1]), notes[1])


def kanis_adjust(mof: float, hip: float, band: DoseBand, age: float) -> FraxAdjustment:
    """FRAX × (1 + percent/100) for the current glucocorticoid band at the nearest age column."""
    mof_factor, hip_factor, lines, notes = _kanis(band, age)
    return _result(mof, hip, mof_factor, hip_factor, lines, notes)


def leslie_adjust(
    mof: float,
    t_femoral_neck: float | None,
    t_lumbar_spine: float | None,
    age: float,
    hip: float | None = None,
) -> FraxAdjustment:
    """MOF × (1 + 0.1 × round(T_fn − T_ls)) at age ≥ 50 with both scores; hip (if given) unchanged."""
    factor, lines, notes = _leslie(t_femoral_neck, t_lumbar_spine, age)
    return _result(mof, hip, factor, Fraction(1), lines, notes)


def adjust_frax(
    mof: float,
    hip: float,
    band: DoseBand,
    age: float,
    t_femoral_neck: float | None = None,
    t_lumbar_spine: float | None = None,
) -> FraxAdjustment:
    """Kanis then Leslie, multiplied (RULES §4.2); one line per adjustment applied."""
    mof_k, hip_k, lines_k, notes_k = _kanis(band, age)
    mof_l, lines_l, notes_l = _leslie(t_femoral_neck, t_lumbar_spine, age)
    lines = (lines_k[0] + lines_l[0], lines_k[1] + lines_l[1])
    return _result(mof, hip, mof_k * mof_l, hip_k, lines, (notes_k[0] + notes_l[0], notes_k[1] + notes_l[1]))
