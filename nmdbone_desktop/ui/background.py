"""Run long work off the GUI thread, with progress and cancel, so the window never freezes.

Usage (import of many files, worklist refresh, batch letters)::

    def work(progress: Progress) -> int:
        for i, path in enumerate(paths):
            progress.check()                      # raises Cancelled when the user cancelled
            progress.report(i, len(paths), path.name)
            ...
        return len(paths)

    task = run_with_progress(window, "Importing", work, on_done=show_summary)

The work function runs on a :class:`QThreadPool` thread and must not touch widgets or the GUI
thread's SQLite connection (sqlite3 connections are per thread): open its own
``Clinic(path)``. Results, errors and progress come back as queued signals on a
:class:`BackgroundTask` that lives on the GUI thread, so slots connected to it run there.
Cancellation is cooperative: the work function calls :meth:`Progress.check` between steps.
"""

from __future__ import annotations

import contextlib
import threading
import warnings
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from .progress_words import progress_words
from .translation import translate


class Cancelled(Exception):
    """Raised by :meth:`Progress.check` once the user has asked to stop."""


class _Relay(QObject):
    """Signals emitted from the worker thread; queued to the task on the GUI thread."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Progress:
    """Handed to the work function: report progress, and learn whether to stop."""

    def __init__(self, relay: _Relay, stop: threading.Event) -> None:
        self._relay = relay
        self._stop = stop

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled

    def report(self, done: int, total: int, message: str = "") -> None:
        self._relay.progress.emit(int(done), int(total), message)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], relay: _Relay, stop: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._relay, self._stop = fn, relay, stop

    def run(self) -> None:
        try:
            result = self._fn(Progress(self._relay, self._stop))
        except Cancelled:
            self._relay.cancelled.emit()
        except Exception as error:  # every failure must reach the GUI thread
            self._relay.failed.emit(error)
        else:
            if self._stop.is_set():
                self._relay.cancelled.emit()
            else:
                self._relay.done.emit(result)


class BackgroundTask(QObject):
    """One piece of work on the thread pool; its signals are delivered on the GUI thread.

    Exactly one of ``finished``, ``failed`` or ``cancelled`` is emitted, then ``ended``.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, fn: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._stop = threading.Event()
        self._relay = _Relay()  # lives on this (GUI) thread, so its emits from the pool are queued
        self._relay.progress.connect(self._on_progress)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.cancelled.connect(self._on_cancelled)
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> BackgroundTask:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._fn, self._relay, self._stop))
        return self

    @Slot()
    def cancel(self) -> None:
        """Ask the work to stop at its next :meth:`Progress.check`."""
        self._stop.set()

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.emit(done, total, message)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self._end(self.finished, result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._end(self.failed, error)

    @Slot()
    def _on_cancelled(self) -> None:
        self._end(self.cancelled)

    def _end(self, signal: Any, *args: object) -> None:
        self.running = False
        signal.emit(*args)
        self.ended.emit()


def _release(task: BackgroundTask, dialog: QProgressDialog | None) -> None:
    """Disconnect the caller's callbacks (breaking reference cycles on the GUI thread), then
    delete the task and its dialog.

    ``keep`` holds the parent while we work: a released callback may have been the last reference
    to it, and the parent's deletion (which deletes this task) must wait until we are done.
    """
    if not shiboken6.isValid(task):
        return
    keep = task.parent()
    with warnings.catch_warnings():  # PySide warns when a signal had nothing connected
        warnings.simplefilter("ignore", RuntimeWarning)
        for signal_name in ("progress", "finished", "failed", "cancelled", "ended"):
            with contextlib.suppress(RuntimeError, TypeError):
                getattr(task, signal_name).disconnect()
    for obj in (dialog, task):
        if obj is not None and shiboken6.isValid(obj):
            obj.deleteLater()
    del keep  # may delete the parent, its children and the pending deleteLater events with them


def run_with_progress(
    parent: QWidget,
    title: str,
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> BackgroundTask:
    """Start ``fn`` in the background behind a window-modal progress dialog with Cancel.

    The dialog only appears if the work takes longer than half a second (Qt's minimum
    duration), so quick jobs do not flash a window.
    """
    task = BackgroundTask(fn, parent)
    dialog = QProgressDialog(title, translate("Background", "Cancel"), 0, 0, parent)
    dialog.setObjectName("backgroundProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task.dialog = dialog  # type: ignore[attr-defined]  # tests and callers may look at it

    def on_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:  # the services' English progress words, in the window's language
            dialog.setLabelText(f"{title}\n{progress_words(message)}")

    def on_end() -> None:
        dialog.reset()
        dialog.hide()
        # Not from here: this runs inside the task's own signal emission. Releasing the callbacks
        # may drop the last reference to the parent widget (a lambda holding it), which deletes
        # the parent and its children, this task included; that must happen outside task code.
        QTimer.singleShot(0, lambda: _release(task, dialog))

    dialog.canceled.connect(task.cancel)
    _connect(task, on_progress, on_done, on_error, on_cancel)
    task.ended.connect(on_end)
    return task.start(pool)


def _connect(task: BackgroundTask, on_progress: Callable[[int, int, str], None] | None,
             on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None,
             on_cancel: Callable[[], None] | None) -> None:
    for signal, slot in ((task.progress, on_progress), (task.finished, on_done), (task.failed, on_error),
                         (task.cancelled, on_cancel)):
        if slot is not None:
            signal.connect(slot)


def run_in_background(
    parent: QWidget,
    fn: Callable[[Progress], Any],
    *,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> BackgroundTask:
    """Start ``fn`` in the background with no dialog: the caller shows the progress in place
    (the worklist's own bar) and the rest of the window stays usable meanwhile."""
    task = BackgroundTask(fn, parent)
    _connect(task, on_progress, on_done, on_error, on_cancel)
    task.ended.connect(lambda: QTimer.singleShot(0, lambda: _release(task, None)))  # see run_with_progress
    return task.start(pool)
