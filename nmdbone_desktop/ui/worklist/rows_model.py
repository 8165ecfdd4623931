"""What the worklist's two tables share: rows of one kind held in a Python list, in columns that
each give a title and a cell's text; a subclass says which colour, bold cell, tooltip and own role a
row has. (Rows are chosen and sorted in Python, not through a proxy model: see table_model.py.)"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
_DISPLAY, _FOREGROUND, _FONT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class RowsModel(QAbstractTableModel, Generic[Row]):
    """``columns`` over ``self._rows``; subclasses fill ``_rows`` and override :meth:`colour`,
    :meth:`bold` and :meth:`extra` (any other role of a cell)."""

    #: Each with ``key``, ``title`` and ``text(row) -> str``.
    columns: Sequence[Any] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def items(self) -> list[Row]:
        """The rows as shown (filtered and sorted)."""
        return list(self._rows)

    # -- what a subclass says about a cell ---------------------------------------------------------
    def colour(self, item: Row, key: str) -> str | None:
        return None

    def bold(self, item: Row, key: str) -> bool:
        return False

    def extra(self, item: Row, key: str, role: int) -> Any:
        return None

    def header_tip(self, section: int) -> str | None:
        return None

    # -- Qt model -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.columns[section].title
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return column.text(item)
        if role == _FOREGROUND:
            colour = self.colour(item, column.key)
            return QBrush(QColor(colour)) if colour else None
        if role == _FONT:
            return _bold() if self.bold(item, column.key) else None
        return self.extra(item, column.key, role)
