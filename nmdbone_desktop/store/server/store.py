"""``ServerClinicStore``: the clinic on a PostgreSQL server, the second implementation of the port.

It *is* a :class:`~..clinic.ClinicStore`: every use case (save with its revision check and audit
rows, import, the patient list, the worklist marks, accounts …) is the same code over a
:class:`~.connection.ServerDatabase`, whose transactions keep SQLite's meaning (one writer at a
time, snapshot reads). What differs is opening (a pooled connection, the server's migrations),
change notification (:mod:`.notify`) and backup/restore (:mod:`.backup`: ``pg_dump`` and
``pg_restore``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from psycopg_pool import PoolTimeout

from ..clinic import ClinicStore
from ..errors import StoreError
from ..locations import display_url
from ..protection import resolve_session
from .connection import (
    CONNECT_TIMEOUT_S,
    POOL_SIZE,
    RevisionMoved,
    ServerConnection,
    ServerDatabase,
    ServerUnavailable,
    pool_for,
    remember_password,
    server_errors,
)
from .copy import CopyReport
from .notify import ChangeListener
from .saving import expect_revision
from .schema import migrate

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ...core.document import PatientDocument
    from ..backup import BackupInfo
    from ..clinic import _PreparedWrite
    from ..models import AssessmentSummary
    from ..restore import RestoreResult
    from ..session import Session


class ServerClinicStore(ClinicStore):
    """The clinic database at a ``postgresql://`` URL (one pooled connection per store)."""

    def __init__(self, url: str, *, user: str | None = None, role: str | None = None,
                 session: Session | None = None) -> None:
        password = urlsplit(url).password
        if password:  # typed into the URL: kept in memory, and the URL is passed on without it
            remember_password(url, password)
        self._careful = False  # a save being done again after RevisionMoved: read under the lock
        self._count: tuple[tuple[int, int], int] | None = None  # ((changes seen, own writes), patients)
        self.url = display_url(url)  # connections, tools and workers use this one; never a password
        self.path = self.url  # type: ignore[assignment]
        self._pool = pool_for(self.url)
        try:
            self._pg = self._pool.getconn()
        except PoolTimeout as error:  # the server went away since the pool's first connection, or all are in use
            raise ServerUnavailable(f"cannot reach the clinic server {self.path}, or all {POOL_SIZE} connections of "
                                    f"this program are in use (waited {CONNECT_TIMEOUT_S} s): {error}") from None
        self._db = ServerDatabase(ServerConnection(self._pg, self.path))  # type: ignore[assignment]
        self._listener = ChangeListener(self.url, self._pg.info.backend_pid)
        try:
            migrate(self._db, self.path)
            self.session = resolve_session(self._db, session, user, role)  # type: ignore[arg-type]
        except BaseException:
            self.close()
            raise

    def save_document(self, doc: PatientDocument, *, action: str = "edit", expected_revision: int | None = None,
                      cache: Callable[[int], Iterable[AssessmentSummary]] | None = None) -> int:
        """As on SQLite; in one round trip when the record did not change since it was read
        (:mod:`.saving`), else done again reading the revision under the lock."""
        try:
            return super().save_document(doc, action=action, expected_revision=expected_revision, cache=cache)
        except RevisionMoved:
            self._careful = True
            try:
                return super().save_document(doc, action=action, expected_revision=expected_revision, cache=cache)
            finally:
                self._careful = False

    def _revision_under_lock(self, db: Database, patient_id: str, early: _PreparedWrite | None,
                             expected_revision: int | None) -> int | None:
        if self._careful or early is None or expected_revision not in (None, early.revision):
            return super()._revision_under_lock(db, patient_id, early, expected_revision)
        expect_revision(db, patient_id, early.revision)  # type: ignore[arg-type]
        return early.revision

    def close(self) -> None:
        self._listener.close()
        pg, self._pg = self._pg, None  # type: ignore[assignment]
        if pg is not None:
            with contextlib.suppress(Exception):
                if not pg.closed and self._db.conn.in_transaction:  # type: ignore[attr-defined]
                    self._db.conn.execute("ROLLBACK")
            with contextlib.suppress(Exception):
                self._pool.putconn(pg)

    def __repr__(self) -> str:
        return f"ServerClinicStore({self.path!r}, user={self.user!r}, role={self.session.role!r})"

    def schema_migrations(self) -> list[str]:
        from .schema import applied

        return applied(self._db)

    def copy_from(self, source: ClinicStore) -> CopyReport:
        """Copy a whole SQLite clinic into this (empty) server database in one transaction; the
        counts of every table are checked before commit (``migrate-to``)."""
        from ..connection import read_snapshot, write_transaction
        from .copy import copy_clinic, sqlite_rows, table_counts

        self.session.require("restore")  # replaces what the database holds: the physician's right
        src = source._db
        with read_snapshot(src):
            expected = table_counts(lambda sql: src.execute(sql))
            with write_transaction(self._db) as db:  # type: ignore[arg-type]
                report = copy_clinic(db.conn.pg, sqlite_rows(src.conn), expected)
        with server_errors(self.path):
            # planner statistics for the bulk-loaded tables, at once; and the visibility map, so
            # the patient list's searches scan its covering indexes without visiting the table
            self._pg.execute("VACUUM (ANALYZE)")
        return report

    def patient_count(self) -> int:
        """As on SQLite; while this store listens for other workstations' changes (the window), the
        count is kept until one of them, or this store, commits a write: the list asks for it at
        every keystroke, and on the server each ask is a round trip and an index scan."""
        if self._pg is None or not self._listener.listening:
            return super().patient_count()
        key = (self._listener.poll(), self._db.conn.writes)  # type: ignore[attr-defined]
        if self._count is None or self._count[0] != key:
            self._count = (key, super().patient_count())
        return self._count[1]

    def data_version(self) -> int:
        """Changes when another connection committed a write (``LISTEN``/``NOTIFY``)."""
        if self._pg is None:
            raise StoreError("the clinic is closed")
        return self._listener.poll()

    def backup(self, out: str | Path) -> BackupInfo:
        from .backup import backup_server

        self.session.require("backup")
        info = backup_server(self.url, Path(out))
        self._note("backup", {"out": str(info.path), "patients": info.patients})
        return info

    def restore(self, backup: str | Path) -> RestoreResult:
        from .backup import restore_server

        self.session.require("restore")
        return restore_server(self, Path(backup))
