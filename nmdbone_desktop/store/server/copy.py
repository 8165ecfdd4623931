"""Copying a whole clinic into an empty server database, in one transaction (``migrate-to``).

Rows are read table by table from a SQLite clinic and written with ``COPY … FROM STDIN`` under the clinic's write lock:
parents first (patients before their lists), the audit trail with its own ids (so its order and
"changed since" marks survive), then the identity sequence moved past them. Nothing is committed
until the copy has been counted: same patients, same audit entries, same rows in every table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from ..schema import CHILD_TABLES_V1

#: Every table of the clinic, parents first (the order a copy writes them in).
CLINIC_TABLES: tuple[str, ...] = ("patients", *CHILD_TABLES_V1, "audit", "assessment_cache", "users", "settings",
                                  "handled_items")

#: table → (its column names, its rows); the source of a copy.
RowSource = Callable[[str], tuple[Sequence[str], Iterable[Sequence[Any]]]]


@dataclass(frozen=True, slots=True)
class CopyReport:
    """Rows per table, counted in the target before commit."""

    rows: dict[str, int]

    @property
    def patients(self) -> int:
        return self.rows["patients"]

    @property
    def audit_entries(self) -> int:
        return self.rows["audit"]


def table_counts(execute: Callable[[str], Any]) -> dict[str, int]:
    return {t: int(execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in CLINIC_TABLES}


def copy_clinic(pg: Any, source: RowSource, expected: dict[str, int]) -> CopyReport:
    """Copy every table from ``source`` into the empty server database of the connection ``pg``
    (inside the caller's write transaction) and check the counts against ``expected``; StoreError
    (roll back) if they differ. A target that already holds data is refused."""
    held = {t: n for t, n in table_counts(lambda sql: pg.execute(sql)).items() if n}
    if held:
        raise StoreError("the clinic server's database is not empty (" +
                         ", ".join(f"{n} rows in {t}" for t, n in held.items()) +
                         "): move a clinic only into a new database")
    for table in CLINIC_TABLES:
        columns, rows = source(table)
        names = ", ".join(f'"{c}"' for c in columns)
        with pg.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    pg.execute("SELECT setval(pg_get_serial_sequence('audit', 'id'), coalesce((SELECT max(id) FROM audit), 0) + 1, "
               "false)")
    counted = table_counts(lambda sql: pg.execute(sql))
    if counted != expected:
        differ = [f"{t}: {expected.get(t)} → {counted.get(t)}" for t in CLINIC_TABLES if counted[t] != expected.get(t)]
        raise StoreError("the copy does not match its source (" + "; ".join(differ) + "); nothing was written")
    return CopyReport(counted)


def sqlite_rows(conn: Any) -> RowSource:
    """A SQLite clinic as a copy's source (``conn``: its sqlite3 connection, inside a read snapshot)."""
    def rows(table: str) -> tuple[list[str], Any]:
        cursor = conn.execute(f"SELECT * FROM [{table}]")
        return [d[0] for d in cursor.description], cursor

    return rows
