"""Every write leaves an audit trail of who changed which record, when, from what to what."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nmdbone_desktop.core.validation import canonical_dict
from nmdbone_desktop.store import ClinicStore, PatientNotFound, RevisionConflict, StoreError
from tests.backends import open_store
from tests.strategies import rich_document


@pytest.fixture()
def store(clinic_location: str | Path) -> Iterator[ClinicStore]:
    with open_store(clinic_location, user="dr.rossi") as s:
        yield s


def _dxa(date: str, t: float) -> dict:
    return {"date": date, "site": "femoral_neck", "t_score": t}


def test_create_is_one_document_record(store: ClinicStore) -> None:
    doc = rich_document()
    assert store.save_document(doc) == 1
    (entry,) = store.history(doc.id)
    assert (entry.user, entry.action, entry.patient_id, entry.record) == ("dr.rossi", "create", doc.id, "document")
    assert entry.before is None and entry.after == canonical_dict(doc)
    assert abs(datetime.now(UTC) - entry.at) < timedelta(hours=1) and entry.at.tzinfo is not None


def test_edit_is_audited_per_record(store: ClinicStore) -> None:
    base = rich_document(dxa=[_dxa("2020-01-01", -1.0), _dxa("2021-01-01", -1.5), _dxa("2022-01-01", -2.0)])
    store.save_document(base)
    edited = rich_document(
        name={"given": "Zoë", "family": "Łukasiewicz"},  # scalar part: one "patient" record
        dxa=[_dxa("2020-01-01", -1.0), _dxa("2020-06-01", -1.2),  # inserted: added as dxa[1]
             _dxa("2021-01-01", -1.5), _dxa("2022-01-01", -2.5)],  # last one changed: dxa[3]
        labs=[],  # three removed
    )
    assert store.save_document(edited, expected_revision=1) == 2
    entries = [e for e in store.history(base.id) if e.action == "edit"]
    by_record = {e.record: e for e in entries}
    assert set(by_record) == {"patient", "dxa[1]", "dxa[3]", "labs[0]", "labs[1]", "labs[2]"}
    assert all(e.user == "dr.rossi" for e in entries)
    assert by_record["patient"].before["name"]["family"] == "Łukasiewicz-Müller"
    assert by_record["patient"].after["name"]["family"] == "Łukasiewicz"
    assert "dxa" not in by_record["patient"].after  # lists are their own records
    assert by_record["dxa[1]"].before is None and by_record["dxa[1]"].after["date"] == "2020-06-01"
    assert by_record["dxa[3]"].before["t_score"] == -2.0 and by_record["dxa[3]"].after["t_score"] == -2.5
    assert by_record["labs[0]"].after is None and by_record["labs[0]"].before["test"] == "25ohd"
    assert store.get_document(base.id) == edited


def test_identical_save_changes_nothing(store: ClinicStore) -> None:
    doc = rich_document()
    store.save_document(doc)
    before = len(store.history())
    assert store.save_document(rich_document()) == 1
    assert len(store.history()) == before


def test_expected_revision_mismatch_is_refused(store: ClinicStore) -> None:
    doc = rich_document()
    store.save_document(doc)
    store.save_document(rich_document(falls_past_12_months=3), expected_revision=1)
    with pytest.raises(StoreError, match="changed by someone else") as caught:
        store.save_document(rich_document(falls_past_12_months=5), expected_revision=1)
    assert isinstance(caught.value, RevisionConflict)
    assert store.get_document(doc.id).falls_past_12_months == 3
    with pytest.raises(RevisionConflict):  # 0 means "a new patient", but it exists
        store.save_document(rich_document(), expected_revision=0)


def test_delete_keeps_the_whole_document(store: ClinicStore) -> None:
    doc = rich_document()
    store.save_document(doc)
    store.delete_patient(doc.id)
    assert store.patient_count() == 0
    latest = store.history(doc.id, limit=1)[0]
    assert (latest.action, latest.record, latest.after) == ("delete", "document", None)
    assert latest.before == canonical_dict(doc)
    with pytest.raises(PatientNotFound):
        store.delete_patient(doc.id)


def test_record_event_and_history_order(store: ClinicStore) -> None:
    store.save_document(rich_document())
    store.record_event("letter", patient_id="P-0001", detail={"kind": "gp", "file": "gp.pdf"})
    store.record_event("backup", detail={"out": "x.sqlite"})
    entries = store.history()
    assert [e.action for e in entries] == ["backup", "letter", "create"]  # newest first
    assert entries[1].detail == {"kind": "gp", "file": "gp.pdf"} and entries[1].record is None
    assert [e.action for e in store.history("P-0001")] == ["letter", "create"]
    assert len(store.history(limit=2)) == 2


def test_user_defaults_to_the_os_user(tmp_path: Path) -> None:
    import getpass

    with ClinicStore(tmp_path / "c.sqlite") as s:
        assert s.user == getpass.getuser()
        s.record_event("open")
        assert s.history()[0].user == getpass.getuser()


def test_audit_rows_cannot_be_changed_or_deleted(store: ClinicStore, backend: str) -> None:
    """Refused by the database itself (a trigger; the server's store owns its tables, so this is
    the owner being refused). The server's refusals come through as the store's own error."""
    store.save_document(rich_document())
    db = store._db
    refused = sqlite3.IntegrityError if backend == "sqlite" else StoreError
    with pytest.raises(refused, match="append-only"):
        db.execute("UPDATE audit SET [user] = 'someone else'")
    with pytest.raises(refused, match="append-only"):
        db.execute("DELETE FROM audit")
    assert store.history()[0].user == "dr.rossi"


def test_audit_is_written_in_the_same_transaction(store: ClinicStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the audit cannot be written, the change is not written either."""
    from nmdbone_desktop.store import audit

    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "append", broken)
    with pytest.raises(RuntimeError):
        store.save_document(rich_document())
    assert store.patient_count() == 0


def test_a_stale_save_names_who_changed_what_and_when(clinic_location: str | Path) -> None:
    with open_store(clinic_location, user="dr.rossi") as mine, open_store(clinic_location, user="nurse.kim") as theirs:
        mine.save_document(rich_document())
        opened = 1  # both workstations opened revision 1
        theirs.save_document(rich_document(falls_past_12_months=4, dxa=[_dxa("2026-01-05", -2.0)]),
                             expected_revision=opened)
        before = datetime.now(UTC)
        with pytest.raises(RevisionConflict) as caught:
            mine.save_document(rich_document(falls_past_12_months=9), expected_revision=opened)
        refusal = caught.value
        assert (refusal.by, refusal.expected, refusal.actual) == ("nurse.kim", 1, 2)
        assert refusal.records[0] == "patient" and "dxa[0]" in refusal.records
        assert refusal.at is not None and abs(datetime.fromisoformat(refusal.at) - before) < timedelta(minutes=1)
        message = str(refusal)
        assert "nurse.kim changed patient, dxa[0]" in message
        assert f"{refusal.at[:10]} at {refusal.at[11:16]} UTC" in message
        assert "nothing was saved" in message
        assert mine.get_document("P-0001").falls_past_12_months == 4  # theirs kept, mine refused
