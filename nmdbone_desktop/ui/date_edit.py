"""A date field with a calendar popup where typing still works: ``2026-11-01`` or a pick.

QDateEdit cannot be empty, and an optional date (a course still running) must be; the lowest date
it allows stands for "no date" and shows as an empty field. Opened empty, the calendar shows the
current month, not the sentinel's. Dates go in and out as ISO text, the document's form.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

from .translation import translate

EMPTY = QDate(1800, 1, 1)
DISPLAY_FORMAT = "yyyy-MM-dd"


class DateEdit(QDateEdit):
    """``value()`` → ``"YYYY-MM-DD"`` or None; ``set_value`` takes the same (or a ``date``)."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setMinimumDate(EMPTY)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(" ")  # the sentinel shows as an empty field
        self.setToolTip(translate("DateEdit", "Type YYYY-MM-DD or pick from the calendar (Alt+Down)"))
        self._today = today or date.today()
        self._advanced = False
        self.setDate(EMPTY)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.is_empty():
            self.calendarWidget().setCurrentPage(self._today.year, self._today.month)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: Any) -> None:
        """Typing ``2026-11-01`` works as typed: a separator right after a section that filled up
        (and so already moved on) is not a second move; typing into the empty field starts it."""
        text = event.text()
        if text and text in "-./" and self._advanced:
            self._advanced = False
            return
        if text.isdigit() and self.is_empty():
            self.setDate(QDate(self._today.year, self._today.month, self._today.day))
            self.setSelectedSection(QDateEdit.Section.YearSection)
        before = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSection() != before
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.lineEdit().text().strip() == "":
            self.setDate(EMPTY)

    def is_empty(self) -> bool:
        return self.date() == EMPTY

    def value(self) -> str | None:
        return None if self.is_empty() else self.date().toString("yyyy-MM-dd")

    def set_value(self, value: Any) -> None:
        if value in (None, ""):
            self.setDate(EMPTY)
            return
        text = value.isoformat() if isinstance(value, date) else str(value)
        parsed = QDate.fromString(text, "yyyy-MM-dd")
        self.setDate(parsed if parsed.isValid() else EMPTY)

    def clear_value(self) -> None:
        self.setDate(EMPTY)
