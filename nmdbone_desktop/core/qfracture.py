"""QFracture-2012: 1- to 18-year risk of major osteoporotic and of hip fracture.

A pure-Python reimplementation of ClinRisk's reference C implementation of QFracture-2012
(Hippisley-Cox J, Coupland C. Derivation and validation of updated QFracture algorithm to predict
risk of osteoporotic fracture in primary care in the United Kingdom: prospective open cohort study.
BMJ 2012;344:e3427), as published under the GNU LGPL v3 by ClinRisk Ltd. (mirror:
``nhsland/clinrisk-modules``, ``qFracture/c/Q74_qfracture4_2012_2_{0,1}.c`` and
``Q74_qnof_2012_2_{0,1}.c``). The coefficients and baseline survival tables live in
:mod:`nmdbone_desktop.core.qfracture_tables`; see there for ClinRisk's copyright notice.

Each of the four equations (sex x outcome) is a Cox model evaluated exactly as the reference does::

    d_age = age / 10;  d_bmi = bmi / 10                 # scaling
    t_i   = pow(d, p_i) [* log(d)] - centre_i           # fractional polynomial terms, centred
    a     = alcohol[alcohol_cat6] + ethnicity[ethrisk] + smoking[smoke_cat]
            + sum(t_i * beta_i) + sum(b_flag * beta_flag)   # summed in the reference's order
    risk  = 100 * (1 - pow(survivor[years], exp(a)))

The inputs are validated with the reference's ranges (age 30-100, BMI 20-40, ethnicity 1-9,
smoking 0-4, alcohol 0-5, years 1-18, all inclusive) and rejected, never clamped. A flag an
equation does not use (e.g. ``care_home`` for women, ``endocrine_disorder`` for men,
``malabsorption`` for hip fracture) is ignored by that equation, as in the reference.

Copyright of the algorithm and its coefficients: 2012 ClinRisk Ltd., LGPL-3.0-or-later.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from nmdbone_desktop.core.qfracture_tables import CLINRISK_DISCLAIMER, EQUATIONS, EquationTable

__all__ = [
    "DISCLAIMER",
    "FLAGS",
    "QFractureInput",
    "QFractureInputError",
    "QFractureResult",
    "parse_input",
    "qfracture",
    "run_jsonl",
]

DISCLAIMER: str = CLINRISK_DISCLAIMER
"""ClinRisk's disclaimer, which its licence terms require to be displayed alongside any score."""

# Contract flag name -> the reference implementation's boolean variable.
_FLAG_TO_REFERENCE: dict[str, str] = {
    "antidepressant": "b_antidepressant",
    "any_cancer": "b_anycancer",
    "asthma_copd": "b_asthmacopd",
    "care_home": "b_carehome",
    "corticosteroids": "b_corticosteroids",
    "cardiovascular_disease": "b_cvd",
    "dementia": "b_dementia",
    "endocrine_disorder": "b_endocrine",
    "epilepsy_or_anticonvulsants": "b_epilepsy2",
    "falls": "b_falls",
    "prior_fracture": "b_fracture4",
    "hrt_oestrogen_only": "b_hrt_oest",
    "chronic_liver_disease": "b_liver",
    "malabsorption": "b_malabsorption",
    "parkinsons": "b_parkinsons",
    "ra_or_sle": "b_ra_sle",
    "chronic_kidney_disease": "b_renal",
    "type1_diabetes": "b_type1",
    "type2_diabetes": "b_type2",
    "parental_osteoporosis": "fh_osteoporosis",
}

FLAGS: frozenset[str] = frozenset(_FLAG_TO_REFERENCE)
"""The flag names of contract §5."""

_SEXES: tuple[str, ...] = ("female", "male")
_MIN_AGE, _MAX_AGE = 30, 100
_MIN_BMI, _MAX_BMI = 20.0, 40.0
_DEFAULT_YEARS = 10
_FIELDS: frozenset[str] = frozenset(
    {"sex", "age", "bmi", "ethnicity", "smoking", "alcohol", "years", "flags"}
)
_REQUIRED: tuple[str, ...] = ("sex", "age", "bmi", "ethnicity", "smoking", "alcohol")
# Integer fields and their inclusive ranges, in the order the reference checks them
# (age, alcohol_cat6, ..., ethrisk, ..., smoke_cat, surv); bmi is checked between alcohol and
# ethnicity.
_INT_RANGES: tuple[tuple[str, int, int], ...] = (
    ("age", _MIN_AGE, _MAX_AGE),
    ("alcohol", 0, 5),
    ("ethnicity", 1, 9),
    ("smoking", 0, 4),
    ("years", 1, 18),
)


class QFractureInputError(ValueError):
    """An input the reference implementation would reject (or that is malformed).

    The message names the field, e.g. ``"bmi must be between 20 and 40"``; several problems are
    joined with ``"; "``.
    """


