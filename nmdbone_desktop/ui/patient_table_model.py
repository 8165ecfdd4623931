"""The patient list as a table model over the clinic: filtering and sorting happen in SQL.

Why not a QSortFilterProxyModel: it calls back into Python for every row it filters and every
comparison it sorts — 1 s to sort 20,000 rows, 13 s at 200,000 (design/baseline.md). Here the
model only holds the rows of the current result that have been shown, fetched a page at a time
(``canFetchMore``/``fetchMore``) with ``ORDER BY … LIMIT … OFFSET`` — a keystroke costs two small
queries whatever the clinic's size.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ..services.clinic import CLINIC_UNAVAILABLE, Clinic, PatientListRow, StoreError, search_terms
from .store_words import store_error_message
from .translation import translate
from .vocabulary import display, local_date, term

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ID = int(ID_ROLE)
#: The roles a repaint asks that this model answers, and their slot in a row's cells.
_PAINTED = {_DISPLAY: 0, _FOREGROUND: 1, _FONT: 2, _ALIGNMENT: 3}
_RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
RISK_WORDS = {"low": "low", "moderate": "moderate", "high": "high", "very_high": "very high"}
RISK_COLOURS = {"moderate": "#8A5A00", "high": "#C43E00", "very_high": "#B00020"}
#: Flags as icon glyphs (the column stays narrow at 1366 px); the tooltip says them in words.
FLAG_WORDS = {"overdue": "⚠", "urgent": "●"}
FLAG_TIPS = {"overdue": QT_TRANSLATE_NOOP("PatientTableModel", "⚠ overdue: a due date has passed"),
             "urgent": QT_TRANSLATE_NOOP("PatientTableModel", "● urgent: a priority-1 action is open")}


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    sort: str


COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("PatientTableModel", "Name"), "name"),
    Column("id", QT_TRANSLATE_NOOP("PatientTableModel", "ID"), "id"),
    Column("age", QT_TRANSLATE_NOOP("PatientTableModel", "Age"), "age"),
    Column("diagnosis", QT_TRANSLATE_NOOP("PatientTableModel", "Diagnosis"), "diagnosis"),
    Column("risk", QT_TRANSLATE_NOOP("PatientTableModel", "Risk"), "risk"),
    Column("next_due", QT_TRANSLATE_NOOP("PatientTableModel", "Next due"), "next_due"),
    # Flags sort overdue first: the same order as next due.
    Column("flags", QT_TRANSLATE_NOOP("PatientTableModel", "Flags"), "next_due"),
)


def _extends(new_terms: list[str], old_terms: list[str]) -> bool:
    """Every old term is still required (possibly longer): the new result is a subset."""
    return all(any(old in new for new in new_terms) for old in old_terms)


def age_years(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def row_flags(row: PatientListRow, today: date) -> tuple[str, ...]:
    """The cached flags, plus "overdue" when the next due date has passed since it was cached."""
    flags = list(row.flags)
    if row.next_due is not None and row.next_due < today and "overdue" not in flags:
        flags.insert(0, "overdue")
    return tuple(flags)


class PatientTableModel(QAbstractTableModel):
    """Rows of :meth:`Clinic.search_patients` for the current search text and sort."""

    PAGE = 200
    #: A keystroke that drops rows from a partial result keeps the rows left (they are the new
    #: result's first rows; ``fetchMore`` goes on from there) when they fill a tall screen's list,
    #: instead of querying again; fewer are queried again, since the view would at once fetch more.
    NARROW_KEEPS = 60
    #: The exact count of a long result (a scan of every search key, ≈ 5 ms at 20,000 patients)
    #: is taken once typing pauses this long, not after every keystroke; meanwhile the list says
    #: "200+" (``countPending``), which is true, instead of the previous search's count.
    COUNT_DELAY_MS = 250
    countChanged = Signal(int, int)  # matching, total in clinic
    countPending = Signal(int, int)  # rows fetched so far (there are more), total in clinic
    failed = Signal(str)  # the database could not be read (locked by a long write elsewhere)

    def __init__(self, clinic: Clinic, *, today: Callable[[], date] = date.today,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._clinic = clinic
        self._today_fn = today
        self._today = today()
        self._text = ""
        self._sort = "name"
        self._descending = False
        self._rows: list[PatientListRow] = []
        # What a repaint shows of a row (texts, brushes, font, alignment), made once per row and
        # result, by row number: a repaint asks data() for every visible cell and role, so that
        # must be a lookup, not formatting. Rows only change by a reset (cleared) or fetchMore
        # (appended), so a row number keeps its row until the next reset.
        self._cells: dict[int, tuple[tuple[Any, ...], ...]] = {}
        self._brushes: dict[str, QBrush] = {}
        self._complete = True  # every match is in _rows (the last fetch came back short)
        self._matching: int | None = 0  # None until counted (counted after the list is shown)
        self._generation = 0
        self._keys: dict[PatientListRow, str] = {}  # search keys of the rows of the last query
        self._bold = QFont()
        self._bold.setBold(True)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(lambda: self._count_later(self._generation))
        self.reload()

    # -- queries ----------------------------------------------------------------------------------
    @property
    def search_text(self) -> str:
        return self._text

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    @property
    def matching(self) -> int:
        """Patients matching the search (the rows fetched so far, until the count is in)."""
        return self._matching if self._matching is not None else len(self._rows)

    def set_clinic(self, clinic: Clinic) -> None:
        """A reopened database (after a restore)."""
        self._clinic = clinic
        self.reload()

    def set_search(self, text: str) -> None:
        if text == self._text:
            return
        previous, self._text = self._text, text
        if not self._narrow(previous):
            self.reload()

    def _narrow(self, previous: str) -> bool:
        """Typing on: the new matches among the rows already fetched are found here with the
        clinic's own folding — no query.

        Same rule as the clinic's search (every whitespace-separated term, folded by anyascii and
        lower-cased, occurs in name, id or diagnosis), applied to rows it returned moments ago.
        When the last result was complete these are all the new matches. When it was only its
        first pages and every fetched row still matches, they are still the first rows of the new
        result in the same sort (a new match not fetched yet was an old match beyond them, so it
        sorts after them), and ``fetchMore`` goes on from there. The same holds when a partial
        result loses rows: the rows left are still the new result's first rows. They are kept when
        they fill a tall screen's list (:data:`NARROW_KEEPS`); fewer are queried again, since the
        view would fetch more at once and paint the list twice (measured, issue 15).
        """
        old_terms, new_terms = search_terms(previous), search_terms(self._text)
        if not old_terms or not _extends(new_terms, old_terms):
            return False
        keys = self._keys
        for row in self._rows:
            if row not in keys:  # folded once per row, however many keystrokes filter it
                keys[row] = row.search_key
        rows = [r for r in self._rows if all(t in keys[r] for t in new_terms)]
        if not self._complete and len(rows) < min(len(self._rows), self.NARROW_KEEPS):
            return False
        self._generation += 1
        if len(rows) == len(self._rows):
            # Nothing dropped out (a space, or a letter every shown row has): no reset, so Qt
            # repaints nothing — a reset would lay out every visible cell's text again (≈ 12 ms).
            self._announce_count()
            return True
        self.beginResetModel()
        self._rows, self._matching = rows, len(rows)  # complete: these are all the matches
        self._cells.clear()
        self.endResetModel()
        self._announce_count()
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: ORDER BY in SQL, not a proxy."""
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column].sort, order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._rows:
            return
        self._sort, self._descending = key, descending
        self.reload()

    def reload(self, *, keep_loaded: bool = False) -> None:
        """Run the query again (new text, new sort, or data changed: ``keep_loaded`` keeps the
        number of rows already fetched so the view does not jump back to the top)."""
        limit = max(self.PAGE, len(self._rows)) if keep_loaded else self.PAGE
        try:
            rows = self._clinic.search_patients(self._text, sort=self._sort, descending=self._descending,
                                               limit=limit)
        except StoreError as error:  # keep showing the last result rather than an empty list
            self.failed.emit(store_error_message(error))
            return
        self._generation += 1
        complete = len(rows) < limit
        self.beginResetModel()
        self._today = self._today_fn()
        self._rows, self._complete = rows, complete
        self._cells.clear()
        self._keys = {}
        # A short page is the whole result; otherwise the count (a scan of every search key) is
        # taken after this keystroke's list has been shown, not before.
        self._matching = len(rows) if complete else None
        self.endResetModel()
        self._announce_count()

    def _announce_count(self) -> None:
        """The exact count of a complete result now; of a partial one once typing pauses."""
        if self._complete:
            self._count_timer.stop()
            self._emit_count()
        else:
            self._matching = None
            self.countPending.emit(len(self._rows), self._total())
            self._count_timer.start(self.COUNT_DELAY_MS)  # restarted by every keystroke

    def _count_later(self, generation: int) -> None:
        if generation != self._generation or self._matching is not None:
            return  # the user typed on (a newer search is counted), or the result got complete
        try:
            self._matching = self._clinic.count_patients(self._text)
        except CLINIC_UNAVAILABLE as error:  # busy, or closed meanwhile
            self.failed.emit(store_error_message(error))
            return
        self._emit_count()

    def _total(self) -> int:
        total = self.matching
        if self._text:
            with contextlib.suppress(StoreError):
                total = self._clinic.patient_count()
        return total

    def _emit_count(self) -> None:
        self.countChanged.emit(self.matching, self._total())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return
        try:
            more = self._clinic.search_patients(self._text, sort=self._sort, descending=self._descending,
                                               limit=self.PAGE, offset=len(self._rows))
        except StoreError as error:
            self.failed.emit(store_error_message(error))
            return
        if len(more) < self.PAGE:
            self._complete = True
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def row_at(self, row: int) -> PatientListRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, patient_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == patient_id), None)

    # -- Qt model ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("PatientTableModel", COLUMNS[section].title)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and each of the seven roles Qt's delegate asks on every
        # repaint (≈ 1,600 calls after a keystroke): the painted roles are one lookup in the row's
        # cells, made once per row; the rest is answered below.
        slot = _PAINTED.get(role)
        if slot is not None:
            try:
                cells = self._cells[index.row()]
            except KeyError:
                r = index.row()
                if not 0 <= r < len(self._rows):
                    return None
                cells = self._cells[r] = self._row_cells(self._rows[r])
            return cells[slot][index.column()]
        if role != _TOOLTIP and role != _ID:
            return None
        r = index.row()
        if not 0 <= r < len(self._rows):
            return None
        row = self._rows[r]
        if role == _ID:
            return row.id
        return self._tooltip(row, COLUMNS[index.column()].key)

    def _row_cells(self, row: PatientListRow) -> tuple[tuple[Any, ...], ...]:
        """The painted roles of one row, by :data:`_PAINTED` slot then column."""
        keys = [c.key for c in COLUMNS]
        bold = self._bold if row.risk_category in ("high", "very_high") else None
        return (
            tuple(self._display(row, k) for k in keys),
            tuple(self._foreground(row, k) for k in keys),
            tuple(bold if k == "risk" else None for k in keys),
            tuple(_RIGHT_ALIGNED if k == "age" else None for k in keys),
        )

    def _brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = QBrush(QColor(colour))
        return brush

    def _display(self, row: PatientListRow, key: str) -> str:
        if key == "name":
            return row.display_name
        if key == "id":
            return row.id
        if key == "age":
            return str(age_years(row.birth_date, self._today))
        if key == "diagnosis":  # the name, never the code (the code still finds it in the search)
            return row.diagnosis_label or display("diagnosis", row.diagnosis_code)
        if key == "risk":
            category = row.risk_category or ""
            return term(f"risk.{category}", RISK_WORDS.get(category, category)) if category else ""
        if key == "next_due":
            return local_date(row.next_due) if row.next_due else ""
        return " ".join(FLAG_WORDS.get(f, f) for f in row_flags(row, self._today))

    def _tooltip(self, row: PatientListRow, key: str) -> str | None:
        if key == "diagnosis":
            name = display("diagnosis", row.diagnosis_code)
            label = row.diagnosis_label
            return (translate("PatientTableModel", "{label} ({name})").format(label=label, name=name)
                    if label and label.casefold() != name.casefold() else name)
        if key in ("risk", "next_due", "flags") and row.risk_category is None:
            return translate("PatientTableModel", "Not assessed since the last change (Patient ▸ Refresh assessments)")
        if key == "name":
            return translate("PatientTableModel", "{name} ({sex}, born {birth_date})").format(
                name=row.display_name, sex=display("sex", row.sex).lower(), birth_date=local_date(row.birth_date))
        if key == "flags":
            return "\n".join(translate("PatientTableModel", FLAG_TIPS[f]) if f in FLAG_TIPS else f
                             for f in row_flags(row, self._today)) or None
        return None

    def _foreground(self, row: PatientListRow, key: str) -> QBrush | None:
        if key == "risk" and row.risk_category in RISK_COLOURS:
            return self._brush(RISK_COLOURS[row.risk_category])
        if key in ("next_due", "flags") and row.next_due is not None and row.next_due < self._today:
            return self._brush("#B00020")
        if key == "flags" and "urgent" in row.flags:
            return self._brush("#B00020")
        return None
