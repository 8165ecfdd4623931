"""Bare-stack baseline for imports (after baseline.md's ``bare_store.py``): sqlite-utils, nothing else.

The rows are whatever an import wrote (every table but sqlite-utils' migration record), read back
as dicts before the clock starts; the bare insert then writes them with ``insert_all``
(batch_size=1000, tables created by sqlite-utils from the rows, same primary keys) into a new
database in WAL mode with foreign keys on, all in one transaction.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

SKIP_TABLES = ("_sqlite_migrations",)


@dataclass
class BareTable:
    pk: str | tuple[str, ...] | None
    rows: list[dict[str, Any]]

    def __len__(self) -> int:
        return len(self.rows)


def read_tables(path: Path) -> dict[str, BareTable]:
    """Every non-empty table of ``path`` (sqlite internals and the migration record left out)."""
    db = Database(sqlite3.connect(path))
    try:
        out: dict[str, BareTable] = {}
        for table in db.tables:
            if table.name.startswith("sqlite_") or table.name in SKIP_TABLES or not table.count:
                continue
            pks = table.pks
            pk = None if pks == ["rowid"] else (pks[0] if len(pks) == 1 else tuple(pks))
            out[table.name] = BareTable(pk, [dict(row) for row in table.rows])
        return out
    finally:
        db.close()


def bare_insert(path: Path, tables: dict[str, BareTable]) -> float:
    """Seconds to open a new database and insert all ``tables`` in one transaction."""
    path.unlink(missing_ok=True)
    t0 = time.perf_counter()
    db = Database(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    with db.atomic():
        for name, table in tables.items():
            db[name].insert_all(table.rows, pk=table.pk, batch_size=1000)
    db.close()
    return time.perf_counter() - t0