@dataclass(frozen=True, slots=True)
class QFractureInput:
    """The inputs of QFracture-2012 (contract §5).

    ``ethnicity``, ``smoking`` and ``alcohol`` are the reference's codes (``ethrisk`` 1-9,
    ``smoke_cat`` 0-4, ``alcohol_cat6`` 0-5); ``years`` is the horizon (``surv``, 1-18);
    ``flags`` is a subset of :data:`FLAGS`.
    """

    sex: Literal["female", "male"]
    age: int
    bmi: float
    ethnicity: int
    smoking: int
    alcohol: int
    years: int = _DEFAULT_YEARS
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class QFractureResult:
    """Risks in percent (0-100) over ``years``: major osteoporotic fracture (hip, spine, wrist,
    shoulder; the reference's ``fracture4`` equation) and hip fracture (``nof``)."""

    major_osteoporotic_percent: float
    hip_percent: float


# --- Precomputed equations ---------------------------------------------------------------------


class _Compiled:
    """One equation with everything that does not depend on BMI or flags precomputed.

    ``age_products[age]`` holds ``(pow(age/10, p) [* log(age/10)] - centre) * beta`` for each
    age term: the exact doubles the reference adds, so the running sum is bit-for-bit the
    reference's (additions are done one by one in the reference's order).
    """

    __slots__ = ("age_products", "alcohol", "bmi_terms", "booleans", "ethnicity", "smoking", "survivor")

    def __init__(self, table: EquationTable) -> None:
        self.survivor = table.survivor
        self.alcohol = table.alcohol
        self.ethnicity = table.ethnicity
        self.smoking = table.smoking
        products: list[tuple[float, ...]] = [()] * (_MAX_AGE + 1)
        for age in range(_MIN_AGE, _MAX_AGE + 1):
            dage = age / 10
            row = []
            for term in table.age_terms:
                value = math.pow(dage, term.power)
                if term.times_log:
                    value *= math.log(dage)
                row.append((value - term.centre) * term.coefficient)
            products[age] = tuple(row)
        self.age_products: tuple[tuple[float, ...], ...] = tuple(products)
        if any(term.times_log for term in table.bmi_terms):  # not the case in the 2012 equations
            raise NotImplementedError("log terms of BMI")
        self.bmi_terms: tuple[tuple[float, float, float], ...] = tuple(
            (term.power, term.centre, term.coefficient) for term in table.bmi_terms
        )
        self.booleans = table.booleans


_COMPILED: dict[str, tuple[_Compiled, _Compiled]] = {
    sex: (_Compiled(EQUATIONS[sex, "major_osteoporotic"]), _Compiled(EQUATIONS[sex, "hip"])) for sex in _SEXES
}


@lru_cache(maxsize=4096)
def _flag_coefficients(sex: str, flags: frozenset[str]) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The coefficients of the set flags, per equation (MOF, hip), in the reference's order.

    Flags an equation does not use are left out, which is what the reference does with them.
    """
    present = {_FLAG_TO_REFERENCE[flag] for flag in flags}
    mof, hip = _COMPILED[sex]
    return (
        tuple(coef for name, coef in mof.booleans if name in present),
        tuple(coef for name, coef in hip.booleans if name in present),
    )


def _risk(eq: _Compiled, inp: QFractureInput, dbmi: float, flag_coefs: tuple[float, ...]) -> float:
    """``100 * (1 - survivor[years] ** exp(a))`` with ``a`` summed in the reference's order."""
    a = eq.alcohol[inp.alcohol]
    a += eq.ethnicity[inp.ethnicity]
    a += eq.smoking[inp.smoking]
    for product in eq.age_products[inp.age]:
        a += product
    for power, centre, coef in eq.bmi_terms:
        a += (math.pow(dbmi, power) - centre) * coef
    for coef in flag_coefs:
        a += coef
    return 100.0 * (1.0 - math.pow(eq.survivor[inp.years], math.exp(a)))


def _compute(inp: QFractureInput) -> QFractureResult:
    """Evaluate both equations of ``inp.sex`` on an already validated input."""
    flags = inp.flags if type(inp.flags) is frozenset else frozenset(inp.flags)
    mof_coefs, hip_coefs = _flag_coefficients(inp.sex, flags)
    mof, hip = _COMPILED[inp.sex]
    dbmi = inp.bmi / 10
    return QFractureResult(_risk(mof, inp, dbmi, mof_coefs), _risk(hip, inp, dbmi, hip_coefs))


# --- Validation --------------------------------------------------------------------------------


def _is_int(value: object) -> bool:
    return type(value) is int  # bool is not an integer here


def _is_number(value: object) -> bool:
    return type(value) is float or type(value) is int


