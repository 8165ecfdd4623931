"""The triaged worklist items in the Worklist tab (issue 16), driven through the widgets: the
default tiers, plain titles, marking as booked (returns after its date), as not applicable
(survives a restart, returns on a new fracture), undo from the handled view, and the History."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QCheckBox, QTableView

from nmdbone_desktop.core.validation import parse_document
from nmdbone_desktop.services.clinic import open_clinic
from nmdbone_desktop.store import ClinicStore
from nmdbone_desktop.ui.protection.history_view import HistoryView
from nmdbone_desktop.ui.worklist import WorklistView
from nmdbone_desktop.ui.worklist.handle_dialogs import BookDialog, NotApplicableDialog
from nmdbone_desktop.ui.worklist.items_model import ITEM_COLUMN_KEYS

from .conftest import AS_OF


def _open_view(qtbot: Any, db: Path, user: str = "nurse-gui") -> WorklistView:
    store = open_clinic(db, name=user)
    widget = WorklistView(store, today=lambda: AS_OF)
    qtbot.addWidget(widget)
    widget.destroyed.connect(store.close)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.overview_ready, timeout=120_000):
        widget.show()
    return widget


@pytest.fixture
def view(qtbot: Any, clinic_db: Path) -> WorklistView:
    return _open_view(qtbot, clinic_db)


def _rows(view: WorklistView) -> list[Any]:
    model = view.items.model
    return [model.row_at(r) for r in range(model.rowCount())]


def _keys(view: WorklistView) -> list[tuple[str, str]]:
    return [(i.patient_id, i.code) for i in _rows(view)]


def _select(view: WorklistView, key: tuple[str, str]) -> None:
    table = view.items.table
    row = _keys(view).index(key)
    table.selectionModel().select(view.items.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)


def _click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _set_as_of(qtbot: Any, view: WorklistView, day: date) -> None:
    with qtbot.waitSignal(view.overview_ready, timeout=120_000):
        view.as_of.setDate(QDate(day.year, day.month, day.day))


def _history_lines(db: Path, patient_id: str) -> list[tuple[str, ...]]:
    with ClinicStore(db) as store:
        history = HistoryView(store)
        history.set_patient(patient_id)
        table = history.table
        return [tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def test_default_view_shows_act_now_and_due_in_plain_words(view: WorklistView, qtbot: Any) -> None:
    assert view.findChild(QTableView, "worklistItems") is view.items.table
    wl = view.overview.worklist
    counts = wl.tier_counts()
    assert view.status.text() == (f"{wl.patients} patients checked, {counts['act_now']} act now, "
                                  f"{counts['due']} due, {counts['coming_up']} coming up")
    rows = _rows(view)
    assert rows and {i.tier for i in rows} == {"act_now", "due"} and all(i.handled is None for i in rows)
    assert len(rows) == counts["act_now"] + counts["due"]
    assert [i.key for i in rows] == [i.key for i in wl.open_items() if i.tier in ("act_now", "due")]
    model = view.items.model
    texts = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    codes = {i.code for i in wl.triage}
    assert not [t for t in texts if any(code in t for code in codes)]  # never a code on screen
    assert any(t == "Start bone-targeted therapy" for t in texts)
    assert view.items.findChild(QCheckBox, "tierActNow").text() == f"Act now ({counts['act_now']})"

    _click(qtbot, view.items.tier_boxes["coming_up"])  # one more tier, by a real click
    assert {i.tier for i in _rows(view)} == {"act_now", "due", "coming_up"}
    assert len(_rows(view)) == counts["act_now"] + counts["due"] + counts["coming_up"]


def test_booking_removes_the_item_and_it_returns_after_its_date(view: WorklistView, qtbot: Any,
                                                                clinic_db: Path) -> None:
    item = next(i for i in _rows(view) if i.tier == "due")
    _select(view, item.key)
    assert view.items.book_button.isEnabled()
    _click(qtbot, view.items.book_button)
    dialog = view.findChild(BookDialog, "bookDialog")
    assert dialog is not None and dialog.isVisible()
    booked_for = AS_OF + timedelta(days=30)
    dialog.date.setDate(QDate(booked_for.year, booked_for.month, booked_for.day))
    qtbot.keyClicks(dialog.note, "radiology, room 3")
    _click(qtbot, dialog.ok_button())

    assert item.key not in _keys(view)
    assert view.items.handled_button.text() == "Handled (1)"
    _click(qtbot, view.items.handled_button)
    note = view.items.model.index(0, ITEM_COLUMN_KEYS.index("note")).data()
    assert _keys(view) == [item.key] and f"booked for {booked_for.isoformat()}" in note
    _click(qtbot, view.items.handled_button)

    _set_as_of(qtbot, view, booked_for)  # on the booked day it is still away
    assert item.key not in _keys(view)
    _set_as_of(qtbot, view, booked_for + timedelta(days=1))
    back = next(i for i in _rows(view) if i.key == item.key)
    assert back.overdue and back.handled is None and back.lapsed is not None

    lines = _history_lines(clinic_db, item.patient_id)
    booked = [line for line in lines if line[2] == "marked booked"]
    assert len(booked) == 1 and booked[0][1] == "nurse-gui" and booked[0][3] == f"worklist: {item.title}"
    assert "radiology, room 3" in booked[0][4]


def test_not_applicable_survives_a_restart_and_returns_on_a_new_fracture(view: WorklistView, qtbot: Any,
                                                                          clinic_db: Path) -> None:
    item = next(i for i in _rows(view) if i.tier == "act_now")
    _select(view, item.key)
    _click(qtbot, view.items.na_button)
    dialog = view.findChild(NotApplicableDialog, "notApplicableDialog")
    assert dialog is not None and not dialog.ok_button().isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason_edit, "declined after discussion")
    assert dialog.ok_button().isEnabled()
    _click(qtbot, dialog.ok_button())
    assert item.key not in _keys(view)
    view.close()

    again = _open_view(qtbot, clinic_db)  # a restart: a new view on a new connection
    assert item.key not in _keys(again)
    _click(qtbot, again.items.handled_button)
    assert _keys(again) == [item.key]
    _click(qtbot, again.items.handled_button)

    with ClinicStore(clinic_db, user="dr-gui") as store:  # a new fracture is entered
        data = json.loads(json.dumps(store.get_document(item.patient_id).model_dump(mode="json", exclude_none=True)))
        data.setdefault("fractures", []).append({"date": AS_OF.isoformat(), "site": "hip", "mechanism": "low_trauma"})
        store.save_document(parse_document(data, as_of=AS_OF, source="test"))
    with qtbot.waitSignal(again.overview_ready, timeout=120_000):
        _click(qtbot, again.refresh_button)
    back = next((i for i in _rows(again) if i.key == item.key), None)
    assert back is not None and back.lapsed is not None and back.lapsed.kind == "not_applicable"
    assert again.items.handled_button.text() == "Handled (0)"

    lines = _history_lines(clinic_db, item.patient_id)
    marked = [line for line in lines if line[2] == "marked not applicable"]
    assert len(marked) == 1 and marked[0][1] == "nurse-gui" and "declined after discussion" in marked[0][4]


def test_undo_in_the_handled_view_returns_the_item(view: WorklistView, qtbot: Any, clinic_db: Path) -> None:
    first, second = [i for i in _rows(view) if i.tier == "due"][:2]
    for item in (first, second):
        _select(view, item.key)
        _click(qtbot, view.items.book_button)
        dialog = view.findChild(BookDialog, "bookDialog")
        _click(qtbot, dialog.ok_button())
        dialog.deleteLater()
        qtbot.wait(1)
    assert first.key not in _keys(view) and second.key not in _keys(view)
    _click(qtbot, view.items.handled_button)
    assert not view.items.book_button.isVisible() and view.items.undo_button.isVisible()
    _select(view, first.key)
    _click(qtbot, view.items.undo_button)
    assert _keys(view) == [second.key]
    _click(qtbot, view.items.handled_button)
    assert first.key in _keys(view) and second.key not in _keys(view)
    assert any(line[2] == "mark undone" for line in _history_lines(clinic_db, first.patient_id))


def test_a_secretary_cannot_mark_and_nothing_changes(qtbot: Any, clinic_db: Path) -> None:
    store = open_clinic(clinic_db, name="sec", role="secretary")
    widget = WorklistView(store, today=lambda: AS_OF)
    qtbot.addWidget(widget)
    widget.destroyed.connect(store.close)
    with qtbot.waitSignal(widget.overview_ready, timeout=120_000):
        widget.show()
    before = _keys(widget)
    _select(widget, before[0])
    _click(qtbot, widget.items.book_button)
    _click(qtbot, widget.findChild(BookDialog, "bookDialog").ok_button())
    assert _keys(widget) == before
    assert "Not marked" in widget.status.text() and "secretary" in widget.status.text()


def test_open_and_letters_from_the_items(view: WorklistView, qtbot: Any) -> None:
    rows = _rows(view)
    _select(view, rows[0].key)
    with qtbot.waitSignal(view.patient_activated, timeout=5000) as opened:
        _click(qtbot, view.items.open_button)
    assert opened.args == [rows[0].patient_id]
    with qtbot.waitSignal(view.letters_requested, timeout=5000) as letters:
        _click(qtbot, view.items.letters_button)
    assert letters.args == [[rows[0].patient_id]]


def test_a_shorter_horizon_moves_items_out_of_coming_up(view: WorklistView, qtbot: Any) -> None:
    before = view.overview.worklist.tier_counts()
    later = [i for i in view.overview.worklist.open_items() if i.tier == "coming_up" and i.due > AS_OF + timedelta(1)]
    assert later, "the test clinic has items coming up after tomorrow"
    spin = view.items.horizon
    spin.selectAll()
    qtbot.keyClicks(spin, "1")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert view.overview.worklist.horizon_days == 1
    after = view.overview.worklist.tier_counts()
    assert after["coming_up"] == before["coming_up"] - len(later)
    assert after["information"] == before["information"] + len(later)
    assert after["act_now"] == before["act_now"] and after["due"] == before["due"]
    assert view.items.tier_boxes["coming_up"].text() == f"Coming up ({after['coming_up']})"
    with qtbot.waitSignal(view.overview_ready, timeout=120_000):  # a rebuild keeps the chosen horizon
        view.refresh()
    assert view.overview.worklist.horizon_days == 1
