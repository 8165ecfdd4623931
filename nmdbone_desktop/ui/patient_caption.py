"""How a form, a dialog or the Records tab names the patient it is about: name, ID, date of birth."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.document import PatientDocument


def patient_caption(doc: PatientDocument | None) -> str:
    """``Anna Müller · P0001 · born 1961-04-12`` (empty without a patient)."""
    if doc is None:
        return ""
    return f"{doc.display_name} · {doc.id} · born {doc.birth_date.isoformat()}"


def titled(what: str, doc: PatientDocument | None) -> str:
    """A window title naming the patient: ``Add DXA study — Anna Müller · P0001 · born 1961-04-12``."""
    caption = patient_caption(doc)
    return f"{what} — {caption}" if caption else what
