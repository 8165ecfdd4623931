"""A window left open overnight shows the new day's answers, not yesterday's (ui/day_watcher.py).

The clinical failure: a workstation left on overnight kept yesterday's worklist, so an item that
fell due overnight was missing from the nurse's "due" tier in the morning, and the Refresh button
built yesterday's list again; the patient on screen kept yesterday's assessment.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate

from nmdbone_desktop.services.clinic import Clinic
from nmdbone_desktop.ui.worklist import WorklistView

from .conftest import AS_OF

NEXT = AS_OF + timedelta(days=1)


class Calendar:
    """A clock the test turns over."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def _built_for(view: WorklistView, day: date) -> bool:
    return not view.building and view.overview is not None and view.overview.worklist.as_of == day


def test_the_window_moves_its_list_patient_and_worklist_to_the_new_day(
        qtbot: Any, clinic_db: Path, tmp_path: Path) -> None:
    from nmdbone_desktop.app import build_main_window

    calendar = Calendar(AS_OF)
    window = build_main_window(clinic_db, settings_path=tmp_path / "settings.ini", today=calendar)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.controller.doc is not None)
    window.show_worklist()
    view = window.findChild(WorklistView, "worklistView")
    qtbot.waitUntil(lambda: _built_for(view, AS_OF), timeout=120_000)
    assert not window.day_watcher.check()  # same day: nothing happens

    calendar.day = NEXT  # midnight passes
    assert window.day_watcher.check()
    assert view.current_as_of() == NEXT
    qtbot.waitUntil(lambda: _built_for(view, NEXT), timeout=120_000)
    assert window.controller.as_of() == NEXT
    assert window.controller.report is not None and window.controller.report.as_of == NEXT.isoformat()
    assert window.model._today == NEXT  # ages and overdue marks of the list
    window.close()
    window.clinic.close()


def test_a_date_the_user_chose_stays_and_refresh_after_midnight_builds_today(qtbot: Any, clinic_db: Path) -> None:
    calendar = Calendar(AS_OF)
    view = WorklistView(clinic_db, today=calendar)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.overview_ready, timeout=120_000):
        view.show()
    chosen = AS_OF - timedelta(days=30)
    with qtbot.waitSignal(view.overview_ready, timeout=120_000):
        view.as_of.setDate(QDate(chosen.year, chosen.month, chosen.day))
    calendar.day = NEXT
    assert not view.follow_calendar()  # the user looks at another date on purpose
    assert view.current_as_of() == chosen

    view.as_of.setDate(QDate(NEXT.year, NEXT.month, NEXT.day))  # back to today
    qtbot.waitUntil(lambda: _built_for(view, NEXT), timeout=120_000)
    calendar.day = NEXT + timedelta(days=1)
    view.refresh()  # before the window's minute check: Refresh itself notices the new day
    assert view.current_as_of() == calendar.day
    qtbot.waitUntil(lambda: _built_for(view, calendar.day), timeout=120_000)


def test_a_date_changed_during_a_build_is_built_when_it_ends(
        qtbot: Any, clinic_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    original = Clinic.overview

    def held(self: Clinic, *args: Any, **kwargs: Any) -> Any:
        assert release.wait(60), "the test never released the build"
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Clinic, "overview", held)
    view = WorklistView(clinic_db, today=lambda: AS_OF)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.building)
    view.as_of.setDate(QDate(NEXT.year, NEXT.month, NEXT.day))  # while the AS_OF build runs
    release.set()
    qtbot.waitUntil(lambda: _built_for(view, NEXT), timeout=120_000)
    assert view.current_as_of() == NEXT
