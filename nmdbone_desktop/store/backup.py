"""Consistent backups of the live database, and the checks that a file really is one.

Why the SQLite online backup API (``sqlite3.Connection.backup``) and never a file copy: in WAL
mode the newest commits may live only in ``clinic.sqlite-wal``, and a copy taken while the
window or the command line writes can catch pages from two different moments. The backup API
copies pages inside one read transaction, so the copy is exactly one committed state, and it
does not block writers. The copy is switched to ``journal_mode=DELETE`` (one self-contained file,
no ``-wal`` beside it), verified by opening it afresh (``integrity_check``, foreign keys, and "is
this one of ours": our migrations table, the patients and audit tables, the append-only
triggers), and only then renamed over the target, so a crash never leaves a half-written file
under the backup's name.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .errors import BackupInvalid, DatabaseBusy, StoreError, is_busy
from .schema import KNOWN_MIGRATIONS, MIGRATION_SET

log = logging.getLogger(__name__)

REQUIRED_TABLES = ("patients", "audit", "_sqlite_migrations")
REQUIRED_TRIGGERS = ("audit_no_update", "audit_no_delete")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What a verified backup holds (shown before a restore, printed after a backup)."""

    path: Path
    patients: int
    audit_entries: int
    last_change: str | None  # UTC time of the newest audit entry
    migrations: tuple[str, ...]
    size_bytes: int

    def __str__(self) -> str:
        return f"{self.path} ({self.patients:,} patients, {self.size_bytes / 1e6:.1f} MB)"

    def summary(self) -> str:
        when = f", last change {self.last_change[:19].replace('T', ' ')} UTC" if self.last_change else ""
        return f"{self.patients:,} patients, {self.audit_entries:,} audit entries{when}"


def open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=5.0)


def fsync(path: Path) -> None:
    """Flush a file (and, on POSIX, its folder entry) to disk: a backup must survive a power cut."""
    with open(path, "r+b") as f:  # Windows' _commit needs a handle open for writing
        os.fsync(f.fileno())
    if os.name == "posix":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def inspect_backup(path: Path, *, label: Path | None = None) -> BackupInfo:
    """Verify that ``path`` is a sound clinic database this program can open; raise :class:`BackupInvalid`.

    ``label`` is the name used in messages (the file the user chose, when ``path`` is a temp copy).
    """
    name = label or path
    if not path.is_file():
        raise BackupInvalid(f"{name}: no such file")
    if path.stat().st_size == 0:
        raise BackupInvalid(f"{name}: the file is empty")
    try:
        conn = open_read_only(path)
    except sqlite3.Error as error:
        raise BackupInvalid(f"{name}: cannot be opened as a database ({error})") from None
    try:
        return _inspect(conn, path, name)
    except sqlite3.DatabaseError as error:
        raise BackupInvalid(unreadable(name, error)) from None
    finally:
        conn.close()


def unreadable(name: Path, error: sqlite3.DatabaseError) -> str:
    """Say whether the file is no database at all or a damaged one."""
    if "not a database" in str(error):
        return f"{name}: not a SQLite database ({error})"
    return f"{name}: the file is damaged ({error})"


def _inspect(conn: sqlite3.Connection, path: Path, name: Path) -> BackupInfo:
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
    if problems != ["ok"]:
        raise BackupInvalid(f"{name}: the file is damaged (integrity check: {'; '.join(problems[:3])})")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    triggers = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    if not set(REQUIRED_TABLES) <= tables:
        raise BackupInvalid(f"{name}: a SQLite database, but not an NMD Bone Desktop clinic database")
    applied = tuple(row[0] for row in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]))
    if KNOWN_MIGRATIONS[0] not in applied:
        raise BackupInvalid(f"{name}: a SQLite database, but not an NMD Bone Desktop clinic database")
    newer = sorted(set(applied) - set(KNOWN_MIGRATIONS))
    if newer:
        raise BackupInvalid(f"{name} was written by a newer version of NMD Bone Desktop "
                            f"(schema changes {', '.join(newer)}); update the program to restore it")
    if not set(REQUIRED_TRIGGERS) <= triggers:
        raise BackupInvalid(f"{name}: its audit trail is not protected (append-only triggers missing); "
                            "it was altered outside NMD Bone Desktop")
    broken = conn.execute("PRAGMA foreign_key_check").fetchmany(3)
    if broken:
        raise BackupInvalid(f"{name}: records refer to patients that do not exist ({broken[0][0]} …)")
    patients = int(conn.execute("SELECT count(*) FROM patients").fetchone()[0])
    entries, last = conn.execute("SELECT count(*), max(at) FROM audit").fetchone()
    return BackupInfo(path=path, patients=patients, audit_entries=int(entries), last_change=last,
                      migrations=applied, size_bytes=path.stat().st_size)


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a database with the backup API into a new single file (journal mode DELETE) at ``target``."""
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def partial_beside(out: Path) -> Path:
    """The hidden ``.NAME.PID.partial`` file a backup is written to before it is verified and renamed
    to ``out`` (so a half-written backup never carries the real name); creates ``out``'s folder."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"cannot create {out.parent}: {error.strerror or error}") from None
    return out.with_name(f".{out.name}.{os.getpid()}.partial")


def backup_database(source: sqlite3.Connection, db_path: Path, out: Path) -> BackupInfo:
    """Write a verified, consistent copy of the open database ``source`` (at ``db_path``) to ``out``."""
    out = out.expanduser()
    for live in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        if same_file(out, live):
            raise StoreError(f"{out} is the database itself: choose another file for the backup")
    partial = partial_beside(out)
    try:
        copy_database(source, partial)
        info = inspect_backup(partial, label=out)
        fsync(partial)
        os.replace(partial, out)
        fsync(out)
    except BackupInvalid as error:  # our own fresh copy failed its check: the live database is damaged
        raise StoreError(f"the backup could not be verified, so it was not kept: {error}") from None
    except OSError as error:
        raise StoreError(f"cannot write the backup {out}: {error.strerror or error}") from None
    except sqlite3.DatabaseError as error:
        if is_busy(error):
            raise DatabaseBusy(str(error)) from error
        raise StoreError(f"cannot back up {db_path}: {error}") from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    log.info("backup of %s written to %s (%d patients)", db_path, out, info.patients)
    return BackupInfo(out, info.patients, info.audit_entries, info.last_change, info.migrations,
                      out.stat().st_size)
