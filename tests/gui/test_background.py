"""The background helper: results, errors, progress and cancel arrive on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from nmdbone_desktop.ui.background import BackgroundTask, Progress, run_with_progress


def test_result_and_progress_on_the_gui_thread(qtbot: Any) -> None:
    seen: list[tuple[int, int, str]] = []
    threads: list[bool] = []
    worker_threads: list[bool] = []

    def work(progress: Progress) -> int:
        worker_threads.append(QThread.currentThread() is QThread.currentThread() and
                              threading.current_thread() is not threading.main_thread())
        for i in range(3):
            progress.report(i, 3, f"step {i}")
        return 42

    task = BackgroundTask(work)
    task.progress.connect(lambda d, t, m: (seen.append((d, t, m)),
                                           threads.append(threading.current_thread() is threading.main_thread())))
    with qtbot.waitSignal(task.finished) as blocker:
        task.start()
    assert blocker.args == [42]
    assert worker_threads == [True]
    assert seen == [(0, 3, "step 0"), (1, 3, "step 1"), (2, 3, "step 2")]
    assert all(threads)
    assert not task.running


def test_failure_is_reported_not_raised(qtbot: Any) -> None:
    def work(_progress: Progress) -> None:
        raise ValueError("bad file")

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.failed) as blocker:
        task.start()
    assert isinstance(blocker.args[0], ValueError)


def test_cancel_stops_cooperatively(qtbot: Any) -> None:
    started = threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        for i in range(10_000):
            progress.check()
            steps.append(i)
            threading.Event().wait(0.001)

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.cancelled):
        task.start()
        assert started.wait(5)
        task.cancel()
    assert len(steps) < 10_000


def test_run_with_progress_dialog(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[Any] = []
    task = run_with_progress(parent, "Working", lambda p: "done", on_done=results.append)
    with qtbot.waitSignal(task.ended):
        pass
    assert results == ["done"]


def test_callbacks_that_hold_the_parent_are_released_safely(qtbot: Any) -> None:
    """A lambda on the task's signals may be the last reference to the parent widget: tearing the
    task down must not delete the parent (and with it the task) from inside the task's own code."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog

    results: list[Any] = []

    def start() -> BackgroundTask:
        parent = QDialog()  # referenced only by the callback below once start() returns
        return run_with_progress(parent, "Working", lambda _p: 1,
                                 on_done=lambda r: results.append((r, parent.objectName())))

    task = start()
    with qtbot.waitSignal(task.ended):
        pass
    del task
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    assert results == [(1, "")]
