"""The Worklist tab on the shared test clinic: filters, sorting, double-click, batch letters and
the indicator dashboard (a real mouse click on a bar)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from nmdbone_desktop.core.assessment import assess
from nmdbone_desktop.services import WorklistFilter
from nmdbone_desktop.services.clinic import open_clinic
from nmdbone_desktop.store import ClinicStore
from nmdbone_desktop.ui.worklist import WorklistView
from nmdbone_desktop.ui.worklist.dashboard import PATIENT_ROLE
from nmdbone_desktop.ui.worklist.table_model import COLUMN_KEYS

from .conftest import AS_OF


@pytest.fixture
def view(qtbot: Any, clinic_db: Path) -> WorklistView:
    widget = WorklistView(clinic_db, today=lambda: AS_OF)
    qtbot.addWidget(widget)
    widget.resize(1300, 820)
    with qtbot.waitSignal(widget.overview_ready, timeout=120_000):
        widget.show()  # the first show builds the overview in the background
    return widget


def _shown_ids(view: WorklistView) -> list[str]:
    return [view.model.row_at(r).patient_id for r in range(view.model.rowCount())]


def _row_of(view: WorklistView, patient_id: str) -> int:
    return _shown_ids(view).index(patient_id)


def test_contract_name_and_rows_match_the_assessments(view: WorklistView, clinic_db: Path) -> None:
    assert view.objectName() == "worklistView"
    assert view.findChild(QTableView, "worklistTable") is view.table
    overview = view.overview
    assert overview is not None
    assert _shown_ids(view) == [i.patient_id for i in overview.worklist.items]
    with ClinicStore(clinic_db) as store:
        docs = {d.id: d for d in store.iter_documents()}
    for item in overview.worklist.items:
        report = assess(docs[item.patient_id], AS_OF)
        assert list(item.codes) == [r["code"] for r in report["recommendations"]]
    assert "P0001" in _shown_ids(view)  # Müller: START_BONE_THERAPY among others


def test_each_filter_narrows_the_rows(view: WorklistView) -> None:
    wl = view.overview.worklist if view.overview else None
    assert wl is not None
    total = view.model.rowCount()
    view.filters.select(diagnosis="DMD")
    dmd = _shown_ids(view)
    assert 0 < len(dmd) < total and "P0002" in dmd
    assert all(view.model.row_at(r).diagnosis_code == "DMD" for r in range(len(dmd)))
    assert f"{len(dmd)} of {total}" in view.patient_status.text()

    view.filters.select(diagnosis="any", code="START_BONE_THERAPY")
    start = _shown_ids(view)
    assert 0 < len(start) < total and "P0001" in start
    assert start == [i.patient_id for i in wl.filtered(WorklistFilter(code="START_BONE_THERAPY"))]

    view.filters.select(code="any", priority="1")
    assert _shown_ids(view) == [i.patient_id for i in wl.filtered(WorklistFilter(max_priority=1))]
    assert all(view.model.row_at(r).top_priority == 1 for r in range(view.model.rowCount()))

    view.filters.select(priority="any", due="overdue")
    overdue = _shown_ids(view)
    assert overdue == [i.patient_id for i in wl.filtered(WorklistFilter(due_window="overdue"))]
    assert all(view.model.row_at(r).earliest_due < AS_OF for r in range(len(overdue)))

    view.filters.select(due="any")
    assert view.model.rowCount() == total


def test_sorting_by_a_column_header(view: WorklistView, qtbot: Any) -> None:
    view.pages.setCurrentWidget(view.by_patient_page)
    header = view.table.horizontalHeader()
    name_column = COLUMN_KEYS.index("name")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(name_column) + 10, header.height() // 2))
    names = [view.model.row_at(r).name.casefold() for r in range(view.model.rowCount())]
    assert names == sorted(names)


def test_double_click_opens_the_patient(view: WorklistView, qtbot: Any) -> None:
    view.pages.setCurrentWidget(view.by_patient_page)
    index = view.model.index(_row_of(view, "P0002"), COLUMN_KEYS.index("name"))
    view.table.scrollTo(index)
    centre = view.table.visualRect(index).center()
    with qtbot.waitSignal(view.patient_activated, timeout=5000) as signal:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert signal.args == ["P0002"]


def test_selected_rows_request_batch_letters(view: WorklistView, qtbot: Any) -> None:
    assert not view.letters_button.isEnabled()
    chosen = ["P0001", "P0002"]
    for pid in chosen:
        index = view.model.index(_row_of(view, pid), 0)
        view.table.selectionModel().select(
            index, view.table.selectionModel().SelectionFlag.Select | view.table.selectionModel().SelectionFlag.Rows)
    assert view.letters_button.isEnabled() and "2 selected" in view.letters_button.text()
    with qtbot.waitSignal(view.letters_requested, timeout=5000) as signal:
        qtbot.mouseClick(view.letters_button, Qt.MouseButton.LeftButton)
    assert sorted(signal.args[0]) == chosen


def test_clicking_an_indicator_bar_lists_its_patients(view: WorklistView, qtbot: Any) -> None:
    dashboard = view.dashboard
    view.pages.setCurrentWidget(dashboard)  # the indicators have a page of their own
    canvas = view.findChild(FigureCanvasQTAgg, "indicatorChart")
    assert canvas is dashboard.canvas
    canvas.draw()  # the bars' positions are final once drawn
    result = next(r for r in view.overview.indicators if r.id == "Q7")
    assert result.denominator
    box = dashboard.bars["Q7"].get_window_extent()
    ratio = canvas.devicePixelRatioF()
    x = (box.x0 + box.x1) / 2 / ratio
    y = (canvas.figure.bbox.height - (box.y0 + box.y1) / 2) / ratio
    with qtbot.waitSignal(dashboard.indicator_selected, timeout=5000) as signal:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert signal.args == ["Q7"]
    assert dashboard.listed_ids() == [*result.gap_ids, *result.met_ids]
    assert f"({result.numerator}/{result.denominator})" in dashboard.caption.text()

    rows = [dashboard.patients.item(r) for r in range(dashboard.patients.count())]
    item = next(i for i in rows if i.data(PATIENT_ROLE))
    centre = dashboard.patients.visualItemRect(item).center()
    with qtbot.waitSignal(view.patient_activated, timeout=5000) as opened:
        qtbot.mouseClick(dashboard.patients.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(dashboard.patients.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [item.data(PATIENT_ROLE)]


def test_a_not_computable_indicator_lists_the_patients_concerned(view: WorklistView) -> None:
    result = next(r for r in view.overview.indicators if r.id == "Q12")
    view.dashboard.show_indicator("Q12")
    assert result.numerator is None
    assert view.dashboard.listed_ids() == list(result.eligible_ids)
    assert "not recordable" in view.dashboard.caption.text()


def test_export_writes_the_rows_shown_and_the_indicators(view: WorklistView, tmp_path: Path) -> None:
    view.filters.select(diagnosis="DMD")
    rows_csv, indicators_csv = tmp_path / "w.csv", tmp_path / "q.csv"
    view.export_csv(rows_csv, indicators_csv)
    lines = rows_csv.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + view.model.rowCount()
    assert len(indicators_csv.read_text(encoding="utf-8-sig").splitlines()) == 13


def test_refresh_after_an_edit_reassesses_one_patient(view: WorklistView, qtbot: Any, clinic_db: Path) -> None:
    with ClinicStore(clinic_db) as store:
        doc = store.get_document("P0003")
        store.save_document(doc.model_copy(update={"falls_past_12_months": 4}))
    with qtbot.waitSignal(view.overview_ready, timeout=60_000) as signal:
        view.refresh()
    overview = signal.args[0]
    assert overview.worklist.refresh.computed == 1
    assert "FALLS_PREVENTION" in next(i for i in overview.worklist.items if i.patient_id == "P0003").codes
    assert "1 patients assessed anew" in view.status.toolTip()
    assert view.status.text().startswith(f"{overview.worklist.patients} patients checked, ")


def test_an_open_store_and_a_new_date(qtbot: Any, clinic_db: Path) -> None:
    """Given a store, the view opens its own connection in the worker; a new date rebuilds."""
    from datetime import timedelta

    with open_clinic(clinic_db, name="dr-test") as store:
        widget = WorklistView(store, today=lambda: AS_OF)
        qtbot.addWidget(widget)
        assert (widget.location, widget.session.user) == (store.location, "dr-test")
        with qtbot.waitSignal(widget.overview_ready, timeout=120_000):
            widget.show()
        later = AS_OF + timedelta(days=400)
        with qtbot.waitSignal(widget.overview_ready, timeout=120_000) as signal:
            widget.as_of.setDate(later)
        overview = signal.args[0]
        assert overview.worklist.as_of == later
        assert overview.worklist.refresh.computed == overview.worklist.patients  # every patient, new date
        assert all(r.as_of == later for r in overview.indicators)


_CODE = re.compile(r"\b[A-Z0-9]+(?:_[A-Z0-9]+)+\b")


def test_the_by_patient_page_and_its_filter_show_titles_never_codes(view: WorklistView) -> None:
    """Issue 16: a nurse reads what to do, never a rule code — on the "By patient" page too."""
    column = COLUMN_KEYS.index("codes")
    texts = [view.model.index(r, column).data() for r in range(view.model.rowCount())]
    assert texts and all(texts) and not any(_CODE.search(t) for t in texts)
    assert "Start bone-targeted therapy" in " ".join(texts)
    combo = view.filters.code
    offered = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
    assert offered and all(_CODE.fullmatch(code) for code in offered)  # the data stays the code
    assert not any(_CODE.search(title) for title in offered.values())


def test_the_filter_bar_does_not_set_the_worklist_s_width(view: WorklistView) -> None:
    """At 1366 pixels a wide worklist squeezed the patient list beside it off its "Next due"."""
    assert view.filters.minimumSizeHint().width() <= view.items.minimumSizeHint().width()


def test_the_indicator_chart_is_drawn_when_its_page_is_shown_not_with_every_build(
        view: WorklistView, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hidden canvas builds and draws all the same (≈ 0.3 s on the window's thread per worklist
    build at 20,000 patients); the chart of a build that came in while hidden is drawn when shown."""
    dashboard = view.dashboard
    assert not dashboard.isVisible()  # the items page is the current one
    assert not dashboard.figure.axes  # the first build came in while hidden: nothing made yet
    layouts: list[int] = []
    monkeypatch.setattr(dashboard.figure, "tight_layout", lambda *a, **k: layouts.append(1))
    overview = view.overview
    assert overview is not None
    view.set_overview(overview)  # what a finished build does
    assert layouts == []
    assert not dashboard.figure.axes
    view.pages.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.isVisible(), timeout=5000)
    assert layouts == [1]
    ticks = [t.get_text() for t in dashboard.figure.axes[0].get_yticklabels()]
    assert ticks == [f"{r.id} {r.title}" for r in overview.indicators]
    view.set_overview(overview)  # shown: drawn at once
    assert layouts == [1, 1]
