"""The work of a letter batch on a worker thread: the store of that thread, then the services' pipeline.

It opens its *own* ``ClinicStore`` (sqlite3 connections belong to the thread that made them) as
the window's session (the signed-in user and role), so the audit trail names who made the batch
and the letters are signed by them where a record names no responsible clinician. Assessing,
writing and auditing are :func:`nmdbone_desktop.services.letter_writing.write_batch` — the
same pipeline as the letter dialog's and the command line's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...letters import BatchResult, ClinicLetterhead, LetterOptions
from ...services.letter_writing import AssessFn, LetterBatch, ProgressLike, write_batch

__all__ = ["BatchRequest", "ProgressLike", "run_batch"]


@dataclass(frozen=True)
class BatchRequest:
    db_path: Path
    patient_ids: Sequence[str]
    options: LetterOptions
    letterhead: ClinicLetterhead
    out: Path
    one_file: bool
    #: The window store's session (``ClinicStore.session``); ``None``: the operating-system user.
    session: Any = None


def run_batch(request: BatchRequest, progress: ProgressLike, assess_fn: AssessFn | None = None) -> BatchResult:
    """Assess, write and audit; returns what was written, what failed and whether it was cancelled."""
    from ...store import ClinicStore

    batch = LetterBatch(request.patient_ids, request.options, request.letterhead, request.out, request.one_file)
    with ClinicStore(request.db_path, session=request.session) as store:
        return write_batch(store, batch, progress, assess_fn)
