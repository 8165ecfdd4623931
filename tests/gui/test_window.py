"""The main window on a small clinic: contract names, search, sort, patient switching, keyboard."""

from __future__ import annotations

from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from nmdbone_desktop.store.folding import fold
from nmdbone_desktop.ui.patient_table_model import COLUMNS, age_years

from .conftest import AS_OF


def _select(window: Any, patient_id: str) -> None:
    assert window.patient_list.select_patient(patient_id)
    assert window.controller.current_id == patient_id


def test_contract_widgets_exist(window: Any) -> None:
    assert isinstance(window.findChild(QTableView, "patientList"), QTableView)
    assert isinstance(window.findChild(QLineEdit, "patientSearch"), QLineEdit)
    assert isinstance(window.findChild(FigureCanvasQTAgg, "bmdChart"), FigureCanvasQTAgg)
    for name in ("recommendationPanel", "worklistView"):
        assert isinstance(window.findChild(QWidget, name), QWidget), name
    assert window.findChild(QTableView, "patientList").model() is window.model


def test_status_bar_names_database_count_and_ruleset(window: Any) -> None:
    from nmdbone_desktop.core.assessment import RULESET_VERSION

    assert str(window.location) in window.status_db.text()
    assert f"{window.clinic.patient_count():,} patients" == window.status_count.text()
    assert RULESET_VERSION in window.status_ruleset.text()


def test_search_narrows_the_list_accent_insensitively(window: Any, qtbot: Any) -> None:
    total = window.model.rowCount()
    search = window.findChild(QLineEdit, "patientSearch")
    qtbot.keyClicks(search, "muller")
    rows = [window.model.row_at(i) for i in range(window.model.rowCount())]
    assert 0 < len(rows) < total
    assert "P0001" in {r.id for r in rows}
    assert all("muller" in fold(f"{r.family} {r.given} {r.id} {r.diagnosis_code} {r.diagnosis_label}")
               for r in rows)
    assert "match" in window.patient_list.count.text()


def test_a_long_result_says_more_at_once_and_its_count_after_a_pause(window: Any, qtbot: Any) -> None:
    """Never the previous search's count: "2+ of N" at once, the exact count once typing pauses."""
    window.model.PAGE = 2
    total = window.clinic.patient_count()
    matching = window.clinic.count_patients("a")
    assert matching > 2
    window.patient_list.search.setText("a")
    assert window.model.rowCount() == 2
    assert window.patient_list.count.text() == f"2+ of {total:,} patients match"
    qtbot.waitUntil(lambda: window.patient_list.count.text() == f"{matching:,} of {total:,} patients match",
                    timeout=3000)
    window.model.PAGE = 200  # else the view goes on fetching pages of two, after the test too
    window.patient_list.search.clear()
    assert not window.model.canFetchMore()


def test_search_by_id_and_by_diagnosis(window: Any, qtbot: Any) -> None:
    search = window.patient_list.search
    search.setText("P0002")
    assert [window.model.row_at(i).id for i in range(window.model.rowCount())] == ["P0002"]
    search.setText("dmd")
    codes = {window.model.row_at(i).diagnosis_code for i in range(window.model.rowCount())}
    assert codes == {"DMD"}
    search.setText("no such patient xyz")
    assert window.model.rowCount() == 0
    search.clear()
    assert window.model.rowCount() == min(window.clinic.patient_count(), window.model.PAGE)


def test_header_click_sorts_in_sql(window: Any, qtbot: Any) -> None:
    header = window.patient_list.table.horizontalHeader()
    age_column = next(i for i, c in enumerate(COLUMNS) if c.key == "age")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, age_column))
    ages = [age_years(window.model.row_at(i).birth_date, AS_OF) for i in range(window.model.rowCount())]
    key, descending = window.model.sort_key
    assert key == "age"
    assert ages == sorted(ages, reverse=descending)
    window.patient_list.table.sortByColumn(age_column, Qt.SortOrder.DescendingOrder)
    ages = [age_years(window.model.row_at(i).birth_date, AS_OF) for i in range(window.model.rowCount())]
    assert ages == sorted(ages, reverse=True)


