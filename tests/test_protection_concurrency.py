"""Two windows (or a window and the command line) on one database, and databases on network shares.

A real second connection holds ``BEGIN IMMEDIATE``; the store must then say "busy, try again"
(:class:`DatabaseBusy`) after its busy timeout instead of crashing or half-writing, keep reading
meanwhile (WAL), and see the other connection's commits through ``data_version``. The busy
timeout is shortened for the tests; no assertion depends on timing.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from nmdbone_desktop.cli import protection_commands
from nmdbone_desktop.core.validation import canonical_json
from nmdbone_desktop.store import ClinicStore, DatabaseBusy, connection, is_network_filesystem, network_warning
from nmdbone_desktop.store.errors import BUSY_MESSAGE
from nmdbone_desktop.store.filesystem import linux_mount_type
from tests.strategies import rich_document


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.2)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite"
    with ClinicStore(path) as store:
        store.import_documents([rich_document("P-1"), rich_document("P-2")])
    return path


@pytest.fixture
def other_writer(db: Path) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a write transaction."""
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO audit (at, user, action) VALUES ('2026-01-01T00:00:00+00:00', 'other', 'busy')")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def test_a_held_write_lock_gives_a_clear_busy_error_and_reads_go_on(db: Path, other_writer: sqlite3.Connection,
                                                                     tmp_path: Path) -> None:
    with ClinicStore(db) as store:
        doc = store.get_document("P-1")  # WAL: reading is not blocked by the writer
        before = (store.patient_count(), len(store.history()))
        for attempt in (lambda: store.save_document(doc.model_copy(update={"falls_past_12_months": 7})),
                        lambda: store.delete_patient("P-2"),
                        lambda: store.import_documents([rich_document("P-3")]),
                        lambda: store.record_event("letter")):
            with pytest.raises(DatabaseBusy) as busy:
                attempt()
            assert str(busy.value) == BUSY_MESSAGE
            assert not store._db.conn.in_transaction
        backup = store.backup(tmp_path / "during-lock.sqlite")  # a backup only reads: it works
        assert backup.patients == 2
        with pytest.raises(DatabaseBusy):
            store.restore(backup.path)
        assert not list(tmp_path.glob("clinic.sqlite.before-restore-*"))  # nothing kept aside for nothing
        other_writer.execute("ROLLBACK")
        assert (store.patient_count(), len(store.history())) == before
        assert store.save_document(doc.model_copy(update={"falls_past_12_months": 7})) == 2  # free again


def test_command_line_import_while_locked_exits_1_with_the_message(
        db: Path, other_writer: sqlite3.Connection, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli_main = importlib.import_module("nmdbone_desktop.cli.main")
    (tmp_path / "P-5.json").write_text(canonical_json(rich_document("P-5")), encoding="utf-8")
    assert cli_main.main(["import", "--db", str(db), str(tmp_path / "P-5.json")]) == 1
    err = capsys.readouterr().err
    assert BUSY_MESSAGE in err and "Traceback" not in err


def test_data_version_sees_other_connections_commits_only(db: Path) -> None:
    with ClinicStore(db) as window, ClinicStore(db) as command_line:
        start = window.data_version()
        window.save_document(rich_document("P-4"))
        assert window.data_version() == start  # its own write is not "elsewhere"
        command_line.delete_patient("P-4")
        assert window.data_version() != start
        assert "P-4" not in window.patient_ids()


MOUNTS = r"""sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/clinic /mnt/clinic nfs4 rw,relatime 0 0
//fileserver/share /mnt/smb\040share cifs rw 0 0
/dev/sdb1 /mnt/clinic/local ext4 rw 0 0
user@host:/data /home/me/remote fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/me/clinic.sqlite", "ext4"),
    ("/mnt/clinic/clinic.sqlite", "nfs4"),
    ("/mnt/clinic", "nfs4"),
    ("/mnt/clinicX/db.sqlite", "ext4"),  # a longer name is not inside /mnt/clinic
    ("/mnt/clinic/local/db.sqlite", "ext4"),  # a local disk mounted inside the share
    ("/mnt/smb share/db.sqlite", "cifs"),  # octal-escaped space in the mount point
    ("/home/me/remote/db.sqlite", "fuse.sshfs"),
])
def test_linux_mount_table_lookup(path: str, kind: str) -> None:
    assert linux_mount_type(Path(path), MOUNTS) == kind


def test_local_temp_folder_is_not_a_network_share(tmp_path: Path) -> None:
    assert not is_network_filesystem(tmp_path / "not-yet" / "clinic.sqlite")
    assert network_warning(tmp_path / "clinic.sqlite") is None


def test_command_line_warns_about_a_network_share(monkeypatch: pytest.MonkeyPatch, db: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(protection_commands, "network_warning",
                        lambda path: f"warning: {path} is on a network file system (nfs4)")
    cli_main = importlib.import_module("nmdbone_desktop.cli.main")
    if protection_commands not in cli_main.COMMAND_MODULES:
        monkeypatch.setattr(cli_main, "COMMAND_MODULES", (*cli_main.COMMAND_MODULES, protection_commands))
    assert cli_main.main(["history", "--db", str(db), "--limit", "1"]) == 0
    assert "network file system" in capsys.readouterr().err
