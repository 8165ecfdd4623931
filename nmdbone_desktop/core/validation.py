"""Turn untrusted input into a :class:`PatientDocument`, or say exactly what is wrong.

Every problem names the field in the contract's path form (``dxa[2].t_score``) and what is wrong
with it. Validation never repairs: a document is accepted whole or refused whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError

from .contract_names import SIDED_SITES
from .document import LAB_UNITS, PatientDocument


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one field."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class DocumentInvalid(ValueError):
    """A document that cannot be accepted; ``problems`` lists every field at fault."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(self.describe())

    def describe(self) -> str:
        head = f"{self.source}: " if self.source else ""
        return "\n".join(f"{head}{p}" for p in self.problems)


def format_path(loc: tuple[int | str, ...]) -> str:
    """``("dxa", 2, "t_score")`` → ``dxa[2].t_score``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            # an unknown key is the user's text: never let a newline in it fake another message line
            name = str(part) if str(part).isprintable() else json.dumps(str(part))
            out += f".{name}" if out else name
    return out


_PYDANTIC_WORDING = {
    "extra_forbidden": "unknown field (not in the contract; free-form data belongs under 'extra')",
    "missing": "is required",
}


def _pydantic_problems(error: ValidationError) -> list[Problem]:
    problems = []
    for err in error.errors(include_url=False):
        message = _PYDANTIC_WORDING.get(err["type"])
        if message is None:
            message = err["msg"]
            if message.startswith("Value error, "):
                message = message[len("Value error, ") :]
            if err["type"] not in ("missing",) and "input" in err:
                shown = err["input"]
                if isinstance(shown, (str, int, float, bool)) or shown is None:
                    message += f" (got {json.dumps(shown, ensure_ascii=False)})"
        problems.append(Problem(format_path(tuple(err["loc"])), message))
    return problems


def _dated_fields(doc: PatientDocument) -> Iterator[tuple[str, date]]:
    """Every clinical date in the document with its path."""
    if doc.diagnosis.onset_date:
        yield "diagnosis.onset_date", doc.diagnosis.onset_date
    for field in ("measurements", "mobility", "dxa", "fractures", "spine_imaging", "labs", "frax"):
        for i, row in enumerate(getattr(doc, field)):
            yield f"{field}[{i}].date", row.date
    for i, gc in enumerate(doc.glucocorticoids):
        yield f"glucocorticoids[{i}].start", gc.start
        if gc.end:
            yield f"glucocorticoids[{i}].end", gc.end
    for i, med in enumerate(doc.bone_medications):
        yield f"bone_medications[{i}].start", med.start
        if med.end:
            yield f"bone_medications[{i}].end", med.end
        if med.last_dose:
            yield f"bone_medications[{i}].last_dose", med.last_dose


def cross_field_problems(doc: PatientDocument, as_of: date) -> list[Problem]:
    """Rules that relate fields to each other or to the assessment date (contract §2)."""
    problems: list[Problem] = []
    if doc.birth_date > as_of:
        problems.append(Problem("birth_date", f"is after the assessment date {as_of} ({doc.birth_date})"))
    for path, when in _dated_fields(doc):
        if when > as_of:
            problems.append(Problem(path, f"is in the future of the assessment date {as_of} ({when})"))
        elif when < doc.birth_date:
            problems.append(Problem(path, f"is before birth_date {doc.birth_date} ({when})"))
    if doc.menopause is not None and doc.sex != "female":
        problems.append(Problem("menopause", "is recorded for females only"))
    for i, m in enumerate(doc.measurements):
        if m.height_cm is None and m.weight_kg is None:
            problems.append(Problem(f"measurements[{i}]", "needs height_cm or weight_kg"))
    for i, d in enumerate(doc.dxa):
        if d.bmd_g_cm2 is None and d.t_score is None and d.z_score is None and d.height_adjusted_z is None:
            problems.append(Problem(f"dxa[{i}]", "needs at least one of bmd_g_cm2, t_score, z_score"))
        if d.tbs is not None and d.site != "lumbar_spine":
            problems.append(Problem(f"dxa[{i}].tbs", f"is measured at lumbar_spine only (site is {d.site})"))
        if d.side is not None and d.site not in SIDED_SITES:
            problems.append(Problem(f"dxa[{i}].side", f"applies to hip, femur and forearm sites (site is {d.site})"))
    for i, f in enumerate(doc.fractures):
        if f.genant_grade is not None and f.site != "vertebra":
            problems.append(
                Problem(f"fractures[{i}].genant_grade", f"applies to vertebral fractures only (site is {f.site})")
            )
        if f.vertebra is not None and f.site != "vertebra":
            problems.append(Problem(f"fractures[{i}].vertebra", f"needs site 'vertebra' (site is {f.site})"))
    for i, gc in enumerate(doc.glucocorticoids):
        if gc.end is not None and gc.end < gc.start:
            problems.append(Problem(f"glucocorticoids[{i}].end", f"is before its start {gc.start} ({gc.end})"))
    for i, med in enumerate(doc.bone_medications):
        if med.end is not None and med.end < med.start:
            problems.append(Problem(f"bone_medications[{i}].end", f"is before its start {med.start} ({med.end})"))
        if med.last_dose is not None and med.last_dose < med.start:
            problems.append(
                Problem(f"bone_medications[{i}].last_dose", f"is before its start {med.start} ({med.last_dose})")
            )
    for i, lab in enumerate(doc.labs):
        accepted = LAB_UNITS[lab.test]
        if lab.unit not in accepted:
            problems.append(
                Problem(
                    f"labs[{i}].unit",
                    f"unknown unit {lab.unit!r} for {lab.test} (accepted: {', '.join(accepted)})",
                )
            )
    return problems


def parse_document(data: Any, *, as_of: date, source: str = "") -> PatientDocument:
    """Validate one decoded JSON object; raise :class:`DocumentInvalid` listing every problem."""
    if not isinstance(data, Mapping):
        raise DocumentInvalid(source, [Problem("", "a patient document must be a JSON object")])
    try:
        doc = PatientDocument.model_validate(data)
    except ValidationError as error:
        raise DocumentInvalid(source, _pydantic_problems(error)) from None
    problems = cross_field_problems(doc, as_of)
    if problems:
        raise DocumentInvalid(source, problems)
    return doc


def parse_document_json(text: str | bytes, *, as_of: date, source: str = "") -> PatientDocument:
    """Decode and validate one JSON document (UTF-8)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:  # JSONDecodeError, UnicodeDecodeError, 4,300+ digit ints
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise DocumentInvalid(source, [Problem("", f"not valid JSON: {reason}")]) from None
    return parse_document(data, as_of=as_of, source=source)


def canonical_dict(doc: PatientDocument) -> dict[str, Any]:
    """The canonical JSON form: contract field order, nulls left out, every list present."""
    return doc.model_dump(mode="json", by_alias=True, exclude_none=True)


def canonical_json(doc: PatientDocument) -> str:
    """Stable text of a document: export → import → export gives the same bytes."""
    return json.dumps(canonical_dict(doc), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
