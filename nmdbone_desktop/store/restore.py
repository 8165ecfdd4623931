"""Restoring a backup over the live database: verified first, the current one kept aside, all or nothing.

Why it is done this way:

* The chosen file is first copied (backup API) to a temp file beside the database and every
  check runs on that copy, so the file cannot change between being checked and being used, and
  a random or foreign file is refused before anything is touched.
* The copy is opened with the normal migrations (an older backup is brought up to date) and the
  restore is appended to *its* audit trail, so the restored database records its own restore.
* The current database is copied aside (backup API, so its ``-wal`` is included: no checkpoint
  or file copy of a live database is needed) to ``clinic.sqlite.before-restore-YYYYMMDD-HHMMSS``
  and verified.
* Finally the prepared copy is written *into* the live database with the backup API. That is one
  write transaction of the live database: a crash or kill leaves either the old or the restored
  content, never a mix, and other open connections (a second window) stay valid and simply see
  the new data (their ``data_version`` changes). No file is renamed under an open connection,
  which Windows would not allow anyway.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import audit
from .audit import audit_row, utc_now
from .backup import BackupInfo, copy_database, fsync, inspect_backup, open_read_only, same_file, unreadable
from .connection import connect, write_transaction
from .errors import BackupInvalid, DatabaseBusy, StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .session import Session

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did."""

    source: Path
    database: Path
    kept_aside: Path
    patients: int
    backup: BackupInfo

    def __str__(self) -> str:
        return f"{self.patients:,} patients restored; the previous database is kept as {self.kept_aside}"


def aside_path(db_path: Path, now: datetime) -> Path:
    """``clinic.sqlite.before-restore-YYYYMMDD-HHMMSS`` (``-2``, ``-3`` … if taken)."""
    base = db_path.with_name(f"{db_path.name}.before-restore-{now:%Y%m%d-%H%M%S}")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            p.unlink()


def _prepare(source: Path, temp: Path, session: Session, detail: dict[str, object]) -> BackupInfo:
    """Copy ``source`` to ``temp``, verify the copy, migrate it, and audit the restore in it."""
    try:
        src = open_read_only(source)
        try:
            copy_database(src, temp)
        finally:
            src.close()
    except sqlite3.DatabaseError as error:
        raise BackupInvalid(unreadable(source, error)) from None
    info = inspect_backup(temp, label=source)
    db = connect(temp)  # applies pending migrations to an older backup
    try:
        with write_transaction(db):
            audit.append(db, [audit_row(session.user, "restore", at=utc_now(), detail={
                **detail, "patients": info.patients, "backup_last_change": info.last_change})])
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA journal_mode = DELETE")
    finally:
        db.close()
    return info


def _match_page_size(temp: Path, page_size: int) -> None:
    """The backup API cannot write into a WAL database of another page size: rebuild the copy."""
    conn = sqlite3.connect(str(temp))
    try:
        if conn.execute("PRAGMA page_size").fetchone()[0] != page_size:
            conn.execute(f"PRAGMA page_size = {int(page_size)}")
            conn.execute("VACUUM")
    finally:
        conn.close()


def _keep_aside(live: Database, aside: Path) -> None:
    try:
        copy_database(live.conn, aside)
        inspect_backup(aside)
        fsync(aside)
    except BaseException:
        _remove(aside)
        raise


def _keep_aside_checked(live: Database, aside: Path) -> None:
    """Copy the current database aside (backup API: its -wal included), verified; else nothing restores."""
    try:
        _keep_aside(live, aside)
    except BackupInvalid as error:
        raise StoreError(f"the current database could not be kept aside intact ({error}); nothing was restored; "
                         "make a backup and ask for help") from None
    except OSError as error:
        raise StoreError(f"cannot write {aside}: {error.strerror or error}; nothing was restored") from None


def _give_up_when_busy(status: int, remaining: int, total: int) -> None:
    # sqlite3's backup() retries a busy destination for ever; the connection's busy timeout has
    # already been waited out once a step reports BUSY, so stop there with the usual message.
    if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise DatabaseBusy("restore: the database stayed locked")


def _copy_into(prepared_path: Path, live: Database) -> None:
    """One write transaction of the live database: all of the prepared copy, or nothing."""
    prepared = sqlite3.connect(str(prepared_path))
    try:
        prepared.backup(live.conn, progress=_give_up_when_busy)
    finally:
        prepared.close()


def restore_database(live: Database, db_path: Path, source: Path, session: Session, *,
                     now: datetime | None = None) -> RestoreResult:
    """Replace the content of the open database ``live`` (at ``db_path``) with the backup ``source``."""
    session.require("restore")
    source = source.expanduser()
    if not source.is_file():
        raise BackupInvalid(f"{source}: no such file")
    if source.stat().st_size == 0:  # SQLite would take it for an empty database
        raise BackupInvalid(f"{source}: the file is empty")
    if any(same_file(source, p) for p in (db_path, Path(f"{db_path}-wal"))):
        raise BackupInvalid(f"{source} is the database itself, not a backup of it")
    now = now or datetime.now()
    aside = aside_path(db_path, now)
    temp = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}.tmp")
    _remove(temp)
    try:
        detail = {"source": os.path.abspath(source), "kept_aside": os.path.abspath(aside)}
        info = _prepare(source, temp, session, detail)
        _match_page_size(temp, int(live.execute("PRAGMA page_size").fetchone()[0]))
        _keep_aside_checked(live, aside)
        try:
            _copy_into(temp, live)
        except BaseException:
            _remove(aside)  # the live database is unchanged: no second copy of it is needed
            raise
    finally:
        _remove(temp)
    log.info("restored %s from %s (%d patients); previous database kept as %s", db_path, source,
             info.patients, aside)
    return RestoreResult(source=source, database=db_path, kept_aside=aside, patients=info.patients, backup=info)
