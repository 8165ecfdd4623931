"""File → Import DXA results…: the dialog's preview, confirmation, template and the background write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nmdbone_desktop.services.dxa_import import template_text
from nmdbone_desktop.ui.dxa_import_dialog import DxaImportDialog

CSV = ("Patient ID;Scan Date;Region;BMD;T-Score;Z-Score\n"
       "P0001;01.02.2026;L1-L4;0,850;-2,5;-1,0\n"
       "P0001;01.02.2026;Neck Left;0,610;-2,6;-1,1\n")


def test_preview_then_import_in_background(window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "dxa.csv"
    path.write_text(CSV, encoding="utf-8")
    before = len(window.clinic.get_document("P0001").dxa)
    dialog = DxaImportDialog(window.clinic, window.today(), window, "P0001")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.set_files([path]).ended, timeout=20000):
        pass
    assert dialog.table.rowCount() == 2
    assert (
        dialog.table.item(0, 0).text() == "add" and dialog.table.item(1, 4).text() == "Left"
    )  # the side by name, not its code
    assert dialog.import_button.isEnabled()
    assert "2 to add for 1 patient(s)" in dialog.summary.text()
    task = window.file_commands.commit_dxa(dialog.plan, dialog.confirmed)
    with qtbot.waitSignal(task.ended, timeout=20000):
        pass
    assert len(window.clinic.get_document("P0001").dxa) == before + 2
    # the same file again: duplicates only, nothing to import
    again = DxaImportDialog(window.clinic, window.today(), window, "P0001")
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.set_files([path]).ended, timeout=20000):
        pass
    assert {again.table.item(r, 0).text() for r in range(again.table.rowCount())} == {"duplicate"}
    assert not again.import_button.isEnabled()


def test_a_refused_row_disables_import_and_says_why(window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "dxa.csv"
    path.write_text(CSV + "P0001;01.02.2026;Total Hip;0,7;12;0\n", encoding="utf-8")
    dialog = DxaImportDialog(window.clinic, window.today(), window, None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.set_files([path]).ended, timeout=20000):
        pass
    assert not dialog.import_button.isEnabled()
    reasons = [dialog.table.item(r, 9).text() for r in range(dialog.table.rowCount())]
    assert any(r.startswith("t_score: Input should be less than or equal to 6") for r in reasons)
    assert not dialog.to_current.isEnabled()


def test_save_template(window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "template.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = DxaImportDialog(window.clinic, window.today(), window, None)
    qtbot.addWidget(dialog)
    dialog.template_button.click()
    assert target.read_text(encoding="utf-8") == template_text()


def test_menu_entry(window: Any) -> None:
    action = window.actions["importDxa"]
    assert action.text() == "Import &DXA results…"
