"""Issue 19 item 8: the smaller database shows exactly the history the older format showed.

The expected outputs in ``tests/fixtures/audit_v1/`` were made by the code before the compact
storage format (see ``make_fixtures.py`` there); these tests replay the same work with today's
code, and upgrade a clinic file that older code wrote.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from nmdbone_desktop.store import ClinicStore, storage_format
from nmdbone_desktop.store.audit_text import entry_json
from tests import audit_history_script as script

if TYPE_CHECKING:
    from tests.conftest import Cli

EXPECTED_HISTORY = json.loads((script.FIXTURES / "history_50_edits.json").read_text("utf-8"))
EXPECTED_CLINIC = json.loads((script.FIXTURES / "clinic_v1_expected.json").read_text("utf-8"))


def test_history_of_a_patient_edited_50_times_is_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "clinic.sqlite"
    with script.utc_local_time(monkeypatch):
        with script.fixed_clock(monkeypatch), ClinicStore(db, user=script.USER) as store:
            script.run_script(store)
        shown = script.history_outputs(db, capsys)
    assert len(shown["entries"]) == 50
    for key in ("entries", "cli_json", "cli_table"):  # entries first: the most precise message
        assert shown[key] == EXPECTED_HISTORY[key], key


def _upgraded_copy(tmp_path: Path) -> Path:
    db = tmp_path / "clinic_v1.sqlite"
    shutil.copyfile(script.FIXTURES / "clinic_v1.sqlite", db)
    return db


def test_a_clinic_written_by_the_older_format_upgrades_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = _upgraded_copy(tmp_path)
    size_before = db.stat().st_size
    with ClinicStore(db, user=script.USER) as store:
        assert db.stat().st_size < size_before * 0.7  # compacted once after the upgrade (VACUUM)
        from nmdbone_desktop.core.validation import canonical_json

        assert {doc.id: canonical_json(doc) for doc in store.iter_documents()} == EXPECTED_CLINIC["export"]
        assert [{"id": e.id, **entry_json(e)} for e in store.history()] == EXPECTED_CLINIC["history"]
        summaries = {pid: {"revision": s.revision, "as_of": s.as_of.isoformat(), "codes": list(s.codes),
                           "flags": list(s.flags), "risk_category": s.risk_category,
                           "next_due": s.next_due.isoformat() if s.next_due else None, "report_json": s.report_json}
                     for pid, s in sorted(store.assessment_summaries().items())}
        assert summaries == EXPECTED_CLINIC["summaries"]
        assert [m.record() | {"patient_id": m.patient_id, "code": m.code}
                for m in store.handled_marks()] == EXPECTED_CLINIC["handled"]
    # the command line's export writes the same bytes, and the history of the edited patient is unchanged
    from nmdbone_desktop.cli.main import main

    out = tmp_path / "export"
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    assert {p.stem: p.read_text("utf-8") for p in out.glob("*.json")} == EXPECTED_CLINIC["export"]
    with script.utc_local_time(monkeypatch):
        shown = script.history_outputs(db, capsys)
    assert shown == EXPECTED_CLINIC["patient_history"]


@pytest.mark.parametrize("sql", [
    "UPDATE audit SET user = 'someone else'",
    "DELETE FROM audit WHERE id = 1",
    "INSERT OR REPLACE INTO audit (id, at, user, action) VALUES (1, '2020-01-01', 'x', 'forged')",
])
def test_the_upgraded_trail_stays_append_only(tmp_path: Path, sql: str) -> None:
    db = _upgraded_copy(tmp_path)
    ClinicStore(db).close()
    conn = sqlite3.connect(db)
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(audit)")]
        assert columns == ["id", "at", "user", "action", "patient_id", "record", "change", "detail"]
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(sql)
    finally:
        conn.close()


def test_an_upgrade_that_fails_half_way_leaves_the_file_as_it_was(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    db = _upgraded_copy(tmp_path)

    def broken(text: str | None) -> bytes:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(storage_format, "pack_report", broken)  # the audit is done, the cache fails
    with pytest.raises(RuntimeError, match="disk on fire"):
        ClinicStore(db)
    conn = sqlite3.connect(db)
    try:
        assert "before_json" in [row[1] for row in conn.execute("PRAGMA table_info(audit)")]
        assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] == len(EXPECTED_CLINIC["history"])
        assert "audit_v2" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    monkeypatch.undo()
    with ClinicStore(db) as store:  # and a later start upgrades it
        assert [{"id": e.id, **entry_json(e)} for e in store.history()] == EXPECTED_CLINIC["history"]


def test_documents_and_reports_are_stored_compressed(tmp_path: Path) -> None:
    """The sizes the smaller database rests on (issue 19 item 8: ≤ 150 MB at 20,000 patients)."""
    from datetime import date

    from nmdbone_desktop.demo import generate_clinic
    from nmdbone_desktop.services.assessments import refresh_assessments

    db = tmp_path / "clinic.sqlite"
    with ClinicStore(db) as store:
        store.import_documents(list(generate_clinic(60, seed=5, as_of=date(2026, 12, 3))), source="demo")
        refresh_assessments(store, date(2026, 12, 3), workers=1)
    conn = sqlite3.connect(db)
    try:
        change, = conn.execute("SELECT avg(length(change)) FROM audit WHERE record = 'document'").fetchone()
        report, = conn.execute("SELECT avg(length(report)) FROM assessment_cache").fetchone()
    finally:
        conn.close()
    # uncompressed: ≈ 5,600 bytes a document, ≈ 4,600 a report
    assert change < 1000 and report < 500, (change, report)


def test_a_backup_made_by_the_older_format_restores_with_its_history(tmp_path: Path, cli: Cli) -> None:
    backup = _upgraded_copy(tmp_path)  # the older file as it is, used as a backup
    db = tmp_path / "new.sqlite"
    code, _out, err = cli("restore", backup, "--db", db, stdin="yes\n")
    assert code == 0, err
    with ClinicStore(db) as store:
        entries = [{"id": e.id, **entry_json(e)} for e in store.history()]
        from nmdbone_desktop.core.validation import canonical_json

        assert {doc.id: canonical_json(doc) for doc in store.iter_documents()} == EXPECTED_CLINIC["export"]
    assert entries[0]["action"] == "restore"
    assert entries[1:] == EXPECTED_CLINIC["history"]


def test_a_damaged_or_unknown_stored_value_is_refused_with_the_reason() -> None:
    good = storage_format.pack_change({"a": 1}, None)
    assert good is not None and storage_format.unpack_change(good) == ({"a": 1}, None)
    with pytest.raises(storage_format.FormatError, match="unknown storage format tag 9"):
        storage_format.unpack_change(b"\x09" + good[1:])
    with pytest.raises(storage_format.FormatError, match="damaged"):
        storage_format.unpack_change(good[:1] + b"garbage")
    with pytest.raises(storage_format.FormatError, match="empty"):
        storage_format.unpack_report(b"")
