"""The results the service layer hands out: the worklist, its rows, and the clinic overview.

Plain frozen values (safe to pass from a worker thread to the window). ``Overview.state`` keeps
what the overview was built from, so the next build on the same date only redoes the patients
whose revision changed (see :func:`.assessments.clinic_overview`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..core.assessment import RULESET_VERSION
from .indicator_rules import Mark
from .indicators import IndicatorResult
from .summaries import Digest, OpenItem
from .triage import DEFAULT_HORIZON_DAYS, PatientFacts, TriageItem, tier_counts
from .worklist_filter import WorklistFilter


@dataclass(frozen=True, slots=True)
class BuildState:
    """Per patient: the revision an overview saw, its worklist digest and indicator marks."""

    revisions: dict[str, int]
    digests: dict[str, Digest]
    marks: dict[str, tuple[Mark, ...]] | None
    #: Name and diagnosis of every patient (the triaged items show them).
    facts: dict[str, PatientFacts] | None = None
    #: Patients with handled marks at that build (their items are re-triaged next time).
    marked: frozenset[str] | None = None
    #: The audit trail's last id before the build read anything: changes after it are the next
    #: build's work (``ClinicStore.revisions_changed_since``).
    audit_id: int | None = None
    #: Each patient's worklist row and triaged items, to take them out of the sorted lists again.
    row_of: dict[str, WorklistItem] | None = None
    items_of: dict[str, tuple[TriageItem, ...]] | None = None


@dataclass(frozen=True, slots=True)
class RefreshResult:
    """How many patients were assessed anew and how many cached assessments were reused."""

    computed: int
    reused: int
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class WorklistItem:
    """One patient with open items; ``codes`` are all the assessment's codes, in report order."""

    patient_id: str
    name: str
    diagnosis_code: str
    diagnosis_label: str | None
    risk_category: str | None
    codes: tuple[str, ...]
    open_items: tuple[OpenItem, ...]
    next_due: tuple[tuple[str, str | None], ...]
    earliest_due: date | None
    flags: tuple[str, ...]

    @property
    def top_priority(self) -> int:
        """The most urgent priority among the open items (1 is most urgent)."""
        return min(item.priority for item in self.open_items)

    def sort_key(self) -> tuple[Any, ...]:
        """The worklist's order: most urgent first, then earliest due, then name."""
        return (self.top_priority, self.earliest_due or date.max, self.name.casefold(), self.patient_id)

    def to_json(self) -> dict[str, Any]:
        """Contract §6 fields, then extras the contract allows (diagnosis, priority, flags)."""
        return {
            "id": self.patient_id, "name": self.name, "risk_category": self.risk_category,
            "codes": list(self.codes), "next_due": dict(self.next_due),
            "diagnosis": self.diagnosis_code, "priority": self.top_priority,
            "earliest_due": self.earliest_due.isoformat() if self.earliest_due else None,
            "flags": list(self.flags),
        }


@dataclass(frozen=True, slots=True)
class Worklist:
    """The clinic's open work on one date, most urgent first, then earliest due."""

    as_of: date
    items: tuple[WorklistItem, ...]
    patients: int
    refresh: RefreshResult
    #: Patients with no current assessment (edited or added while the worklist was being built).
    unassessed: tuple[str, ...] = ()
    ruleset_version: str = RULESET_VERSION
    #: Every recommendation of every patient, triaged, in triage order (handled ones included).
    triage: tuple[TriageItem, ...] = ()
    horizon_days: int = DEFAULT_HORIZON_DAYS

    def filtered(self, condition: WorklistFilter) -> list[WorklistItem]:
        return [item for item in self.items if condition.matches(item, self.as_of)]

    def open_items(self) -> list[TriageItem]:
        """The triaged items not marked as handled, in triage order."""
        return [item for item in self.triage if item.handled is None]

    def tier_counts(self) -> dict[str, int]:
        """Open items per tier, and how many are handled."""
        return tier_counts(self.triage)


@dataclass(frozen=True, slots=True)
class Overview:
    """The worklist and the quality indicators, computed in one pass over the clinic."""

    worklist: Worklist
    indicators: tuple[IndicatorResult, ...]
    #: Every patient's display name ("Family, Given") by id: the patients behind an indicator
    #: need not be on the worklist.
    names: dict[str, str] = field(default_factory=dict)
    #: What it was built from; hand the overview back as ``previous`` and only patients whose
    #: revision changed are read again.
    state: BuildState | None = field(default=None, repr=False, compare=False)

    def to_json(self, *, include_handled: bool = False) -> dict[str, Any]:
        """The contract §6 document (``nmdbone-desktop worklist --json``; ``--all``: handled items too)."""
        wl = self.worklist
        items = wl.triage if include_handled else wl.open_items()
        return {
            "as_of": wl.as_of.isoformat(),
            "ruleset_version": wl.ruleset_version,
            "patients": [item.to_json() for item in wl.items],
            "indicators": [result.to_json() for result in self.indicators],
            "items": [item.to_json() for item in items],
            "horizon_days": wl.horizon_days,
            "tier_counts": wl.tier_counts(),
        }
