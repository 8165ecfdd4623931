"""How a form, a dialog or the Records tab names the patient it is about: name, ID, date of birth."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .translation import translate
from .vocabulary import local_date

if TYPE_CHECKING:
    from ..core.document import PatientDocument


def patient_caption(doc: PatientDocument | None) -> str:
    """``Anna Müller · P0001 · born 1961-04-12`` (empty without a patient)."""
    if doc is None:
        return ""
    return translate("PatientCaption", "{name} · {patient_id} · born {birth_date}").format(
        name=doc.display_name, patient_id=doc.id, birth_date=local_date(doc.birth_date))


def titled(what: str, doc: PatientDocument | None) -> str:
    """A window title naming the patient: ``Add DXA study — Anna Müller · P0001 · born 1961-04-12``."""
    caption = patient_caption(doc)
    return translate("PatientCaption", "{what} — {patient}").format(what=what, patient=caption) if caption else what
