"""Backups are consistent and verified; restore refuses anything unsound and keeps the current database aside.

The commands run in-process through ``cli.main.main`` (the same parser, handlers and exit-code
mapping as the installed ``nmdbone-desktop``; the ``cli`` fixture of tests/conftest.py).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlite_utils import Database

from nmdbone_desktop.core.validation import canonical_json
from nmdbone_desktop.demo import generate_clinic
from nmdbone_desktop.store import BackupInvalid, ClinicStore, auto_backup, inspect_backup
from nmdbone_desktop.store.rotation import auto_backups
from nmdbone_desktop.store.schema import KNOWN_MIGRATIONS, migrations

if TYPE_CHECKING:
    from tests.conftest import Cli

TODAY = date.today()



@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    """A 12-patient clinic database, closed (no -wal beside it)."""
    path = tmp_path / "clinic.sqlite"
    with ClinicStore(path, user="dr.rossi") as store:
        store.import_documents(list(generate_clinic(12, seed=5, as_of=TODAY)), source="test")
    return path


def _documents(db: Path) -> dict[str, str]:
    with ClinicStore(db) as store:
        return {d.id: canonical_json(d) for d in store.iter_documents()}


def _write_import_files(folder: Path, n: int, seed: int) -> Path:
    folder.mkdir()
    for doc in generate_clinic(n, seed=seed, as_of=TODAY):
        new_id = f"N{doc.id}"
        text = canonical_json(doc).replace(f'"id": "{doc.id}"', f'"id": "{new_id}"')
        (folder / f"{new_id}.json").write_text(text, encoding="utf-8")
    return folder


def test_backup_import_restore_gives_back_exactly_the_backed_up_patients(cli: Cli, clinic: Path,
                                                                          tmp_path: Path) -> None:
    """The clinic's acceptance check, end to end through the command line."""
    before = _documents(clinic)
    backup = tmp_path / "backups" / "monday.sqlite"
    code, out, err = cli("backup", "--db", clinic, "--out", backup)
    assert code == 0, err
    assert "12 patients" in out and "verified" in out

    code, _, err = cli("import", "--db", clinic, _write_import_files(tmp_path / "new", 3, seed=9))
    assert code == 0, err
    assert len(_documents(clinic)) == 15

    code, out, err = cli("restore", "--db", clinic, backup)
    assert code == 0, err
    assert _documents(clinic) == before  # the same patients, byte for byte
    aside = next(tmp_path.glob("clinic.sqlite.before-restore-*"))
    assert str(aside.name) in out
    assert inspect_backup(aside).patients == 15  # the state just before the restore is kept

    code, out, err = cli("history", "--db", clinic, "--json")
    assert code == 0, err
    entries = json.loads(out)
    assert entries and entries[0]["action"] == "restore"
    assert entries[0]["detail"]["source"] == str(backup.resolve())
    assert {"import"} <= {e["action"] for e in entries}


def _random_bytes(path: Path, good: Path) -> None:
    path.write_bytes(bytes(range(256)) * 64)


def _truncated(path: Path, good: Path) -> None:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damaged_pages(path: Path, good: Path) -> None:
    data = bytearray(good.read_bytes())
    for offset in range(4096 * 2, len(data), 4096 * 3):  # scribble over a stretch of several pages
        data[offset + 100: offset + 1100] = b"\xa5" * 1000
    path.write_bytes(bytes(data))


def _foreign_sqlite(path: Path, good: Path) -> None:
    db = Database(path)
    db["patients"].insert({"id": "x", "name": "a table of the same name is not enough"})
    db.close()


def _empty_file(path: Path, good: Path) -> None:
    path.write_bytes(b"")


