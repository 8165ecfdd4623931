"""Opening a store on either backend of the conformance suite (``clinic_location`` in conftest)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nmdbone_desktop.store import ClinicStore
from nmdbone_desktop.store.locations import is_server_location


def open_store(location: str | Path, **options: Any) -> ClinicStore:
    """The store at ``location``: SQLite for a path, the clinic server for a ``postgresql://`` URL."""
    if is_server_location(location):
        from nmdbone_desktop.store.server import ServerClinicStore

        return ServerClinicStore(str(location), **options)
    return ClinicStore(location, **options)


def raw_sql(store: ClinicStore, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    """Rows of one statement on the store's own connection (the store's SQL spelling, both backends)."""
    return [tuple(row) for row in store._db.execute(sql, params or [])]
