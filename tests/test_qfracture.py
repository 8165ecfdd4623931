"""Tests of the QFracture-2012 calculator (contract §5) against ClinRisk's reference implementation.

The reference rows in ``shared/contract/qfracture_examples.jsonl`` were produced with ClinRisk's
published implementation; the properties below hold for the published equations (see
:mod:`nmdbone_desktop.core.qfracture_tables`).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nmdbone_desktop.core.qfracture import (
    DISCLAIMER,
    FLAGS,
    QFractureInput,
    QFractureInputError,
    QFractureResult,
    parse_input,
    qfracture,
    run_jsonl,
)
from nmdbone_desktop.core.qfracture_tables import CLINRISK_NOTICE, EQUATIONS

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO.parent / "shared" / "contract" / "qfracture_examples.jsonl"
LICENSE_FILE = REPO / "resources" / "licenses" / "QFracture-LICENSE.txt"
TOLERANCE = 1e-9  # percentage points

# The reference's variable names -> the contract's field names (for its error messages).
REFERENCE_FIELDS = {
    "age": "age",
    "alcohol_cat6": "alcohol",
    "bmi": "bmi",
    "ethrisk": "ethnicity",
    "smoke_cat": "smoking",
    "surv": "years",
}

BASE: dict[str, Any] = {
    "sex": "female",
    "age": 65,
    "bmi": 25.0,
    "ethnicity": 1,
    "smoking": 0,
    "alcohol": 0,
    "years": 10,
    "flags": [],
}


def _example_rows() -> list[Any]:
    if not EXAMPLES.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"reference rows not found at {EXAMPLES}"))]
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [pytest.param(row, id=f"row{number}") for number, row in enumerate(rows, start=1)]


def _one(obj: dict[str, Any]) -> dict[str, Any]:
    (line,) = list(run_jsonl([json.dumps(obj)]))
    result: dict[str, Any] = json.loads(line)
    return result


def _input(**changes: Any) -> QFractureInput:
    return parse_input({**BASE, **changes})


# --- Reference rows ----------------------------------------------------------------------------


def test_reference_file_has_40_rows() -> None:
    if not EXAMPLES.is_file():
        pytest.skip(f"reference rows not found at {EXAMPLES}")
    assert len(_example_rows()) == 40


@pytest.mark.parametrize("row", _example_rows())
def test_reference_rows(row: dict[str, Any]) -> None:
    expected = row["expected"]
    output = _one(row["input"])
    if "error" in expected:
        # The reference says e.g. "error: surv must be in range (1,18)"; the contract names the
        # same check with its own field names: "years must be between 1 and 18".
        match = re.fullmatch(r"error: (\w+) must be in range \((-?\d+),(-?\d+)\)\s*", expected["error"])
        assert match, expected["error"]
        field = REFERENCE_FIELDS[match.group(1)]
        assert output == {"error": f"{field} must be between {match.group(2)} and {match.group(3)}"}
        with pytest.raises(QFractureInputError):
            parse_input(row["input"])
        return
    assert set(output) == {"major_osteoporotic_percent", "hip_percent"}
    for key in ("major_osteoporotic_percent", "hip_percent"):
        assert abs(output[key] - expected[key]) <= TOLERANCE, key
    direct = qfracture(parse_input(row["input"]))
    assert direct == QFractureResult(output["major_osteoporotic_percent"], output["hip_percent"])


# --- Validation --------------------------------------------------------------------------------

REJECTIONS = [
    ("age", 29, "age must be between 30 and 100"),
    ("age", 101, "age must be between 30 and 100"),
    ("age", 65.5, "age must be an integer"),
    ("age", 65.0, "age must be an integer"),
    ("age", "65", "age must be an integer"),
    ("age", True, "age must be an integer"),
    ("age", None, "age must be an integer"),
    ("bmi", 19.9, "bmi must be between 20 and 40"),
    ("bmi", 40.1, "bmi must be between 20 and 40"),
    ("bmi", 19, "bmi must be between 20 and 40"),
    ("bmi", 10**400, "bmi must be between 20 and 40"),
    ("bmi", "25", "bmi must be a number"),
    ("bmi", False, "bmi must be a number"),
    ("ethnicity", 0, "ethnicity must be between 1 and 9"),
    ("ethnicity", 10, "ethnicity must be between 1 and 9"),
    ("ethnicity", 1.0, "ethnicity must be an integer"),
    ("smoking", 5, "smoking must be between 0 and 4"),
    ("smoking", -1, "smoking must be between 0 and 4"),
    ("alcohol", 6, "alcohol must be between 0 and 5"),
    ("alcohol", -1, "alcohol must be between 0 and 5"),
    ("years", 0, "years must be between 1 and 18"),
    ("years", 19, "years must be between 1 and 18"),
    ("years", "10", "years must be an integer"),
    ("sex", "other", "sex must be 'female' or 'male'"),
    ("sex", None, "sex must be 'female' or 'male'"),
    ("flags", ["falls", "broken_heart"], "flags: unknown flag 'broken_heart'"),
    ("flags", "falls", "flags must be a list of flag names (strings)"),
    ("flags", [1], "flags must be a list of flag names (strings)"),
    ("flags", None, "flags must be a list of flag names (strings)"),
]


@pytest.mark.parametrize(("field", "value", "message"), REJECTIONS, ids=lambda v: repr(v)[:40])
def test_rejections(field: str, value: Any, message: str) -> None:
    with pytest.raises(QFractureInputError) as info:
        _input(**{field: value})
    assert str(info.value) == message
    assert _one({**BASE, field: value}) == {"error": message}


def test_unknown_key_is_rejected_and_named() -> None:
    with pytest.raises(QFractureInputError, match="unknown field 'weight'"):
        parse_input({**BASE, "weight": 60})
    assert _one({**BASE, "weight": 60}) == {"error": "unknown field 'weight'"}


def test_missing_key_is_rejected_and_named() -> None:
    obj = dict(BASE)
    del obj["bmi"]
    with pytest.raises(QFractureInputError, match=r"^bmi is required$"):
        parse_input(obj)


def test_not_an_object_is_rejected() -> None:
    with pytest.raises(QFractureInputError, match="JSON object"):
        parse_input([1, 2])  # type: ignore[arg-type]


def test_several_problems_are_all_reported_in_the_reference_order() -> None:
    with pytest.raises(QFractureInputError) as info:
        _input(age=20, bmi=50.0, years=30)
    assert str(info.value) == (
        "age must be between 30 and 100; bmi must be between 20 and 40; years must be between 1 and 18"
    )


def test_defaults_years_10_and_no_flags() -> None:
    obj = {key: value for key, value in BASE.items() if key not in ("years", "flags")}
    inp = parse_input(obj)
    assert inp.years == 10
    assert inp.flags == frozenset()
    assert qfracture(inp) == qfracture(_input())


@pytest.mark.parametrize(
    "changes",
    [{"age": 30}, {"age": 100}, {"bmi": 20}, {"bmi": 40}, {"bmi": 20.0}, {"years": 1}, {"years": 18}],
    ids=repr,
)
def test_boundaries_are_accepted(changes: dict[str, Any]) -> None:
    for sex in ("female", "male"):
        result = qfracture(_input(sex=sex, **changes))
        assert 0.0 < result.hip_percent < 100.0


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"age": 29}, "age must be between 30 and 100"),
        ({"age": 70.0}, "age must be an integer"),
        ({"bmi": math.nan}, "bmi must be between 20 and 40"),
        ({"bmi": math.inf}, "bmi must be between 20 and 40"),
        ({"years": 19}, "years must be between 1 and 18"),
        ({"flags": frozenset({"nope"})}, "flags: unknown flag 'nope'"),
        ({"sex": "Female"}, "sex must be 'female' or 'male'"),
    ],
    ids=repr,
)
def test_qfracture_validates_direct_inputs(changes: dict[str, Any], message: str) -> None:
    inp = replace(QFractureInput("female", 65, 25.0, 1, 0, 0), **changes)
    with pytest.raises(QFractureInputError) as info:
        qfracture(inp)
    assert str(info.value) == message


def test_error_is_a_value_error() -> None:
    assert issubclass(QFractureInputError, ValueError)


# --- Flags -------------------------------------------------------------------------------------


def test_flag_names_are_the_contract_ones() -> None:
    assert frozenset(
        {
            "antidepressant", "any_cancer", "asthma_copd", "care_home", "corticosteroids",
            "cardiovascular_disease", "dementia", "endocrine_disorder", "epilepsy_or_anticonvulsants",
            "falls", "prior_fracture", "hrt_oestrogen_only", "chronic_liver_disease", "malabsorption",
            "parkinsons", "ra_or_sle", "chronic_kidney_disease", "type1_diabetes", "type2_diabetes",
            "parental_osteoporosis",
        }
    ) == FLAGS  # fmt: skip


@pytest.mark.parametrize(
    ("sex", "flag"),
    [("female", "care_home"), ("male", "endocrine_disorder"), ("male", "hrt_oestrogen_only")],
)
def test_flags_of_the_other_sex_are_ignored(sex: str, flag: str) -> None:
    assert qfracture(_input(sex=sex, flags=[flag])) == qfracture(_input(sex=sex))
    assert qfracture(_input(sex=sex, flags=[flag, "falls"])) == qfracture(_input(sex=sex, flags=["falls"]))


@pytest.mark.parametrize(
    ("sex", "flag"),
    [("female", "malabsorption"), ("male", "malabsorption"), ("female", "parental_osteoporosis")],
)
def test_flags_the_hip_equation_does_not_use_change_only_the_mof(sex: str, flag: str) -> None:
    with_flag, without = qfracture(_input(sex=sex, flags=[flag])), qfracture(_input(sex=sex))
    assert with_flag.hip_percent == without.hip_percent
    assert with_flag.major_osteoporotic_percent > without.major_osteoporotic_percent


@pytest.mark.parametrize("sex", ["female", "male"])
def test_every_used_flag_changes_both_or_is_documented(sex: str) -> None:
    unused_by_hip = {"malabsorption"} | ({"parental_osteoporosis"} if sex == "female" else set())
    other_sex = {"care_home"} if sex == "female" else {"endocrine_disorder", "hrt_oestrogen_only"}
    base = qfracture(_input(sex=sex))
    for flag in sorted(FLAGS - other_sex):
        result = qfracture(_input(sex=sex, flags=[flag]))
        assert result.major_osteoporotic_percent != base.major_osteoporotic_percent, flag
        assert (result.hip_percent != base.hip_percent) == (flag not in unused_by_hip), flag


def test_every_coefficient_is_reachable_from_a_flag() -> None:
    from nmdbone_desktop.core.qfracture import _FLAG_TO_REFERENCE

    reference_names = {name for table in EQUATIONS.values() for name, _ in table.booleans}
    assert reference_names == set(_FLAG_TO_REFERENCE.values())


# --- Tables ------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(EQUATIONS), ids=lambda key: "-".join(key))
def test_table_shapes(key: tuple[str, str]) -> None:
    table = EQUATIONS[key]
    assert len(table.survivor) == 19 and table.survivor[0] == 0.0
    assert all(1.0 > s > t > 0.0 for s, t in zip(table.survivor[1:], table.survivor[2:], strict=False))
    assert len(table.alcohol) == 6 and table.alcohol[0] == 0.0
    assert len(table.ethnicity) == 10 and table.ethnicity[1] == 0.0
    assert len(table.smoking) == 5 and table.smoking[0] == 0.0


# --- Properties --------------------------------------------------------------------------------

inputs = st.builds(
    QFractureInput,
    sex=st.sampled_from(["female", "male"]),
    age=st.integers(30, 100),
    bmi=st.floats(20.0, 40.0),
    ethnicity=st.integers(1, 9),
    smoking=st.integers(0, 4),
    alcohol=st.integers(0, 5),
    years=st.integers(1, 18),
    flags=st.frozensets(st.sampled_from(sorted(FLAGS))),
)


@settings(database=None)
@given(inputs)
def test_risks_are_percentages(inp: QFractureInput) -> None:
    result = qfracture(inp)
    assert 0.0 <= result.major_osteoporotic_percent <= 100.0
    assert 0.0 <= result.hip_percent <= 100.0


@settings(database=None)
@given(inputs, st.integers(1, 18), st.integers(1, 18))
def test_monotone_in_years(inp: QFractureInput, y1: int, y2: int) -> None:
    shorter, longer = sorted((y1, y2))
    a, b = qfracture(replace(inp, years=shorter)), qfracture(replace(inp, years=longer))
    assert a.major_osteoporotic_percent <= b.major_osteoporotic_percent
    assert a.hip_percent <= b.hip_percent


@settings(database=None)
@given(inputs, st.integers(30, 100), st.integers(30, 100))
def test_monotone_in_age_where_the_model_is(inp: QFractureInput, x1: int, x2: int) -> None:
    # Hip risk (both sexes) and the women's MOF risk rise with age over 30-100. The men's MOF
    # equation (age^0.5 and age terms) falls slightly from 30 to 35 and rises from 35 on.
    younger, older = sorted((x1, x2))
    a, b = qfracture(replace(inp, age=younger)), qfracture(replace(inp, age=older))
    assert a.hip_percent <= b.hip_percent
    if inp.sex == "female" or younger >= 35:
        assert a.major_osteoporotic_percent <= b.major_osteoporotic_percent


def test_mens_mof_dips_between_30_and_35() -> None:
    risks = [qfracture(_input(sex="male", age=age)).major_osteoporotic_percent for age in range(30, 41)]
    assert risks[0] > risks[5] < risks[10]


@settings(database=None)
@given(inputs, st.sampled_from(sorted(FLAGS - {"hrt_oestrogen_only"})))
def test_a_risk_factor_never_lowers_risk(inp: QFractureInput, flag: str) -> None:
    # Every flag coefficient is positive except oestrogen-only HRT (women).
    a, b = (
        qfracture(replace(inp, flags=inp.flags - {flag})),
        qfracture(replace(inp, flags=inp.flags | {flag})),
    )
    assert a.major_osteoporotic_percent <= b.major_osteoporotic_percent
    assert a.hip_percent <= b.hip_percent


@settings(database=None)
@given(inputs)
def test_run_jsonl_keeps_full_precision(inp: QFractureInput) -> None:
    obj = {
        "sex": inp.sex, "age": inp.age, "bmi": inp.bmi, "ethnicity": inp.ethnicity,
        "smoking": inp.smoking, "alcohol": inp.alcohol, "years": inp.years, "flags": sorted(inp.flags),
    }  # fmt: skip
    (line,) = list(run_jsonl([json.dumps(obj) + "\n"]))
    assert "\n" not in line
    output = json.loads(line)
    expected = qfracture(inp)
    assert output == {
        "major_osteoporotic_percent": expected.major_osteoporotic_percent,
        "hip_percent": expected.hip_percent,
    }
    assert type(output["hip_percent"]) is float


# --- run_jsonl ---------------------------------------------------------------------------------


def test_run_jsonl_one_line_per_input_line_blank_lines_skipped() -> None:
    lines = [json.dumps(BASE), "", "   \n", "not json", "[1, 2]", json.dumps({**BASE, "sex": "male"})]
    outputs = [json.loads(line) for line in run_jsonl(lines)]
    assert len(outputs) == 4
    assert set(outputs[0]) == {"major_osteoporotic_percent", "hip_percent"}
    assert outputs[1]["error"].startswith("invalid JSON")
    assert outputs[2] == {"error": "input must be a JSON object"}
    assert set(outputs[3]) == {"major_osteoporotic_percent", "hip_percent"}


@pytest.mark.parametrize(
    "line",
    [
        '{"sex": "female", "age": 65, "age": 70, "bmi": 25, "ethnicity": 1, "smoking": 0, "alcohol": 0}',
        '{"sex": "female", "age": 65, "bmi": NaN, "ethnicity": 1, "smoking": 0, "alcohol": 0}',
        '{"sex": "female", "age": 65, "bmi": 25, "ethnicity": 1, "smoking": 0, "alcohol": 0',
        "[" * 100_000,
        "1e400",
    ],
    ids=["duplicate key", "NaN", "truncated", "deep nesting", "not an object"],
)
def test_run_jsonl_malformed_lines_give_errors(line: str) -> None:
    (output,) = [json.loads(out) for out in run_jsonl([line])]
    assert set(output) == {"error"} and output["error"]


def test_run_jsonl_is_lazy() -> None:
    def source() -> Any:
        yield json.dumps(BASE)
        raise AssertionError("read too far")

    assert "hip_percent" in json.loads(next(iter(run_jsonl(source()))))


# --- Licence -----------------------------------------------------------------------------------


def _words(text: str) -> str:
    return " ".join(text.split())


def test_disclaimer_is_clinrisks() -> None:
    assert "faithfully implements QFracture-2012" in DISCLAIMER
    assert DISCLAIMER.endswith(
        "Inaccurate implementations of risk scores can lead to wrong patients being given the wrong "
        "treatment."
    )


def test_license_file_keeps_notice_and_disclaimer() -> None:
    text = _words(LICENSE_FILE.read_text(encoding="utf-8"))
    assert _words(CLINRISK_NOTICE) in text
    assert _words(DISCLAIMER) in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE Version 3, 29 June 2007" in text
