"""Notice when another window or the command line changed the database, and say so with a signal.

Why ``PRAGMA data_version``: it is one cheap query that changes exactly when *another*
connection commits to the file (this connection's own writes do not count, so the window does
not refresh after its own saves), and it reads no patient data. A timer polls it every
:data:`INTERVAL_MS`; a busy database simply skips a beat.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from ...services.clinic import StoreError

INTERVAL_MS = 1000  # other workstations see a change within 2 s (issue 19): poll + the server's delivery


class VersionSource(Protocol):
    def data_version(self) -> int: ...


class ChangeWatcher(QObject):
    """``changed_elsewhere`` is emitted once per poll that sees someone else's commit."""

    changed_elsewhere = Signal()

    def __init__(self, clinic: VersionSource, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("changeWatcher")
        self.clinic = clinic
        self._version = self._read()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def set_clinic(self, clinic: VersionSource) -> None:
        """A new clinic (after a restore): start from its current version, without a signal."""
        self.clinic = clinic
        self._version = self._read()

    def check_now(self) -> bool:
        """Poll once; True (and the signal) when another connection committed since the last poll."""
        version = self._read()
        if version is None or version == self._version:
            return False
        self._version = version
        self.changed_elsewhere.emit()
        return True

    def _read(self) -> int | None:
        try:
            return self.clinic.data_version()
        except StoreError:
            return None
