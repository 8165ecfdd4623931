"""Change notification on the clinic server: ``LISTEN``/``NOTIFY`` behind the port's ``data_version``.

Every write transaction notifies :data:`~.connection.CHANNEL` just before it commits (PostgreSQL
delivers it on commit only, so a rolled-back write notifies nobody). A store's listener is its own
connection (a pooled one must not keep a ``LISTEN``), opened the first time ``data_version`` is
asked (the window's change watcher polls it; worker stores never do). ``data_version`` counts the
notifications that came from other connections — SQLite's ``PRAGMA data_version`` meaning: it
changes exactly when *another* connection committed.
"""

from __future__ import annotations

import contextlib
from typing import Any

import psycopg

from .connection import CHANNEL, direct_connection, server_errors


class ChangeListener:
    def __init__(self, url: str, own_pid: int) -> None:
        self._url = url
        self._own_pid = own_pid
        self._conn: psycopg.Connection[Any] | None = None
        self.version = 0

    def poll(self) -> int:
        """The number of other connections' commits seen so far (never blocks)."""
        with server_errors(self._url):
            if self._conn is None:
                self._conn = direct_connection(self._url)
                self._conn.execute(f"LISTEN {CHANNEL}")
            for note in self._conn.notifies(timeout=0):
                if note.pid != self._own_pid:
                    self.version += 1
        return self.version

    @property
    def listening(self) -> bool:
        """True once ``poll`` has been asked (the window's change watcher): from then on every other
        connection's commit shows in ``version``."""
        return self._conn is not None

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None
