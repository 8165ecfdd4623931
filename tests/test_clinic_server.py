"""The clinic server (PostgreSQL): two workstations, no lost update, one schema history, moving a
clinic, backups, the append-only trail in the database's own privileges. A real server is started
by the test run (tests/pg_server.py); these tests fail, never skip, when it cannot start."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from argon2 import PasswordHasher

from nmdbone_desktop.services.clinic import Clinic, RevisionConflict, StoreError, open_clinic
from nmdbone_desktop.store import users
from tests.backends import open_store
from tests.strategies import rich_document

RELEASE_FILE = Path(__file__).parent / "fixtures" / "clinic-release-2026-12.sqlite"
PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(users, "_hasher", lambda: cheap)
    monkeypatch.setattr(users, "_dummy_hash", lambda: cheap.hash("nobody's password"))


def _two_signed_in(url: str) -> tuple[Clinic, Clinic]:
    with open_clinic(url) as admin:
        admin.save_document(rich_document("P-1"))
        admin.add_user("dr.ada", "physician", PASSWORD)
        admin.add_user("nurse.ben", "nurse", PASSWORD)
        admin.set_login_required(True)
    ada, ben = open_clinic(url), open_clinic(url)
    ada.sign_in("dr.ada", PASSWORD)
    ben.sign_in("nurse.ben", PASSWORD)
    return ada, ben


def test_concurrent_saves_one_wins_the_other_is_refused_and_nothing_is_lost(pg_url: str) -> None:
    ada, ben = _two_signed_in(pg_url)
    with ada, ben:
        opened = ada.revisions()["P-1"]
        assert ben.revisions()["P-1"] == opened  # both workstations show revision 1
        edits: dict[str, Any] = {"dr.ada": {"falls_past_12_months": 5}, "nurse.ben": {"dysphagia": False}}
        start = threading.Barrier(2)
        results: dict[str, Any] = {}

        def save(clinic: Clinic) -> None:
            start.wait()
            try:
                results[clinic.user] = clinic.save_document(rich_document("P-1", **edits[clinic.user]),
                                                            expected_revision=opened)
            except RevisionConflict as refused:
                results[clinic.user] = refused

        threads = [threading.Thread(target=save, args=(c,)) for c in (ada, ben)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        refused = [u for u, r in results.items() if isinstance(r, RevisionConflict)]
        won = [u for u, r in results.items() if r == opened + 1]
        assert len(refused) == 1 and len(won) == 1, results
        loser, winner = refused[0], won[0]
        refusal = results[loser]
        assert refusal.by == winner and refusal.actual == opened + 1
        assert f"{winner} changed patient" in str(refusal)
        # the winner's change is there, the loser's is not (yet): re-applied on the new revision …
        loser_clinic = ada if loser == "dr.ada" else ben
        current = loser_clinic.get_document("P-1")
        assert current == rich_document("P-1", **edits[winner])
        redone = current.model_copy(update=edits[loser])
        assert loser_clinic.save_document(redone, expected_revision=opened + 1) == opened + 2
        final = ada.get_document("P-1")
        assert final.falls_past_12_months == 5 and final.dysphagia is False  # … so nothing is lost
        edits_in_trail = [(e.user, e.record) for e in ada.history("P-1") if e.action == "edit"]
        assert (winner, "patient") in edits_in_trail and (loser, "patient") in edits_in_trail


def test_a_change_on_one_workstation_reaches_the_others_list_within_2_s(pg_url: str) -> None:
    ada, ben = _two_signed_in(pg_url)
    with ada, ben:
        seen = ben.data_version()
        before = {r.id: r.revision for r in ben.search_patients()}
        time.sleep(0.1)
        ada.save_document(rich_document("P-2", name={"given": "Neu", "family": "Zugang"}))
        saved = time.monotonic()
        while ben.data_version() == seen:
            assert time.monotonic() - saved < 2.0, "no change notification within 2 s"
            time.sleep(0.02)
        rows = {r.id: r for r in ben.search_patients("zugang")}
        assert set(rows) == {"P-2"} and "P-2" not in before
        assert time.monotonic() - saved < 2.0


def test_the_audit_trail_is_append_only_for_the_workstations_role_and_the_owner(
        pg_url: str, cli: Any) -> None:
    with open_store(pg_url, user="owner") as store:
        store.save_document(rich_document())
    code, grants, err = cli("server-grants", "nmdbone_app")
    assert code == 0, err
    with psycopg.connect(pg_url, autocommit=True) as owner:
        owner.execute("DROP ROLE IF EXISTS nmdbone_app")
        owner.execute("CREATE ROLE nmdbone_app LOGIN")
        dbname = owner.info.dbname
        owner.execute(f'GRANT CONNECT ON DATABASE "{dbname}" TO nmdbone_app')
        for statement in filter(None, (s.strip() for s in grants.split(";"))):
            owner.execute(statement)
        for sql in ("UPDATE audit SET action = 'x'", "DELETE FROM audit", "TRUNCATE audit"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                owner.execute(sql)  # the owner too: refused by the trigger
    app_url = pg_url.replace("postgres:@", "nmdbone_app:@").replace("postgres@", "nmdbone_app@")
    try:
        with psycopg.connect(app_url, autocommit=True) as app:
            for sql in ("UPDATE audit SET action = 'x'", "DELETE FROM audit", "TRUNCATE audit"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    app.execute(sql)
        with open_store(app_url, user="nurse") as store:  # the workstation's role does its work
            store.save_document(rich_document("P-2"))
            assert len(store.history()) == 2
    finally:
        from nmdbone_desktop.store.server import close_pools

        close_pools()
        with psycopg.connect(pg_url, autocommit=True) as owner:
            owner.execute("DROP OWNED BY nmdbone_app")
            owner.execute("DROP ROLE nmdbone_app")


def _catalogue_sqlite(path: Path) -> dict[str, Any]:
    conn = sqlite3.connect(path)
    kinds = {"TEXT": "text", "INTEGER": "integer", "REAL": "real", "BLOB": "bytes"}
    out: dict[str, Any] = {}
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                         "'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\'")]
    for t in tables:
        cols = [(name, kinds[kind], bool(notnull) or pk > 0, pk) for _cid, name, kind, notnull, _d, pk
                in conn.execute(f"PRAGMA table_info([{t}])")]
        indexes = sorted(r[1] for r in conn.execute(f"PRAGMA index_list([{t}])") if r[3] == "c")
        out[t] = (cols, indexes)
    conn.close()
    return out


def _catalogue_server(url: str) -> dict[str, Any]:
    kinds = {"text": "text", "bigint": "integer", "integer": "integer", "double precision": "real", "bytea": "bytes"}
    out: dict[str, Any] = {}
    with psycopg.connect(url) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                             "AND tablename <> 'schema_migrations'")]
        for t in tables:
            pk = {r[0]: r[1] for r in conn.execute(
                "SELECT a.attname, array_position(i.indkey::int2[], a.attnum) + 1 FROM pg_index i JOIN pg_attribute a "
                "ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass "
                "AND i.indisprimary", [t])}
            cols = [(name, kinds[kind], nullable == "NO", pk.get(name, 0)) for name, kind, nullable in conn.execute(
                "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = %s "
                "ORDER BY ordinal_position", [t])]
            indexes = sorted(r[0] for r in conn.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = %s AND indexname NOT LIKE '%%_pkey'", [t]))
            out[t] = (cols, indexes)
    return out


def test_one_schema_history_gives_the_same_logical_schema_on_both(pg_url: str, tmp_path: Path, cli: Any) -> None:
    from nmdbone_desktop.store.schema import KNOWN_MIGRATIONS
    from nmdbone_desktop.store.server.schema import SERVER_MIGRATIONS

    assert list(SERVER_MIGRATIONS) == list(KNOWN_MIGRATIONS)  # a new migration needs its server twin
    path = tmp_path / "c.sqlite"
    open_store(path).close()
    open_store(pg_url).close()
    assert _catalogue_server(pg_url) == _catalogue_sqlite(path)
    for location in (path, pg_url):
        code, out, err = cli("schema-version", "--db", location)
        assert code == 0, err
        assert out.strip() == f"{KNOWN_MIGRATIONS[-1]} ({len(KNOWN_MIGRATIONS)} schema changes applied)"


def test_an_older_server_database_upgrades_in_place(pg_url: str) -> None:
    from nmdbone_desktop.store.schema import KNOWN_MIGRATIONS
    from nmdbone_desktop.store.server import schema
    from nmdbone_desktop.store.server.connection import ServerConnection, ServerDatabase, configure

    with psycopg.connect(pg_url, autocommit=True) as conn:  # a database of the release before m006
        configure(conn)
        db = ServerDatabase(ServerConnection(conn, pg_url))
        db.execute("CREATE TABLE schema_migrations (name text COLLATE \"C\" PRIMARY KEY, applied_order integer "
                   "NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
        for order, name in enumerate(KNOWN_MIGRATIONS[:5], start=1):
            schema.SERVER_MIGRATIONS[name](db)
            db.execute("INSERT INTO schema_migrations (name, applied_order) VALUES (?, ?)", [name, order])
        db.execute("INSERT INTO settings (key, value) VALUES ('demo_clinic', '1')")
    with open_store(pg_url) as store:
        assert store.schema_migrations() == list(KNOWN_MIGRATIONS)
        assert store.is_demo_clinic()
        store.save_document(rich_document())
        assert store.handled_marks() == []


def test_a_release_file_upgrades_in_place_and_moves_to_the_server_verified(
        pg_url: str, tmp_path: Path, cli: Any) -> None:
    path = tmp_path / "clinic.sqlite"
    shutil.copy(RELEASE_FILE, path)
    with sqlite3.connect(RELEASE_FILE) as raw:
        counts = {t: raw.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
                  for t in ("patients", "audit", "users", "settings", "handled_items", "assessment_cache", "dxa")}
    code, out, err = cli("schema-version", "--db", path)  # opens (and would upgrade) today's file
    assert code == 0, err
    code, out, err = cli("migrate-to", pg_url, "--db", path)
    assert code == 0, err
    assert f"moved {counts['patients']:,} patients and {counts['audit']:,} audit entries" in out
    assert "byte-identical" in out
    with psycopg.connect(pg_url) as conn:
        for table, n in counts.items():
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] >= n, table
    with open_store(path) as old, open_store(pg_url) as new:
        assert new.patient_ids() == old.patient_ids()
        assert [(e.id, e.user, e.action, e.before, e.after) for e in new.history()] == \
               [(e.id, e.user, e.action, e.before, e.after) for e in old.history()]
        assert new.handled_marks() == old.handled_marks()
        assert new.accounts() == old.accounts() and new.clinic_lsc() == old.clinic_lsc() == {"lumbar_spine": 3.1}
        assert new.assessment_summaries() == old.assessment_summaries()
        assert new.search_patients() == old.search_patients()
        new.save_document(rich_document("NEW"))  # the identity goes on after the copied ids
        assert new.history()[0].id > old.last_audit_id()
    code, _out, err = cli("migrate-to", pg_url, "--db", path)  # never over a clinic
    assert code == 1 and "not empty" in err


def test_backup_and_restore_on_the_server(pg_url: str, tmp_path: Path, cli: Any) -> None:
    with open_store(pg_url, user="dr.b") as store:
        store.import_documents([rich_document("A"), rich_document("B")], source="t")
    code, out, err = cli("backup", "--db", pg_url, "--out", tmp_path / "clinic.dump")
    assert code == 0, err
    assert "backed up 2 patients" in out
    assert (tmp_path / "clinic.dump").read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    with open_store(pg_url, user="dr.b") as store:
        store.delete_patient("B")
        store.save_document(rich_document("C"))
        result = store.restore(tmp_path / "clinic.dump")
        assert result.patients == 2 and result.kept_aside.is_file()
        assert store.patient_ids() == ["A", "B"]
        assert store.history()[0].action == "restore"
        store.save_document(rich_document("D"))  # the restored database is writable, trail goes on
    (tmp_path / "junk.dump").write_bytes(b"not a dump")
    with open_store(pg_url, user="dr.b") as store, pytest.raises(StoreError, match="not a clinic server backup"):
        store.restore(tmp_path / "junk.dump")


def test_backup_without_a_fitting_pg_dump_names_what_to_install(pg_url: str, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from nmdbone_desktop.store.server import backup

    monkeypatch.setattr(backup, "_candidates", lambda tool: [])
    with open_store(pg_url) as store, pytest.raises(StoreError, match=r"pg_dump of PostgreSQL \d+ or newer.*"
                                                                       r"postgresql-client-\d+"):
        store.backup(tmp_path / "x.dump")
    assert not (tmp_path / "x.dump").exists()


def test_an_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    from nmdbone_desktop.store.server import ServerUnavailable

    url = f"postgresql://nobody@/clinic?host={tmp_path}&connect_timeout=2"
    with pytest.raises(ServerUnavailable, match="cannot reach the clinic server"):
        open_clinic(url)


@pytest.mark.slow
def test_migrate_to_a_2000_patient_demo_clinic_verifies(pg_url: str, tmp_path: Path, cli: Any) -> None:
    """Issue 19's acceptance: a 2,000-patient demo clinic moves, same counts, export byte-identical
    (about 30 s for the demo clinic and 30 s for the move on the 2-core machine)."""
    path = tmp_path / "demo.sqlite"
    code, _out, err = cli("demo", "--db", path, "--patients", "2000", "--seed", "7")
    assert code == 0, err
    code, out, err = cli("migrate-to", pg_url, "--db", path)
    assert code == 0, err
    assert "moved 2,000 patients" in out and "export of 2,000 patients byte-identical" in out
    with open_store(path) as old, open_store(pg_url) as new:
        assert new.patient_count() == old.patient_count() == 2000
        assert len(new.history()) == len(old.history())  # both exports were audited alike
        assert new.assessment_summaries() == old.assessment_summaries()
