"""The assessment cache and the clinic worklist: assess once per patient revision, reuse after.

A patient's cached assessment is reused while its revision, the assessment date and the ruleset
are unchanged (the store keeps one summary per patient and hands out only those of the current
revision). :func:`refresh_assessments` recomputes the rest, a chunk per transaction, on worker
processes when there are many (:mod:`.pool`). :func:`worklist` and :func:`clinic_overview` refresh
first, then build the worklist from the cache — and, for the overview, the quality indicators in
the same pass over the documents, so a cold start reads every document once.

Threads: every function here works on the clinic store it is given (anything that offers the
port, :class:`.ports.ClinicStorePort`) and on nothing else shared, so it may run on a worker thread
as long as that thread opened its own clinic (sqlite3 connections belong to the thread that made
them). Worker processes get the clinic's location and the signed-in session, never a path.

Who is on the worklist: every patient whose assessment has at least one recommendation of kind
``action`` or ``warning`` on that date; ``info`` alone (continue therapy, consider a holiday) is
not open work. A row lists *all* the assessment's codes, in the report's order.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from ..core.assessment import RULESET_VERSION
from ..gcpause import gc_paused
from . import summaries
from .chunk_triage import ChunkTriage, worklist_row
from .clinic_settings import clinic_lsc
from .handling import current_fingerprints
from .indicator_marks import with_documented_reasons
from .indicator_rules import Mark
from .indicators import IndicatorResult, tally
from .pool import default_workers, run_jobs
from .results import BuildState, Overview, RefreshResult, Worklist, WorklistItem
from .scan import ChunkJob, ChunkOutcome
from .summaries import Digest, decode_report, digest, is_current
from .triage import DEFAULT_HORIZON_DAYS, PatientFacts, TriageItem, build_items

if TYPE_CHECKING:
    from ..store import AssessmentSummary, HandledMark
    from .ports import ClinicStorePort

ProgressFn = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]

CHUNK = 500  # patients per chunk: one read snapshot and one cache transaction each


class ScanCancelled(Exception):
    """The worklist or overview was cancelled; chunks already cached stay cached."""


# -- reading the cache ---------------------------------------------------------------------------

def _stale_now(store: ClinicStorePort, as_of: date) -> tuple[dict[str, int], int]:
    """Patients whose cached assessment cannot be reused (id → current revision), and the total.

    The staleness check needs only revision, date and ruleset: ``stale_assessments`` is one SQL
    anti-join that reads no report (``assessment_summaries()`` would read every one, 0.26 s at
    20,000 patients). The revisions are read before any document (see scan.py on why).
    """
    # the summaries module decides which ruleset is current (one place, patched in tests)
    return dict(store.stale_assessments(as_of, summaries.RULESET_VERSION)), store.patient_count()


@dataclass
class _Scan:
    """What one pass over the clinic gathered (outcomes arrive chunk by chunk)."""

    total: int
    progress: ProgressFn | None
    also: Callable[[ChunkJob, ChunkOutcome], None] | None = None
    computed: int = 0
    done: int = 0
    digests: dict[str, Digest] = field(default_factory=dict)
    marks: dict[str, tuple[Mark, ...]] = field(default_factory=dict)
    facts: dict[str, PatientFacts] = field(default_factory=dict)

    def collect(self, job: ChunkJob, outcome: ChunkOutcome) -> None:
        self.computed += outcome.computed
        self.digests.update(outcome.digests)
        self.marks.update(outcome.marks)
        self.facts.update(outcome.facts)
        self.done += len(job.ids)
        if self.also is not None:
            self.also(job, outcome)
        if self.progress is not None:
            self.progress(self.done, self.total, f"{self.done:,} of {self.total:,} patients")


def _scan(store: ClinicStorePort, as_of: date, ids: list[str], stale: dict[str, int],
          risks: dict[str, str | None] | None, progress: ProgressFn | None,
          cancelled: CancelCheck | None, workers: int | None,
          also: Callable[[ChunkJob, ChunkOutcome], None] | None = None) -> tuple[_Scan, bool]:
    """Read ``ids`` in chunks, assess the ``stale`` ones, mark indicators when ``risks`` is given;
    ``also`` sees each chunk's outcome as it arrives (the cold build triages meanwhile)."""
    scan = _Scan(len(ids), progress, also)
    lsc = clinic_lsc(store) if stale else {}
    jobs = [
        ChunkJob(
            location=str(store.path), session=store.session, as_of=as_of, ids=tuple(part),
            stale={pid: stale[pid] for pid in part if pid in stale},
            risks=None if risks is None else {pid: risks.get(pid) for pid in part if pid not in stale},
            lsc=lsc,
        )
        for part in (ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK))
    ]
    if progress is not None:
        progress(0, len(ids), f"0 of {len(ids):,} patients")
    n_workers = default_workers(len(ids)) if workers is None else workers
    finished = run_jobs(jobs, store, n_workers, scan.collect, cancelled or (lambda: False))
    return scan, finished


