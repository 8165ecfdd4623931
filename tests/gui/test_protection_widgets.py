"""The data-protection widgets: history view, login dialog, change watcher, and the window's backup/restore."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nmdbone_desktop.cli.gui_commands import daily_backup
from nmdbone_desktop.services.clinic import open_clinic
from nmdbone_desktop.store import ClinicStore, Session, users
from nmdbone_desktop.ui.protection.change_watcher import ChangeWatcher
from nmdbone_desktop.ui.protection.history_view import HistoryView
from nmdbone_desktop.ui.protection.login_dialog import LoginDialog, ask_login

PASSWORD = "correct horse battery"


@pytest.fixture
def store(clinic_db: Path) -> Iterator[ClinicStore]:
    with ClinicStore(clinic_db, user="dr.gui") as s:
        yield s


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes as (kind, text), answering Yes to questions."""
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Any:
        def box(_parent: Any, _title: str, text: str, *args: Any) -> Any:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Yes

        return box

    for kind in ("information", "critical", "question", "warning"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_history_view_shows_who_changed_what(qtbot: Any, store: ClinicStore, tmp_path: Path) -> None:
    doc = store.get_document("P0001")
    dxa = [*doc.dxa]
    old_t = dxa[1].t_score
    dxa[1] = dxa[1].model_copy(update={"t_score": -2.0})
    store.save_document(doc.model_copy(update={"dxa": dxa}))
    store.record_event("letter", patient_id="P0001", detail={"kind": "gp"})
    view = HistoryView(store)
    qtbot.addWidget(view)
    assert view.objectName() == "historyView"
    view.set_patient("P0001")
    rows = view.rows()
    assert rows[0][1:3] == ("dr.gui", "letter printed") and "kind: gp" in rows[0][4]
    edit = next(r for r in rows if r[2] == "edited")
    assert edit[3] == "dxa[1]" and f"t_score: {old_t} → -2.0" in edit[4]
    assert rows[-1][2] == "imported" and rows[-1][4].startswith("whole record: Müller, Anna")
    view.table.selectRow(rows.index(edit))
    text = view.detail.toPlainText()
    assert "Before:" in text and "After:" in text and '"t_score": -2.0' in text
    view.set_patient(None)
    assert any(r[2] == "imported" and r[3] == "" for r in view.rows())  # the clinic-wide import summary
    view.set_patient("P-NOBODY")
    assert view.rows() == [] and view.detail.toPlainText() == ""
    store.restore(store.backup(tmp_path / "b.sqlite").path)
    view.set_patient("P0001")  # a restore replaced every record: it shows in each patient's history
    assert view.rows()[0][1:3] == ("dr.gui", "restored backup")


def test_login_dialog_signs_in_and_refuses_wrong_passwords(qtbot: Any, clinic_db: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(users, "_hasher", lambda: cheap)
    monkeypatch.setattr(users, "_dummy_hash", lambda: cheap.hash("dummy password"))
    with ClinicStore(clinic_db) as admin:
        assert ask_login(admin) == admin.session  # no login configured: no dialog at all
        admin.add_user("nina", "nurse", PASSWORD)
        admin.add_user("dr.who", "physician", PASSWORD)
        admin.set_login_required(True)
    with open_clinic(clinic_db) as store:
        dialog = LoginDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.objectName() == "loginDialog"
        dialog.user.setText("nina")
        dialog.password.setText("wrong password")
        assert not dialog.try_sign_in()
        assert "Wrong user name or password" in dialog.error.text() and dialog.password.text() == ""
        dialog.password.setText(PASSWORD)
        assert dialog.try_sign_in()
        assert dialog.result() == LoginDialog.DialogCode.Accepted
        assert dialog.session == store.session == Session("nina", "nurse", authenticated=True)


def test_change_watcher_notices_the_other_window(qtbot: Any, clinic_db: Path, store: ClinicStore) -> None:
    watcher = ChangeWatcher(store, interval_ms=20)
    assert not watcher.check_now()
    store.record_event("letter", patient_id="P0001")  # our own write is not "elsewhere"
    assert not watcher.check_now()
    with ClinicStore(clinic_db) as other:
        other.delete_patient("P0003")
    assert watcher.check_now()
    assert not watcher.check_now()  # once per change
    with qtbot.waitSignal(watcher.changed_elsewhere, timeout=10_000):
        watcher.start()
        with ClinicStore(clinic_db) as other:
            other.delete_patient("P0002")
    watcher.stop()


def test_the_window_follows_changes_made_elsewhere(window: Any, clinic_db: Path) -> None:
    """The window's one change watcher: another connection's commit refreshes the list."""
    count = window.model.rowCount()
    assert not window.watcher.check_now()
    with ClinicStore(clinic_db) as other:
        other.delete_patient("P0003")
    assert window.watcher.check_now()
    assert window.model.rowCount() == count - 1
    assert "changed elsewhere" in window.statusBar().currentMessage()


def _finish(qtbot: Any, task: Any) -> None:
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=60_000):
        pass


def test_backup_and_restore_from_the_file_menu(qtbot: Any, window: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               boxes: list[tuple[str, str]]) -> None:
    store = window.clinic
    target = tmp_path / "backups" / "menu.sqlite"
    target.parent.mkdir()
    _choose(monkeypatch, target)
    _finish(qtbot, window.file_commands.backup())
    assert target.is_file() and boxes[-1][0] == "information" and "verified" in boxes[-1][1]
    count = store.patient_count()

    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x13" * 10_000)
    _choose(monkeypatch, junk)
    store.delete_patient("P0001")
    assert window.file_commands.restore() is None
    assert boxes[-1][0] == "warning" and "Nothing was changed" in boxes[-1][1]
    assert "question" not in [kind for kind, _ in boxes]  # refused before anything is asked
    assert store.patient_count() == count - 1

    _choose(monkeypatch, target)
    _finish(qtbot, window.file_commands.restore())
    assert window.clinic.patient_count() == count
    kinds = [kind for kind, _ in boxes[-2:]]
    assert kinds == ["question", "information"] and f"{count} patients" in boxes[-2][1]


def test_a_restore_in_the_window_always_asks(qtbot: Any, window: Any, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    backup = window.clinic.backup(tmp_path / "b.sqlite")
    window.clinic.delete_patient("P0001")
    count = window.clinic.patient_count()
    asked: list[str] = []

    def cancel(_parent: Any, _title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    _choose(monkeypatch, backup.path)
    assert window.file_commands.restore() is None
    assert len(asked) == 1 and str(backup.path) in asked[0] and "kept aside" in asked[0]
    assert window.clinic.patient_count() == count and window.file_commands.task is None


def test_restore_needs_a_physician(qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   boxes: list[tuple[str, str]]) -> None:
    _choose(monkeypatch, tmp_path / "never-asked.sqlite")
    window.clinic.session = Session("sam", "secretary")
    assert window.file_commands.restore() is None
    assert boxes == [("warning", "sam (secretary) may not restore a backup: that needs the physician role")]


def test_the_daily_backup_on_close_never_raises(tmp_path: Path, clinic_db: Path) -> None:
    made = daily_backup(clinic_db, keep=2, backups_dir=tmp_path / "auto")
    assert made is not None and made.parent == tmp_path / "auto"
    assert daily_backup(clinic_db, keep=2, backups_dir=tmp_path / "auto") is None  # once a day
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 100)
    assert daily_backup(broken, backups_dir=tmp_path / "auto") is None


def test_a_cache_only_write_elsewhere_refreshes_the_list_without_news(window: Any, clinic_db: Path) -> None:
    """A worklist build (here: another connection assessing the clinic for a later date) writes
    only the assessment cache: the list is refreshed, but nobody changed the clinic, so the window
    does not say so (it did, every morning, once the window started building the worklist)."""
    from datetime import date

    from nmdbone_desktop.services import refresh_assessments

    window.statusBar().clearMessage()
    with ClinicStore(clinic_db) as other:
        assert refresh_assessments(other, date(2027, 6, 1)).computed > 0
    assert window.watcher.check_now()
    assert "changed elsewhere" not in window.statusBar().currentMessage()
    with ClinicStore(clinic_db) as other:  # a change of the record still is news
        other.delete_patient("P0003")
    assert window.watcher.check_now()
    assert "changed elsewhere" in window.statusBar().currentMessage()
