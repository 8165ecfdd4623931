"""What the audit trail keeps for each printed or saved letter.

The letters package does not import the store (dependencies point ``ui → services → letters``);
anything with the store's ``record_event(action, patient_id=..., detail=...)`` will do. The detail
holds the options *and* the full printed text: a letter edited before printing must be
reproducible word for word from the trail, even after templates or rules change.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, Protocol

from .content import Letter
from .options import LetterOptions

__all__ = ["AUDIT_ACTION", "AuditSink", "Output", "audit_detail", "record_letter"]

AUDIT_ACTION = "letter"
Output = Literal["pdf", "print", "preview", "batch", "cli"]


class AuditSink(Protocol):
    def record_event(self, action: str, *, patient_id: str | None = ...,
                     detail: Mapping[str, Any] | None = ...) -> Any: ...


def audit_detail(letter: Letter, options: LetterOptions, *, output: Output, path: Path | str | None = None,
                 user: str | None = None) -> dict[str, Any]:
    """JSON-ready detail: kind, date, output, file, the options as edited and the printed text."""
    detail: dict[str, Any] = {
        "kind": options.kind,
        "as_of": options.as_of.isoformat(),
        "output": output,
        "options": options.model_dump(mode="json"),
        "text": letter.plain_text(),
    }
    if path is not None:
        detail["file"] = str(path)
    if user or options.user:
        detail["user"] = user or options.user
    if options.user_role:
        detail["role"] = options.user_role
    if letter.warnings:
        detail["missing"] = list(letter.warnings)
    return detail


def record_letter(sink: AuditSink, patient_id: str, letter: Letter, options: LetterOptions, *, output: Output,
                  path: Path | str | None = None, user: str | None = None) -> None:
    """One ``letter`` event in the audit trail."""
    sink.record_event(AUDIT_ACTION, patient_id=patient_id,
                      detail=audit_detail(letter, options, output=output, path=path, user=user))
