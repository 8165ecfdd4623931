"""One chunk of the clinic scan: load documents, assess the stale ones, cache them, mark indicators.

A chunk is the unit of work both for the calling thread and for a worker process (:mod:`.pool`),
so it carries everything it needs as plain data (:class:`ChunkJob`) and returns small results
(:class:`ChunkOutcome`): a worker writes its own cache rows through its own clinic, so the
reports' JSON never crosses a process border.

A worker process reaches the clinic the way the window does: by its *location* and the signed-in
*session* (``open_clinic(location, user)``), never by a database path of its own making; it opens
that clinic once and keeps it for every chunk it is given (:func:`worker_clinic`).

The revision written with a summary is the one read *before* the document was loaded. If the
patient is edited in between, the summary carries the older revision with the newer content;
the store ignores summaries of an old revision, so the next refresh simply recomputes it. The
reverse (a newer revision on older content) cannot happen.
"""

from __future__ import annotations

import atexit
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.util import Finalize
from typing import TYPE_CHECKING, Any

from ..core.assessment import AssessmentSettings, assess
from .indicator_rules import Mark, evaluate
from .summaries import Digest, summarise
from .triage import PatientFacts

if TYPE_CHECKING:
    from ..store import AssessmentSummary, Session
    from .clinic import Clinic
    from .ports import ClinicStorePort


@dataclass(frozen=True)
class ChunkJob:
    """Which patients to read, which of them to (re)assess, and whether to mark indicators."""

    #: Where the clinic lives (``Clinic.location``) and who works on it (``Clinic.session``).
    location: str
    session: Session
    as_of: date
    ids: tuple[str, ...]
    #: Revisions (read before loading) of the patients to assess; the others are only read.
    stale: dict[str, int]
    #: Cached risk category of the patients not reassessed; None: no indicators wanted.
    risks: dict[str, str | None] | None = None
    #: The clinic's least significant change per site, % (its settings; absent: ruleset default).
    lsc: dict[str, float] = field(default_factory=dict)


@dataclass
class ChunkOutcome:
    computed: int = 0
    digests: dict[str, Digest] = field(default_factory=dict)
    marks: dict[str, tuple[Mark, ...]] = field(default_factory=dict)
    #: Name and diagnosis of the patients assessed (an incremental build needs no patient list).
    facts: dict[str, PatientFacts] = field(default_factory=dict)


def run_chunk(job: ChunkJob, store: ClinicStorePort) -> ChunkOutcome:
    """Do one chunk on ``store`` (a connection of the calling thread); cache rows in one transaction."""
    out = ChunkOutcome()
    rows: list[AssessmentSummary] = []
    settings = AssessmentSettings(lsc_percent=dict(job.lsc))
    for doc in store.iter_documents(job.ids):
        revision = job.stale.get(doc.id)
        report: dict[str, Any] | None = None
        if revision is not None:
            report = assess(doc, job.as_of, settings)
            summary, out.digests[doc.id] = summarise(doc.id, revision, report, job.as_of)
            out.facts[doc.id] = PatientFacts(doc.display_name, doc.diagnosis.code, doc.diagnosis.label)
            rows.append(summary)
        if job.risks is not None:
            risk = report["risk_category"] if report is not None else job.risks.get(doc.id)
            out.marks[doc.id] = evaluate(doc, job.as_of, risk, report)
    if rows:
        store.put_assessment_summaries(rows)
    out.computed = len(rows)
    return out


#: This process's open clinics, by (location, session): a worker opens its clinic once.
_OPEN: dict[tuple[str, Session], Clinic] = {}


def worker_clinic(location: str, session: Session) -> Clinic:
    """The clinic a worker process works on, opened on first use and kept for the next chunks."""
    from .clinic import open_clinic

    key = (location, session)
    clinic = _OPEN.get(key)
    if clinic is None:
        if not _OPEN:
            # a worker process ends through multiprocessing's exit, which skips atexit handlers
            Finalize(None, close_worker_clinics, exitpriority=0)
        clinic = _OPEN[key] = open_clinic(location, session)
    return clinic


@atexit.register
def close_worker_clinics() -> None:
    """Close what :func:`worker_clinic` opened (at a worker's exit)."""
    while _OPEN:
        _OPEN.popitem()[1].close()


def run_chunk_in_process(job: ChunkJob) -> ChunkOutcome:
    """Entry point of a worker process: the clinic at the job's location, as the job's user."""
    return run_chunk(job, worker_clinic(job.location, job.session))
