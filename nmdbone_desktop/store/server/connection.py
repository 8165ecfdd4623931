"""Connections to the clinic server: a pool per process, and the SQLite-shaped wrapper the store uses.

The store's modules (audit, listing, bulk, users, …) are written against a small part of the
sqlite3 / sqlite-utils API: ``db.execute``, ``db.conn.execute`` / ``executemany`` /
``in_transaction``. :class:`ServerDatabase` offers that part over one psycopg connection, so
the same functions serve both stores. Transactions keep SQLite's meaning:

* a write (``BEGIN IMMEDIATE``) takes one clinic-wide advisory lock first, so writers queue one
  after another exactly as on SQLite: a save reads the current revision and writes under the
  same lock, and two workstations can never both write over one revision (no lost update).
  Waiting longer than :data:`LOCK_TIMEOUT_S` gives :class:`DatabaseBusy`, as SQLite's busy timeout;
* a read snapshot (``BEGIN``) is ``REPEATABLE READ``: every query sees one committed state;
* a write notifies the channel :data:`CHANNEL` before it commits (delivered on commit only):
  the other workstations' change notification (:mod:`.notify`).

Passwords are never part of a location (which is shown and remembered): they come from libpq's
own sources (``PGPASSFILE``, a service file, ``PGPASSWORD``) or from :func:`remember_password`,
which keeps the one typed at login in this process's memory only.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg import Pipeline
from psycopg import errors as pg_errors
from psycopg.adapt import Dumper
from psycopg.pq import TransactionStatus
from psycopg_pool import ConnectionPool

from ..errors import BUSY_MESSAGE, DatabaseBusy, StoreError
from ..locations import display_url
from .dialect import translate

#: ``pg_advisory_xact_lock`` key of the clinic's single writer ("NMDBONE" in ASCII).
WRITE_LOCK_KEY = 0x4E4D44424F4E45
CHANNEL = "nmdbone_changes"
LOCK_TIMEOUT_S = 5.0  # as SQLite's busy timeout (store/connection.py)
CONNECT_TIMEOUT_S = 10
#: Connections one process (a window and its workers) may hold on one server database.
POOL_SIZE = 16


class ServerUnavailable(StoreError):
    """The clinic server cannot be reached, or refused the connection."""


class RevisionMoved(StoreError):
    """A save's record changed between its read and the write lock (:func:`expect_revision`): the
    transaction was rolled back, nothing was written; the save is done again from a fresh read."""


class _BoolAsInteger(Dumper):
    """Booleans are 0/1 integers on both stores (SQLite has no other kind), so rows read back alike."""

    oid = psycopg.postgres.types["int8"].oid

    def dump(self, obj: bool) -> bytes:
        return b"1" if obj else b"0"


def configure(conn: psycopg.Connection[Any]) -> None:
    """Every server connection: booleans as integers, lock timeout as SQLite's busy timeout."""
    conn.adapters.register_dumper(bool, _BoolAsInteger)
    conn.execute(f"SET lock_timeout = '{int(LOCK_TIMEOUT_S * 1000)}ms'")


_PASSWORDS: dict[str, str] = {}
_POOLS: dict[str, ConnectionPool[psycopg.Connection[Any]]] = {}
_POOLS_LOCK = threading.Lock()


def remember_password(url: str, password: str) -> None:
    """Keep the password typed at login for this URL, in memory only (workers open their own
    connections with it; it is never written to the settings file). Keyed by the URL without a
    password, which is the only form a location is passed around in."""
    _PASSWORDS[display_url(url)] = password


def password_for(url: str) -> str | None:
    return _PASSWORDS.get(display_url(url))


def connect_kwargs(url: str) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S}
    password = password_for(url)
    if password:
        kwargs["password"] = password
    return kwargs


def direct_connection(url: str) -> psycopg.Connection[Any]:
    """A connection outside the pool (the change listener, the migration copy)."""
    with server_errors(url):
        conn = psycopg.connect(url, **connect_kwargs(url))
    configure(conn)
    return conn


