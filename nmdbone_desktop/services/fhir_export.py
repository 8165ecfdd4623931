"""``export-fhir``: one FHIR R4 ``collection`` Bundle per patient, written as ``<id>.fhir.json``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..importers.fhir_export import patient_bundle

if TYPE_CHECKING:
    from ..store import ClinicStore


def bundles(store: ClinicStore, patient_ids: Sequence[str] | None = None) -> list[tuple[str, dict[str, Any]]]:
    """(patient id, Bundle) for the given patients (all when None), in id order."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    return [(doc.id, patient_bundle(doc, timestamp=stamp)) for doc in store.iter_documents(patient_ids)]


def write_bundles(store: ClinicStore, out: Path, patient_ids: Sequence[str] | None = None) -> list[Path]:
    """Write one ``<id>.fhir.json`` per patient into ``out``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    for doc in store.iter_documents(patient_ids):
        target = out / f"{doc.id}.fhir.json"
        target.write_text(json.dumps(patient_bundle(doc, timestamp=stamp), ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8", newline="\n")
        written.append(target)
    return written
