"""The worklist as a table model: filter and sort in Python over the in-memory worklist.

The worklist is computed once off the GUI thread; filtering or sorting its (at most 20,000) rows
is then a list comprehension and one ``list.sort`` — a few milliseconds — instead of a
QSortFilterProxyModel calling back into Python per row and per comparison (about a second at
20,000 rows, design/baseline.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ...services import Worklist, WorklistFilter, WorklistItem
from ..patient_table_model import RISK_COLOURS
from ..translation import translate
from ..vocabulary import display, local_date
from .rows_model import Index, RowsModel
from .words import item_title, risk_word

__all__ = ["COLUMNS", "COLUMN_KEYS", "ID_ROLE", "Index", "WorklistTableModel"]

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RISK_RANK = {"low": 1, "moderate": 2, "high": 3, "very_high": 4}
FLAG_WORDS = {
    "overdue": QT_TRANSLATE_NOOP("Worklist", "⚠ overdue"),
    "urgent": QT_TRANSLATE_NOOP("Worklist", "● urgent"),
}


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    text: Callable[[WorklistItem], str]
    sort: Callable[[WorklistItem], Any]


COLUMNS: tuple[Column, ...] = (
    Column("priority", QT_TRANSLATE_NOOP("Worklist", "P"), lambda i: str(i.top_priority), lambda i: i.top_priority),
    Column("name", QT_TRANSLATE_NOOP("Worklist", "Name"), lambda i: i.name, lambda i: i.name.casefold()),
    Column("id", QT_TRANSLATE_NOOP("Worklist", "ID"), lambda i: i.patient_id, lambda i: i.patient_id),
    Column(
        "diagnosis", QT_TRANSLATE_NOOP("Worklist", "Diagnosis"), lambda i: i.diagnosis_code, lambda i: i.diagnosis_code
    ),
    Column(
        "risk",
        QT_TRANSLATE_NOOP("Worklist", "Risk"),
        lambda i: risk_word(i.risk_category),
        lambda i: _RISK_RANK.get(i.risk_category or "", 0),
    ),
    Column(
        "next_due",
        QT_TRANSLATE_NOOP("Worklist", "Next due"),
        lambda i: local_date(i.earliest_due) if i.earliest_due else "",
        lambda i: i.earliest_due or date.max,
    ),
    Column(
        "codes",  # the key stays (CSV, tests); the nurse reads titles, never codes (issue 16)
        QT_TRANSLATE_NOOP("Worklist", "What to do"),
        lambda i: "; ".join(item_title(code, code) for code in i.codes),
        lambda i: (-len(i.open_items), i.codes),
    ),
    Column(
        "flags",
        QT_TRANSLATE_NOOP("Worklist", "Flags"),
        lambda i: "  ".join(_flag(f) for f in i.flags),
        lambda i: i.flags,
    ),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)


def _flag(flag: str) -> str:
    return translate("Worklist", FLAG_WORDS[flag]) if flag in FLAG_WORDS else flag


def _tooltip(item: WorklistItem) -> str:
    lines = [f"{item.name} ({item.patient_id}) — {item.diagnosis_label or display('diagnosis', item.diagnosis_code)}"]
    for open_item in item.open_items:
        due = translate("Worklist", ", due {date}").format(date=local_date(open_item.due)) if open_item.due else ""
        lines.append(f"P{open_item.priority} {open_item.kind}: {item_title(open_item.code, open_item.title)}{due}")
    return "\n".join(lines)


class WorklistTableModel(RowsModel[WorklistItem]):
    """The filtered, sorted rows of one :class:`Worklist`; ``ID_ROLE`` gives a row's patient id."""

    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.worklist: Worklist | None = None
        self.condition = WorklistFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- content ----------------------------------------------------------------------------------

    def set_worklist(self, worklist: Worklist | None) -> None:
        self.worklist = worklist
        self._refill()

    def set_filter(self, condition: WorklistFilter) -> None:
        self.condition = condition
        self._refill()

    def _refill(self) -> None:
        self.beginResetModel()
        self._rows = self.worklist.filtered(self.condition) if self.worklist is not None else []
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self.endResetModel()

    # -- what a cell shows besides its text (rows_model.RowsModel) ----------------------------------

    def header_tip(self, section: int) -> str | None:
        return (
            translate("Worklist", "Most urgent priority among the open items (1 = most urgent)")
            if section == 0
            else None
        )

    def colour(self, item: WorklistItem, key: str) -> str | None:
        if key == "risk" and item.risk_category in RISK_COLOURS:
            return RISK_COLOURS[item.risk_category]
        if key in ("next_due", "flags") and "overdue" in item.flags:
            return "#B00020"
        return None

    def bold(self, item: WorklistItem, key: str) -> bool:
        return key == "priority" and item.top_priority == 1

    def extra(self, item: WorklistItem, key: str, role: int) -> Any:
        if role == ID_ROLE:
            return item.patient_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(item)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the shown rows; selections (persistent indexes) follow their patients."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[i.row()].patient_id, i.column()) for i in persistent]
        if column < 0:  # Qt's "no sort": back to the worklist's own order
            self._sort = None
            self._rows = self.worklist.filtered(self.condition) if self.worklist is not None else []
        else:
            self._sort = (column, order)
            self._apply_sort(column, order)
        where = {item.patient_id: row for row, item in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(where[pid], col) for pid, col in held])
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[column].sort
        # Python's sort is stable: ties keep the worklist's order (most urgent, then earliest due).
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