def pool_for(url: str) -> ConnectionPool[psycopg.Connection[Any]]:
    with _POOLS_LOCK:
        pool = _POOLS.get(url)
        if pool is None:
            # One connection first, outside the pool: an unreachable server or a wrong password is
            # reported at once with libpq's reason (a pool would retry until its timeout).
            direct_connection(url).close()
            pool = ConnectionPool(url, kwargs=connect_kwargs(url), min_size=1, max_size=POOL_SIZE, configure=configure,
                                  timeout=CONNECT_TIMEOUT_S, open=True, name="nmdbone-clinic")
            _POOLS[url] = pool
        return pool


def close_pools() -> None:
    """Close every pool of this process (tests, before dropping a database; program exit)."""
    with _POOLS_LOCK:
        pools = list(_POOLS.values())
        _POOLS.clear()
    for pool in pools:
        pool.close()


@contextlib.contextmanager
def server_errors(url: str = "") -> Iterator[None]:
    """The server's refusals as the store's errors (what the window and the command line show)."""
    try:
        yield
    except pg_errors.SerializationFailure as error:  # raised by expect_revision's check
        raise RevisionMoved(error.diag.message_primary or str(error)) from error
    except (pg_errors.LockNotAvailable, pg_errors.DeadlockDetected) as error:
        raise DatabaseBusy(BUSY_MESSAGE) from error
    except (pg_errors.RaiseException, pg_errors.IntegrityError, pg_errors.InsufficientPrivilege) as error:
        primary = error.diag.message_primary or str(error)
        raise StoreError(f"the clinic server refused the change: {primary}") from error
    except psycopg.OperationalError as error:
        where = f" {url}" if url else ""
        raise ServerUnavailable(f"cannot reach the clinic server{where}: {str(error).strip()}") from error
    except psycopg.InterfaceError as error:  # closed connection: as sqlite3.ProgrammingError
        raise ServerUnavailable(f"the connection to the clinic server is closed: {error}") from error


