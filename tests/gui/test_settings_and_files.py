"""Settings survive a restart; import/export run in the background, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nmdbone_desktop.app import build_main_window

from .conftest import AS_OF, MULLER


def _open(qtbot: Any, db: Path, settings: Path) -> Any:
    win = build_main_window(db, settings_path=settings, today=lambda: AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_sites_chosen_earlier_survive_a_window_closed_before_its_chart_was_built(
        qtbot: Any, clinic_db: Path, tmp_path: Path) -> None:
    """The chart is built after the first paint (ui/chart_slot.py): a window closed before that
    must keep the sites chosen in an earlier session, not forget them, and apply them once built."""

    settings = tmp_path / "settings.ini"
    settings.write_text("[chart]\nsites=lumbar_spine\n")
    win = build_main_window(clinic_db, settings_path=settings, today=lambda: AS_OF)
    qtbot.addWidget(win)
    assert not win.chart_slot.built
    win.close()  # never shown: the chart was never built
    win.clinic.close()
    assert "sites=lumbar_spine" in settings.read_text()

    again = _open(qtbot, clinic_db, settings)
    qtbot.waitUntil(lambda: again.chart_slot.built and again.controller.doc is not None)
    assert again.chart.selected_sites() == ["lumbar_spine"]
    again.close()
    again.clinic.close()


def test_settings_round_trip(qtbot: Any, clinic_db: Path, tmp_path: Path) -> None:
    settings = tmp_path / "settings.ini"
    win = _open(qtbot, clinic_db, settings)
    win.resize(900, 700)  # Qt keeps the window's minimum width if that is more
    win.splitter.setSizes([260, win.splitter.width() - 260])
    win.chart.site_boxes["total_hip"].setChecked(False)
    win.tabs.setCurrentIndex(1)
    assert win.patient_list.select_patient("P0002")
    sizes = win.splitter.sizes()
    size = (win.width(), win.height())
    assert size[1] == 700
    win.close()
    win.clinic.close()
    assert settings.exists() and "mainSplitter" in settings.read_text()

    again = _open(qtbot, clinic_db, settings)
    qtbot.waitUntil(lambda: again.controller.doc is not None)
    assert (again.width(), again.height()) == size
    assert again.splitter.sizes() == sizes
    assert again.tabs.currentIndex() == 1
    assert "total_hip" not in again.chart.selected_sites()
    assert "lumbar_spine" in again.chart.selected_sites()
    assert again.controller.current_id == "P0002"  # the last patient looked at
    again.close()
    again.clinic.close()


def test_import_runs_in_background_and_refreshes(window: Any, qtbot: Any, tmp_path: Path) -> None:
    docs = []
    for n in range(3):
        data = json.loads(json.dumps(MULLER))
        data["id"] = f"IMP-{n}"
        data["name"] = {"given": "Zoë", "family": f"Imported{n}"}
        path = tmp_path / f"imp{n}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        docs.append(path)
    count = window.clinic.patient_count()
    task = window.file_commands.import_paths([tmp_path])
    with qtbot.waitSignal(task.ended):
        pass
    assert window.clinic.patient_count() == count + 3
    window.patient_list.search.setText("imported")
    assert window.model.rowCount() == 3
    # Assessed during the import: the list shows their risk, not "not assessed".
    assert all(window.model.row_at(r).risk_category for r in range(3))


def test_invalid_file_refuses_the_whole_import(window: Any, qtbot: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    good = json.loads(json.dumps(MULLER))
    good["id"] = "GOOD-1"
    bad = json.loads(json.dumps(MULLER))
    bad["id"] = "BAD-1"
    bad["dxa"][0]["t_score"] = 12
    (tmp_path / "a.json").write_text(json.dumps(good), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(bad), encoding="utf-8")
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "message", lambda title, text, error=False: messages.append((title, text)))
    count = window.clinic.patient_count()
    task = window.file_commands.import_paths([tmp_path / "a.json", tmp_path / "b.json"])
    with qtbot.waitSignal(task.ended):
        pass
    assert window.clinic.patient_count() == count
    assert messages and "nothing was imported" in messages[0][0]
    assert "dxa[0].t_score" in messages[0][1] and "b.json" in messages[0][1]


def test_export_all_writes_one_file_per_patient(window: Any, qtbot: Any, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    monkeypatch.setattr("nmdbone_desktop.ui.window_file_menu.QFileDialog.getExistingDirectory",
                        lambda *a, **k: str(out))
    task = window.file_commands.export_all()
    with qtbot.waitSignal(task.ended):
        pass
    files = sorted(out.glob("*.json"))
    assert len(files) == window.clinic.patient_count()
    assert json.loads((out / "P0001.json").read_text(encoding="utf-8"))["name"]["family"] == "Müller"


def test_backup_and_restore_are_always_offered(window: Any) -> None:
    assert window.actions["backup"].isEnabled() and window.actions["restore"].isEnabled()


def test_refresh_assessments_fills_the_list(window: Any, qtbot: Any) -> None:
    task = window.file_commands.refresh_assessments()
    with qtbot.waitSignal(task.ended):
        pass
    rows = [window.model.row_at(i) for i in range(window.model.rowCount())]
    assert all(r.risk_category for r in rows)


def test_run_gui_creates_the_demo_clinic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    from argparse import Namespace

    from PySide6.QtWidgets import QApplication

    from nmdbone_desktop.cli import gui_commands

    shown: list[Any] = []
    monkeypatch.setattr(gui_commands, "DEMO_PATIENTS", 12)
    monkeypatch.setattr(QApplication, "exec", lambda *_a: shown.append(True) or 0)
    monkeypatch.setattr("nmdbone_desktop.ui.window_settings.default_settings_path", lambda: tmp_path / "s.ini")
    monkeypatch.setattr("nmdbone_desktop.paths.backups_dir", lambda: tmp_path / "backups")
    db = tmp_path / "new" / "clinic.sqlite"
    assert gui_commands.run_gui(Namespace(db=str(db), empty=False)) == 0
    assert shown == [True]
    from nmdbone_desktop.store import ClinicStore

    with ClinicStore(db) as store:
        assert store.patient_count() == 12
        assert len(store.assessment_summaries()) == 12
    assert len(list((tmp_path / "backups").iterdir())) == 1  # the daily backup on closing
    qapp.processEvents()
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow":
            widget.close()
            widget.clinic.close()
            widget.deleteLater()

    empty = tmp_path / "empty.sqlite"
    assert gui_commands.run_gui(Namespace(db=str(empty), empty=True)) == 0
    with ClinicStore(empty) as store:
        assert store.patient_count() == 0
    qapp.processEvents()
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow":
            widget.close()
            widget.clinic.close()
            widget.deleteLater()


def test_login_when_the_clinic_requires_it(qtbot: Any, clinic_db: Path, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialog

    from nmdbone_desktop.store import ClinicStore

    with ClinicStore(clinic_db) as store:
        store.add_user("drsmith", "physician", "correct horse battery")
        store.set_login_required(True)
    win = build_main_window(clinic_db, settings_path=tmp_path / "s.ini", today=lambda: AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.findChild(QDialog, "loginDialog") is not None)
    dialog = win.findChild(QDialog, "loginDialog")
    assert "not signed in" in win.status_user.text()
    dialog.user.setText("drsmith")
    dialog.password.setText("wrong")
    assert not dialog.try_sign_in()
    assert "Wrong user name or password" in dialog.error.text()
    dialog.password.setText("correct horse battery")
    assert dialog.try_sign_in()
    assert win.clinic.session.authenticated and win.status_user.text() == "drsmith (physician)"
    win.close()
    win.clinic.close()


def test_window_and_command_line_export_the_same_bytes(window: Any, qtbot: Any, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """One export pipeline: the same files, and each export in the audit trail."""
    from nmdbone_desktop.cli.main import main

    out = tmp_path / "window"
    monkeypatch.setattr("nmdbone_desktop.ui.window_file_menu.QFileDialog.getExistingDirectory",
                        lambda *a, **k: str(out))
    task = window.file_commands.export_all()
    with qtbot.waitSignal(task.ended):
        pass
    assert main(["export", "--db", str(window.clinic.location), "--out", str(tmp_path / "cli")]) == 0
    names = sorted(p.name for p in out.glob("*.json"))
    assert names and names == sorted(p.name for p in (tmp_path / "cli").glob("*.json"))
    assert all((out / n).read_bytes() == (tmp_path / "cli" / n).read_bytes() for n in names)
    exports = [e for e in window.clinic.history() if e.action == "export"]
    assert sorted(e.detail["out"] for e in exports) == sorted([str(out), str(tmp_path / "cli")])
