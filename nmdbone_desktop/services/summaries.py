"""From one assessment report to what the cache and the worklist keep of it.

The same report gives two things: the :class:`AssessmentSummary` the store caches (the patient
list shows its risk, next due and flags) and a :class:`Digest`, the few fields the worklist needs.
Keeping both derivations here means the list and the worklist can never disagree about what
"overdue" or "urgent" means.

Flags (the same meaning as the window's stand-in, ``ui/summaries.py``):
``overdue`` when any due date of the report (a recommendation's ``due`` or a ``next_due`` date)
lies before as_of; ``urgent`` when any recommendation that is not ``info`` has priority 1.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..core.assessment import RULESET_VERSION
from ..store import AssessmentSummary

try:
    import orjson
except ImportError:  # pragma: no cover - a declared dependency; json gives the same text, slower
    orjson = None  # type: ignore[assignment]

#: Recommendation kinds that put a patient on the worklist (``info`` does not).
OPEN_KINDS = frozenset({"action", "warning"})


@dataclass(frozen=True, slots=True)
class OpenItem:
    """One recommendation of kind action or warning, as the worklist shows and filters it."""

    code: str
    kind: str
    priority: int
    due: date | None
    title: str


@dataclass(frozen=True, slots=True)
class RecFact:
    """One recommendation of any kind, as the triaged worklist (``triage.py``) needs it.

    ``since`` is the report's own field, as given (None when the report has none); ``why`` is
    the rationale's first fact (the text before its first semicolon).
    """

    code: str
    kind: str
    priority: int
    due: date | None
    since: date | None
    title: str
    why: str
    #: The rationale as a message key and params (report 2026.12), for :func:`titles.localized_why`.
    why_message: Any = None


def first_fact(rationale: str | None) -> str:
    """The rationale's first fact: its text up to the first semicolon, without a final full stop."""
    text = (rationale or "").split(";", 1)[0].strip()
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


@dataclass(frozen=True, slots=True)
class Digest:
    """What the worklist needs of one report: small and picklable (it crosses process borders)."""

    risk_category: str | None
    codes: tuple[str, ...]
    open_items: tuple[OpenItem, ...]
    next_due: tuple[tuple[str, str | None], ...]
    earliest_due: date | None
    flags: tuple[str, ...]
    #: ``child`` or ``adult`` (contract §3), None when the report has none.
    population: str | None = None
    #: Every recommendation (action, warning and info), in report order.
    recs: tuple[RecFact, ...] = ()


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def digest(report: dict[str, Any], as_of: date) -> Digest:
    """The worklist's view of a report (contract §3)."""
    recs = report.get("recommendations") or []
    next_due = report.get("next_due") or {}
    dues = [d for d in (_day(r.get("due")) for r in recs) if d is not None]
    dues += [d for d in (_day(v) for v in next_due.values()) if d is not None]
    flags: list[str] = []
    if any(d < as_of for d in dues):
        flags.append("overdue")
    if any(r.get("kind") != "info" and int(r.get("priority") or 3) == 1 for r in recs):
        flags.append("urgent")
    return Digest(
        risk_category=report.get("risk_category"),
        codes=tuple(str(r["code"]) for r in recs),
        open_items=tuple(
            OpenItem(str(r["code"]), str(r["kind"]), int(r.get("priority") or 3), _day(r.get("due")),
                     str(r.get("title") or r["code"]))
            for r in recs if r.get("kind") in OPEN_KINDS
        ),
        next_due=tuple((str(k), v) for k, v in next_due.items()),
        earliest_due=min(dues, default=None),
        flags=tuple(flags),
        population=report.get("population"),
        recs=tuple(
            RecFact(str(r["code"]), str(r["kind"]), int(r.get("priority") or 3), _day(r.get("due")),
                    _day(r.get("since")), str(r.get("title") or r["code"]), first_fact(r.get("rationale")),
                    r.get("rationale_message"))
            for r in recs
        ),
    )


def decode_report(text: str) -> dict[str, Any]:
    """A cached report's JSON read back (orjson: a warm worklist parses 20,000 of them; ``json``
    where orjson is missing — the same dictionaries either way)."""
    if orjson is not None:
        return orjson.loads(text)  # type: ignore[no-any-return]
    return json.loads(text)  # type: ignore[no-any-return]


def encode_report(report: dict[str, Any]) -> str:
    """Compact JSON (no spaces, UTF-8 kept): a third of the cache's bytes are separators otherwise.

    orjson writes the same bytes as ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))``
    for every demo report (tested) in a fifth of the time (20,000 reports are cached by a cold
    worklist); ``json`` is the fallback where orjson is missing.
    """
    if orjson is not None:
        return orjson.dumps(report).decode()
    return json.dumps(report, ensure_ascii=False, separators=(",", ":"), check_circular=False)


def summarise(patient_id: str, revision: int, report: dict[str, Any], as_of: date) -> tuple[AssessmentSummary, Digest]:
    """The cache row and the worklist digest of one freshly computed report."""
    dig = digest(report, as_of)
    summary = AssessmentSummary(
        patient_id=patient_id,
        revision=revision,
        as_of=as_of,
        ruleset_version=str(report.get("ruleset_version") or RULESET_VERSION),
        risk_category=dig.risk_category,
        next_due=dig.earliest_due,
        flags=dig.flags,
        codes=dig.codes,
        report_json=encode_report(report),
    )
    return summary, dig


def is_current(summary: AssessmentSummary | None, as_of: date) -> bool:
    """A cached summary can be reused: computed on this date by this ruleset.

    The store hands out only summaries of each patient's current revision, so the revision needs
    no check here.
    """
    return summary is not None and summary.as_of == as_of and summary.ruleset_version == RULESET_VERSION
