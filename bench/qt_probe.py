"""Qt helpers shared by the window workers: paint detection, event flushing, the window itself.

Nothing here imports Qt at module level except through the functions, so a worker can report a
missing module before Qt is loaded.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from harness import require
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class PaintWatcher(QObject):
    """Counts Paint events of one widget; calls ``on_first`` after the first one."""

    def __init__(self, widget: QWidget, on_first: Callable[[], None] | None = None) -> None:
        super().__init__(widget)
        self.count = 0
        self._on_first = on_first
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            if self.count == 1 and self._on_first is not None:
                callback, self._on_first = self._on_first, None
                QTimer.singleShot(0, callback)  # after the paint has finished
        return False


def spin_once() -> None:
    """Run the event loop until a zero timer queued now fires: everything pending is handled."""
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def flush(rounds: int = 3) -> None:
    """Pending events, the timers they start (matplotlib's ``draw_idle``) and the paints those post."""
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents()
        spin_once()


def wait_until(condition: Callable[[], bool], timeout_s: float, step_ms: int = 5) -> bool:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            return False
        loop = QEventLoop()
        QTimer.singleShot(step_ms, loop.quit)
        loop.exec()
    return True


def settle(timeout_s: float) -> bool:
    """Wait for background work (the global thread pool) to finish and the loop to go idle."""
    pool = QThreadPool.globalInstance()
    done = wait_until(lambda: pool.activeThreadCount() == 0, timeout_s)
    flush()
    return done


def make_application(real: bool) -> QApplication:
    """The application's own QApplication (name, icon, HiDPI policy) when ``real``, else a bare one."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if real:
        try:
            create = require("nmdbone_desktop.app:create_application")
        except Exception:
            create = None
        if create is not None:
            return create(["nmdbone-bench"])
    return QApplication(["nmdbone-bench"])


def build_window(db: Path, settings_dir: Path) -> Any:
    """``build_main_window(db)`` with its settings in ``settings_dir`` when it takes ``settings_path``."""
    build = require("nmdbone_desktop.app:build_main_window")
    params = inspect.signature(build).parameters
    if "settings_path" in params:
        return build(db, settings_path=settings_dir / "settings.ini")
    return build(db)


def find(window: QWidget, cls: type[QObject], name: str) -> Any:
    found = window.findChild(cls, name)
    if found is None:
        raise RuntimeError(f"the window has no {cls.__name__} named {name!r} (contract §7)")
    return found
