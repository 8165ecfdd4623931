"""Triage while a cold scan still runs: each chunk's rows and items, sorted as the chunk arrives.

A cold worklist (every patient assessed in this scan) used to wait for the last chunk, then build
and sort ≈ 20,000 rows and ≈ 75,000 triaged items on one core while the worker processes sat
finished — about a tenth of the cold build's wall time at 20,000 patients. Here the parent builds
each chunk's rows and items (keyed, sorted) while the workers assess the next chunks, and only
merges the sorted runs at the end (``heapq.merge`` on the stored keys: no key is computed twice).

The result is the same lists, in the same order, as building them after the scan
(``tests/test_worklist_workers.py``): the same functions make every row and item, the keys are
total orders, and the handled marks are read before the scan and checked again after it (a mark
made meanwhile sends the build back to the whole-list path).
"""

from __future__ import annotations

import heapq
from datetime import date
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from .handling import current_fingerprints
from .results import WorklistItem
from .triage import PatientFacts, TriageItem, keyed_items

if TYPE_CHECKING:
    from ..store import HandledMark
    from .ports import ClinicStorePort
    from .scan import ChunkJob, ChunkOutcome
    from .summaries import Digest

_KEY = itemgetter(0)


def worklist_row(pid: str, facts: PatientFacts, dig: Digest) -> WorklistItem:
    """One patient's row of the worklist (patients with open items only)."""
    return WorklistItem(
        patient_id=pid, name=facts.name, diagnosis_code=facts.diagnosis_code,
        diagnosis_label=facts.diagnosis_label, risk_category=dig.risk_category, codes=dig.codes,
        open_items=dig.open_items, next_due=dig.next_due, earliest_due=dig.earliest_due, flags=dig.flags,
    )


class ChunkTriage:
    """Sorted runs of rows and triaged items, one run per chunk outcome."""

    def __init__(self, store: ClinicStorePort, as_of: date, horizon_days: int, handled: list[HandledMark]) -> None:
        self.store, self.as_of, self.horizon_days, self.handled = store, as_of, horizon_days, handled
        self._rows: list[list[tuple[tuple[Any, ...], WorklistItem]]] = []
        self._items: list[list[tuple[tuple[Any, ...], TriageItem]]] = []
        self.items_of: dict[str, tuple[TriageItem, ...]] = {}

    def add(self, _job: ChunkJob, outcome: ChunkOutcome) -> None:
        facts, digests = outcome.facts, outcome.digests
        rows = [worklist_row(pid, facts[pid], dig) for pid, dig in digests.items() if pid in facts and dig.open_items]
        self._rows.append(sorted(((row.sort_key(), row) for row in rows), key=_KEY))
        keyed = keyed_items(facts, digests, self.as_of, self.horizon_days, self.handled,
                            current_fingerprints(self.store, self.handled, digests))
        self._items.append(keyed)
        grouped: dict[str, list[TriageItem]] = {}
        for _key, item in keyed:
            grouped.setdefault(item.patient_id, []).append(item)
        self.items_of.update((pid, tuple(group)) for pid, group in grouped.items())

    def rows(self) -> list[WorklistItem]:
        return [row for _key, row in heapq.merge(*self._rows, key=_KEY)]

    def items(self) -> list[TriageItem]:
        return [item for _key, item in heapq.merge(*self._items, key=_KEY)]
