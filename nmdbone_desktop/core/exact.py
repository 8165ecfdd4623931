"""Exact decimals: the rules compute lab units, glucocorticoid doses and FRAX adjustments with the
decimal a value was written as, not its binary neighbour. (Its own module: the glucocorticoid
arithmetic is on the window-open path, which must not import the pydantic document models.)"""

from __future__ import annotations

import math
from fractions import Fraction


def exact(value: float, what: str) -> Fraction:
    """``7.4`` as 37/5; ``what`` names the value in the error for NaN or infinity."""
    if not math.isfinite(value):
        raise ValueError(f"{what} must be a finite number, not {value!r}")
    return Fraction(value) if isinstance(value, int) else Fraction(repr(value))