def _stale(revisions: dict[str, int], cached: dict[str, AssessmentSummary], as_of: date) -> dict[str, int]:
    return {pid: rev for pid, rev in revisions.items() if not is_current(cached.get(pid), as_of)}


# -- public --------------------------------------------------------------------------------------

def refresh_assessments(store: ClinicStorePort, as_of: date, *, progress: ProgressFn | None = None,
                        cancelled: CancelCheck | None = None, workers: int | None = None,
                        patient_ids: Collection[str] | None = None) -> RefreshResult:
    """Assess every patient whose cached assessment is missing, of an older revision, of another
    date or of another ruleset; reuse the rest. ``patient_ids`` limits this to those patients (an
    import assesses what it brought in, not the whole clinic).

    ``progress(done, total, message)`` and ``cancelled()`` fit :class:`ui.background.Progress`
    (``progress=p.report, cancelled=lambda: p.cancelled``). Cancelling keeps the chunks already
    written and returns ``cancelled=True``. ``workers``: processes to use (default: by size).
    """
    stale, total = _stale_now(store, as_of)  # revisions before documents: see scan.py on why
    if patient_ids is not None:
        wanted = set(patient_ids)
        stale = {pid: rev for pid, rev in stale.items() if pid in wanted}
        total = len(wanted)
    scan, finished = _scan(store, as_of, sorted(stale), stale, None, progress, cancelled, workers)
    return RefreshResult(scan.computed, total - len(stale), cancelled=not finished)


def worklist(store: ClinicStorePort, as_of: date, *, progress: ProgressFn | None = None,
             cancelled: CancelCheck | None = None, workers: int | None = None,
             horizon_days: int = DEFAULT_HORIZON_DAYS) -> Worklist:
    """Refresh what is stale, then the worklist on as_of. Raises :class:`ScanCancelled`."""
    with gc_paused(results_stay=True):  # tens of thousands of digests, rows and items that stay alive
        return _build(store, as_of, False, None, progress, cancelled, workers, horizon_days).worklist


def clinic_overview(store: ClinicStorePort, as_of: date, *, previous: Overview | None = None,
                    progress: ProgressFn | None = None, cancelled: CancelCheck | None = None,
                    workers: int | None = None, horizon_days: int = DEFAULT_HORIZON_DAYS) -> Overview:
    """The worklist and the quality indicators on as_of, in one pass over every document.

    With ``previous`` (an overview of the same date and ruleset, e.g. the one on screen), only
    the patients whose revision changed since are read and assessed again; the rest of the
    previous overview is reused as it stands. Raises :class:`ScanCancelled`.
    """
    with gc_paused(results_stay=True):  # tens of thousands of digests, rows and items that stay alive
        return _build(store, as_of, True, previous, progress, cancelled, workers, horizon_days)


def _reusable(previous: Overview | None, as_of: date, with_indicators: bool) -> BuildState | None:
    if previous is None or previous.state is None:
        return None
    if previous.worklist.as_of != as_of or previous.worklist.ruleset_version != RULESET_VERSION:
        return None
    if with_indicators and previous.state.marks is None:
        return None
    return previous.state


