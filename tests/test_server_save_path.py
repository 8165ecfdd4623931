"""The clinic server's quick save (store/server/saving.py): one round trip, the revision checked by
the server, and the careful path when the record changed between the save's read and its lock.
Every save here is also checked for what matters: the stale-version refusal stays exact, nothing
is lost, the audit trail describes exactly what changed."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import pytest

from nmdbone_desktop.services.clinic import open_clinic
from nmdbone_desktop.store import RevisionConflict
from nmdbone_desktop.store.server import ServerClinicStore
from nmdbone_desktop.store.server import connection as server_connection
from tests.backends import open_store
from tests.strategies import rich_document


def _someone_saves_after_my_read(store: ServerClinicStore, other: ServerClinicStore,
                                 monkeypatch: pytest.MonkeyPatch, **change: Any) -> None:
    """Between ``store``'s read of the record and its write lock, ``other`` saves the record once."""
    real = ServerClinicStore._prepare_write
    done: list[int] = []

    def read_then_other_saves(self: ServerClinicStore, *args: Any) -> Any:
        prepared = real(self, *args)
        if self is store and not done:
            done.append(other.save_document(rich_document("P-1", **change)))
        return prepared

    monkeypatch.setattr(ServerClinicStore, "_prepare_write", read_then_other_saves)


