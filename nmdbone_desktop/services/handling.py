"""Marking worklist items as handled: booked (with a date) or not applicable (with a reason).

**When does a not-applicable item return?** When "the rule's reason changes". The reason is
fingerprinted when the item is marked, and compared on every worklist build:

    fingerprint = sha256(code, the recommendation's ``since`` as the report gives it,
                         the patient's *evidence* for that code)

*Evidence* is the part of the patient document a rule could read to raise the item: always the
fractures, DXA, spine imaging, bone medications, glucocorticoids, FRAX entries and the diagnosis;
for some codes also the records they depend on (labs and supplements for the laboratory and
vitamin D codes, falls and mobility for falls prevention, puberty for the puberty assessment, the
swallowing and sitting fields for the oral-bisphosphonate warning, …, see :data:`EXTRA_EVIDENCE`).
So a new fracture, a new scan, a new or changed medication brings a not-applicable item back; a
changed address, name or height does not. Deliberately not in it: the report's rationale text
(it holds ages and "N days ago", which change every day) and the date.

The ``since`` used is the report's own field, never the stand-in of ``triage.since_of`` (which
falls back to as_of and would make every mark lapse the next day).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from ..core.assessment import assess
from ..store import HandledMark, StoreError
from .ports import ClinicStorePort
from .summaries import Digest, digest
from .titles import code_title

if TYPE_CHECKING:
    from ..core.document import PatientDocument

#: Document fields every code's reason may rest on.
BASE_EVIDENCE: tuple[str, ...] = ("diagnosis", "fractures", "dxa", "spine_imaging", "bone_medications",
                                  "glucocorticoids", "frax")
_LABS = ("labs", "supplements")
#: More fields for the codes that read them.
EXTRA_EVIDENCE: dict[str, tuple[str, ...]] = {
    "BASELINE_BONE_ASSESSMENT": _LABS, "BONE_LABS_DUE": _LABS, "VITAMIN_D_REPLETION": _LABS,
    "CALCIUM_VITAMIN_D": (*_LABS, "mobility"), "CORRECT_VITAMIN_D_FIRST": _LABS, "CORRECT_CALCIUM_FIRST": _LABS,
    "VITAMIN_D_HIGH": _LABS, "RENAL_CAUTION": _LABS, "HYPOGONADISM_REVIEW": _LABS,
    "FALLS_PREVENTION": ("falls_past_12_months", "mobility"),
    "PUBERTY_ASSESSMENT": ("puberty",),
    "ORAL_BISPHOSPHONATE_UNSUITABLE": ("dysphagia", "can_sit_upright_30_min"),
    "PREGNANCY_PLANNING": ("childbearing_potential", "menopause"),
    "START_BONE_THERAPY": ("falls_past_12_months", "menopause", "risk_factors"),
    "CONSIDER_ANABOLIC": ("falls_past_12_months", "risk_factors"),
}


def reason_fingerprint(doc: PatientDocument, code: str, since: date | None) -> str:
    """The fingerprint of one item's reason (see the module's docstring)."""
    from ..core.validation import canonical_dict

    data = canonical_dict(doc)
    fields = (*BASE_EVIDENCE, *EXTRA_EVIDENCE.get(code, ()))
    payload = {"code": code, "since": since.isoformat() if since else None,
               "evidence": {name: data.get(name) for name in fields}}
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _since_in(dig: Digest, code: str) -> date | None:
    return next((r.since for r in dig.recs if r.code == code), None)


def current_fingerprints(store: ClinicStorePort, marks: Iterable[HandledMark],
                         digests: Mapping[str, Digest]) -> dict[tuple[str, str], str | None]:
    """Today's fingerprint of every not-applicable mark whose item the assessment still gives.

    Reads only the documents of those patients (a handful): a warm refresh stays cheap.
    """
    wanted = [m for m in marks if m.kind == "not_applicable" and m.patient_id in digests
              and any(r.code == m.code for r in digests[m.patient_id].recs)]
    if not wanted:
        return {}
    docs = {doc.id: doc for doc in store.iter_documents(sorted({m.patient_id for m in wanted}))}
    return {(m.patient_id, m.code): reason_fingerprint(docs[m.patient_id], m.code,
                                                       _since_in(digests[m.patient_id], m.code))
            for m in wanted if m.patient_id in docs}


def _current_rec(store: ClinicStorePort, patient_id: str, code: str, as_of: date) -> tuple[PatientDocument, Digest]:
    doc = store.get_document(patient_id)
    dig = digest(assess(doc, as_of), as_of)
    if not any(r.code == code for r in dig.recs):
        raise StoreError(f"{patient_id}: the assessment on {as_of} gives no {code}")
    return doc, dig


def mark_booked(store: ClinicStorePort, patient_id: str, code: str, until: date, *, as_of: date,
                reason: str | None = None) -> HandledMark:
    """Booked for ``until``: the item leaves the worklist until that date has passed."""
    _current_rec(store, patient_id, code, as_of)
    return store.mark_handled(patient_id, code, "booked", until=until, reason=reason, title=code_title(code))


def mark_not_applicable(store: ClinicStorePort, patient_id: str, code: str, reason: str, *,
                        as_of: date) -> HandledMark:
    """Not applicable: the item leaves the worklist until its reason changes (fingerprint)."""
    doc, dig = _current_rec(store, patient_id, code, as_of)
    return store.mark_handled(patient_id, code, "not_applicable", reason=reason, title=code_title(code),
                              fingerprint=reason_fingerprint(doc, code, _since_in(dig, code)))


def undo(store: ClinicStorePort, patient_id: str, code: str) -> HandledMark:
    """Remove a mark: the item is open again."""
    return store.undo_handled(patient_id, code, title=code_title(code))


def describe_mark(mark: Mapping[str, Any] | HandledMark) -> str:
    """"booked for 2026-12-10" / "not applicable: <reason>" (the window and the text output)."""
    record = mark.record() if isinstance(mark, HandledMark) else mark
    if record.get("kind") == "booked":
        text = f"booked for {record.get('date')}"
        return f"{text} ({record['reason']})" if record.get("reason") else text
    return f"not applicable: {record.get('reason') or '—'}"
