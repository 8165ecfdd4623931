"""Bulk reads and writes of whole documents: one statement per table, never one per patient.

These run inside a transaction the caller opened (:mod:`.connection`); they neither begin nor
commit. Reading a selection of patients is one query on ``patients`` and one per child table,
grouped in Python; writing is one prepared ``INSERT`` per table run with ``executemany`` over
tuples. (sqlite-utils' ``insert_all`` inspects every value of every row to decide whether to
JSON-encode it: for a 3,000-patient import that was 1.4 million calls and two thirds of the time
the write lock was held, long enough for a second window's save to run out of busy timeout.
Our rows hold only str, int, float, bool and None, which sqlite3 binds as they are.)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..gcpause import gc_paused
from .connection import pipelined
from .mapping import (
    CHILD_TABLES,
    LIST_COLUMNS,
    PATIENT_COLUMNS,
    build_document,
    child_rows,
    group_child_rows,
    patient_dict,
    patient_row,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..core.document import PatientDocument

#: How many patients one bulk read fetches at a time (bounded memory, one snapshot per chunk).
CHUNK = 2000

_PATIENT_SELECT = ", ".join(f"[{c}]" for c in PATIENT_COLUMNS)
_CHILD_SELECT = {t: ", ".join(f"[{c}]" for c in ("patient_id", "seq", *LIST_COLUMNS[t])) for t in CHILD_TABLES}


class Selection:
    """Which patients a bulk read covers: an id range ``[low, high)`` or an explicit id list."""

    def __init__(self, *, low: str | None = None, high: str | None = None,
                 ids: Sequence[str] | None = None) -> None:
        self.ids = ids
        self.low, self.high = low, high

    def where(self, column: str) -> tuple[str, list[Any]]:
        if self.ids is not None:
            return f" WHERE {column} IN (SELECT value FROM json_each(?))", [json.dumps(list(self.ids))]
        conditions, params = [], []
        if self.low is not None:
            conditions.append(f"{column} >= ?")
            params.append(self.low)
        if self.high is not None:
            conditions.append(f"{column} < ?")
            params.append(self.high)
        return (" WHERE " + " AND ".join(conditions) if conditions else ""), params


_REVISION_AT = PATIENT_COLUMNS.index("revision")


def load_documents(db: Database, selection: Selection,
                   revisions: dict[str, int] | None = None) -> dict[str, PatientDocument]:
    """The selected documents, by id (ids that do not exist are simply absent); ``revisions``, if
    given, receives each one's revision (read with it, no query of its own)."""
    with gc_paused():
        return _load(db, selection, revisions)


def _load(db: Database, selection: Selection, revisions: dict[str, int] | None) -> dict[str, PatientDocument]:
    # Every query is sent before any result is read: one round trip to a clinic server, not eleven.
    where, params = selection.where("id")
    child_where, child_params = selection.where("patient_id")
    with pipelined(db):
        patients = db.execute(f"SELECT {_PATIENT_SELECT} FROM patients{where} ORDER BY id", params)
        cursors = {table: db.execute(f"SELECT {_CHILD_SELECT[table]} FROM [{table}]{child_where} "
                                     "ORDER BY patient_id, seq", child_params)
                   for table in CHILD_TABLES}
    rows = patients.fetchall()
    if revisions is not None:
        revisions.update((row[0], row[_REVISION_AT]) for row in rows)
    bases = [patient_dict(row) for row in rows]
    children = {table: group_child_rows(table, cursor) for table, cursor in cursors.items()}
    return {base["id"]: build_document(base, children) for base in bases}


def range_chunks(db: Database, size: int | None = None) -> list[Selection]:
    """Id ranges of about ``size`` (default :data:`CHUNK`) patients covering every id, present and future."""
    size = size or CHUNK
    ids = [row[0] for row in db.execute("SELECT id FROM patients ORDER BY id")]
    bounds = ids[size::size]
    lows: list[str | None] = [None, *bounds]
    highs: list[str | None] = [*bounds, None]
    return [Selection(low=lo, high=hi) for lo, hi in zip(lows, highs, strict=True)]


def insert_sql(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f"[{c}]" for c in columns)
    return f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' for _ in columns)})"


_PATIENT_INSERT = insert_sql("patients", PATIENT_COLUMNS)
_CHILD_INSERT = {t: insert_sql(t, ("patient_id", "seq", *LIST_COLUMNS[t])) for t in CHILD_TABLES}


#: The rows of some documents, table by table (``patients`` first), ready to insert.
DocumentRows = dict[str, list[tuple[Any, ...]]]


def document_rows(docs: Sequence[tuple[PatientDocument, int]], updated_at: str) -> DocumentRows:
    """The rows of (document, revision) pairs (made before a write transaction, the lock is held
    shorter)."""
    rows: DocumentRows = {"patients": [patient_row(d, revision=r, updated_at=updated_at) for d, r in docs]}
    for table in CHILD_TABLES:
        rows[table] = [row for d, _r in docs for row in child_rows(d, table)]
    return rows


def insert_rows(db: Database, rows: DocumentRows) -> None:
    """Insert :func:`document_rows` whose patient ids are not in the database."""
    if not rows["patients"]:
        return
    conn = db.conn
    conn.executemany(_PATIENT_INSERT, rows["patients"])
    for table in CHILD_TABLES:
        if rows[table]:
            conn.executemany(_CHILD_INSERT[table], rows[table])


def insert_documents(db: Database, docs: Sequence[tuple[PatientDocument, int]], updated_at: str) -> None:
    """Insert (document, revision) pairs whose ids are not in the database."""
    if not docs:
        return
    conn = db.conn
    conn.executemany(_PATIENT_INSERT, (patient_row(d, revision=r, updated_at=updated_at) for d, r in docs))
    for table in CHILD_TABLES:
        conn.executemany(_CHILD_INSERT[table], (row for d, _r in docs for row in child_rows(d, table)))


def delete_patients(db: Database, ids: Sequence[str]) -> None:
    """Delete patients; their list rows and cached assessment go with them (ON DELETE CASCADE)."""
    if ids:
        db.execute("DELETE FROM patients WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(list(ids))])


def current_revisions(db: Database, ids: Sequence[str] | None = None) -> dict[str, int]:
    if ids is None:
        return dict(db.execute("SELECT id, revision FROM patients").fetchall())
    return dict(db.execute(
        "SELECT id, revision FROM patients WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(list(ids))]
    ).fetchall())
