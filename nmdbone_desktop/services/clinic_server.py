"""Use cases of a clinic server: moving a clinic onto it, its schema version, the workstations' role.

``move_clinic`` (``migrate-to``) copies a SQLite clinic — documents, audit trail, accounts,
assessment cache, settings, handled worklist items — into an empty server database in one
transaction, checks every table's row count before committing, then exports every patient from
both and compares the files byte for byte. A difference is reported (the copy must not be used);
none is the proof that the clinic reads the same on the server.
"""

from __future__ import annotations

import filecmp
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..store import StoreError
from .clinic import Location, open_clinic


@dataclass(frozen=True, slots=True)
class MoveReport:
    patients: int
    audit_entries: int
    rows: dict[str, int]
    exported: int

    def __str__(self) -> str:
        return (f"moved {self.patients:,} patients and {self.audit_entries:,} audit entries "
                f"({sum(self.rows.values()):,} rows in {len(self.rows)} tables); verified: same counts, "
                f"export of {self.exported:,} patients byte-identical")



def move_clinic(source: Path, target: str, *, name: str | None = None) -> MoveReport:
    """Copy the SQLite clinic at ``source`` into the empty server database ``target`` and verify it."""
    if not Path(source).is_file():
        raise StoreError(f"no clinic database at {source}")
    with open_clinic(source, name=name) as old, open_clinic(target, name=name) as new:
        report = new._store.copy_from(old._store)  # type: ignore[attr-defined]
        with tempfile.TemporaryDirectory(prefix="nmdbone-move-") as tmp:
            a, b = Path(tmp) / "sqlite", Path(tmp) / "server"
            written = old.export_documents(a)
            if new.export_documents(b) != written:
                raise StoreError("the server copy exports a different number of patients: do not use it")
            differ = _different_files(a, b)
            if differ:
                raise StoreError(f"the server copy exports {len(differ)} file(s) differently (first: {differ[0]}): "
                                 "do not use it; drop that database and report the problem")
    return MoveReport(report.patients, report.audit_entries, dict(report.rows), written)


def _different_files(a: Path, b: Path) -> list[str]:
    names_a = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    names_b = sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    if names_a != names_b:
        return sorted(set(names_a) ^ set(names_b))
    return [n for n in names_a if not filecmp.cmp(a / n, b / n, shallow=False)]


def schema_version(location: Location) -> list[str]:
    """The schema changes applied to the clinic at ``location`` (opening it applies pending ones)."""
    with open_clinic(location) as clinic:
        return clinic.schema_migrations()


def grant_statements(app_role: str) -> list[str]:
    from ..store.server.roles import grant_statements as statements

    return statements(app_role)
