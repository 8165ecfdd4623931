"""The audit trail: who changed which record of which patient, when, from what to what.

Rows are only ever inserted (triggers in the schema refuse UPDATE and DELETE). A row's before and
after are stored together as one compressed ``change`` (:mod:`.storage_format`); reading a row
gives back exactly the JSON values written. Changes are recorded per record: ``"patient"`` (the
document without its lists), ``"dxa[2]"`` (one list item, indexed as in the document after the
change; as before it for a removal), or ``"document"`` (a whole document: created, imported, deleted).
"""

from __future__ import annotations

import difflib
import getpass
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..core.contract_names import LIST_FIELDS
from . import storage_format
from .errors import RevisionConflict, StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..core.document import PatientDocument

AUDIT_COLUMNS = ("at", "user", "action", "patient_id", "record", "change", "detail")


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One row of the audit trail; ``before``/``after`` are the record's canonical JSON, parsed."""

    id: int
    at: datetime
    user: str
    action: str
    patient_id: str | None
    record: str | None
    before: Any
    after: Any
    detail: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class Change:
    """One record-level difference between two versions of a document."""

    record: str
    before: Any
    after: Any


def current_user() -> str:
    """The operating-system user (until the app has its own logins); never fails."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=False)


def scalar_part(data: dict[str, Any]) -> dict[str, Any]:
    """The "patient" record: the canonical document without its lists."""
    return {k: v for k, v in data.items() if k not in LIST_FIELDS}


def diff_documents(before: PatientDocument, after: PatientDocument) -> list[Change]:
    """Record-level changes, lists aligned with difflib so an insertion is one "added" record,
    not a cascade of "changed" ones."""
    from ..core.validation import canonical_dict  # the document models: built when first needed

    old, new = canonical_dict(before), canonical_dict(after)
    changes: list[Change] = []
    if scalar_part(old) != scalar_part(new):
        changes.append(Change("patient", scalar_part(old), scalar_part(new)))
    for field in LIST_FIELDS:
        a, b = old.get(field, []), new.get(field, [])
        if a == b:
            continue
        keys_a = [json.dumps(x, sort_keys=True) for x in a]
        keys_b = [json.dumps(x, sort_keys=True) for x in b]
        matcher = difflib.SequenceMatcher(a=keys_a, b=keys_b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
            for k in range(paired):
                changes.append(Change(f"{field}[{j1 + k}]", a[i1 + k], b[j1 + k]))
            for i in range(i1 + paired, i2):
                changes.append(Change(f"{field}[{i}]", a[i], None))
            for j in range(j1 + paired, j2):
                changes.append(Change(f"{field}[{j}]", None, b[j]))
    return changes


def audit_row(user: str, action: str, *, at: str, patient_id: str | None = None,
              record: str | None = None, before: Any = None, after: Any = None,
              detail: dict[str, Any] | None = None) -> tuple[Any, ...]:
    """One audit row in :data:`AUDIT_COLUMNS` order."""
    return (at, user, action, patient_id, record, storage_format.pack_change(before, after), _dumps(detail))


_INSERT = (f"INSERT INTO audit ({', '.join(f'[{c}]' for c in AUDIT_COLUMNS)}) "
           f"VALUES ({', '.join('?' for _ in AUDIT_COLUMNS)})")


def append(db: Database, rows: Iterable[tuple[Any, ...]]) -> None:
    """Insert audit rows (inside the caller's transaction). The only statement that writes the trail."""
    if not db.conn.in_transaction:
        raise StoreError("internal error: audit rows are written inside the change's own transaction")
    db.conn.executemany(_INSERT, rows)


def last_change(db: Database, patient_id: str) -> tuple[str, str, tuple[str, ...]] | None:
    """``(user, at, records)`` of the newest change of a patient's record (worklist marks and events
    such as letters left out): what a refused save tells its user."""
    rows = db.execute(
        "SELECT [user], [at], [record] FROM audit WHERE patient_id = ? AND [record] IS NOT NULL "
        "AND [record] NOT LIKE 'worklist:%' ORDER BY id DESC LIMIT 200", [patient_id]).fetchall()
    if not rows:
        return None
    user, at = rows[0][0], rows[0][1]
    records = [r for u, a, r in rows if (u, a) == (user, at)]
    return user, at, tuple(reversed(records))


def conflict(db: Database, patient_id: str, expected: int, actual: int | None) -> RevisionConflict:
    """The refusal of a stale save, naming who changed what and when."""
    found = last_change(db, patient_id)
    if found is None:
        return RevisionConflict(patient_id, expected, actual)
    user, at, records = found
    return RevisionConflict(patient_id, expected, actual, by=user, at=at, records=records)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def read(db: Database, patient_id: str | None, limit: int | None,
         clinic_actions: Iterable[str] = ()) -> list[AuditEntry]:
    """Newest first; with a patient, also the clinic-wide entries of ``clinic_actions`` (e.g. restores)."""
    sql = f"SELECT id, {', '.join(f'[{c}]' for c in AUDIT_COLUMNS)} FROM audit"
    params: list[Any] = []
    if patient_id is not None:
        sql += " WHERE patient_id = ?"
        params.append(patient_id)
        actions = list(clinic_actions)
        if actions:
            sql += f" OR (patient_id IS NULL AND action IN ({', '.join('?' for _ in actions)}))"
            params += actions
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    entries = []
    for rid, at, user, action, pid, record, change, detail in db.execute(sql, params):
        before, after = storage_format.unpack_change(change)
        entries.append(AuditEntry(id=rid, at=datetime.fromisoformat(at), user=user, action=action, patient_id=pid,
                                  record=record, before=before, after=after, detail=_loads(detail)))
    return entries