class ServerConnection:
    """The sqlite3.Connection surface the store uses, over one psycopg connection (autocommit).

    Round trips are what a busy server makes slow (every one waits for the server process and then
    this one to be scheduled), so inside a transaction statements whose results nobody reads yet are
    *sent together* (psycopg's pipeline mode): ``BEGIN`` (and a write's lock) go with the first
    statement of the transaction; the statements of a :meth:`pipeline` block (whose results are not
    read inside it) go with the next statement, or with ``COMMIT``. Any statement outside a block
    returns with its result read, so ``fetch*``/``rowcount`` mean what they mean on SQLite; an error
    of an earlier statement sent with it is raised by it instead (the transaction is then rolled
    back by its owner, as for any error).
    """

    def __init__(self, pg: psycopg.Connection[Any], url: str) -> None:
        self._pg = pg
        self.url = url
        self._writing = False
        self._transaction = False  # a BEGIN was sent (or is pending) and no COMMIT/ROLLBACK yet
        self._pipe: Pipeline | None = None  # statements sent whose results are not read yet
        self._blocks = 0  # depth of pipeline() blocks
        self._threshold: int | None = pg.prepare_threshold  # psycopg's, outside a batch
        self.writes = 0  # write transactions this connection committed (or tried to)

    @property
    def pg(self) -> psycopg.Connection[Any]:
        """The psycopg connection itself (COPY, server-side cursors): everything pending is read first."""
        with server_errors(self.url):
            self._read_pending()
        return self._pg

    @property
    def in_transaction(self) -> bool:
        return self._transaction or self._pg.info.transaction_status != TransactionStatus.IDLE

    @contextlib.contextmanager
    def pipeline(self) -> Iterator[None]:
        """Statements inside are sent together; their results must not be read inside the block.
        In a transaction they stay pending until the next statement or ``COMMIT`` (one round trip for
        a save's writes and its commit); outside one they are read when the block ends."""
        self._send_later()
        self._blocks += 1
        try:
            yield
        except BaseException:
            self._blocks -= 1
            if not self._transaction:  # the caller's error is the one to report
                with contextlib.suppress(psycopg.Error):
                    self._read_pending()
            raise
        self._blocks -= 1
        if not self._transaction:
            with server_errors(self.url):
                self._read_pending()

    def _send_later(self) -> None:
        if self._pipe is None:
            # No prepared statements inside a batch: psycopg counts a statement as prepared when
            # it sent its PREPARE, but the server skips whatever follows a failed statement (a
            # check of expect_revision), and it was seen to lose track ("prepared statement
            # _pg3_35 does not exist" on the next save). A save's statements are simple to plan.
            self._threshold = self._pg.prepare_threshold
            self._pg.prepare_threshold = None
            self._pipe = self._pg.pipeline()
            self._pipe.__enter__()

    def _read_pending(self) -> None:
        """Send what is pending and read every result (raises the first statement's error)."""
        pipe, self._pipe = self._pipe, None
        if pipe is not None:
            try:
                pipe.__exit__(None, None, None)
            finally:
                self._pg.prepare_threshold = self._threshold

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> psycopg.Cursor[Any]:
        with server_errors(self.url):
            word = sql.strip().upper()
            if word == "BEGIN IMMEDIATE":
                return self._begin("BEGIN", writing=True)
            if word == "BEGIN":
                return self._begin("BEGIN ISOLATION LEVEL REPEATABLE READ", writing=False)
            if word == "COMMIT":
                return self._commit()
            if word == "ROLLBACK":
                return self._rollback()
            return self._statement(lambda: self._pg.execute(translate(sql), params if params is not None else []))

    def _begin(self, begin: str, *, writing: bool) -> psycopg.Cursor[Any]:
        """Sent with the transaction's first statement. A write takes the clinic's write lock first,
        as SQLite's ``BEGIN IMMEDIATE``; waiting too long for it fails that first statement with
        :class:`DatabaseBusy`, and the transaction's owner rolls back."""
        if self.in_transaction:
            raise StoreError("internal error: a transaction is already open on this connection")
        self._send_later()
        self._transaction, self._writing = True, writing
        cursor = self._pg.execute(begin)
        if writing:
            cursor = self._pg.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK_KEY])
        return cursor

    def _commit(self) -> psycopg.Cursor[Any]:
        self._send_later()
        if self._writing:  # delivered on commit only: the other workstations' change notification
            self._pg.execute("SELECT pg_notify(%s, '')", [CHANNEL])
            self.writes += 1  # counted before it is sent: a failed commit only makes a cache miss
        cursor = self._pg.execute("COMMIT")
        try:
            self._read_pending()
        finally:
            self._transaction = self._writing = False
        return cursor

    def _rollback(self) -> psycopg.Cursor[Any]:
        # An earlier error makes the server skip whatever was sent after it, a ROLLBACK too: so what
        # is pending is read (its error is the one being handled already) before rolling back.
        with contextlib.suppress(psycopg.Error):
            self._read_pending()
        self._transaction = self._writing = False
        return self._pg.execute("ROLLBACK")

    def _statement(self, run: Callable[[], psycopg.Cursor[Any]]) -> psycopg.Cursor[Any]:
        if self._pipe is None:
            return run()
        cursor = run()  # sent with what is pending
        if not self._blocks:
            self._read_pending()
        return cursor

    def executemany(self, sql: str, rows: Any) -> psycopg.Cursor[Any]:
        with server_errors(self.url):
            def run() -> psycopg.Cursor[Any]:
                cursor = self._pg.cursor()
                cursor.executemany(translate(sql), rows)
                return cursor

            return self._statement(run)


class ServerDatabase:
    """The sqlite-utils ``Database`` surface the store uses (``execute`` and ``conn``)."""

    def __init__(self, conn: ServerConnection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> psycopg.Cursor[Any]:
        return self.conn.execute(sql, params)