def _build(store: ClinicStorePort, as_of: date, with_indicators: bool, previous: Overview | None,
           progress: ProgressFn | None, cancelled: CancelCheck | None, workers: int | None,
           horizon_days: int = DEFAULT_HORIZON_DAYS) -> Overview:
    audit_id = store.last_audit_id()  # before revisions and documents: later writes are the next build's
    state = _reusable(previous, as_of, with_indicators)
    if previous is not None and state is not None and state.facts is not None and state.audit_id is not None:
        audit_id, changed = store.revisions_changed_since(state.audit_id)
        if changed is not None:
            return _build_on(previous, state, store, changed, audit_id, with_indicators, progress, cancelled,
                             workers, horizon_days)
    revisions = store.revisions()  # before any document: see scan.py on why the order matters
    digests: dict[str, Digest] = {}
    marks: dict[str, tuple[Mark, ...]] = {}
    if state is not None:  # only what changed since the previous overview; assess it afresh
        stale = {pid: rev for pid, rev in revisions.items() if state.revisions.get(pid) != rev}
        ids, risks = sorted(stale), ({} if with_indicators else None)
        digests = {pid: d for pid, d in state.digests.items() if pid in revisions and pid not in stale}
        if with_indicators and state.marks is not None:
            marks = {pid: m for pid, m in state.marks.items() if pid in revisions and pid not in stale}
        cached: dict[str, AssessmentSummary] = {}
    else:
        cached = store.assessment_summaries()
        stale = _stale(revisions, cached, as_of)
        if with_indicators:
            ids, risks = sorted(revisions), {pid: s.risk_category for pid, s in cached.items()}
        else:
            ids, risks = sorted(stale), None
    early: ChunkTriage | None = None
    if state is None and len(stale) == len(revisions):  # everyone is assessed now: triage meanwhile
        early = ChunkTriage(store, as_of, horizon_days, store.handled_marks())
    scan, finished = _scan(store, as_of, ids, stale, risks, progress, cancelled, workers,
                           early.add if early is not None else None)
    if not finished:
        raise ScanCancelled
    digests.update(scan.digests)
    marks.update(scan.marks)
    for pid, summary in cached.items():
        if pid in revisions and pid not in digests and is_current(summary, as_of) and summary.report_json:
            digests[pid] = digest(decode_report(summary.report_json), as_of)
    if digests.keys() <= scan.facts.keys():  # every patient was read (a cold build): no patient list needed
        facts = {pid: scan.facts[pid] for pid in revisions if pid in scan.facts}
        current = list(facts)  # a patient deleted meanwhile was not found: gone, as from the patient list
    else:
        facts = {row.id: PatientFacts(row.display_name, row.diagnosis_code, row.diagnosis_label)
                 for row in store.patient_names()}
        current = list(facts)
    handled = store.handled_marks()
    if early is not None and early.handled == handled and facts.keys() == digests.keys():
        items, triage, items_of = early.rows(), early.items(), early.items_of
    else:  # a warm build, or a mark made during the scan: build the lists afresh
        items = sorted((worklist_row(pid, facts[pid], dig) for pid, dig in digests.items()
                        if pid in facts and dig.open_items), key=WorklistItem.sort_key)
        triage = triage_items(store, facts, digests, as_of, horizon_days, handled)
        items_of = _by_patient(triage)
    result = Worklist(
        as_of=as_of, items=tuple(items), patients=len(current),
        refresh=RefreshResult(scan.computed, len(revisions) - len(stale)),
        unassessed=tuple(sorted(pid for pid in current if pid not in digests)),
        triage=tuple(triage), horizon_days=horizon_days,
    )
    indicators = _indicators(store, marks, handled, as_of) if with_indicators else ()
    new_state = BuildState(revisions, digests, marks if with_indicators else None, facts,
                           frozenset(m.patient_id for m in handled), audit_id, {i.patient_id: i for i in items},
                           items_of)
    names = {pid: facts[pid].name for pid in current}
    return Overview(result, indicators, names, new_state)


def _by_patient(items: Iterable[TriageItem]) -> dict[str, tuple[TriageItem, ...]]:
    grouped: dict[str, list[TriageItem]] = {}
    for item in items:
        grouped.setdefault(item.patient_id, []).append(item)
    return {pid: tuple(group) for pid, group in grouped.items()}


