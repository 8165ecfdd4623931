"""Importing many patients: one transaction, revisions, audit; and a database held by another writer."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from nmdbone_desktop.store import ClinicStore, DatabaseBusy, StoreError
from nmdbone_desktop.store import connection as store_connection
from tests.backends import open_store
from tests.strategies import bulk_documents, rich_document


@pytest.fixture()
def store(clinic_location: str | Path) -> Iterator[ClinicStore]:
    with open_store(clinic_location, user="importer") as s:
        yield s


def test_import_new_updated_unchanged(store: ClinicStore) -> None:
    first = store.import_documents([rich_document("A"), rich_document("B")], source="batch1")
    assert (first.new_ids, first.updated, first.unchanged) == (("A", "B"), 0, 0)
    assert first.summary() == f"imported 2 patients (2 new, 0 updated) into {store.path}"
    second = store.import_documents(
        [rich_document("A"), rich_document("B", falls_past_12_months=7), rich_document("C")], source="batch2")
    assert (second.new_ids, second.updated_ids, second.unchanged_ids) == (("C",), ("B",), ("A",))
    assert store.revisions() == {"A": 1, "B": 2, "C": 1}
    assert store.get_document("B").falls_past_12_months == 7
    b_history = store.history("B")
    assert b_history[0].record == "patient" and b_history[0].before["falls_past_12_months"] == 1
    assert b_history[0].after["falls_past_12_months"] == 7 and b_history[0].detail == {"source": "batch2"}
    summary = next(e for e in store.history() if e.patient_id is None)
    assert summary.detail == {"source": "batch2", "new": 1, "updated": 1, "unchanged": 1}


def test_import_is_all_or_nothing(store: ClinicStore) -> None:
    store.import_documents([rich_document("A")])
    audit_rows = len(store.history())
    with pytest.raises(StoreError, match="appears twice"):
        store.import_documents([rich_document("B"), rich_document("A", falls_past_12_months=9), rich_document("B")])
    assert store.patient_ids() == ["A"] and store.revisions() == {"A": 1}
    assert len(store.history()) == audit_rows


def test_failure_half_way_rolls_everything_back(store: ClinicStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from nmdbone_desktop.store import bulk

    real = bulk.insert_documents
    calls = []

    def fail_after_patients(db, docs, at):  # type: ignore[no-untyped-def]
        calls.append(len(docs))
        real(db, docs[:1], at)
        raise OSError("disk full")

    monkeypatch.setattr(bulk, "insert_documents", fail_after_patients)
    with pytest.raises(OSError):
        store.import_documents(list(bulk_documents(5, rows=10)))
    assert calls and store.patient_count() == 0 and store.history() == []


def test_bulk_import_round_trips(store: ClinicStore) -> None:
    docs = list(bulk_documents(40, rows=30, seed=9))
    result = store.import_documents(docs)
    assert result.new == 40
    assert list(store.iter_documents()) == sorted(docs, key=lambda d: d.id)


def changed_within(store: ClinicStore, seen: int, *, seconds: float) -> bool:
    """True once ``data_version`` differs from ``seen`` (SQLite: at once; the server: on delivery)."""
    deadline = time.monotonic() + seconds
    while store.data_version() == seen:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_busy_server_is_reported_clearly(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The clinic server's write lock held by another program: a clear busy error, reads go on."""
    import psycopg

    from nmdbone_desktop.store.server import connection as server_connection

    monkeypatch.setattr(server_connection, "LOCK_TIMEOUT_S", 0.2)
    open_store(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as other:
        other.execute("BEGIN")
        other.execute("SELECT pg_advisory_xact_lock(%s)", [server_connection.WRITE_LOCK_KEY])
        with open_store(pg_url) as store:
            with pytest.raises(DatabaseBusy, match="another window or program; try again"):
                store.save_document(rich_document())
            assert store.patient_count() == 0
            assert not store._db.conn.in_transaction
        other.execute("ROLLBACK")
    with open_store(pg_url) as store:
        store.save_document(rich_document())
        assert store.patient_count() == 1


def test_busy_database_is_reported_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "clinic.sqlite"
    ClinicStore(path).close()
    monkeypatch.setattr(store_connection, "BUSY_TIMEOUT_S", 0.05)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with ClinicStore(path) as store:
            with pytest.raises(DatabaseBusy, match="another window or program; try again"):
                store.save_document(rich_document())
            assert store.patient_count() == 0  # reading still works (WAL)
    finally:
        other.execute("ROLLBACK")
        other.close()
    with ClinicStore(path) as store:
        store.save_document(rich_document())
        assert store.patient_count() == 1


def test_data_version_notices_other_writers(clinic_location: str | Path) -> None:
    with open_store(clinic_location) as window, open_store(clinic_location) as cli:
        seen = window.data_version()
        window.save_document(rich_document("OWN"))
        time.sleep(0.3)  # the server's notification of its own commit would have arrived by now
        assert window.data_version() == seen  # its own writes do not count
        cli.save_document(rich_document("OTHER"))
        assert changed_within(window, seen, seconds=2.0)
        assert window.patient_ids() == ["OTHER", "OWN"]