def _problems(inp: QFractureInput) -> list[str]:
    """All reasons to reject ``inp``: the reference's range checks (inclusive), plus types."""
    problems: list[str] = []
    if inp.sex not in _SEXES:
        problems.append("sex must be 'female' or 'male'")
    for field, low, high in _INT_RANGES:
        value = getattr(inp, field)
        if not _is_int(value):
            problems.append(f"{field} must be an integer")
        elif not low <= value <= high:
            problems.append(f"{field} must be between {low} and {high}")
        if field == "alcohol":  # the reference checks bmi right after alcohol_cat6
            bmi = inp.bmi
            if not _is_number(bmi):
                problems.append("bmi must be a number")
            elif not _MIN_BMI <= bmi <= _MAX_BMI:
                # Written so that NaN fails too: the reference's !(x < min || x > max) lets NaN
                # through, the only place where this check is stricter than the reference's.
                problems.append("bmi must be between 20 and 40")
    flags = inp.flags
    if not isinstance(flags, (frozenset, set)) or not all(type(flag) is str for flag in flags):
        problems.append("flags must be a set of flag names")
    else:
        unknown = sorted(flags - FLAGS)
        if unknown:
            problems.append("flags: unknown flag " + ", ".join(repr(flag) for flag in unknown))
    return problems


def qfracture(inp: QFractureInput) -> QFractureResult:
    """QFracture-2012 risks for ``inp`` (percent over ``inp.years`` years).

    Raises :class:`QFractureInputError` for any input the reference would reject; nothing is
    clamped. Reproduces ``fracture4_{female,male}`` and ``nof_{female,male}`` of ClinRisk's
    published C code.
    """
    problems = _problems(inp)
    if problems:
        raise QFractureInputError("; ".join(problems))
    return _compute(inp)


# --- JSON (contract §5) ------------------------------------------------------------------------


def parse_input(obj: dict[str, Any]) -> QFractureInput:
    """Build a validated :class:`QFractureInput` from a contract §5 JSON object.

    Unknown keys, missing keys, wrong types, unknown flags and out-of-range values raise
    :class:`QFractureInputError` with a message naming the field. ``years`` defaults to 10 and
    ``flags`` to none.
    """
    if not isinstance(obj, dict):
        raise QFractureInputError("input must be a JSON object")
    problems: list[str] = []
    unknown = sorted(str(key) for key in obj if key not in _FIELDS)
    if unknown:
        problems.append("unknown field " + ", ".join(repr(key) for key in unknown))
    missing = [key for key in _REQUIRED if key not in obj]
    problems.extend(f"{key} is required" for key in missing)
    if problems:
        raise QFractureInputError("; ".join(problems))

    raw_flags = obj.get("flags", [])
    if not isinstance(raw_flags, list) or not all(type(flag) is str for flag in raw_flags):
        raise QFractureInputError("flags must be a list of flag names (strings)")
    bmi = obj["bmi"]
    if type(bmi) is int and _MIN_BMI <= bmi <= _MAX_BMI:  # (a huge int would overflow float())
        bmi = float(bmi)
    inp = QFractureInput(
        sex=obj["sex"],
        age=obj["age"],
        bmi=bmi,
        ethnicity=obj["ethnicity"],
        smoking=obj["smoking"],
        alcohol=obj["alcohol"],
        years=obj.get("years", _DEFAULT_YEARS),
        flags=frozenset(raw_flags),
    )
    problems = _problems(inp)
    if problems:
        raise QFractureInputError("; ".join(problems))
    return inp


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not valid JSON")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise QFractureInputError(f"duplicate field {key!r}")
        result[key] = value
    return result


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)


def run_jsonl(lines: Iterable[str]) -> Iterator[str]:
    """The ``risk qfracture`` command: one output JSON line per non-blank input line.

    Output is ``{"major_osteoporotic_percent": x, "hip_percent": y}`` with the floats at full
    double precision (``json.dumps`` writes the shortest repr, which round-trips exactly), or
    ``{"error": "..."}`` for a line that is not a JSON object or is rejected. Blank lines are
    skipped. Output lines carry no trailing newline.
    """
    for line in lines:
        text = line.strip()
        if not text:
            continue
        try:
            obj = _DECODER.decode(text)
        except QFractureInputError as exc:
            yield json.dumps({"error": str(exc)})
            continue
        except ValueError as exc:  # json.JSONDecodeError and NaN/Infinity constants
            message = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield json.dumps({"error": f"invalid JSON: {message}"})
            continue
        except RecursionError:
            yield json.dumps({"error": "invalid JSON: nested too deeply"})
            continue
        try:
            result = _compute(parse_input(obj))
        except QFractureInputError as exc:
            yield json.dumps({"error": str(exc)})
            continue
        yield json.dumps(
            {
                "major_osteoporotic_percent": result.major_osteoporotic_percent,
                "hip_percent": result.hip_percent,
            }
        )
