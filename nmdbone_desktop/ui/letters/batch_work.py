"""The work of a letter batch on a worker thread: the clinic of that thread, then the services' pipeline.

It opens its *own* clinic (``open_clinic``: a connection belongs to the thread that made it) as
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
from ...services.letter_writing import AssessFn, LetterBatch, ProgressLike

__all__ = ["BatchRequest", "ProgressLike", "run_batch"]


@dataclass(frozen=True)
class BatchRequest:
    location: Path
    patient_ids: Sequence[str]
    options: LetterOptions
    letterhead: ClinicLetterhead
    out: Path
    one_file: bool
    #: The window clinic's session (``Clinic.session``); ``None``: the operating-system user.
    session: Any = None


def run_batch(request: BatchRequest, progress: ProgressLike, assess_fn: AssessFn | None = None) -> BatchResult:
    """Assess, write and audit; returns what was written, what failed and whether it was cancelled."""
    from ...services.clinic import open_clinic

    batch = LetterBatch(request.patient_ids, request.options, request.letterhead, request.out, request.one_file)
    with open_clinic(request.location, request.session) as clinic:
        return clinic.write_letters(batch, progress, assess_fn)
