"""Letters from the clinic: the one pipeline of the letter dialog, the batch and ``nmdbone-desktop letter``.

Whoever asks, a letter is signed and audited as the store's session (the signed-in user and
role; the operating-system user only where no login is configured), says so when the clinic is
the synthetic demo clinic, and is assessed with the clinic's own settings (its LSC), exactly as
the window shows the patient. A letter that cannot be audited is not released.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ..core.document import PatientDocument
    from ..core.report import AssessmentReport
    from ..letters import BatchResult, ClinicLetterhead, Letter, LetterOptions
    from .ports import ClinicStorePort

__all__ = ["AssessFn", "LetterBatch", "ProgressLike", "clinic_assess", "signed_options", "signer", "write_batch",
           "write_letter"]

log = logging.getLogger(__name__)

AssessFn = Callable[["PatientDocument", date], "AssessmentReport"]


class ProgressLike(Protocol):
    """What :class:`nmdbone_desktop.ui.background.Progress` offers the work function."""

    @property
    def cancelled(self) -> bool: ...

    def report(self, done: int, total: int, message: str = "") -> None: ...


def signer(store: ClinicStorePort) -> dict[str, Any]:
    """Who signs (and is audited for) a letter from this store, and whether the clinic is the demo."""
    return {"user": store.user, "user_role": store.session.role or "", "demo": store.is_demo_clinic()}


def signed_options(store: ClinicStorePort, options: LetterOptions) -> LetterOptions:
    """``options`` signed as the store's session (see :func:`signer`)."""
    return options.model_copy(update=signer(store))


def clinic_assess(store: ClinicStorePort) -> AssessFn:
    """``assess`` with the clinic's own settings (its LSC), as on screen; the report typed."""
    from ..core.assessment import assess
    from ..core.report import typed_report
    from .clinic_settings import assessment_settings

    settings = assessment_settings(store)

    def assess_fn(doc: PatientDocument, when: date) -> AssessmentReport:
        return typed_report(assess(doc, when, settings))

    return assess_fn


def write_letter(store: ClinicStorePort, patient_id: str, options: LetterOptions, letterhead: ClinicLetterhead | None,
                 out: Path) -> tuple[PatientDocument, Letter]:
    """One letter to ``out`` (PDF), audited as output ``cli``; the file is removed if the audit fails.

    Raises :class:`~nmdbone_desktop.store.PatientNotFound`, :class:`DocumentInvalid` (the record
    has entries after ``options.as_of``), :class:`OSError` (the file) or :class:`StoreError`.
    """
    from ..core.validation import DocumentInvalid, cross_field_problems
    from ..letters import record_letter, render_letter
    from ..store import StoreError

    options = signed_options(store, options)
    doc = store.get_document(patient_id)
    problems = cross_field_problems(doc, options.as_of)
    if problems:
        raise DocumentInvalid(f"{store.path}: patient {doc.id} as of {options.as_of.isoformat()}", problems)
    report = clinic_assess(store)(doc, options.as_of)
    letter = render_letter(doc, report, options, letterhead, out)
    try:
        record_letter(store, doc.id, letter, options, output="cli", path=out.resolve())
    except StoreError:
        out.unlink(missing_ok=True)  # no letter leaves without its audit entry
        raise
    return doc, letter


@dataclass(frozen=True)
class LetterBatch:
    patient_ids: Sequence[str]
    options: LetterOptions
    letterhead: ClinicLetterhead
    out: Path
    one_file: bool


def write_batch(store: ClinicStorePort, request: LetterBatch, progress: ProgressLike,
                assess_fn: AssessFn | None = None) -> BatchResult:
    """Assess, write and audit (output ``batch``) the letters of many patients — also, when the
    batch is cancelled part-way, the audit of the letters already on disk. One patient's failure
    does not stop the batch; each patient's letter goes to that patient's own recipient."""
    from ..core.validation import cross_field_problems
    from ..letters import BatchResult, LetterJob, record_letter, render_batch

    as_of = request.options.as_of
    total = len(request.patient_ids)
    result = BatchResult()
    options = signed_options(store, request.options)
    assess_fn = assess_fn or clinic_assess(store)
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
