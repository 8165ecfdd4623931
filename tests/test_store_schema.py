"""The database file itself: migrations, pragmas, tables that match the document model."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from nmdbone_desktop.store import ClinicStore, StoreError, listing
from nmdbone_desktop.store.mapping import CHILD_TABLES, LIST_COLUMNS, PATIENT_COLUMNS
from nmdbone_desktop.store.schema import CHILD_TABLES_V1, KNOWN_MIGRATIONS, MIGRATION_SET, PATIENT_COLUMNS_V1
from tests.strategies import rich_document


def _pragma(store: ClinicStore, name: str) -> object:
    return store._db.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_database_is_created_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "dir" / "clinic.sqlite"
    with ClinicStore(path) as store:
        assert path.exists()
        tables = set(store._db.table_names())
        assert {"patients", "audit", "assessment_cache", *CHILD_TABLES} <= tables
        applied = store._db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]).fetchall()
        assert [name for (name,) in applied] == list(KNOWN_MIGRATIONS)
        assert store.patient_count() == 0


def test_reopening_is_idempotent_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite"
    with ClinicStore(path) as store:
        store.save_document(rich_document())
    for _ in range(2):
        with ClinicStore(path) as store:
            assert store.patient_count() == 1
            assert store._db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(KNOWN_MIGRATIONS)


def test_pragmas_on_every_connection(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite"
    for _ in range(2):  # the second connection opens an existing file: pragmas are per connection
        with ClinicStore(path) as store:
            assert _pragma(store, "foreign_keys") == 1
            assert _pragma(store, "journal_mode") == "wal"
            assert _pragma(store, "synchronous") == 2  # FULL
            assert _pragma(store, "busy_timeout") == 5000


def test_foreign_keys_cascade_and_refuse_orphans(tmp_path: Path) -> None:
    with ClinicStore(tmp_path / "c.sqlite") as store:
        store.save_document(rich_document())
        with pytest.raises(sqlite3.IntegrityError):
            store._db.execute("INSERT INTO dxa (patient_id, seq, date, site) VALUES ('nobody', 0, '2020-01-01', 'x')")
        store.delete_patient("P-0001")
        for table in (*CHILD_TABLES, "assessment_cache"):
            assert store._db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] == 0


def test_tables_are_strict(tmp_path: Path) -> None:
    with ClinicStore(tmp_path / "c.sqlite") as store:
        store.save_document(rich_document())
        with pytest.raises(sqlite3.IntegrityError):
            store._db.execute("UPDATE dxa SET t_score = 'low' WHERE patient_id = 'P-0001'")


def test_schema_matches_the_document_model() -> None:
    """A field added to the contract needs a migration; this test says which table lacks it."""
    added_m005 = {"patients": ("contacts", "language"), "dxa": ("side",)}
    assert (*PATIENT_COLUMNS_V1, *added_m005["patients"]) == PATIENT_COLUMNS
    for table in CHILD_TABLES:
        assert (*CHILD_TABLES_V1[table], *added_m005.get(table, ())) == LIST_COLUMNS[table], table


def test_patient_list_indexes_exist(tmp_path: Path) -> None:
    with ClinicStore(tmp_path / "c.sqlite") as store:
        db = store._db
        patient_indexes = {tuple(i.columns) for i in db["patients"].indexes}
        # Each sort of the list has an index holding the search key (migration m004), so a term few
        # patients match is tested on index entries, not by fetching every patient's row.
        assert {("name_key", "id", "search_key"), ("diagnosis_code", "name_key", "id", "search_key"),
                ("birth_date", "name_key", "id", "search_key"), ("id", "search_key"),
                ("id",)} <= patient_indexes
        # (Sorting by id may also walk the primary key's own index: SQLite's choice, either is fine.)
        for sort, index in (("name", "idx_patients_name_search"), ("diagnosis", "idx_patients_diagnosis_search"),
                            ("age", "idx_patients_age_search")):
            where, params = listing._where("müller")
            inner = "SELECT * FROM patients p" + where + listing._order(sort, False) + " LIMIT 200"
            plan = " ".join(str(r) for r in db.execute("EXPLAIN QUERY PLAN " + inner, params).fetchall())
            assert f"USING INDEX {index}" in plan, (sort, plan)
        for table in CHILD_TABLES:
            assert ("patient_id", "seq") in {tuple(i.columns) for i in db[table].indexes}, table
        plan = " ".join(str(r) for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM dxa WHERE patient_id = 'x' ORDER BY patient_id, seq").fetchall())
        assert "USING INDEX" in plan


def test_database_of_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    ClinicStore(path).close()
    db = Database(path)
    db["_sqlite_migrations"].insert({"migration_set": MIGRATION_SET, "name": "m999_from_the_future",
                                     "applied_at": "2030-01-01"})
    db.close()
    with pytest.raises(StoreError, match="newer version"):
        ClinicStore(path)


def test_two_windows_opening_a_new_file_at_once(tmp_path: Path) -> None:
    """Migrations run under the write lock: the second opener waits, then finds nothing to do."""
    import threading

    path = tmp_path / "clinic.sqlite"
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            barrier.wait()
            ClinicStore(path).close()
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    db = Database(path)
    assert db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(KNOWN_MIGRATIONS)
    db.close()


def test_default_locations_are_per_user() -> None:
    import platformdirs

    from nmdbone_desktop import paths

    data = platformdirs.user_data_path("nmdbone-desktop", appauthor=False)
    assert paths.default_database_path() == data / "clinic.sqlite"
    assert paths.backups_dir().parent == data
    assert paths.settings_path().suffix == ".ini"
    assert paths.log_dir().is_absolute()