def _remove(sorted_list: list[Any], item: Any, key: Callable[[Any], Any]) -> None:
    """Take ``item`` (the very object) out of a list sorted by ``key``: a bisection, not a scan."""
    at = bisect.bisect_left(sorted_list, key(item), key=key)
    while sorted_list[at] is not item:
        at += 1
    del sorted_list[at]


def _insert(sorted_list: list[Any], items: Iterable[Any], key: Callable[[Any], Any]) -> None:
    for item in items:
        bisect.insort(sorted_list, item, key=key)


def _retriaged(old: Worklist, state: BuildState, store: ClinicStorePort, facts: dict[str, PatientFacts],
               digests: dict[str, Digest], redo: set[str], handled: list[HandledMark],
               horizon_days: int) -> tuple[list[TriageItem], dict[str, tuple[TriageItem, ...]]]:
    """The triaged items with only the ``redo`` patients' placed anew (all of them for a new horizon)."""
    if horizon_days != old.horizon_days or state.items_of is None:
        fresh = build_items(facts, digests, old.as_of, horizon_days, handled,
                            current_fingerprints(store, handled, digests))
        return fresh, _by_patient(fresh)
    triage, items_of = list(old.triage), dict(state.items_of)
    for pid in redo:
        for item in items_of.pop(pid, ()):
            _remove(triage, item, TriageItem.sort_key)
    again = {pid: digests[pid] for pid in redo if pid in digests}
    fresh = build_items(facts, again, old.as_of, horizon_days, handled, current_fingerprints(store, handled, again))
    _insert(triage, fresh, TriageItem.sort_key)
    items_of.update(_by_patient(fresh))
    return triage, items_of


def _build_on(previous: Overview, state: BuildState, store: ClinicStorePort, changed_revisions: dict[str, int | None],
              audit_id: int, with_indicators: bool, progress: ProgressFn | None, cancelled: CancelCheck | None,
              workers: int | None, horizon_days: int) -> Overview:
    """The next overview on the same date from ``previous``: only the patients written since (the
    audit trail says which) are read and assessed; the rows and items of everyone else stay where
    they are in the sorted lists, and only the changed patients' — and those with handled marks —
    are taken out and placed anew by bisection. The result equals a fresh build (tested)."""
    assert state.facts is not None and state.row_of is not None
    old = previous.worklist
    stale = {pid: rev for pid, rev in changed_revisions.items() if rev is not None and state.revisions.get(pid) != rev}
    removed = {pid for pid, rev in changed_revisions.items() if rev is None and pid in state.revisions}
    changed = removed | set(stale)
    scan, finished = _scan(store, old.as_of, sorted(stale), stale, {} if with_indicators else None, progress,
                           cancelled, workers)
    if not finished:
        raise ScanCancelled
    revisions, digests, facts = dict(state.revisions), dict(state.digests), dict(state.facts)
    marks = dict(state.marks) if with_indicators and state.marks is not None else {}
    for pid in removed:
        revisions.pop(pid, None)
    revisions.update(stale)
    for pid in changed:
        digests.pop(pid, None)
        facts.pop(pid, None)
        marks.pop(pid, None)
    digests.update(scan.digests)
    facts.update(scan.facts)
    marks.update(scan.marks)

    rows, row_of = list(old.items), dict(state.row_of)
    for pid in changed:
        if pid in row_of:
            _remove(rows, row_of.pop(pid), WorklistItem.sort_key)
    for pid, dig in scan.digests.items():
        if dig.open_items and pid in facts:
            row_of[pid] = worklist_row(pid, facts[pid], dig)
            bisect.insort(rows, row_of[pid], key=WorklistItem.sort_key)

    handled = store.handled_marks()
    marked = frozenset(m.patient_id for m in handled)
    redo = changed | marked | (state.marked or frozenset())
    triage, items_of = _retriaged(old, state, store, facts, digests, redo, handled, horizon_days)
    unassessed = (set(old.unassessed) | set(stale)) - removed - set(digests)
    result = replace(
        old, items=tuple(rows), patients=len(revisions),
        refresh=RefreshResult(scan.computed, len(revisions) - len(stale)),
        unassessed=tuple(sorted(unassessed)), triage=tuple(triage), horizon_days=horizon_days,
    )
    indicators: tuple[IndicatorResult, ...] = ()
    if with_indicators:
        indicators = _tally_on(previous.indicators, store, marks, handled, redo, old.as_of)
    names = dict(previous.names)
    for pid in removed:
        names.pop(pid, None)
    names.update((pid, f.name) for pid, f in scan.facts.items())
    new_state = BuildState(revisions, digests, marks if with_indicators else None, facts, marked, audit_id, row_of,
                           items_of)
    return Overview(result, indicators, names, new_state)


