"""Where a worklist item handled as *not applicable* counts for a quality indicator (issue 16, item 4).

The indicators keep their definitions (docs/indicators.md). A not-applicable mark is a dated,
attributed, reasoned entry in the clinic database, so it can stand for "a documented reason not
done" — but only where an indicator's own definition accepts such a reason:

* **Q1** and **Q2** (bone assessment at diagnosis / at follow-up): sources.md §9.2 asks for "DXA
  *or a documented reason not done*". A not-applicable mark on ``BASELINE_BONE_ASSESSMENT`` or
  ``DXA_DUE``, made inside the indicator's window (and on or before as_of), takes the place of the
  DXA. The 25-OH vitamin D part is still required.
* Every other indicator: no. Q4's "documented low risk" is a risk statement, not a decision not to
  treat; Q5, Q6, Q7, Q8, Q10 and Q11 count what was done or recorded; Q3 needs a FRAX or a scan; Q9
  and Q12 stay not computable.

A booking never counts (it is a plan, not a result). Undoing a mark removes it from the count; a
mark whose reason later changed (the item returned to the worklist) still documents the decision
made on its date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from ..core.dates import add_months
from .indicator_rules import AUDIT_MONTHS, Mark, Patient, months_before

if TYPE_CHECKING:
    from ..store import HandledMark
    from .ports import ClinicStorePort

#: Codes whose not-applicable mark documents a reason not to scan.
DXA_CODES = frozenset({"BASELINE_BONE_ASSESSMENT", "DXA_DUE"})
#: Indicator positions (in ``INDICATORS`` / ``RULES`` order) a documented reason can satisfy.
Q1, Q2 = 0, 1


def _documented(days: list[date], first: date, last: date) -> bool:
    return any(first <= d <= last for d in days)


def with_documented_reasons(marks: Mapping[str, tuple[Mark, ...]], handled: Iterable[HandledMark],
                            store: ClinicStorePort, as_of: date) -> dict[str, tuple[Mark, ...]]:
    """The indicator marks with Q1 / Q2 gaps turned "met" where a not-applicable mark documents
    why no DXA was done (see the module's docstring). Reads only the documents concerned."""
    reasons: dict[str, list[date]] = {}
    for mark in handled:
        if mark.kind == "not_applicable" and mark.code in DXA_CODES and mark.at.date() <= as_of:
            reasons.setdefault(mark.patient_id, []).append(mark.at.date())
    wanted = [pid for pid in reasons if pid in marks and "gap" in (marks[pid][Q1], marks[pid][Q2])]
    out = dict(marks)
    if not wanted:
        return out
    for doc in store.iter_documents(wanted):
        p = Patient(doc, as_of, None)
        new = list(out[doc.id])
        days = reasons[doc.id]
        if new[Q1] == "gap" and doc.diagnosis.onset_date is not None:
            onset = doc.diagnosis.onset_date
            first, last = add_months(onset, -3), min(add_months(onset, 6), as_of)
            if _documented(days, first, last) and p.vitamin_d_tested(first, last):
                new[Q1] = "met"
        if new[Q2] == "gap":
            first = months_before(as_of, AUDIT_MONTHS)
            if _documented(days, first, as_of) and p.vitamin_d_tested(first, as_of):
                new[Q2] = "met"
        out[doc.id] = tuple(new)
    return out
