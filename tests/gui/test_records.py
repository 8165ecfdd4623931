"""Record forms: the same validation as import, errors at the field, nothing half-saved."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from nmdbone_desktop.core.validation import canonical_dict

from .conftest import AS_OF


def _select(window: Any, patient_id: str) -> None:
    assert window.patient_list.select_patient(patient_id)
    assert window.controller.current_id == patient_id


def _fill(dialog: Any, **values: Any) -> None:
    for key, value in values.items():
        editor = dialog.editors[key]
        if isinstance(value, str) and editor.spec.type in ("text", "number", "integer"):
            editor.editor.setText(value)
        else:
            editor.set_value(value)


def _stored(window: Any, patient_id: str) -> tuple[dict[str, Any], int]:
    row = next(r for r in window.clinic.search_patients(patient_id) if r.id == patient_id)
    return canonical_dict(window.clinic.get_document(patient_id)), row.revision


def test_adding_a_dxa_updates_chart_panel_and_store(window: Any) -> None:
    _select(window, "P0002")
    before_report = window.controller.report
    before_cards = [c.code for c in window.panel.cards()]
    dialog = window.patient_commands.add_dxa()  # the whole-study form: date once, a row per site
    assert dialog is not None and dialog.isVisible()
    dialog.date.set_value("2026-11-01")
    dialog.fill("lumbar_spine", z_score="-3,1", bmd_g_cm2="0.431")
    assert dialog.try_accept()
    assert not dialog.isVisible()

    stored, revision = _stored(window, "P0002")
    assert len(stored["dxa"]) == 4
    assert {"date": "2026-11-01", "site": "lumbar_spine", "bmd_g_cm2": 0.431, "z_score": -3.1} in stored["dxa"]
    assert revision == window.controller.revision > 1
    ys = list(window.chart.artists.sites["lumbar_spine"].get_ydata())
    assert ys == [-1.9, -2.3, -3.1]
    report = window.controller.report
    assert report.densitometry.lowest_score == -3.1
    assert report != before_report
    assert [c.code for c in window.panel.cards()] != before_cards or report.next_due != before_report.next_due
    assert "-3.1" in window.panel.header.facts.text()


def test_impossible_tscore_is_refused_at_the_field(window: Any) -> None:
    _select(window, "P0001")
    before = _stored(window, "P0001")
    dialog = window.patient_commands.add_dxa()
    dialog.date.set_value("2026-11-01")
    dialog.fill("total_hip", t_score="12")
    assert not dialog.try_accept()
    assert dialog.isVisible()
    error = dialog.findChild(QLabel, "error_total_hip")
    assert error.isVisibleTo(dialog)
    assert error.text() == "T-score: must be at most 6 (entered: 12)"
    assert not dialog.findChild(QLabel, "error_date").isVisibleTo(dialog)
    assert _stored(window, "P0001") == before
    assert len(window.chart.artists.sites.get("total_hip", [])) == 0

    dialog.fill("total_hip", t_score="-2.6")  # corrected in place, then accepted
    assert dialog.try_accept()
    assert list(window.chart.artists.sites["total_hip"].get_ydata()) == [-2.6]


def test_fracture_before_birth_is_refused(window: Any) -> None:
    _select(window, "P0001")
    before = _stored(window, "P0001")
    dialog = window.patient_commands.add_fracture()
    _fill(dialog, date="1950-05-01", site="hip")
    assert not dialog.try_accept()
    assert "before the date of birth" in dialog.editors["date"].error.text()
    assert _stored(window, "P0001") == before
    dialog.close()


def test_genant_grade_on_a_hip_fracture_is_refused(window: Any) -> None:
    _select(window, "P0001")
    dialog = window.patient_commands.add_fracture()
    _fill(dialog, date="2026-01-05", site="hip", genant_grade=2)
    assert not dialog.try_accept()
    assert "vertebral" in dialog.editors["genant_grade"].error.text()
    dialog.close()


def test_editing_and_deleting_a_record(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _select(window, "P0001")
    window.show_records()
    view = window.records
    view.show_kind("dxa")
    assert view.table.rowCount() == 3
    view.table.selectRow(0)
    index = view.selected_index()
    dialog = view.edit_selected()
    assert dialog.editors["date"].value() == canonical_dict(window.controller.doc)["dxa"][index]["date"]
    _fill(dialog, t_score="-2.9")
    assert dialog.try_accept()
    assert canonical_dict(window.clinic.get_document("P0001"))["dxa"][index]["t_score"] == -2.9

    monkeypatch.setattr(view, "confirm", lambda _question: False)
    assert not view.delete_selected()
    assert len(window.clinic.get_document("P0001").dxa) == 3
    monkeypatch.setattr(view, "confirm", lambda _question: True)
    assert view.delete_selected()
    assert len(window.clinic.get_document("P0001").dxa) == 2
    assert view.table.rowCount() == 2


def test_patient_details_and_risk_factors(window: Any) -> None:
    _select(window, "P0003")
    dialog = window.patient_commands.edit_details()
    assert dialog.editors["id"].editor.isReadOnly()
    _fill(dialog, **{"name.given": "Émilie", "birth_date": "2030-01-01"})
    assert not dialog.try_accept()
    assert "after the assessment date" in dialog.editors["birth_date"].error.text()
    _fill(dialog, birth_date="1970-01-02", **{"supplements.vitamin_d_iu_per_day": "1000"})
    assert dialog.try_accept()
    doc = window.clinic.get_document("P0003")
    assert doc.name.given == "Émilie" and doc.supplements is not None
    assert doc.supplements.vitamin_d_iu_per_day == 1000
    assert "Émilie" in window.panel.header.name.text()

    dialog = window.patient_commands.edit_risk_factors()
    _fill(dialog, smoking=2, conditions=["asthma_copd", "parkinsons"])
    assert dialog.try_accept()
    rf = window.clinic.get_document("P0003").risk_factors
    assert rf is not None and rf.smoking == 2 and rf.conditions == ["asthma_copd", "parkinsons"]


def test_lab_units_follow_the_test(window: Any) -> None:
    _select(window, "P0002")
    dialog = window.patient_commands.add_lab()
    _fill(dialog, test="calcium")
    units = [dialog.editors["unit"].editor.itemData(i) for i in range(dialog.editors["unit"].editor.count())]
    assert set(units) - {None} == {"mmol/L", "mg/dL"}
    _fill(dialog, date="2026-10-10", value="2.31", unit="mmol/L")
    assert dialog.try_accept()
    assert window.clinic.get_document("P0002").labs[-1].unit == "mmol/L"


def test_new_patient_appears_selected_and_duplicate_id_is_refused(window: Any) -> None:
    dialog = window.patient_commands.new_patient()
    values = {"id": "N-0001", "name.family": "Łukasiewicz", "name.given": "Jan", "sex": "male",
              "birth_date": "1980-02-29", "diagnosis.code": "MG"}
    _fill(dialog, **values)
    assert dialog.try_accept()
    assert window.controller.current_id == "N-0001"
    assert window.patient_list.current_id == "N-0001"
    assert window.clinic.get_document("N-0001").name.family == "Łukasiewicz"
    window.patient_list.search.setText("lukasiewicz jan")
    assert [window.model.row_at(i).id for i in range(window.model.rowCount())] == ["N-0001"]

    again = window.patient_commands.new_patient()
    _fill(again, **values)
    assert not again.try_accept()
    assert "already exists" in again.editors["id"].error.text()
    again.close()


def test_missing_required_field_is_named(window: Any) -> None:
    _select(window, "P0001")
    dialog = window.patient_commands.add_glucocorticoid()  # the course form: dose steps
    dialog.steps[0].start.set_value("2026-01-01")
    assert not dialog.try_accept()
    assert "dose: required" in dialog.steps[0].error.text()
    dialog.close()


def test_deleting_the_patient(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _select(window, "P0003")
    count = window.clinic.patient_count()
    monkeypatch.setattr(window.records, "confirm", lambda _question: True)
    assert window.patient_commands.delete_patient()
    assert window.clinic.patient_count() == count - 1
    assert window.controller.doc is None
    assert window.model.row_of("P0003") is None
    assert not window.actions["addDxa"].isEnabled()
    assert window.chart.artists is None


def test_as_of_is_the_window_today(window: Any) -> None:
    assert window.controller.as_of() == AS_OF


def test_a_stale_save_is_refused_naming_who_and_the_edit_stays_in_the_form(window: Any) -> None:
    """Another workstation saved the patient after this form was opened: the save is refused
    with who changed what and when, the form stays open with the unsaved edit to re-apply."""
    from tests.backends import open_store

    _select(window, "P0003")
    dialog = window.patient_commands.edit_details()
    _fill(dialog, **{"name.given": "Émilie", "supplements.vitamin_d_iu_per_day": "1000"})
    with open_store(window.clinic.location, user="nurse.other") as other:  # the second workstation
        doc = other.get_document("P0003")
        other.save_document(doc.model_copy(update={"falls_past_12_months": 2}),
                            expected_revision=window.controller.revision)
    assert not dialog.try_accept()
    assert dialog.isVisible()
    message = dialog.general.text()
    assert dialog.general.isVisibleTo(dialog)
    assert "nurse.other changed patient" in message and "UTC" in message and "nothing was saved" in message
    assert dialog.editors["name.given"].value() == "Émilie"  # the unsaved edit is still there to re-apply
    assert dialog.editors["supplements.vitamin_d_iu_per_day"].value() == 1000
    stored = window.clinic.get_document("P0003")
    assert stored.falls_past_12_months == 2 and stored.name.given != "Émilie"  # the other's change is kept
    dialog.close()
