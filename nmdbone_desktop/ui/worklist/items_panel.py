"""The triaged worklist (``worklistItems``): one row per item, urgent first, and what a nurse does
with the selected rows — open the patient, print letters, mark as booked, mark as not applicable,
or (in the handled view) undo a mark.

The panel only shows and asks; :class:`..view.WorklistView` writes the marks to the clinic (audited)
and hands the re-triaged items back through :meth:`set_items`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import DEFAULT_HORIZON_DAYS, DEFAULT_TIERS, TIERS, TriageItem
from ..list_table import configure_list_table
from ..translation import translate
from ..vocabulary import local_count
from .items_model import ITEM_COLUMN_KEYS, TriageItemsModel
from .words import tier_word

_WIDTHS = {"patient": 170, "title": 220, "why": 200, "since": 125, "due": 80, "group": 50, "risk": 70}
_OBJECT_NAMES = {"act_now": "tierActNow", "due": "tierDue", "coming_up": "tierComingUp",
                 "information": "tierInformation"}


class TriageItemsPanel(QWidget):
    """Tier boxes (with counts), the horizon, the handled view, the item table and its actions."""

    open_requested = Signal(str)
    letters_requested = Signal(list)
    book_requested = Signal(list)
    not_applicable_requested = Signal(list)
    undo_requested = Signal(list)
    horizon_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistItemsPanel")
        self.tier_boxes: dict[str, QCheckBox] = {}
        tiers_row = QHBoxLayout()
        tiers_row.addWidget(QLabel(translate("TriageItemsPanel", "Show:"), self))
        for tier in TIERS:
            box = QCheckBox(tier_word(tier).capitalize(), self)
            box.setObjectName(_OBJECT_NAMES[tier])
            box.setChecked(tier in DEFAULT_TIERS)
            box.toggled.connect(self._tiers_changed)
            self.tier_boxes[tier] = box
            tiers_row.addWidget(box)
        self.horizon = QSpinBox(self)
        self.horizon.setObjectName("worklistHorizon")
        self.horizon.setRange(1, 730)
        self.horizon.setValue(DEFAULT_HORIZON_DAYS)
        self.horizon.setSuffix(translate("TriageItemsPanel", " days"))
        self.horizon.setToolTip(
            translate("TriageItemsPanel", "'Coming up': due within this many days after the as-of date")
        )
        # re-tiering 20,000 patients' items takes a moment: wait until the value rests
        self._horizon_timer = QTimer(self)
        self._horizon_timer.setSingleShot(True)
        self._horizon_timer.setInterval(400)
        self._horizon_timer.timeout.connect(lambda: self.horizon_changed.emit(self.horizon.value()))
        self.horizon.valueChanged.connect(lambda _value: self._horizon_timer.start())
        self.horizon.editingFinished.connect(self._horizon_now)
        tiers_row.addWidget(QLabel(translate("TriageItemsPanel", "coming up within"), self))
        tiers_row.addWidget(self.horizon)
        tiers_row.addStretch(1)
        self.handled_button = QPushButton(translate("TriageItemsPanel", "Handled"), self)
        self.handled_button.setObjectName("worklistHandledButton")
        self.handled_button.setCheckable(True)
        self.handled_button.setToolTip(
            translate("TriageItemsPanel", "Items marked as booked or not applicable (select them to undo)")
        )
        self.handled_button.toggled.connect(self._handled_toggled)
        tiers_row.addWidget(self.handled_button)

        self.model = TriageItemsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("worklistItems")
        self.table.setAccessibleName(translate("Worklist", "Worklist items, most urgent first"))
        self.table.setModel(self.model)
        configure_list_table(self.table, multi_select=True)
        self.table.setSortingEnabled(False)  # the triage order is the point
        for key, width in _WIDTHS.items():
            self.table.setColumnWidth(ITEM_COLUMN_KEYS.index(key), width)
        self.table.horizontalHeader().setSectionResizeMode(len(ITEM_COLUMN_KEYS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.open_button = self._button(translate("Worklist", "Open patient"), "itemsOpenButton", self._open)
        self.letters_button = self._button(translate("Worklist", "Letters…"), "itemsLettersButton",
                                           lambda: self.letters_requested.emit(self.selected_patient_ids()))
        self.book_button = self._button(translate("Worklist", "Mark as booked…"), "itemsBookButton",
                                        lambda: self.book_requested.emit(self.selected_items()))
        self.na_button = self._button(translate("Worklist", "Not applicable…"), "itemsNotApplicableButton",
                                      lambda: self.not_applicable_requested.emit(self.selected_items()))
        self.undo_button = self._button(translate("Worklist", "Undo mark"), "itemsUndoButton",
                                        lambda: self.undo_requested.emit(self.selected_items()))
        actions = QHBoxLayout()
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("itemsSelection")
        actions.addWidget(self.selection_label, 1)
        for button in (self.open_button, self.letters_button, self.book_button, self.na_button, self.undo_button):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tiers_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_buttons()

    @Slot()
    def _horizon_now(self) -> None:
        self._horizon_timer.stop()
        self.horizon_changed.emit(self.horizon.value())

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- content ------------------------------------------------------------------------------------

    def set_items(self, items: Sequence[TriageItem], counts: dict[str, int]) -> None:
        """Show new items (after a build or a mark), keeping the tier choice."""
        for tier, box in self.tier_boxes.items():
            box.setText(f"{tier_word(tier).capitalize()} ({local_count(counts.get(tier, 0))})")
        self.handled_button.setText(
            translate("TriageItemsPanel", "Handled ({count})").format(count=local_count(counts.get("handled", 0)))
        )
        self.model.set_items(items)
        self._update_buttons()

    def chosen_tiers(self) -> set[str]:
        return {tier for tier, box in self.tier_boxes.items() if box.isChecked()}

    @Slot()
    def _tiers_changed(self) -> None:
        self.model.set_tiers(self.chosen_tiers())
        self._update_buttons()

    @Slot(bool)
    def _handled_toggled(self, on: bool) -> None:
        for box in self.tier_boxes.values():
            box.setEnabled(not on)
        self.model.set_handled_mode(on)
        self._update_buttons()

    def selected_items(self) -> list[TriageItem]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def selected_patient_ids(self) -> list[str]:
        return list(dict.fromkeys(item.patient_id for item in self.selected_items()))

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected_items()
        handled_mode = self.model.handled_mode
        self.open_button.setEnabled(len({i.patient_id for i in chosen}) == 1)
        self.letters_button.setEnabled(bool(chosen))
        self.book_button.setVisible(not handled_mode)
        self.na_button.setVisible(not handled_mode)
        self.undo_button.setVisible(handled_mode)
        self.book_button.setEnabled(bool(chosen))
        self.na_button.setEnabled(bool(chosen))
        self.undo_button.setEnabled(bool(chosen))
        shown = self.model.rowCount()
        shown_text = (translate("Worklist", "{count} handled items shown") if handled_mode
                      else translate("Worklist", "{count} items shown")).format(count=local_count(shown))
        if chosen:
            shown_text += translate("Worklist", ", {count} selected").format(count=len(chosen))
        self.selection_label.setText(shown_text)

    @Slot()
    def _open(self) -> None:
        ids = self.selected_patient_ids()
        if len(ids) == 1:
            self.open_requested.emit(ids[0])

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()).patient_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            index = self.table.currentIndex()
            if index.isValid():
                self.open_requested.emit(self.model.row_at(index.row()).patient_id)
                return True
        return super().eventFilter(watched, event)
