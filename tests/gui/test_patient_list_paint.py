"""The patient list paints once per keystroke that changes its rows (issue 15)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from nmdbone_desktop.store import ClinicStore
from nmdbone_desktop.ui.patient_list_widget import PatientListWidget
from nmdbone_desktop.ui.patient_table_model import PatientTableModel

from .conftest import AS_OF


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.n = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.n += 1
        return False


def _settle(qtbot: Any) -> None:
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(20)


def test_a_new_row_count_paints_the_list_once(clinic_db: Path, qtbot: Any) -> None:
    with ClinicStore(clinic_db) as store:
        model = PatientTableModel(store, today=lambda: AS_OF)
        widget = PatientListWidget(model)
        qtbot.addWidget(widget)
        widget.resize(500, 700)
        widget.show()
        qtbot.waitExposed(widget)
        _settle(qtbot)
        paints = _Paints()
        widget.table.viewport().installEventFilter(paints)
        before = model.rowCount()
        widget.search.setText("P0001")
        _settle(qtbot)
        assert 0 < model.rowCount() < before  # the row count (and the scroll range) changed
        assert paints.n == 1
        paints.n = 0
        widget.search.setText("P0001 ")  # the same rows: nothing to paint
        _settle(qtbot)
        assert paints.n == 0