def _tally_on(before: tuple[IndicatorResult, ...], store: ClinicStorePort, marks: dict[str, tuple[Mark, ...]],
              handled: list[HandledMark], redo: set[str], as_of: date) -> tuple[IndicatorResult, ...]:
    """The previous tally with only the ``redo`` patients counted again (ids stay sorted)."""
    fresh = with_documented_reasons({pid: marks[pid] for pid in redo if pid in marks}, handled, store, as_of)
    out = []
    for n, result in enumerate(before):
        groups = {"met": list(result.met_ids), "gap": list(result.gap_ids), "eligible": list(result.eligible_ids)}
        for ids in groups.values():
            for pid in redo:
                at = bisect.bisect_left(ids, pid)
                if at < len(ids) and ids[at] == pid:
                    del ids[at]
        for pid, patient_marks in fresh.items():
            mark = patient_marks[n]
            if mark is not None:
                bisect.insort(groups[mark], pid)
        out.append(replace(result, met_ids=tuple(groups["met"]), gap_ids=tuple(groups["gap"]),
                           eligible_ids=tuple(groups["eligible"])))
    return tuple(out)


def _indicators(store: ClinicStorePort, marks: dict[str, tuple[Mark, ...]], handled: list[HandledMark],
                as_of: date) -> tuple[IndicatorResult, ...]:
    """The tally, with documented reasons (not-applicable marks) where a definition accepts them.

    The build state keeps the marks *without* them, so an undone mark is never counted later."""
    return tuple(tally(with_documented_reasons(marks, handled, store, as_of).items(), as_of))


def triage_items(store: ClinicStorePort, facts: dict[str, PatientFacts], digests: dict[str, Digest], as_of: date,
                 horizon_days: int = DEFAULT_HORIZON_DAYS,
                 handled: list[HandledMark] | None = None) -> list[TriageItem]:
    """Every patient's recommendations, triaged, with the clinic's handled marks applied."""
    marks = store.handled_marks() if handled is None else handled
    return build_items(facts, digests, as_of, horizon_days, marks, current_fingerprints(store, marks, digests))


def retriage(store: ClinicStorePort, overview: Overview, *, horizon_days: int | None = None) -> Overview:
    """The same overview with its items triaged again — after an item was marked or unmarked, or
    for another horizon — without reading or assessing any patient (the handled marks only; for
    the same horizon only the patients with marks, then or now, are placed anew)."""
    state = overview.state
    if state is None or state.facts is None:
        raise ValueError("this overview keeps no build state: build a new one")
    wl = overview.worklist
    horizon = wl.horizon_days if horizon_days is None else horizon_days
    handled = store.handled_marks()
    marked = frozenset(m.patient_id for m in handled)
    redo = set(marked | (state.marked or frozenset()))
    triage, items_of = _retriaged(wl, state, store, state.facts, state.digests, redo, handled, horizon)
    indicators = overview.indicators
    if state.marks is not None and overview.indicators:
        indicators = _tally_on(overview.indicators, store, state.marks, handled, redo, wl.as_of)
    # every patient marked at any point stays "to re-triage" for the next build (a mark undone later)
    new_state = replace(state, marked=marked | (state.marked or frozenset()), items_of=items_of)
    return replace(overview, worklist=replace(wl, triage=tuple(triage), horizon_days=horizon), indicators=indicators,
                   state=new_state)
