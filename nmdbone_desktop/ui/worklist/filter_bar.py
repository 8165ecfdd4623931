"""The worklist's filter row: code, priority, diagnosis, risk and due window (combo boxes).

Each change emits one :class:`WorklistFilter`; the choices of code and diagnosis are those present
in the current worklist, so no choice ever gives an empty list by construction.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from ...core.assessment.recommendation import CODE_ORDER
from ...services import DUE_WINDOWS, Worklist, WorklistFilter
from ..patient_table_model import RISK_WORDS
from ..translation import translate
from ..vocabulary import display
from .words import due_window_word, item_title, risk_word

ANY = "any"
PRIORITIES = {
    "1": QT_TRANSLATE_NOOP("Worklist", "priority 1 (urgent)"),
    "2": QT_TRANSLATE_NOOP("Worklist", "priority 1–2"),
}


_LONG_COMBO_CHARACTERS = 14  # the closed code and diagnosis boxes' width, in characters


class WorklistFilterBar(QWidget):
    """Combo boxes named ``worklist<What>Filter``; ``changed`` carries the combined filter."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistFilters")
        self.code = self._combo("worklistCodeFilter", translate("Worklist", "Recommendation code"), long=True)
        self.priority = self._combo("worklistPriorityFilter", translate("Worklist", "Priority"))
        self.diagnosis = self._combo("worklistDiagnosisFilter", translate("Worklist", "Diagnosis"), long=True)
        self.risk = self._combo("worklistRiskFilter", translate("Worklist", "Risk category"))
        self.due = self._combo("worklistDueFilter", translate("Worklist", "Due window"))
        # two rows, so the bar is not what sets the Worklist tab's width: in German one row of five
        # boxes needed ≈ 1,060 pixels and squeezed the patient list off its "Next due" at 1366
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        rows = (
            ((translate("Worklist", "What to do:"), self.code), (translate("Worklist", "Diagnosis:"), self.diagnosis)),
            ((translate("Worklist", "Priority:"), self.priority), (translate("Worklist", "Risk:"), self.risk),
             (translate("Worklist", "Due:"), self.due)),
        )
        for row, pairs in enumerate(rows):
            for pair, (label, combo) in enumerate(pairs):
                caption = QLabel(label, self)
                caption.setBuddy(combo)
                layout.addWidget(caption, row, 2 * pair)
                layout.addWidget(combo, row, 2 * pair + 1)
        layout.setColumnStretch(6, 1)
        self._fill(
            self.priority,
            {
                ANY: translate("Worklist", "any priority"),
                **{k: translate("Worklist", v) for k, v in PRIORITIES.items()},
            },
        )
        self._fill(self.risk, {ANY: translate("Worklist", "any risk"), **{k: risk_word(k) for k in RISK_WORDS}})
        self._fill(self.due, {key: due_window_word(key, label) for key, (label, _days) in DUE_WINDOWS.items()})
        self.set_worklist(None)

    def _combo(self, name: str, accessible: str, *, long: bool = False) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        if long:  # titles and diagnoses: a fixed width, not the longest choice, which would widen
            # the Worklist tab until it squeezes the patient list beside it (at 1366 pixels);
            # the open list and the tooltip show each choice whole
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(_LONG_COMBO_CHARACTERS)
        else:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    @staticmethod
    def _fill(combo: QComboBox, choices: dict[str, str]) -> None:
        """Replace the choices, keeping the current one when it is still offered."""
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for key, label in choices.items():
            combo.addItem(label, key)
        found = combo.findData(keep)
        combo.setCurrentIndex(found if found >= 0 else 0)
        combo.blockSignals(False)
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())
        for index in range(combo.count()):  # the whole choice on hover when the closed box cuts it
            combo.setItemData(index, combo.itemText(index), Qt.ItemDataRole.ToolTipRole)

    def set_worklist(self, worklist: Worklist | None) -> None:
        """Offer the codes and diagnoses present in this worklist."""
        items = worklist.items if worklist is not None else ()
        present = {code for item in items for code in item.codes}
        rank = {code: n for n, code in enumerate(CODE_ORDER)}
        codes = sorted(present, key=lambda c: (rank.get(c, len(rank)), c))
        # the title a nurse reads in the items, never the code (issue 16); sorted as the rules rank them
        self._fill(self.code, {ANY: translate("Worklist", "anything"), **{c: item_title(c, c) for c in codes}})
        diagnoses = {d: display("diagnosis", d) for d in sorted({i.diagnosis_code for i in items})}
        self._fill(self.diagnosis, {ANY: translate("Worklist", "any diagnosis"), **diagnoses})

    def select(self, **choices: str) -> None:
        """Choose by key, e.g. ``select(diagnosis="DMD", due="overdue")`` (tests, shortcuts)."""
        for name, key in choices.items():
            combo: QComboBox = getattr(self, name)
            found = combo.findData(key)
            if found < 0:
                raise ValueError(f"{name}: no choice {key!r}")
            combo.setCurrentIndex(found)

    def current(self) -> WorklistFilter:
        def key(combo: QComboBox) -> str | None:
            value = combo.currentData()
            return None if value in (None, ANY) else str(value)

        priority = key(self.priority)
        return WorklistFilter(
            code=key(self.code), max_priority=int(priority) if priority else None, diagnosis=key(self.diagnosis),
            risk_category=key(self.risk), due_window=str(self.due.currentData() or ANY),
        )

    @Slot()
    def _emit(self) -> None:
        self.changed.emit(self.current())