def test_a_record_changed_between_read_and_lock_is_refused_exactly(pg_url: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(pg_url, user="ada") as ada, open_store(pg_url, user="ben") as ben:
        ada.save_document(rich_document("P-1"))
        _someone_saves_after_my_read(ada, ben, monkeypatch, falls_past_12_months=7)
        with pytest.raises(RevisionConflict) as refused:
            ada.save_document(rich_document("P-1", dysphagia=False), expected_revision=1)
        assert refused.value.by == "ben" and refused.value.actual == 2
        assert ada.revisions() == {"P-1": 2}
        assert ada.get_document("P-1") == rich_document("P-1", falls_past_12_months=7)  # ben's save stands
        assert [(e.user, e.action) for e in ada.history("P-1")] == [("ben", "edit"), ("ada", "create")]
        assert not ada._db.conn.in_transaction


def test_a_save_without_a_revision_over_a_newer_record_audits_the_difference_to_it(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The quick path's rows were made from the record as read; the record moved on, so the save is
    compared again under the lock: the trail shows the change from ben's version, not from the old one."""
    with open_store(pg_url, user="ada") as ada, open_store(pg_url, user="ben") as ben:
        ada.save_document(rich_document("P-1"))
        _someone_saves_after_my_read(ada, ben, monkeypatch, falls_past_12_months=7)
        mine = rich_document("P-1", falls_past_12_months=7, dysphagia=False)
        assert ada.save_document(mine) == 3
        assert ada.get_document("P-1") == mine
        newest = ada.history("P-1")[0]
        assert (newest.user, newest.record) == ("ada", "patient")
        assert newest.before["falls_past_12_months"] == 7 and newest.before["dysphagia"] is True
        assert newest.after["dysphagia"] is False


@pytest.mark.parametrize("how", ["store", "window"])
def test_a_save_reads_no_result_between_its_lock_and_its_commit(pg_url: str, monkeypatch: pytest.MonkeyPatch,
                                                                how: str) -> None:
    """The lock, the revision check, the writes (the window's save: with the list's cached figures,
    assessed before the lock), the notification and the commit are one batch: no statement waits
    for a result while the clinic's write lock is held (the other workstations wait on it)."""
    with open_clinic(pg_url) as clinic:
        store = clinic._store
        store.save_document(rich_document("P-1"))
        events: list[str] = []
        conn = store._db.conn
        real_execute, real_read = conn.execute, conn._read_pending

        def execute(sql: str, params: Any = None) -> Any:
            events.append(" ".join(sql.split())[:20])
            return real_execute(sql, params)

        def read_pending() -> None:
            events.append("<results read>")
            real_read()

        monkeypatch.setattr(conn, "execute", execute)
        monkeypatch.setattr(conn, "_read_pending", read_pending)
        changed = rich_document("P-1", dysphagia=False)
        if how == "store":
            assert store.save_document(changed, expected_revision=1) == 2
        else:
            revision, report, _settings = clinic.save_record(changed, action="edit", expected_revision=1,
                                                             as_of=date(2026, 11, 21))
            assert revision == 2 and report.patient_id == "P-1"
            assert clinic.assessment_summaries()["P-1"].revision == 2  # the list's figures: of the new revision
        begin = events.index("BEGIN IMMEDIATE")
        write = events[begin:events.index("COMMIT", begin) + 2]
        assert write[-2:] == ["COMMIT", "<results read>"], write
        assert "<results read>" not in write[:-1], write
        assert [e for e in write if e.startswith("SELECT")] == ["SELECT set_config('n"], write  # reads nothing
        assert store.get_document("P-1") == changed


def test_a_failed_check_rolls_back_and_leaves_the_connection_usable(pg_url: str) -> None:
    """The server's check failing (the record moved) writes nothing, and the next statement works."""
    from nmdbone_desktop.store.connection import write_transaction
    from nmdbone_desktop.store.server.saving import expect_revision

    with open_store(pg_url) as store:
        store.save_document(rich_document("P-1"))
        audit_rows = len(store.history())
        with pytest.raises(server_connection.RevisionMoved), write_transaction(store._db) as db:
            expect_revision(db, "P-1", 5)
            db.execute("DELETE FROM patients WHERE id = ?", ["P-1"])
        assert not store._db.conn.in_transaction
        assert store.revisions() == {"P-1": 1} and len(store.history()) == audit_rows


@pytest.mark.parametrize("quick_saves", range(2, 8))
def test_saves_go_on_after_a_failed_check_whenever_it_comes(pg_url: str, monkeypatch: pytest.MonkeyPatch,
                                                            quick_saves: int) -> None:
    """A failed check makes the server skip the rest of its batch: no statement of that batch may be
    taken for prepared afterwards (psycopg prepares a statement at its fifth use, so the failure is
    tried at every use around that one)."""
    with open_store(pg_url, user="ada") as ada, open_store(pg_url, user="ben") as ben:
        ada.save_document(rich_document("P-1"))
        for n in range(quick_saves):
            ada.save_document(rich_document("P-1", falls_past_12_months=n))
        _someone_saves_after_my_read(ada, ben, monkeypatch, falls_past_12_months=20)
        assert ada.save_document(rich_document("P-1", falls_past_12_months=21)) == quick_saves + 3
        monkeypatch.undo()
        for n in range(8):
            assert ada.save_document(rich_document("P-1", falls_past_12_months=30 + n)) == quick_saves + 4 + n
        assert ada.get_document("P-1") == rich_document("P-1", falls_past_12_months=37)


def test_the_patient_count_is_kept_until_someone_writes(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The list asks for the total at every keystroke: a listening store (the window's) counts again
    only after a commit of its own or of another workstation."""
    with open_store(pg_url, user="ada") as ada, open_store(pg_url, user="ben") as ben:
        ada.save_document(rich_document("P-1"))
        ada.data_version()  # the window's change watcher: listening from now on
        assert ada.patient_count() == 1
        statements: list[str] = []
        real = ada._db.conn.execute

        def execute(sql: str, params: Any = None) -> Any:
            statements.append(sql)
            return real(sql, params)

        monkeypatch.setattr(ada._db.conn, "execute", execute)
        assert ada.patient_count() == 1 and statements == []  # kept: no round trip
        ada.save_document(rich_document("P-2"))
        assert ada.patient_count() == 2
        changes = ((lambda: ben.save_document(rich_document("P-3")), 3), (lambda: ben.delete_patient("P-1"), 2))
        for change, expected in changes:
            change()
            deadline = time.monotonic() + 2.0
            while ada.patient_count() != expected:
                assert time.monotonic() < deadline, "another workstation's change not counted within 2 s"
                time.sleep(0.02)
