"""``export-fhir``: one FHIR R4 ``collection`` Bundle per patient, written as ``<id>.fhir.json``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..importers.fhir_export import patient_bundle

if TYPE_CHECKING:
    from .ports import ClinicStorePort


def bundles(store: ClinicStorePort, patient_ids: Sequence[str] | None = None) -> list[tuple[str, dict[str, Any]]]:
    """(patient id, Bundle) for the given patients (all when None), in id order."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    return [(doc.id, patient_bundle(doc, timestamp=stamp)) for doc in store.iter_documents(patient_ids)]


def latest_letter(store: ClinicStorePort, patient_id: str) -> tuple[str, bytes, str, str] | None:
    """The latest letter printed or saved for the patient, as the audit trail keeps it (its full text)."""
    for entry in store.history(patient_id):
        detail = entry.detail or {}
        if entry.action == "letter" and isinstance(detail.get("text"), str):
            title = f"{detail.get('kind', '')} letter".strip()
            return title, detail["text"].encode("utf-8"), "text/plain; charset=utf-8", entry.at.isoformat()
    return None


def write_bundles(store: ClinicStorePort, out: Path, patient_ids: Sequence[str] | None = None, *,
                  with_letter: bool = False) -> list[Path]:
    """Write one ``<id>.fhir.json`` per patient into ``out``; returns the files written.

    ``with_letter``: add the latest letter (its text, from the audit trail) as a DocumentReference.
    """
    out.mkdir(parents=True, exist_ok=True)
    written = []
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    for doc in store.iter_documents(patient_ids):
        target = out / f"{doc.id}.fhir.json"
        letter = latest_letter(store, doc.id) if with_letter else None
        bundle = patient_bundle(doc, timestamp=stamp, letter=letter)
        target.write_text(json.dumps(bundle, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n")
        written.append(target)
    return written
