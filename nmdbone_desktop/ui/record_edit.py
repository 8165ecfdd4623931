"""Edits as whole documents: the form's values → a new document dict → the import's validation.

Why whole documents: the form must refuse exactly what an import refuses (a T-score of +12, a
fracture before birth), so an edit builds the complete new document and runs the same
``parse_document``. Nothing is saved unless that passes, and then it is saved in one call.
Pure functions, no widgets, so the rules of the forms are tested without a window (Qt only
translates the messages).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .translation import translate

if TYPE_CHECKING:
    from ..core.validation import Problem
    from .record_kinds import RecordKind

Op = Literal["add", "edit", "delete"]
_INDEX = re.compile(r"\[\d+\]")


def get_path(data: dict[str, Any], dotted: str) -> Any:
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _set_path(data: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    node = data
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    if value is None:
        node.pop(parts[-1], None)
    else:
        node[parts[-1]] = value


def form_values(kind: RecordKind, doc: dict[str, Any], index: int | None = None) -> dict[str, Any]:
    """The current values of one record, by field key, for filling a form."""
    if kind.singleton:
        record = doc if kind.key == "" else (doc.get(kind.key) or {})
    elif index is None:
        return {}
    else:
        record = doc.get(kind.key, [])[index]
    return {spec.key: get_path(record, spec.key) for spec in kind.fields}


def _record_from(kind: RecordKind, values: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    record = copy.deepcopy(base)
    for spec in kind.fields:
        if spec.key in values:
            _set_path(record, spec.key, values[spec.key])
    return record


def _prune_empty_objects(record: dict[str, Any], kind: RecordKind) -> None:
    """Drop an optional object whose every field the user cleared (menopause, supplements)."""
    parents = {spec.key.split(".")[0] for spec in kind.fields if "." in spec.key}
    for parent in parents:
        if record.get(parent) == {}:
            del record[parent]


def apply_edit(
    doc: dict[str, Any], kind: RecordKind, op: Op, index: int | None, values: dict[str, Any]
) -> tuple[dict[str, Any], str]:
    """The whole new document, and the path prefix of the edited record (for mapping problems)."""
    new = copy.deepcopy(doc)
    if kind.key == "":
        new = _record_from(kind, values, new)
        _prune_empty_objects(new, kind)
        return new, ""
    if kind.singleton:
        record = _record_from(kind, values, new.get(kind.key) or {})
        if op == "delete" or not any(v not in (None, [], {}) for v in record.values()):
            new.pop(kind.key, None)
        else:
            new[kind.key] = record
        return new, kind.key
    rows: list[dict[str, Any]] = list(new.get(kind.key) or [])
    if op == "add":
        rows.append(_record_from(kind, values, {}))
        index = len(rows) - 1
    elif index is None or not 0 <= index < len(rows):
        raise IndexError(f"no {kind.title} number {index}")
    elif op == "edit":
        rows[index] = _record_from(kind, values, {})
    else:
        del rows[index]
    new[kind.key] = rows
    return new, f"{kind.key}[{index}]"


@dataclass
class FormProblems:
    """Problems sorted for the form: next to a field, or above the form."""

    by_field: dict[str, str] = field(default_factory=dict)
    general: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.by_field or self.general)


_READABLE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (
            r"^Input should be less than or equal to (\S+) \(got (.+)\)$",
            QT_TRANSLATE_NOOP("RecordEdit", r"must be at most \1 (entered: \2)"),
        ),
        (
            r"^Input should be greater than or equal to (\S+) \(got (.+)\)$",
            QT_TRANSLATE_NOOP("RecordEdit", r"must be at least \1 (entered: \2)"),
        ),
        (
            r"^Input should be less than (\S+) \(got (.+)\)$",
            QT_TRANSLATE_NOOP("RecordEdit", r"must be below \1 (entered: \2)"),
        ),
        (
            r"^Input should be greater than (\S+) \(got (.+)\)$",
            QT_TRANSLATE_NOOP("RecordEdit", r"must be above \1 (entered: \2)"),
        ),
        (
            r"^Input should be a (?:valid number|finite number).*\(got \"?(.*?)\"?\)$",
            QT_TRANSLATE_NOOP("RecordEdit", r"“\1” is not a number"),
        ),
        (
            r"^Input should be a valid integer.*\(got \"?(.*?)\"?\)$",
            QT_TRANSLATE_NOOP("RecordEdit", r"must be a whole number (entered: \1)"),
        ),
        (r"^Input should be a valid integer.*$", QT_TRANSLATE_NOOP("RecordEdit", "must be a whole number")),
        (r"^Input should be a valid number.*$", QT_TRANSLATE_NOOP("RecordEdit", "must be a number")),
        (r"^Input should be .*$", QT_TRANSLATE_NOOP("RecordEdit", "choose one of the options offered")),
        (
            r"^String should have at most (\d+) characters?.*$",
            QT_TRANSLATE_NOOP("RecordEdit", r"at most \1 characters"),
        ),
        (
            r"^String should have at least (\d+) characters?.*$",
            QT_TRANSLATE_NOOP("RecordEdit", r"at least \1 characters"),
        ),
        (
            r"^is before birth_date (\S+) \((\S+)\)$",
            QT_TRANSLATE_NOOP("RecordEdit", r"\2 is before the date of birth (\1)"),
        ),
        (
            r"^is in the future of the assessment date (\S+) \((\S+)\)$",
            QT_TRANSLATE_NOOP("RecordEdit", r"\2 is after today (\1)"),
        ),
        (
            r"^is after the assessment date (\S+) \((\S+)\)$",
            QT_TRANSLATE_NOOP("RecordEdit", r"\2 is after the assessment date (\1)"),
        ),
        (r"^is before its start (\S+) \((\S+)\)$", QT_TRANSLATE_NOOP("RecordEdit", r"\2 is before the start (\1)")),
        (r"^is required$", QT_TRANSLATE_NOOP("RecordEdit", "required: please fill in")),
        (r"^Field required$", QT_TRANSLATE_NOOP("RecordEdit", "required: please fill in")),
    )
)


_WHOLE = re.compile(r"(?<![\d.])(-?\d+)\.0(?![\d])")  # "12.0" as typed: "12"


def readable(message: str) -> str:
    """A validation message as a clinician reads it beside the field (pydantic's wording and the
    contract's field names are for import reports, not for a form)."""
    for pattern, replacement in _READABLE:
        if pattern.match(message):
            return _WHOLE.sub(r"\1", pattern.sub(translate("RecordEdit", replacement), message))
    return message


def problems_for_form(problems: list[Problem], kind: RecordKind, prefix: str) -> FormProblems:
    """Map ``dxa[3].t_score`` back to the ``t_score`` field of the DXA form.

    A problem elsewhere in the document (changing the birth date puts a DXA before birth) goes
    to the general list with its full path, so the user still learns what blocks the save.
    """
    out = FormProblems()
    keys = [spec.key for spec in kind.fields]
    for problem in problems:
        path = problem.path
        if prefix and path.startswith(prefix + "."):
            rest = path[len(prefix) + 1:]
        elif not prefix:
            rest = path
        else:
            rest = None
        key = _field_for(_INDEX.sub("", rest), keys) if rest is not None else None
        message = readable(problem.message)
        if key is None:
            out.general.append(f"{problem.path}: {message}" if problem.path != prefix or not prefix else message)
        elif key in out.by_field:
            out.by_field[key] += f"; {message}"
        else:
            out.by_field[key] = message
    return out


def _field_for(rest: str, keys: list[str]) -> str | None:
    if rest in keys:
        return rest
    for key in sorted(keys, key=len, reverse=True):
        if rest.startswith(key + "."):
            return key
    if rest:  # "menopause" (the whole object) → its first field
        return next((key for key in keys if key.startswith(rest + ".")), None)
    return None


def add_rows(doc: dict[str, Any], kind: RecordKind, rows: list[dict[str, Any]]) -> tuple[dict[str, Any], int]:
    """The whole new document with several records of one kind added (a DXA study, a taper), and
    the index of the first new record."""
    base = len(doc.get(kind.key) or [])
    new = doc
    for values in rows:
        new, _ = apply_edit(new, kind, "add", None, values)
    return new, base


def problems_for_rows(problems: list[Problem], kind: RecordKind, base: int,
                      count: int) -> tuple[list[FormProblems], list[str]]:
    """Per new record (``dxa[base + i]``) its problems by field; the rest as general lines."""
    per_row: list[list[Problem]] = [[] for _ in range(count)]
    general: list[str] = []
    pattern = re.compile(rf"^{re.escape(kind.key)}\[(\d+)\]")
    for problem in problems:
        match = pattern.match(problem.path)
        index = int(match.group(1)) - base if match else -1
        if 0 <= index < count:
            per_row[index].append(problem)
        else:
            general.append(f"{problem.path}: {readable(problem.message)}" if problem.path else
                           readable(problem.message))
    mapped = [problems_for_form(found, kind, f"{kind.key}[{base + i}]") for i, found in enumerate(per_row)]
    return mapped, general
