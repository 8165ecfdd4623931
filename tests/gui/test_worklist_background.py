"""Issue 16: a large clinic's first worklist of the day takes a while, and the window stays the
user's meanwhile — the build's progress and Cancel are in the Worklist tab (no modal dialog), and
the window starts today's build in the background shortly after it opens
(``MainWindow.prepare_worklist``, called by ``nmdbone-desktop`` a few seconds after the window
is shown), without switching tabs."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QProgressBar, QPushButton

from nmdbone_desktop.services.clinic import Clinic
from nmdbone_desktop.ui.worklist import WorklistView


@pytest.fixture
def held_build(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Builds of the overview wait until the returned event is set (a long scan, made visible)."""
    release = threading.Event()
    original = Clinic.overview

    def overview(self: Clinic, *args: Any, **kwargs: Any) -> Any:
        assert release.wait(60), "the test never released the build"
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Clinic, "overview", overview)
    return release


def test_a_build_shows_its_progress_in_the_tab_and_leaves_the_window_usable(
        qtbot: Any, window: Any, held_build: threading.Event) -> None:
    window.show_worklist()
    view = window.findChild(WorklistView, "worklistView")
    bar = view.findChild(QProgressBar, "worklistProgress")
    cancel = view.findChild(QPushButton, "worklistCancelButton")
    qtbot.waitUntil(lambda: view.building)
    assert bar.isVisible() and cancel.isVisible() and not view.refresh_button.isEnabled()
    assert QApplication.activeModalWidget() is None  # nothing blocks the window

    window.show_overview()  # the physician goes on reading another patient meanwhile
    first = window.controller.doc.id
    window.patient_list.table.selectRow(3)
    qtbot.waitUntil(lambda: window.controller.doc is not None and window.controller.doc.id != first)

    with qtbot.waitSignal(view.overview_ready, timeout=120_000):
        held_build.set()
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert not cancel.isVisible() and view.refresh_button.isEnabled()
    assert view.overview is not None and view.overview.worklist.triage


def test_cancel_in_the_tab_stops_the_build(qtbot: Any, window: Any, held_build: threading.Event) -> None:
    window.show_worklist()
    view = window.findChild(WorklistView, "worklistView")
    qtbot.waitUntil(lambda: view.building)
    view.findChild(QPushButton, "worklistCancelButton").click()
    held_build.set()
    qtbot.waitUntil(lambda: not view.building, timeout=60_000)
    assert view.overview is None
    assert "Cancelled" in view.status.text()
    assert not view.findChild(QProgressBar, "worklistProgress").isVisible()


def test_the_window_prepares_today_s_worklist_without_switching_tabs(qtbot: Any, window: Any) -> None:
    assert window.tabs.currentIndex() == 0
    window.prepare_worklist()
    view = window.findChild(WorklistView, "worklistView")
    assert view is window.worklist and window.tabs.currentIndex() == 0  # the overview stays in front
    with qtbot.waitSignal(view.overview_ready, timeout=120_000):
        pass
    built = view.overview
    window.show_worklist()  # opening the tab shows the prepared worklist, no second build
    assert window.findChild(WorklistView, "worklistView") is view
    assert not view.building and view.overview is built
    assert view.items.model.rowCount() > 0  # the items are listed
    window.prepare_worklist()  # already made: nothing happens
    assert not view.building and view.overview is built
