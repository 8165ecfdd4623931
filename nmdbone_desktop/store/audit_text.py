"""Audit entries as one readable line: what changed, from what to what (the CLI table and the window).

Why here and not in the window: the command line's ``history`` table and the window's history
view must say the same thing, and neither may depend on the other. Pure Python, no Qt.
A changed record lists only the fields that differ (``t_score: -2.0 → -2.5``), nested objects
with dotted names (``name.family``); an added or removed record lists its fields; a whole
document (created, imported, deleted) is summarised (name, diagnosis, how many items per list).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audit import AuditEntry

ABSENT = "—"


@dataclass(frozen=True, slots=True)
class AuditWords:
    """The connecting words of a description, as templates; English by default (the command line
    and ``history --json`` stay English). The window passes its language's words (issue 21); field
    names and values are the record's own and are never translated."""

    added: str = "added: {fields}"
    removed: str = "removed: {fields}"
    whole_record: str = "whole record: {summary}"
    removed_whole_record: str = "removed whole record: {summary}"
    yes: str = "yes"
    no: str = "no"


ENGLISH = AuditWords()


def _value(value: Any, words: AuditWords = ENGLISH) -> str:
    if value is None:
        return ABSENT
    if isinstance(value, bool):
        return words.yes if value else words.no
    if isinstance(value, list):
        return "[" + ", ".join(_value(v, words) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} {_value(v, words)}" for k, v in value.items()) + "}"
    return str(value)


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(_flatten(item, f"{prefix}{key}."))
        return out if out or not prefix else {prefix[:-1]: {}}
    return {prefix[:-1]: value}


def _fields(record: dict[str, Any], words: AuditWords = ENGLISH) -> str:
    return ", ".join(f"{k} {_value(v, words)}" for k, v in _flatten(record).items() if v not in (None, [], {}))


def _document(doc: dict[str, Any]) -> str:
    name = doc.get("name") or {}
    parts = [f"{name.get('family', '?')}, {name.get('given', '?')}"]
    diagnosis = (doc.get("diagnosis") or {}).get("code")
    if diagnosis:
        parts.append(str(diagnosis))
    counts = [f"{key} {len(value)}" for key, value in doc.items() if isinstance(value, list) and value]
    if counts:
        parts.append(", ".join(counts))
    return "; ".join(parts)


def describe_change(before: Any, after: Any, record: str | None = None, words: AuditWords = ENGLISH) -> str:
    """``t_score: -2.0 → -2.5`` / ``added: …`` / ``removed: …`` (empty when neither is given)."""
    if before is None and after is None:
        return ""
    if record == "document":
        if after is None:
            return words.removed_whole_record.format(summary=_document(before))
        return words.whole_record.format(summary=_document(after))
    if before is None:
        return words.added.format(fields=_fields(after, words) if isinstance(after, dict) else _value(after, words))
    if after is None:
        return words.removed.format(
            fields=_fields(before, words) if isinstance(before, dict) else _value(before, words))
    if isinstance(before, dict) and isinstance(after, dict):
        old, new = _flatten(before), _flatten(after)
        changed = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
        return "; ".join(f"{k}: {_value(old.get(k), words)} → {_value(new.get(k), words)}" for k in changed)
    return f"{_value(before, words)} → {_value(after, words)}"


def describe_detail(detail: dict[str, Any] | None, words: AuditWords = ENGLISH) -> str:
    if not detail:
        return ""
    return ", ".join(f"{k}: {_value(v, words)}" for k, v in detail.items() if v not in (None, ""))


def describe(entry: AuditEntry, *, width: int | None = None, words: AuditWords = ENGLISH) -> str:
    """The change (or, for events, the detail) of one entry, cut to ``width`` characters if given;
    ``words``: the connecting words' language (English unless the window asks for its own)."""
    text = describe_change(entry.before, entry.after, entry.record, words)
    detail = describe_detail(entry.detail, words)
    if detail and not (entry.action == "import" and entry.record):  # per-record import rows repeat the source
        text = f"{text} ({detail})" if text else detail
    if width is not None and len(text) > width:
        text = text[: max(width - 1, 0)] + "…"
    return text


def entry_json(entry: AuditEntry) -> dict[str, Any]:
    """One entry as the ``history --json`` contract writes it."""
    return {"at": entry.at.isoformat(), "user": entry.user, "action": entry.action, "patient_id": entry.patient_id,
            "record": entry.record, "before": entry.before, "after": entry.after, "detail": entry.detail}
