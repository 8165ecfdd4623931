"""Lab unit conversions to the rules' canonical units (contract §2 units, RULES §0 vitamin D)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nmdbone_desktop.core.document import LAB_UNITS
from nmdbone_desktop.core.units import CANONICAL_UNIT, conversion_factor, from_canonical, to_canonical


def test_every_contract_test_has_a_canonical_unit_it_accepts() -> None:
    assert set(CANONICAL_UNIT) == set(LAB_UNITS)
    for test, unit in CANONICAL_UNIT.items():
        assert unit in LAB_UNITS[test]
        assert conversion_factor(test, unit) == 1.0


@pytest.mark.parametrize(("test", "unit"), [(t, u) for t, units in LAB_UNITS.items() for u in units])
def test_every_contract_unit_converts(test: str, unit: str) -> None:
    assert to_canonical(test, 1.0, unit) > 0


@pytest.mark.parametrize(
    ("test", "unit", "factor"),
    [
        ("25ohd", "ng/mL", 2.496),
        ("calcium", "mg/dL", 1 / 4.008),
        ("albumin", "g/dL", 10.0),
        ("phosphate", "mg/dL", 1 / 3.097),
        ("alp", "U/L", 1.0),
        ("pth", "pg/mL", 1 / 9.43),
        ("pth", "ng/L", 1 / 9.43),
        ("creatinine", "mg/dL", 88.42),
        ("creatinine", "umol/L", 1.0),
        ("creatinine", "µmol/L", 1.0),
        ("egfr", "mL/min/1.73m2", 1.0),
        ("egfr", "mL/min/1.73m²", 1.0),
        ("testosterone", "ng/dL", 1 / 28.84),
        ("ctx", "pg/mL", 1.0),
        ("ctx", "ng/mL", 1000.0),
        ("p1np", "ug/L", 1.0),
        ("p1np", "ng/mL", 1.0),
    ],
)
def test_exact_factors(test: str, unit: str, factor: float) -> None:
    assert conversion_factor(test, unit) == factor


@pytest.mark.parametrize(
    ("test", "value", "unit", "canonical"),
    [
        ("25ohd", 20, "ng/mL", 49.92),  # RULES §0: ng/mL × 2.496
        ("25ohd", 30, "ng/mL", 74.88),
        ("25ohd", 42, "nmol/L", 42.0),
        ("calcium", 10.02, "mg/dL", 2.5),
        ("albumin", 4.2, "g/dL", 42.0),
        ("phosphate", 3.097, "mg/dL", 1.0),
        ("creatinine", 0.5, "mg/dL", 44.21),
        ("pth", 94.3, "pg/mL", 10.0),
        ("testosterone", 288.4, "ng/dL", 10.0),
        ("ctx", 0.35, "ng/mL", 350.0),
        ("p1np", 45, "ng/mL", 45.0),
    ],
)
def test_known_conversions(test: str, value: float, unit: str, canonical: float) -> None:
    assert to_canonical(test, value, unit) == canonical
    assert from_canonical(test, canonical, unit) == value


def test_unknown_unit_is_named_in_the_error() -> None:
    with pytest.raises(ValueError, match=r"'mg/L'.*25ohd.*nmol/L, ng/mL"):
        to_canonical("25ohd", 20, "mg/L")
    with pytest.raises(ValueError, match="'μmol/L'"):  # Greek mu, not the micro sign the contract uses
        to_canonical("creatinine", 60, "μmol/L")
    with pytest.raises(ValueError, match="'ng/dl'"):
        from_canonical("testosterone", 10, "ng/dl")


def test_unknown_test_is_an_error() -> None:
    with pytest.raises(ValueError, match="'vitamin_d'"):
        to_canonical("vitamin_d", 20, "ng/mL")


def test_non_finite_value_is_an_error() -> None:
    with pytest.raises(ValueError, match="finite"):
        to_canonical("25ohd", float("nan"), "ng/mL")


@settings(deadline=None, max_examples=300)
@given(
    pair=st.sampled_from([(t, u) for t, units in LAB_UNITS.items() for u in units]),
    value=st.floats(min_value=0, max_value=1e6, allow_nan=False) | st.integers(min_value=0, max_value=10_000),
)
def test_round_trip(pair: tuple[str, str], value: float) -> None:
    test, unit = pair
    canonical = to_canonical(test, value, unit)
    assert canonical >= 0
    assert from_canonical(test, canonical, unit) == pytest.approx(value, rel=1e-12, abs=1e-300)
    assert to_canonical(test, from_canonical(test, value, unit), unit) == pytest.approx(value, rel=1e-12)
