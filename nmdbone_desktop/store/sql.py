"""SQL that SQLite and PostgreSQL both understand, written once for both clinic stores.

The store's statements are written in the dialect both engines share (``INSERT … ON CONFLICT …
DO UPDATE``, ``LIMIT … OFFSET``, ``count``/``max``/``coalesce``), in SQLite's spelling where the
two differ only in spelling. What the clinic server has to spell differently is translated by a
small, named set of rules (:mod:`.server.dialect`): ``[name]`` quoting, ``?`` parameters, the
id list ``json_each(?)``; SQLite's ``instr`` is created as a function on the server.
"""

from __future__ import annotations

from collections.abc import Sequence

#: ``… IN`` this: the ids of a JSON array parameter (one parameter however many ids).
IDS_PARAM = "(SELECT value FROM json_each(?))"

#: ``LIMIT`` when there is none but an ``OFFSET`` (SQLite needs a LIMIT; neither engine takes -1
#: and NULL alike): the largest 64-bit integer.
NO_LIMIT = 2**63 - 1


def quoted(columns: Sequence[str]) -> str:
    return ", ".join(f"[{c}]" for c in columns)


def insert(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO [{table}] ({quoted(columns)}) VALUES ({', '.join('?' for _ in columns)})"


def upsert(table: str, columns: Sequence[str], key: Sequence[str]) -> str:
    """Insert, or replace the other columns of the row with the same ``key`` (SQLite ≥ 3.24, PostgreSQL)."""
    others = [c for c in columns if c not in key]
    assignments = ", ".join(f"[{c}] = excluded.[{c}]" for c in others)
    return f"{insert(table, columns)} ON CONFLICT ({quoted(key)}) DO UPDATE SET {assignments}"


def put_setting(db: object, key: str, value: str) -> None:
    """Set one row of the ``settings`` table (inside the caller's transaction)."""
    db.execute(_SETTING, [key, value])  # type: ignore[attr-defined]


_SETTING = upsert("settings", ("key", "value"), ("key",))
