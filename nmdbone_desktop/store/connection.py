"""Opening the clinic database: pragmas, migrations, and the two kinds of transaction we use.

Pragmas, on every connection (they are per-connection in SQLite, except journal_mode):

* ``foreign_keys=ON`` — SQLite's default is OFF; without it ON DELETE CASCADE silently does nothing.
* ``journal_mode=WAL`` — the window keeps reading while the command line (or a second window)
  writes, and readers see a consistent snapshot.
* ``synchronous=FULL`` — a saved edit must survive a power cut, not just an application crash
  (NORMAL in WAL mode may lose the last commits on power loss). Our writes are few and each is
  one transaction (a whole import is one commit), so the extra fsync per commit costs
  milliseconds, not throughput.
* ``busy_timeout`` — wait up to :data:`BUSY_TIMEOUT_S` for another writer before giving up with
  :class:`~.errors.DatabaseBusy`.

Writes use ``BEGIN IMMEDIATE``: the write lock is taken up front, so two writers queue on the busy
timeout instead of one failing half-way with SQLITE_BUSY when it upgrades a read lock.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

from sqlite_utils import Database

from .errors import StoreError
from .schema import KNOWN_MIGRATIONS, migrations

BUSY_TIMEOUT_S = 5.0


def connect(path: Path) -> Database:
    """Open (creating if needed) and migrate the database at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = _switch_to_wal(conn)
        if str(mode).lower() != "wal":
            raise StoreError(f"{path}: cannot use write-ahead logging (journal mode is {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        # execute_plugins=False: no third-party sqlite-utils plugin gets to hook a clinical database.
        db = Database(conn, execute_plugins=False)
        migrate(db, path)
    except BaseException:
        conn.close()
        raise
    return db


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """Set WAL mode, retrying while another connection is creating the same new file.

    Changing the journal mode needs an exclusive lock, and SQLite answers SQLITE_BUSY at once
    (without the busy handler) while another connection holds any lock on a new database.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def migrate(db: Database, path: Path) -> None:
    """Apply pending migrations under the write lock, so two windows opening a new file do not race."""
    applied = {m.name for m in migrations.applied(db)}
    unknown = applied - set(KNOWN_MIGRATIONS)
    if unknown:
        raise StoreError(
            f"{path} was written by a newer version of NMD Bone Desktop "
            f"(schema changes {', '.join(sorted(unknown))}); update the program to open it"
        )
    if not migrations.pending(db):
        return
    with write_transaction(db):
        pending = {m.name for m in migrations.pending(db)}  # another window may have migrated meanwhile
        if pending:
            migrations.apply(db)  # each migration nests as a savepoint inside our transaction
    if pending & VACUUM_AFTER:
        _give_back_space(db)


#: Migrations that free most of the file (m007 rewrites the audit trail and the cache compressed):
#: the file is compacted once afterwards, else it would keep its old size with the pages free.
VACUUM_AFTER = frozenset({"m007_compact_audit_and_cache"})


def _give_back_space(db: Database) -> None:
    """``VACUUM`` after the upgrade committed (it cannot run inside a transaction). Best effort: if
    another connection is busy with the file the free pages simply stay for SQLite to reuse."""
    try:
        db.conn.execute("VACUUM")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # in WAL mode the file shrinks at the checkpoint
    except sqlite3.OperationalError:
        pass


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``; any exception rolls everything back."""
    conn = db.conn
    if conn.in_transaction:
        raise StoreError("internal error: a write transaction is already open on this connection")
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def pipelined(db: Database) -> AbstractContextManager[object]:
    """Statements inside are sent to a clinic server together, in one round trip, and their results
    must not be read inside the block (:meth:`.server.connection.ServerConnection.pipeline`);
    SQLite, in this process, simply runs them as they come."""
    batch = getattr(db.conn, "pipeline", None)
    return batch() if batch is not None else nullcontext()


@contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """A read transaction: every query inside sees the same committed state (WAL snapshot)."""
    conn = db.conn
    if conn.in_transaction:  # already inside a write: that transaction is the snapshot
        yield db
        return
    conn.execute("BEGIN")
    try:
        yield db
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")