def _newer_version(path: Path, good: Path) -> None:
    shutil.copy(good, path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('nmdbone_desktop', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()


def _unprotected_audit(path: Path, good: Path) -> None:
    shutil.copy(good, path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.commit()
    conn.close()


BAD_BACKUPS = {
    "random bytes": (_random_bytes, "not a SQLite database"),
    "truncated": (_truncated, "damaged"),
    "damaged pages": (_damaged_pages, "damaged"),
    "foreign SQLite file": (_foreign_sqlite, "not an NMD Bone Desktop clinic database"),
    "empty file": (_empty_file, "the file is empty"),
    "newer version": (_newer_version, "newer version"),
    "audit triggers dropped": (_unprotected_audit, "append-only"),
}


@pytest.mark.parametrize("kind", list(BAD_BACKUPS))
def test_restore_refuses_an_unsound_file_and_changes_nothing(cli: Cli, clinic: Path, tmp_path: Path,
                                                             kind: str) -> None:
    make, message = BAD_BACKUPS[kind]
    good = tmp_path / "good.sqlite"
    assert cli("backup", "--db", clinic, "--out", good)[0] == 0
    bad = tmp_path / "bad.sqlite"
    make(bad, good)
    before = _documents(clinic)
    with ClinicStore(clinic) as store:
        audit_before = len(store.history())
    code, out, err = cli("restore", "--db", clinic, bad)
    assert code == 2, (out, err)
    assert "nothing was changed" in err and str(bad) in err and message in err
    assert "Traceback" not in err
    assert _documents(clinic) == before
    with ClinicStore(clinic) as store:
        assert len(store.history()) == audit_before
    assert not list(tmp_path.glob("clinic.sqlite.before-restore-*"))
    assert not list(tmp_path.glob(".clinic.sqlite.restore-*"))


def test_backup_copies_commits_still_in_the_wal(clinic: Path, tmp_path: Path) -> None:
    """A plain file copy of a live WAL database misses recent commits; the backup API does not."""
    with ClinicStore(clinic) as writer:
        writer._db.execute("PRAGMA wal_autocheckpoint = 0")
        doc = next(iter(generate_clinic(1, seed=77, as_of=TODAY)))
        writer.save_document(doc.model_copy(update={"id": "WAL-ONLY"}))
        assert Path(f"{clinic}-wal").stat().st_size > 0
        naive = tmp_path / "file-copy.sqlite"
        shutil.copy(clinic, naive)  # what must never be done: the main file without its -wal
        info = writer.backup(tmp_path / "proper.sqlite")
        with ClinicStore(naive) as copied:
            assert "WAL-ONLY" not in copied.patient_ids()
    assert info.patients == 13
    assert not Path(f"{info.path}-wal").exists()
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "WAL-ONLY" in {r[0] for r in conn.execute("SELECT id FROM patients")}
    conn.close()


def test_backup_is_audited_and_refuses_to_overwrite_the_database(cli: Cli, clinic: Path, tmp_path: Path) -> None:
    code, _, err = cli("backup", "--db", clinic, "--out", clinic)
    assert code == 1 and "the database itself" in err
    code, _, err = cli("backup", "--db", tmp_path / "missing.sqlite", "--out", tmp_path / "x.sqlite")
    assert code == 2 and "no database" in err
    assert not (tmp_path / "missing.sqlite").exists()
    assert cli("backup", "--db", clinic, "--out", tmp_path / "b.sqlite")[0] == 0
    with ClinicStore(clinic) as store:
        (entry, *_) = store.history()
    assert entry.action == "backup" and entry.detail["patients"] == 12


def test_restore_brings_an_older_backup_up_to_date_and_records_itself(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    db = Database(old)
    db.conn.execute("PRAGMA journal_mode = DELETE")
    migrations.apply(db, stop_before="m002_accounts")  # a backup made before accounts existed
    db.close()
    live = tmp_path / "clinic.sqlite"
    with ClinicStore(live, user="dr.bianchi") as store, ClinicStore(live) as other_window:
        store.import_documents(list(generate_clinic(2, seed=1, as_of=TODAY)))
        version = other_window.data_version()
        result = store.restore(old)
        assert result.patients == 0 and store.patient_count() == 0
        assert other_window.patient_count() == 0  # the other connection sees the restored data …
        assert other_window.data_version() != version  # … and its change watcher notices
        (entry,) = store.history()
        assert (entry.user, entry.action, entry.detail["patients"]) == ("dr.bianchi", "restore", 0)
        applied = [r[0] for r in store._db.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == list(KNOWN_MIGRATIONS)
    assert inspect_backup(result.kept_aside).patients == 2


def test_restore_of_a_missing_file_is_invalid_input(cli: Cli, clinic: Path, tmp_path: Path) -> None:
    code, _, err = cli("restore", "--db", clinic, tmp_path / "nope.sqlite")
    assert code == 2 and "no such file" in err
    with ClinicStore(clinic) as store, pytest.raises(BackupInvalid, match="database itself"):
        store.restore(clinic)


def test_restore_into_a_lost_database(cli: Cli, clinic: Path, tmp_path: Path) -> None:
    """Disaster recovery: the database is gone, the backup brings it back (nothing to keep aside)."""
    backup = tmp_path / "b.sqlite"
    assert cli("backup", "--db", clinic, "--out", backup)[0] == 0
    lost = tmp_path / "new-disk" / "clinic.sqlite"
    code, out, err = cli("restore", "--db", lost, backup)
    assert code == 0, err
    assert "new database" in out and _documents(lost) == _documents(clinic)
    assert not list(lost.parent.glob("*before-restore*"))


def test_auto_backup_once_a_day_keeps_the_newest(clinic: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    day = datetime(2026, 3, 1, 18, 30)
    first = auto_backup(clinic, folder, keep=3, now=day)
    assert first is not None and inspect_backup(first).patients == 12
    assert auto_backup(clinic, folder, keep=3, now=day + timedelta(hours=2)) is None  # same day: nothing
    (folder / "manual.sqlite").write_bytes(b"kept")
    (folder / "other-auto-20200101-000000.sqlite").write_bytes(b"another database's")
    for n in range(1, 6):
        assert auto_backup(clinic, folder, keep=3, now=day + timedelta(days=n)) is not None
    kept = [stamp.date() for stamp, _ in auto_backups(clinic, folder)]
    assert kept == [(day + timedelta(days=n)).date() for n in (3, 4, 5)]
    assert (folder / "manual.sqlite").exists() and (folder / "other-auto-20200101-000000.sqlite").exists()
    assert auto_backup(tmp_path / "absent.sqlite", folder, now=day) is None
    namesake = tmp_path / "elsewhere" / "clinic.sqlite"  # another database of the same name
    namesake.parent.mkdir()
    shutil.copy(clinic, namesake)
    assert auto_backup(namesake, folder, keep=1, now=day + timedelta(days=5)) is not None  # its own series
    assert len(auto_backups(clinic, folder)) == 3 and len(auto_backups(namesake, folder)) == 1
    with pytest.raises(ValueError):
        auto_backup(clinic, folder, keep=0, now=day)
