"""Notices when the calendar day changes while the window stays open (a workstation left on overnight).

What the window shows is dated: the patient list's overdue marks and ages, the patient's
assessment, the worklist's tiers ("due" is due on or before the as-of date). A window opened
yesterday and still open this morning would otherwise go on showing yesterday's answers as if
they were today's — an item that fell due overnight missing from the nurse's "due" tier. The day
is looked at once a minute (a timer to midnight would miss a machine that slept through it, or a
clock that was set), and :attr:`dayChanged` tells the window, which refreshes what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

CHECK_MS = 60_000


class DayWatcher(QObject):
    """Emits :attr:`dayChanged` with the new day once ``today()`` returns another date."""

    dayChanged = Signal(object)

    def __init__(self, today: Callable[[], date], parent: QObject | None = None, *,
                 interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._today = today
        self.day = today()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> bool:
        """Look at the calendar now; True (and :attr:`dayChanged` emitted) if the day changed."""
        day = self._today()
        if day == self.day:
            return False
        self.day = day
        self.dayChanged.emit(day)
        return True
