"""Exporting patient documents: the one pipeline of File ▸ Export… and ``nmdbone-desktop export``.

One canonical JSON file per patient (``<id>.json``, UTF-8, ``\\n`` line ends), so export → import
→ export gives the same bytes. Unknown ids are refused before anything is written; two ids that
differ only in case are refused (they would overwrite each other on Windows and macOS). The
export is recorded in the audit trail (where to, how many patients).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ports import ClinicStorePort

__all__ = ["ExportRefused", "UnknownPatients", "export_documents"]


class ExportRefused(ValueError):
    """Nothing (more) was written: an unknown patient, ids differing only in case, a file not writable."""


class UnknownPatients(ExportRefused):
    """An id asked for is not in the clinic (invalid input: nothing was written)."""


def export_documents(store: ClinicStorePort, out_dir: Path, patient_ids: Sequence[str] | None = None, *,
                     progress: Callable[[int, int, str], None] | None = None) -> int:
    """Write the documents of ``patient_ids`` (None: every patient) to ``out_dir``; returns how many.

    ``progress(done, total, patient_id)`` every 50 patients (it may raise to cancel).
    """
    from ..core.validation import canonical_json

    wanted = list(dict.fromkeys(patient_ids)) if patient_ids is not None else None
    if wanted is not None:
        missing = sorted(set(wanted) - set(store.revisions()))
        if missing:
            raise UnknownPatients(f"no patient with id {', '.join(repr(m) for m in missing)} in {store.path}")
    total = len(wanted) if wanted is not None else store.patient_count()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportRefused(f"cannot create {out_dir}: {error.strerror or error}") from None
    written: dict[str, str] = {}
    for doc in store.iter_documents(wanted):
        if progress is not None and len(written) % 50 == 0:
            progress(len(written), total, doc.id)
        folded = doc.id.casefold()
        if folded in written:  # P1 and p1 would overwrite each other on Windows and macOS
            raise ExportRefused(f"patient ids {written[folded]!r} and {doc.id!r} differ only in case; "
                                "export them to different folders with --patient")
        written[folded] = doc.id
        target = out_dir / f"{doc.id}.json"
        try:
            target.write_text(canonical_json(doc), encoding="utf-8", newline="\n")
        except OSError as error:
            raise ExportRefused(f"cannot write {target}: {error.strerror or error}") from None
    store.record_event("export", detail={"out": str(out_dir), "patients": len(written)})
    return len(written)
