"""The triaged worklist: one item per recommendation, in tiers, urgent first (contract §6 ``items``).

Pure Python over the worklist digests and the handled marks (no Qt, no SQL).

Tiers, in this order (the first that applies):

* ``act_now`` — an action of priority 1;
* ``due`` — due on or before as_of;
* ``coming_up`` — due after as_of, within the horizon (default 90 days);
* ``information`` — everything else: info, warnings and actions without a due date, and items due
  beyond the horizon.

Within a tier: priority, then children before adults, then risk category (very high first), then
the oldest ``since``; then the ruleset's code order (``CODE_ORDER``: starting therapy before a
referral), name and patient id, so the order is total.

Handled marks (``store/handled.py``): a *booked* item is hidden while as_of is on or before the
booked date; after it, the item (if the assessment still gives it) is open again, shown as overdue
(its due date becomes the booked date when that is earlier) with the lapsed booking beside it. A
*not applicable* item is hidden while the fingerprint of its reason is the one stored when it was
marked (``handling.reason_fingerprint``); when the reason changes it is open again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter
from typing import Any

from ..core.assessment.recommendation import CODE_ORDER
from ..store import HandledMark
from .summaries import Digest, RecFact
from .titles import code_title

TIERS: tuple[str, ...] = ("act_now", "due", "coming_up", "information")
TIER_WORDS: dict[str, str] = {"act_now": "act now", "due": "due", "coming_up": "coming up",
                              "information": "information"}
DEFAULT_TIERS: frozenset[str] = frozenset({"act_now", "due"})
DEFAULT_HORIZON_DAYS = 90
RISK_RANK = {"very_high": 0, "high": 1, "moderate": 2, "low": 3}
_CODE_RANK = {code: n for n, code in enumerate(CODE_ORDER)}


def since_of(rec: RecFact, as_of: date) -> date:
    """The date from which the item's reason exists: the report's ``since`` (RULES §9 gives one to
    every action and warning). Info items have none; they are listed from their due date, or from
    as_of, so they never look older than the assessment that made them.
    """
    if rec.since is not None:
        return rec.since
    return rec.due if rec.due is not None else as_of


def tier_of(kind: str, priority: int, due: date | None, as_of: date, horizon_days: int) -> str:
    if kind == "action" and priority == 1:
        return "act_now"
    if due is not None and due <= as_of:
        return "due"
    if due is not None and due <= as_of + timedelta(days=horizon_days):
        return "coming_up"
    return "information"


@dataclass(frozen=True, slots=True)
class PatientFacts:
    """What an item shows of its patient (from the patient list row)."""

    name: str
    diagnosis_code: str
    diagnosis_label: str | None = None


@dataclass(frozen=True, slots=True)
class TriageItem:
    """One recommendation of one patient, triaged. ``handled``: the mark hiding it (None = open);
    ``lapsed``: a mark that no longer hides it (booked date passed, or the reason changed)."""

    patient_id: str
    name: str
    diagnosis_code: str
    population: str | None
    risk_category: str | None
    code: str
    kind: str
    title: str
    why: str
    tier: str
    priority: int
    since: date
    waiting_days: int
    due: date | None
    #: due before as_of
    overdue: bool = False
    handled: HandledMark | None = None
    lapsed: HandledMark | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.patient_id, self.code)

    def sort_key(self) -> tuple[Any, ...]:
        return (TIERS.index(self.tier), self.priority, 0 if self.population == "child" else 1,
                RISK_RANK.get(self.risk_category or "", 4), self.since, _CODE_RANK.get(self.code, len(_CODE_RANK)),
                self.code, self.name.casefold(), self.patient_id)

    def to_json(self) -> dict[str, Any]:
        """Contract §6 item, then extras (kind, diagnosis, lapsed)."""
        return {
            "patient_id": self.patient_id, "name": self.name, "population": self.population,
            "risk_category": self.risk_category, "code": self.code, "title": self.title, "why": self.why,
            "tier": self.tier, "priority": self.priority, "since": self.since.isoformat(),
            "waiting_days": self.waiting_days, "due": self.due.isoformat() if self.due else None,
            "handled": handled_json(self.handled), "kind": self.kind, "diagnosis": self.diagnosis_code,
            "lapsed": handled_json(self.lapsed),
        }


def handled_json(mark: HandledMark | None) -> dict[str, Any] | None:
    """The contract's ``handled`` object: booked → the booked date; not applicable → the day marked."""
    if mark is None:
        return None
    day = mark.until if mark.kind == "booked" and mark.until else mark.at.date()
    return {"kind": mark.kind, "date": day.isoformat(), "reason": mark.reason, "by": mark.by,
            "at": mark.at.isoformat()}


