"""Search box and patient table, keyboard first.

Typing filters at once (one small SQL query per keystroke, no debounce wait; the exact count of a
long result follows when typing pauses); Down or Enter in the search box moves into the list;
arrows in the list change the patient. Filtering never switches the patient shown on the right: a
search is not a selection.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .list_table import configure_list_table
from .patient_table_model import COLUMNS, PatientTableModel
from .sealed_pane import SealedPane
from .translation import translate
from .vocabulary import local_count, local_date

_WIDTHS = {"name": 150, "id": 64, "age": 34, "diagnosis": 70, "risk": 74, "next_due": 80, "flags": 44}
#: Shown left to right: name, risk and next due must stay visible on a 1366-px clinic laptop, so
#: the diagnosis (the widest, and in the name's tooltip) goes last.
_VISUAL_ORDER = ("name", "id", "age", "risk", "next_due", "flags", "diagnosis")


class PatientListWidget(SealedPane):
    """``patientSearch`` + ``patientList``; emits the chosen patient's id and revision."""

    patientSelected = Signal(str, int)

    def __init__(self, model: PatientTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patientListPane")
        self.model = model
        self.search = QLineEdit(self)
        self.search.setObjectName("patientSearch")
        self.search.setPlaceholderText(translate("PatientListWidget", "Search name, ID or diagnosis  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search patients")
        self.search.installEventFilter(self)

        self.table = QTableView(self)
        self.table.setObjectName("patientList")
        self.table.setAccessibleName("Patients")
        self.table.setModel(model)
        configure_list_table(self.table)
        # Always there: a result shorter than the view would otherwise hide it, resize the viewport
        # and so paint the whole list twice on that keystroke.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        for i, column in enumerate(COLUMNS):
            if column.key in _WIDTHS:
                # Never narrower than the header's own words, nor (next due) than a date in this
                # language's style ("28 dec 2026" is wider than "2026-12-28").
                width = max(_WIDTHS[column.key], header.sectionSizeFromContents(i).width())
                if column.key == "next_due":
                    width = max(width, self.table.fontMetrics().horizontalAdvance(local_date(date(2026, 12, 28))) + 12)
                self.table.setColumnWidth(i, width)
        keys = [column.key for column in COLUMNS]
        for visual, key in enumerate(k for k in _VISUAL_ORDER if k in keys):
            header.moveSection(header.visualIndex(keys.index(key)), visual)
        # Indicator first: enabling sorting sorts by the current indicator (Qt's default is
        # descending), and each sort is a query.
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.count = QLabel(self)
        self.count.setObjectName("patientCount")
        self.count.setStyleSheet("color: #555;")

        # Sealed: the match count changes on every keystroke, and its new label must not relayout
        # and repaint the whole window (see sealed_pane).
        layout = QVBoxLayout(self.sheet)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._current_id: str | None = None
        self.search.textChanged.connect(self.model.set_search)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self.model.countChanged.connect(self._show_count)
        self.model.countPending.connect(self._show_pending)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self._show_count(model.matching, model.matching)

    # -- selection --------------------------------------------------------------------------------
    @property
    def current_id(self) -> str | None:
        return self._current_id

    def select_patient(self, patient_id: str) -> bool:
        """Make this patient current (after creating one, or from the worklist)."""
        row = self.model.row_of(patient_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(patient_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def select_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            return
        self._current_id = row.id
        self.patientSelected.emit(row.id, row.revision)

    @Slot()
    def _remember(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self._current_id = row.id

    @Slot()
    def _restore(self) -> None:
        """Keep the current patient highlighted if the new result still holds it (no re-emit)."""
        # Lay the rows out now, before the first paint: left to Qt's delayed layout, a new row
        # count changes the scroll bar's range after the list was painted, and it paints twice.
        self.table.executeDelayedItemsLayout()
        if self._current_id is None:
            return
        row = self.model.row_of(self._current_id)
        if row is None:
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.table.viewport().update()

    @Slot(int, int)
    def _show_count(self, matching: int, total: int) -> None:
        if matching == total:
            self.count.setText(translate("PatientListWidget", "{total} patients").format(total=local_count(total)))
        else:
            self.count.setText(
                translate("PatientListWidget", "{matching} of {total} patients match").format(
                    matching=local_count(matching), total=local_count(total)
                )
            )

    @Slot(int, int)
    def _show_pending(self, fetched: int, total: int) -> None:
        """More than a page matches; the exact count follows when typing pauses."""
        self.count.setText(translate("PatientListWidget", "{fetched}+ of {total} patients match").format(
            fetched=local_count(fetched), total=local_count(total)))

    # -- keyboard ---------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down/Enter in the search box go to the list; Escape clears the search."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown):
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                lost = not self.table.currentIndex().isValid() or self.model.row_of(self._current_id or "") is None
                if lost and self.model.rowCount():
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)
