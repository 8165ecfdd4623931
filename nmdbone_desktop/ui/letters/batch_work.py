"""The work of a letter batch, runnable on a worker thread (no Qt here, so it is testable alone).

It opens its *own* ``ClinicStore`` (sqlite3 connections belong to the thread that made them),
assesses each selected patient on the chosen date, writes the letters with
:func:`render_batch` and records one audit event per letter written — also when the batch is
cancelled part-way, for the letters already on disk.

The worker's store runs as the window's session (the signed-in user and role), so the audit
trail names who made the batch and the letters are signed by them where a record names no
responsible clinician; each patient's letter goes to that patient's own recipient.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ...core.validation import cross_field_problems
from ...letters import BatchResult, ClinicLetterhead, LetterJob, LetterOptions, record_letter, render_batch

__all__ = ["BatchRequest", "ProgressLike", "run_batch"]

log = logging.getLogger(__name__)


class ProgressLike(Protocol):
    """What :class:`nmdbone_desktop.ui.background.Progress` offers the work function."""

    @property
    def cancelled(self) -> bool: ...

    def report(self, done: int, total: int, message: str = "") -> None: ...


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


def run_batch(request: BatchRequest, progress: ProgressLike,
              assess_fn: Callable[..., dict] | None = None) -> BatchResult:
    """Assess, write and audit; returns what was written, what failed and whether it was cancelled."""
    from ...store import ClinicStore

    as_of = request.options.as_of
    total = len(request.patient_ids)
    result = BatchResult()
    with ClinicStore(request.db_path, session=request.session) as store:
        options = request.options.model_copy(update={"user": store.user, "user_role": store.session.role or "",
                                                     "demo": store.is_demo_clinic()})
        if assess_fn is None:  # with the clinic's own settings (its LSC), as on screen
            from ...core.assessment import assess
            from ...services.clinic_settings import assessment_settings

            settings = assessment_settings(store)

            def assess_fn(doc: Any, when: Any) -> dict:
                return assess(doc, when, settings)
        jobs: list[LetterJob] = []
        seen: set[str] = set()
        for n, doc in enumerate(store.iter_documents(list(request.patient_ids))):
            seen.add(doc.id)
            if progress.cancelled:
                result.cancelled = True
                return result
            progress.report(n, total, f"Assessing {doc.id}")
            problems = cross_field_problems(doc, as_of)
            if problems:
                result.failed.append((doc.id, f"record has entries after {as_of.isoformat()}: {problems[0]}"))
                continue
            try:
                jobs.append(LetterJob(doc, assess_fn(doc, as_of), options))
            except Exception as error:  # one patient must not stop the batch
                log.exception("assessment of %s failed", doc.id)
                result.failed.append((doc.id, f"assessment failed: {error}"))
        result.failed += [(pid, "no such patient (deleted?)") for pid in request.patient_ids if pid not in seen]
        written = render_batch(
            jobs, request.out, one_file=request.one_file, letterhead=request.letterhead,
            progress=lambda done, all_: progress.report(done, all_, "Writing letters"),
            cancelled=lambda: progress.cancelled,
        )
        for letter in written.written:
            record_letter(store, letter.patient_id, letter.letter, options, output="batch", path=letter.path)
    result.written = written.written
    result.failed += written.failed
    result.cancelled = written.cancelled
    return result
