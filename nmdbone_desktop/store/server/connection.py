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
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
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
    """The sqlite3.Connection surface the store uses, over one psycopg connection (autocommit)."""

    def __init__(self, pg: psycopg.Connection[Any], url: str) -> None:
        self.pg = pg
        self.url = url
        self._writing = False

    @property
    def in_transaction(self) -> bool:
        return self.pg.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> psycopg.Cursor[Any]:
        with server_errors(self.url):
            word = sql.strip().upper()
            if word == "BEGIN IMMEDIATE":
                return self._begin_writing()
            if word == "BEGIN":
                return self.pg.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            if word == "COMMIT":
                if self._writing and self.pg.info.transaction_status == TransactionStatus.INTRANS:
                    self.pg.execute("SELECT pg_notify(%s, '')", [CHANNEL])
                self._writing = False
                return self.pg.execute("COMMIT")
            if word == "ROLLBACK":
                self._writing = False
                return self.pg.execute("ROLLBACK")
            return self.pg.execute(translate(sql), params if params is not None else [])

    def _begin_writing(self) -> psycopg.Cursor[Any]:
        """As SQLite's ``BEGIN IMMEDIATE``: the write lock, or no transaction at all."""
        self.pg.execute("BEGIN")
        try:
            cursor = self.pg.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK_KEY])
        except BaseException:
            self.pg.execute("ROLLBACK")
            raise
        self._writing = True
        return cursor

    def executemany(self, sql: str, rows: Any) -> psycopg.Cursor[Any]:
        with server_errors(self.url):
            cursor = self.pg.cursor()
            cursor.executemany(translate(sql), rows)
            return cursor


class ServerDatabase:
    """The sqlite-utils ``Database`` surface the store uses (``execute`` and ``conn``)."""

    def __init__(self, conn: ServerConnection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> psycopg.Cursor[Any]:
        return self.conn.execute(sql, params)
