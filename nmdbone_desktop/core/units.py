"""Lab unit conversions to the rules' canonical units: the one place a lab value changes unit.

Every threshold in RULES is written in one unit per test (vitamin D in nmol/L, §0), so every lab is
converted here before a rule reads it, and converted back only for display. The accepted units are
the contract's (``LAB_UNITS``, contract §2); anything else is an input error.

Factors are exact decimals held as :class:`fractions.Fraction` and each result is rounded once, so
20 ng/mL is 49.92 nmol/L (not 49.919999…) and a round trip returns the value that went in to within
one rounding. The molar-mass factors are physical
constants, not clinical judgements; each states the molar mass it comes from:

- 25-OH vitamin D: 400.65 g/mol → 1 ng/mL = 1 µg/L ÷ 400.65 g/mol = 2.496 nmol/L [S-VITD-UNIT]
  (molar mass grade V, factor computed; sources.md §8).
- Calcium: 40.08 g/mol → 1 mg/dL = 10 mg/L ÷ 40.08 g/mol = 1/4.008 mmol/L.
- Phosphate (as phosphorus): 30.97 g/mol → 1 mg/dL = 1/3.097 mmol/L.
- Creatinine: 113.1 g/mol → 1 mg/dL = 10 mg/L ÷ 113.1 g/mol = 88.42 µmol/L.
- PTH 1-84: ≈ 9425 g/mol → 1 pg/mL = 1 ng/L = 1/9.425 pmol/L, used as the conventional 1/9.43.
- Testosterone: 288.4 g/mol → 1 ng/dL = 10 ng/L ÷ 288.4 g/mol = 1/28.84 nmol/L.
- Mass-per-volume only: albumin g/dL × 10 = g/L; CTX ng/mL × 1000 = ng/L (pg/mL = ng/L);
  P1NP ng/mL = µg/L; ALP U/L and eGFR (either spelling) are not converted.
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from .document import LAB_UNITS
from .exact import exact

_ONE = Fraction(1)

#: The unit each rule reads (spellings as in ``LAB_UNITS``).
CANONICAL_UNIT: dict[str, str] = {
    "25ohd": "nmol/L",
    "calcium": "mmol/L",
    "albumin": "g/L",
    "phosphate": "mmol/L",
    "alp": "U/L",
    "pth": "pmol/L",
    "creatinine": "µmol/L",
    "egfr": "mL/min/1.73m²",
    "testosterone": "nmol/L",
    "ctx": "ng/L",
    "p1np": "µg/L",
}

#: value_in_canonical = value_in_unit × factor (see the module docstring for each factor's origin).
_TO_CANONICAL: dict[str, dict[str, Fraction]] = {
    "25ohd": {"nmol/L": _ONE, "ng/mL": Fraction("2.496")},
    "calcium": {"mmol/L": _ONE, "mg/dL": 1 / Fraction("4.008")},
    "albumin": {"g/L": _ONE, "g/dL": Fraction(10)},
    "phosphate": {"mmol/L": _ONE, "mg/dL": 1 / Fraction("3.097")},
    "alp": {"U/L": _ONE},
    "pth": {"pmol/L": _ONE, "pg/mL": 1 / Fraction("9.43"), "ng/L": 1 / Fraction("9.43")},
    "creatinine": {"umol/L": _ONE, "µmol/L": _ONE, "mg/dL": Fraction("88.42")},
    "egfr": {"mL/min/1.73m2": _ONE, "mL/min/1.73m²": _ONE},
    "testosterone": {"nmol/L": _ONE, "ng/dL": 1 / Fraction("28.84")},
    "ctx": {"ng/L": _ONE, "pg/mL": _ONE, "ng/mL": Fraction(1000)},
    "p1np": {"ug/L": _ONE, "µg/L": _ONE, "ng/mL": _ONE},
}


def _factor(test: str, unit: str) -> Fraction:
    units = _TO_CANONICAL.get(test)
    if units is None:
        raise ValueError(f"unknown lab test {test!r}")
    factor = units.get(unit)
    if factor is None:
        accepted = ", ".join(LAB_UNITS.get(test, tuple(units)))
        raise ValueError(f"unknown unit {unit!r} for {test} (accepted: {accepted})")
    return factor


def conversion_factor(test: str, unit: str) -> float:
    """The multiplier from ``unit`` to ``CANONICAL_UNIT[test]`` (ValueError naming an unknown unit)."""
    return float(_factor(test, unit))


def to_canonical(test: str, value: float, unit: str) -> float:
    """``value`` in ``unit`` expressed in the canonical unit of ``test``."""
    return float(exact(value, "a lab value") * _factor(test, unit))


def from_canonical(test: str, value: float, unit: str) -> float:
    """A canonical value expressed in ``unit`` for display (the inverse of :func:`to_canonical`)."""
    return float(exact(value, "a lab value") / _factor(test, unit))


@lru_cache(maxsize=8192, typed=True)
def to_canonical_exact(test: str, value: float, unit: str) -> Fraction:
    """The value in the rules' unit as an exact fraction of the decimal recorded, so a threshold is
    judged on the value itself (49.92 nmol/L is below 50; 2.30 − 0.10 mmol/L is exactly 2.20).

    Memoised (a Fraction is immutable; ``typed``: 50 and 50.0 are kept apart): parsing the decimal
    into a Fraction was a tenth of an assessment, and a clinic repeats the same few values."""
    return exact(value, "a lab value") * _factor(test, unit)