def patient_items(pid: str, facts: PatientFacts, dig: Digest, as_of: date, horizon_days: int,
                  marks: Mapping[tuple[str, str], HandledMark],
                  fingerprints: Mapping[tuple[str, str], str | None]) -> list[TriageItem]:
    """Every recommendation of one patient as triage items (handled ones included)."""
    out = []
    for rec in dig.recs:
        due, handled, lapsed = rec.due, None, None
        mark = marks.get((pid, rec.code))
        if mark is not None:
            if mark.kind == "booked":
                if mark.until is not None and as_of <= mark.until:
                    handled = mark
                else:
                    lapsed = mark
                    if mark.until is not None and (due is None or mark.until < due):
                        due = mark.until  # returns as overdue
            elif fingerprints.get((pid, rec.code)) == mark.fingerprint:
                handled = mark
            else:
                lapsed = mark
        since = since_of(rec, as_of)
        out.append(TriageItem(
            patient_id=pid, name=facts.name, diagnosis_code=facts.diagnosis_code, population=dig.population,
            risk_category=dig.risk_category, code=rec.code, kind=rec.kind, title=code_title(rec.code, rec.title),
            why=rec.why, tier=tier_of(rec.kind, rec.priority, due, as_of, horizon_days), priority=rec.priority,
            since=since, waiting_days=(as_of - since).days, due=due,
            overdue=due is not None and due < as_of, handled=handled, lapsed=lapsed,
        ))
    return out


def build_items(patients: Mapping[str, PatientFacts], digests: Mapping[str, Digest], as_of: date,
                horizon_days: int = DEFAULT_HORIZON_DAYS, marks: Iterable[HandledMark] = (),
                fingerprints: Mapping[tuple[str, str], str | None] | None = None) -> list[TriageItem]:
    """All items of the patients listed, in triage order (handled ones included: filter on ``handled``)."""
    by_key = {(m.patient_id, m.code): m for m in marks}
    prints = fingerprints or {}
    items: list[TriageItem] = []
    for pid, dig in digests.items():
        facts = patients.get(pid)
        if facts is not None and dig.recs:
            items.extend(patient_items(pid, facts, dig, as_of, horizon_days, by_key, prints))
    items.sort(key=TriageItem.sort_key)
    return items


def keyed_items(patients: Mapping[str, PatientFacts], digests: Mapping[str, Digest], as_of: date,
                horizon_days: int = DEFAULT_HORIZON_DAYS, marks: Iterable[HandledMark] = (),
                fingerprints: Mapping[tuple[str, str], str | None] | None = None
                ) -> list[tuple[tuple[Any, ...], TriageItem]]:
    """:func:`build_items` with each item's sort key beside it (runs of these merge without
    computing a key again: ``heapq.merge(*runs, key=itemgetter(0))``)."""
    by_key = {(m.patient_id, m.code): m for m in marks}
    prints = fingerprints or {}
    keyed: list[tuple[tuple[Any, ...], TriageItem]] = []
    for pid, dig in digests.items():
        facts = patients.get(pid)
        if facts is not None and dig.recs:
            keyed.extend((item.sort_key(), item)
                         for item in patient_items(pid, facts, dig, as_of, horizon_days, by_key, prints))
    keyed.sort(key=itemgetter(0))
    return keyed


def tier_counts(items: Iterable[TriageItem]) -> dict[str, int]:
    """Open (not handled) items per tier, plus ``handled``."""
    counts = Counter("handled" if i.handled is not None else i.tier for i in items)
    return {tier: counts.get(tier, 0) for tier in (*TIERS, "handled")}


def header_words(patients: int, counts: Mapping[str, int]) -> str:
    """"300 patients checked, 12 act now, 40 due, 85 coming up" (open items per tier)."""
    noun = "patient" if patients == 1 else "patients"
    return (f"{patients:,} {noun} checked, {counts.get('act_now', 0):,} act now, {counts.get('due', 0):,} due, "
            f"{counts.get('coming_up', 0):,} coming up")