def _section_centre(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_switching_patients_changes_panel_and_chart(window: Any) -> None:
    _select(window, "P0001")
    art = window.chart.artists
    assert art.score_type == "T"
    assert list(art.sites["femoral_neck"].get_ydata()) == [-2.0, -2.4]
    assert "Müller" in window.panel.header.name.text()
    muller_codes = [c.code for c in window.panel.cards()]
    assert set(muller_codes) == {r.code for r in window.controller.report.recommendations}

    _select(window, "P0002")
    art = window.chart.artists
    assert art.score_type == "Z"
    assert list(art.sites["lumbar_spine"].get_ydata()) == [-1.9, -2.3]
    assert "femoral_neck" not in art.sites
    assert not window.chart.plot._site_lines["femoral_neck"].get_visible()
    assert "Rossi" in window.panel.header.name.text()
    assert [c.code for c in window.panel.cards()] != muller_codes
    fracture_texts = [a.get_text() for a in art.fractures if hasattr(a, "get_text")]
    assert "T11 g1" in fracture_texts


def test_patient_without_dxa_shows_the_empty_state(window: Any) -> None:
    _select(window, "P0003")
    art = window.chart.artists
    assert art.sites == {}
    assert art.empty_state is not None and art.empty_state.get_visible()
    assert "No DXA" in art.empty_state.get_text()
    codes = {c.code for c in window.panel.cards()}
    assert "BASELINE_BONE_ASSESSMENT" in codes


def test_cards_put_warnings_apart_and_mark_overdue(window: Any, qtbot: Any) -> None:
    _select(window, "P0001")
    panel = window.panel
    kinds = [window.controller.report.recommendations[0].kind]
    assert kinds
    warnings = panel.findChild(QWidget, "section_warning")
    actions = panel.findChild(QWidget, "section_action")
    assert warnings is not None and actions is not None
    layout = panel._body.layout()
    assert layout.indexOf(warnings) < layout.indexOf(actions)
    card = panel.cards()[0]
    assert not card.details.isVisibleTo(panel)
    qtbot.mouseClick(card.toggle, Qt.MouseButton.LeftButton)
    assert card.details.isVisibleTo(panel)


def test_reused_cards_show_only_the_current_patient(window: Any, qtbot: Any) -> None:
    """Cards are refilled from patient to patient: none may keep the previous patient's text, an
    unfolded rationale, an overdue mark, or stay on screen when the new report has fewer cards."""
    from nmdbone_desktop.ui.recommendation_panel import ordered

    def expected() -> list[str]:
        recs = window.controller.report.recommendations
        return [r.code for kind in ("warning", "action", "info")
                for r in ordered([r for r in recs if r.kind == kind])]

    _select(window, "P0001")
    first = window.panel.cards()[0]
    qtbot.mouseClick(first.toggle, Qt.MouseButton.LeftButton)
    assert first.details.isVisibleTo(window.panel)
    pool = len(window.panel._pool)
    for pid in ("P0002", "P0003", "P0001", "P0002"):
        _select(window, pid)
        cards = window.panel.cards()
        assert [c.code for c in cards] == expected()
        recs = {r.code: r for r in window.controller.report.recommendations}
        for card in cards:
            rec = recs[card.code]
            assert card.isVisibleTo(window.panel) and card.title.text() == rec.title
            assert card.body.text() == rec.text
            assert not card.toggle.isChecked() and not card.details.isVisibleTo(window.panel)
            assert card.overdue == (bool(rec.due) and rec.due < window.controller.report.as_of)
            assert str(rec.rationale or "No rationale given.")[:30] in card.details.text()
        spare = [c for c in window.panel._pool if c not in cards]
        assert not any(c.isVisibleTo(window.panel) for c in spare)
    assert len(window.panel._pool) >= pool  # grown when a report needed more, never recreated


def test_keyboard_find_and_arrows(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    window.patient_list.table.setFocus()
    window.actions["findPatient"].trigger()
    assert window.patient_list.search.hasFocus() or window.focusWidget() is window.patient_list.search
    first = window.controller.current_id
    table = window.patient_list.table
    table.setFocus()
    row = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == row + 1
    assert window.controller.current_id != first
    window.actions["previousPatient"].trigger()
    assert window.controller.current_id == first


def test_every_action_has_a_shortcut(window: Any) -> None:
    assert window.actions
    for name, action in window.actions.items():
        assert not action.shortcut().isEmpty(), name
    shortcuts = [a.shortcut().toString() for a in window.actions.values()]
    assert len(shortcuts) == len(set(shortcuts))


def test_about_names_ruleset_and_disclaimer(window: Any) -> None:
    from nmdbone_desktop.core.assessment import RULESET_VERSION

    dialog = window.about()
    text = dialog.findChild(QWidget, "aboutText").toPlainText()
    assert RULESET_VERSION in text
    assert "does not replace" in text
    assert "ClinRisk" in text
    dialog.close()


def test_worklist_tab_opens_patients_in_the_window(window: Any) -> None:
    assert window.findChild(QWidget, "worklistView") is window.worklist  # before the tab is opened
    window.patient_list.search.setText("dmd")  # hides P0001: opening it must clear the search
    window.show_worklist()
    worklist = window.findChild(QWidget, "worklistView")
    assert worklist is window.worklist
    assert window.tabs.currentWidget() is worklist
    assert len(window.findChildren(QWidget, "worklistView")) == 1
    if hasattr(worklist, "patient_activated"):  # the colleague's view (else the placeholder)
        worklist.patient_activated.emit("P0001")
        assert window.controller.current_id == "P0001"
        assert window.tabs.currentIndex() == 0
        assert window.patient_list.search.text() == ""


def test_write_letter_opens_for_the_current_patient(window: Any) -> None:
    _select(window, "P0001")
    action = window.actions["writeLetter"]
    if not action.isEnabled():
        return  # letters package not in this build
    dialog = window.worklist_letters.write_letter()
    assert dialog is not None and dialog.doc.id == "P0001"
    dialog.close()



def test_history_tab_shows_the_selected_patients_audit_trail(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Who changed what and when, per patient: an edit appears in the History tab with its user."""
    from datetime import date

    from PySide6.QtWidgets import QWidget

    from nmdbone_desktop.app import build_main_window
    from nmdbone_desktop.core.document import PatientDocument
    from nmdbone_desktop.store import ClinicStore
    from tests.gui.conftest import MULLER

    db = tmp_path / "history.sqlite"
    with ClinicStore(db, user="dr.test") as store:
        store.import_documents([PatientDocument.model_validate(MULLER)], source="test")
        doc = store.get_document(MULLER["id"])
        store.save_document(doc.model_copy(update={"falls_past_12_months": 3}))
    window = build_main_window(db, settings_path=tmp_path / "s.ini", today=lambda: date(2026, 11, 21))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.patient_list.current_id == MULLER["id"], timeout=5000)
    history = window.findChild(QWidget, "historyView")
    window.tabs.setCurrentWidget(history)
    rows = history.rows()
    assert history.patient_id == MULLER["id"]
    assert any(row[1] == "dr.test" and "falls_past_12_months" in " ".join(row) for row in rows), rows
    assert len(rows) >= 2  # the import and the edit
