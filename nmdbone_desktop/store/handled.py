"""Worklist items marked as handled: booked until a date, or not applicable (issue 16).

A mixin of :class:`~.clinic.ClinicStore`. One row per patient and recommendation code (table
``handled_items``, migration m006). Marking and undoing are changes to clinical data: they need
the ``edit`` permission (physician, nurse) and are audited in the same transaction, with the row
before and after, under the patient, so they show in the patient's History. What a mark *means*
for the worklist (when a booked item returns, when a not-applicable one does) is decided in
``services/handling.py``; the store only keeps the marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal

from . import audit
from .audit import audit_row, utc_now
from .connection import write_transaction
from .errors import PatientNotFound, StoreError, busy_guard
from .sql import upsert

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .session import Session

HandledKind = Literal["booked", "not_applicable"]
HANDLED_KINDS: tuple[HandledKind, ...] = ("booked", "not_applicable")
#: Audit actions of the marks (the History view names them).
AUDIT_ACTIONS = {"booked": "booked", "not_applicable": "not_applicable", "undo": "handled_undone"}

_COLUMNS = ("patient_id", "code", "kind", "until", "reason", "fingerprint", "by", "at")

_UPSERT = upsert("handled_items", _COLUMNS, ("patient_id", "code"))


@dataclass(frozen=True, slots=True)
class HandledMark:
    """A worklist item marked as handled. ``until``: the booked date (booked only);
    ``fingerprint``: the reason's fingerprint when it was marked not applicable."""

    patient_id: str
    code: str
    kind: HandledKind
    until: date | None
    reason: str | None
    fingerprint: str | None
    by: str
    at: datetime

    def record(self) -> dict[str, Any]:
        """As audited (before / after) and as the contract's ``handled`` object is built from."""
        return {"kind": self.kind, "code": self.code, "date": self.until.isoformat() if self.until else None,
                "reason": self.reason, "by": self.by, "at": self.at.isoformat()}


def _mark(row: tuple[Any, ...]) -> HandledMark:
    pid, code, kind, until, reason, fingerprint, by, at = row
    return HandledMark(pid, code, kind, date.fromisoformat(until) if until else None, reason, fingerprint, by,
                       datetime.fromisoformat(at))


def _read(db: Database, patient_id: str | None = None, code: str | None = None) -> list[HandledMark]:
    columns = ", ".join(f"h.[{c}]" for c in _COLUMNS)
    sql = f"SELECT {columns} FROM handled_items h JOIN patients p ON p.id = h.patient_id"
    params: list[Any] = []
    if patient_id is not None:
        sql += " WHERE h.patient_id = ?"
        params.append(patient_id)
        if code is not None:
            sql += " AND h.code = ?"
            params.append(code)
    sql += " ORDER BY h.patient_id, h.code"
    return [_mark(row) for row in db.execute(sql, params)]


class HandledMixin:
    """``handled_marks``, ``mark_handled``, ``undo_handled`` on the store's connection."""

    _db: Database
    session: Session

    @busy_guard
    def handled_marks(self, patient_id: str | None = None) -> list[HandledMark]:
        """Every mark (of one patient), of patients that exist."""
        return _read(self._db, patient_id)

    @busy_guard
    def mark_handled(self, patient_id: str, code: str, kind: HandledKind, *, until: date | None = None,
                     reason: str | None = None, fingerprint: str | None = None,
                     title: str | None = None) -> HandledMark:
        """Mark one item (replacing an earlier mark of the same code); audited under the record
        ``worklist: <title>`` (the item's plain-language title, else its code)."""
        self.session.require("edit")
        if kind not in HANDLED_KINDS:
            raise StoreError(f"unknown kind of handled item {kind!r}")
        if kind == "booked" and until is None:
            raise StoreError("a booking needs its date")
        if kind == "not_applicable" and not (reason or "").strip():
            raise StoreError("marking an item not applicable needs a reason")
        at = utc_now()
        user = self.session.user
        with write_transaction(self._db) as db:
            if db.execute("SELECT 1 FROM patients WHERE id = ?", [patient_id]).fetchone() is None:
                raise PatientNotFound(patient_id)
            old = _read(db, patient_id, code)
            db.execute(_UPSERT,
                       [patient_id, code, kind, until.isoformat() if until else None, (reason or "").strip() or None,
                        fingerprint, user, at])
            new = _read(db, patient_id, code)[0]
            audit.append(db, [audit_row(user, AUDIT_ACTIONS[kind], at=at, patient_id=patient_id,
                                        record=f"worklist: {title or code}", before=old[0].record() if old else None,
                                        after=new.record())])
        return new

    @busy_guard
    def undo_handled(self, patient_id: str, code: str, *, title: str | None = None) -> HandledMark:
        """Remove a mark (the item returns to the worklist); audited with the mark removed."""
        self.session.require("edit")
        at = utc_now()
        user = self.session.user
        with write_transaction(self._db) as db:
            old = _read(db, patient_id, code)
            if not old:
                raise StoreError(f"{patient_id}: {code} is not marked as handled")
            db.execute("DELETE FROM handled_items WHERE patient_id = ? AND code = ?", [patient_id, code])
            audit.append(db, [audit_row(user, AUDIT_ACTIONS["undo"], at=at, patient_id=patient_id,
                                        record=f"worklist: {title or code}", before=old[0].record())])
        return old[0]
