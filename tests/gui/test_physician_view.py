"""Issue 15: the physician's view tells the truth (chart, change, LSC, risk header, names)."""

from __future__ import annotations

import copy
from typing import Any

from .conftest import patient

#: A man of 66 scored by T whose older scans carry only a Z-score (a paediatric-era report habit),
#: and whose last scan is on another manufacturer.
T_WITH_Z_ONLY: dict[str, Any] = {
    "schema": "nmdbone/patient-v1", "id": "P0900", "name": {"given": "Karl", "family": "Adler"},
    "sex": "male", "birth_date": "1960-05-01", "diagnosis": {"code": "DM1"},
    "dxa": [
        {"date": "2016-05-01", "site": "lumbar_spine", "bmd_g_cm2": 1.020, "z_score": -0.8, "manufacturer": "hologic"},
        {"date": "2018-05-01", "site": "lumbar_spine", "bmd_g_cm2": 0.990, "z_score": -1.0, "manufacturer": "hologic"},
        {"date": "2020-05-01", "site": "lumbar_spine", "bmd_g_cm2": 0.950, "z_score": -1.3, "manufacturer": "hologic"},
        {"date": "2022-05-01", "site": "lumbar_spine", "bmd_g_cm2": 0.930, "t_score": -1.6, "z_score": -1.4,
         "manufacturer": "hologic"},
        {"date": "2016-05-01", "site": "total_hip", "bmd_g_cm2": 0.900, "z_score": -0.5, "manufacturer": "hologic"},
        {"date": "2024-05-01", "site": "total_hip", "bmd_g_cm2": 0.800, "t_score": -1.9,
         "manufacturer": "ge_lunar"},
        {"date": "2025-05-01", "site": "femoral_neck", "bmd_g_cm2": 0.700},
    ],
}


def add_patient(window: Any, data: dict[str, Any]) -> None:
    window.clinic.save_document(patient(copy.deepcopy(data)), action="create", expected_revision=0)
    window.refresh_list()
    assert window.patient_list.select_patient(data["id"])
    assert window.controller.current_id == data["id"]


def test_every_scan_is_on_the_chart(window: Any) -> None:
    add_patient(window, T_WITH_Z_ONLY)
    chart = window.chart
    art = chart.artists
    assert art.score_type == "T"
    assert not art.empty_state.get_visible()
    # the main series: the T-scores; the Z-only scans as the other series, always
    assert list(art.sites["lumbar_spine"].get_ydata()) == [-1.6]
    assert list(art.secondary["lumbar_spine"].get_ydata()) == [-0.8, -1.0, -1.3]
    assert list(art.secondary["total_hip"].get_ydata()) == [-0.5]
    assert "Z-score" in chart.key.text()
    # the toggle adds the Z of every scan
    toggle = chart.findChild(type(chart.score_toggle), "scoreTypeToggle")
    assert toggle is chart.score_toggle and toggle.text() == "Z too"
    toggle.setChecked(True)
    assert list(chart.artists.secondary["lumbar_spine"].get_ydata()) == [-0.8, -1.0, -1.3, -1.4]
    toggle.setChecked(False)
    # BMD on request: the femoral neck scan has only a BMD
    assert "femoral_neck" not in chart.artists.sites
    chart.bmd_toggle.setChecked(True)
    art = chart.artists
    assert art.view == "bmd" and art.score_axes.get_ylabel() == "BMD (g/cm²)"
    assert list(art.sites["femoral_neck"].get_ydata()) == [0.7]
    assert len(art.sites["lumbar_spine"].get_xdata()) == 4
    assert not toggle.isEnabled()
    # baseline and latest are marked per site
    assert art.ends and "baseline" in chart.key.text()
    chart.bmd_toggle.setChecked(False)


def test_no_dxa_only_when_there_is_none(window: Any) -> None:
    assert window.patient_list.select_patient("P0003")
    assert window.chart.artists.empty_state.get_visible()
    assert window.chart.artists.empty_state.get_text() == "No DXA on record"
    assert window.chart.changes.rows == {} and "No BMD" in window.chart.changes.table.item(0, 0).text()
    data = copy.deepcopy(T_WITH_Z_ONLY)
    data["id"] = "P0901"
    data["dxa"] = [{"date": "2025-05-01", "site": "femoral_neck", "bmd_g_cm2": 0.700}]
    add_patient(window, data)
    empty = window.chart.artists.empty_state
    assert empty.get_visible() and "BMD" in empty.get_text() and "No DXA" not in empty.get_text()


def test_change_since_previous_and_baseline(window: Any) -> None:
    add_patient(window, T_WITH_Z_ONLY)
    table = window.chart.changes
    assert table.isVisibleTo(window.chart)
    # spine: 0.950 → 0.930 = −2.1 % (within 5.3 %); baseline 1.020 → 0.930 = −8.8 % (significant)
    assert table.cell("lumbar_spine", "Since previous") == "−2.1%"
    assert table.cell("lumbar_spine", "Since baseline") == "−8.8% ●"
    assert table.cell("lumbar_spine", "LSC") == "5.3% default"
    assert "significant" in table.legend.text() and "●" in table.legend.text()
    # hip: Hologic → GE Lunar is not compared, and the table says so
    assert table.cell("total_hip", "Since previous") == "other scanner"
    assert "not computed" in table.table.item(list(table.rows).index("total_hip"), 2).toolTip()
    assert table.cell("total_hip", "Since baseline") == "—"
    assert table.cell("femoral_neck", "Scans") == "1"


def test_clinic_settings_set_the_lsc_used_by_the_assessment(window: Any, qtbot: Any) -> None:
    import json

    from PySide6.QtWidgets import QDialog

    assert window.patient_list.select_patient("P0002")
    # Luca's spine: 0.470 → 0.452 g/cm² = −3.8 %, within the default 5.3 %
    entry = next(e for e in window.controller.report.trajectory if e.site == "lumbar_spine")
    assert entry.least_significant_change_percent == 5.3 and not entry.significant
    window.actions["clinicSettings"].trigger()
    dialog = window.findChild(QDialog, "clinicSettings")
    assert dialog is not None and dialog.isVisible()
    spine = dialog.fields["lumbar_spine"]
    assert spine.placeholderText().startswith("5.3")
    spine.setText("abc")
    dialog.fields["femoral_neck"].setText("40")
    assert not dialog.try_accept() and dialog.isVisible()
    assert dialog.errors["lumbar_spine"].isVisibleTo(dialog)
    assert "not a number" in dialog.errors["lumbar_spine"].text()
    assert "between 0.5 and 20" in dialog.errors["femoral_neck"].text()
    spine.setText("3,0")
    dialog.fields["femoral_neck"].clear()
    assert dialog.try_accept()
    assert window.clinic.clinic_lsc() == {"lumbar_spine": 3.0}
    entry = next(e for e in window.controller.report.trajectory if e.site == "lumbar_spine")
    assert entry.least_significant_change_percent == 3.0 and entry.significant
    assert entry.lsc_source == "clinic"
    assert window.chart.changes.cell("lumbar_spine", "LSC") == "3% clinic"
    assert window.chart.changes.cell("lumbar_spine", "Since previous") == "−3.8% ●"
    # the background refresh caches the clinic's value too
    files = window.file_commands
    qtbot.waitUntil(lambda: files.task is None or not files.task.running, timeout=20000)
    cached = json.loads(window.clinic.assessment_summaries()["P0002"].report_json)
    assert next(e for e in cached["trajectory"] if e["site"] == "lumbar_spine")["significant"]
    # a reopened dialog shows the stored value
    dialog = window.patient_commands.clinic_settings()
    assert dialog.fields["lumbar_spine"].text() == "3"
    dialog.reject()


def test_risk_header_names_its_criterion_and_what_each_score_includes(window: Any, contract_report: Any) -> None:
    from nmdbone_desktop.core.report import typed_report
    from nmdbone_desktop.ui.assessment_header import RISK_COLOURS

    from .conftest import MULLER

    assert window.patient_list.select_patient("P0001")
    header = window.panel.header
    report = window.controller.report
    text = header.risk.text()
    assert report.risk_category.replace("_", " ").upper() in text
    assert report.risk_reasons[0] in text  # the one criterion that set it
    assert RISK_COLOURS[report.risk_category] in text
    assert "QFracture <span style='color:#555'>(clinical factors, no BMD)</span>" in header.scores.text()
    assert "FRAX <span style='color:#555'>(with femoral neck BMD" in header.scores.text()  # with_bmd: true
    # the category's since date, when the assessment gives it; colour by category only
    shown = dict(contract_report, risk_category="low", risk_reasons=["no criterion of a higher category met"],
                 risk_category_since="2026-06-30")
    header.show_report(patient(MULLER), typed_report(shown))
    assert "(since 30 June 2026)" in header.risk.text()
    assert "#2E7D32" not in header.risk.text()  # "low" is not a reassuring green
    shown["risk_category"] = "very_high"
    shown["risk_reasons"] = ["5 vertebral fractures, latest 30 June 2026", "T-score −3.1"]
    header.show_report(patient(MULLER), typed_report(shown))
    assert "VERY HIGH</b> — 5 vertebral fractures, latest 30 June 2026" in header.risk.text()
    assert "T-score −3.1" not in header.risk.text() and "T-score −3.1" in header.risk.toolTip()
    # no raw codes: the diagnosis and the DXA site by name
    assert "IIM-DM" not in header.facts.text() and "Dermatomyositis" in header.facts.text()
    # each recommendation's since, when the assessment gives it, in the card's "Why?"
    shown["recommendations"][0]["since"] = "2025-06-10"
    window.panel.show_report(patient(MULLER), typed_report(shown))
    card = next(c for c in window.panel.cards() if c.code == shown["recommendations"][0]["code"])
    card.toggle.setChecked(True)
    assert "<i>Since</i> 10 June 2025" in card.details.text()
    data = copy.deepcopy(MULLER)
    data["frax"][0]["with_bmd"] = False
    header.show_report(patient(data), typed_report(shown))
    assert "FRAX <span style='color:#555'>(clinical factors, no BMD" in header.scores.text()


def test_the_patient_is_named_on_records_and_in_every_form(window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    assert window.patient_list.select_patient("P0001")
    window.show_records()
    caption = "Müller, Anna · P0001 · born 1961-04-12"
    label = window.records.findChild(QLabel, "recordsPatient")
    assert label is not None and label.isVisible() and caption in label.text()
    commands = window.patient_commands
    for opener in (commands.add_fracture, commands.edit_details, commands.add_lab, commands.edit_risk_factors):
        dialog = opener()
        assert dialog is not None and caption in dialog.windowTitle(), dialog.windowTitle()
        assert caption in dialog.findChild(QLabel, "formPatient").text()
        dialog.reject()
    assert window.patient_list.select_patient("P0002")
    assert "Rossi, Luca · P0002 · born 2015-03-10" in label.text()


def test_list_keeps_name_risk_and_next_due_at_1366(window: Any, qtbot: Any) -> None:
    from nmdbone_desktop.ui.patient_table_model import COLUMNS

    window.resize(1366, 768)
    window._default_split()
    qtbot.wait(50)
    table = window.patient_list.table
    viewport = table.viewport().width()
    keys = [c.key for c in COLUMNS]
    for key in ("name", "risk", "next_due", "flags"):
        column = keys.index(key)
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0 and right <= viewport, key
    # flags as icons, in words in the tooltip
    model = window.model
    flagged = next(r for r in range(model.rowCount()) if model.data(model.index(r, keys.index("flags"))))
    index = model.index(flagged, keys.index("flags"))
    assert set(model.data(index)) <= {"⚠", "●", " "}
    from PySide6.QtCore import Qt

    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "overdue" in tip or "urgent" in tip
    # no raw diagnosis code in the diagnosis tooltip
    assert model.data(model.index(0, keys.index("diagnosis")), Qt.ItemDataRole.ToolTipRole)[0].isupper()


def test_one_form_for_a_whole_dxa_study(window: Any) -> None:
    from PySide6.QtWidgets import QDateEdit, QLabel

    from nmdbone_desktop.core.validation import canonical_dict

    assert window.patient_list.select_patient("P0001")
    before = len(window.controller.doc.dxa)
    dialog = window.patient_commands.add_dxa()
    assert dialog.objectName() == "dxaStudyDialog" and "Müller, Anna · P0001" in dialog.windowTitle()
    assert isinstance(dialog.date, QDateEdit) and dialog.date.calendarPopup()
    assert dialog.manufacturer.itemText(dialog.manufacturer.findData("ge_lunar")) == "GE Lunar"
    # nothing typed: said so, nothing saved
    assert not dialog.try_accept() and "at least one site" in dialog.general.text()
    dialog.fill("lumbar_spine", bmd_g_cm2="0.812", t_score="-2,7", z_score="-1.9")
    dialog.fill("femoral_neck", bmd_g_cm2="0.590", t_score="-2.5")
    dialog.sides["femoral_neck"].setCurrentIndex(dialog.sides["femoral_neck"].findData("left"))
    assert "lumbar_spine" not in dialog.sides  # side only for hip, femur and forearm sites
    dialog.fill("total_hip", t_score="abc")
    # no date and a wrong number: each said beside its field, nothing saved
    assert not dialog.try_accept()
    assert dialog.findChild(QLabel, "error_date").isVisibleTo(dialog)
    assert "required" in dialog.date_error.text()
    assert dialog.row_errors["total_hip"].text() == "T-score: “abc” is not a number"
    assert not dialog.row_errors["lumbar_spine"].isVisibleTo(dialog)
    assert len(window.clinic.get_document("P0001").dxa) == before
    dialog.date.set_value("2026-11-02")
    dialog.manufacturer.setCurrentIndex(dialog.manufacturer.findData("hologic"))
    dialog.fill("total_hip", t_score="")
    assert dialog.try_accept()
    stored = canonical_dict(window.clinic.get_document("P0001"))["dxa"]
    assert len(stored) == before + 2
    assert {"date": "2026-11-02", "site": "lumbar_spine", "bmd_g_cm2": 0.812, "t_score": -2.7, "z_score": -1.9,
            "manufacturer": "hologic"} in stored
    assert {"date": "2026-11-02", "site": "femoral_neck", "side": "left", "bmd_g_cm2": 0.59, "t_score": -2.5,
            "manufacturer": "hologic"} in stored
    assert window.chart.artists.sites["lumbar_spine"].get_ydata()[-1] == -2.7


def test_a_glucocorticoid_taper_in_one_dialog(window: Any) -> None:
    from nmdbone_desktop.core.validation import canonical_dict

    assert window.patient_list.select_patient("P0003")
    dialog = window.patient_commands.add_glucocorticoid()
    assert dialog.objectName() == "gcCourseDialog" and "Zola, Émile · P0003" in dialog.windowTitle()
    assert dialog.drug.currentText() == "Prednisolone" and dialog.frequency.currentText() == "Daily"
    dialog.steps[0].dose.setText("60")
    dialog.steps[0].start.set_value("2026-01-01")
    dialog.add_step(40, "2026-01-15")
    dialog.add_step(20, "2026-01-10")  # before the step above: refused at the step
    assert not dialog.try_accept()
    assert "must start after step 2" in dialog.steps[2].error.text()
    dialog.steps[2].start.set_value("2026-02-01")
    dialog.end.set_value("2026-02-28")
    assert dialog.steps[0].until.text() == "2026-01-14" and dialog.steps[2].until.text() == "2026-02-28"
    assert dialog.try_accept()
    courses = canonical_dict(window.clinic.get_document("P0003"))["glucocorticoids"]
    assert [(c["dose_mg"], c["start"], c.get("end")) for c in courses] == [
        (60, "2026-01-01", "2026-01-14"), (40, "2026-01-15", "2026-01-31"), (20, "2026-02-01", "2026-02-28")]
    assert {c["drug"] for c in courses} == {"prednisolone"}
    assert max(window.chart.artists.dose.get_ydata()) == 60


def test_dates_have_a_calendar_and_typing_works(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDateEdit

    assert window.patient_list.select_patient("P0001")
    dialog = window.patient_commands.add_fracture()
    picker = dialog.editors["date"].editor
    assert isinstance(picker, QDateEdit) and picker.calendarPopup()
    assert dialog.editors["date"].value() is None  # a new record starts empty, not on a guessed date
    picker.setFocus()
    qtbot.keyClicks(picker, "2026-03-04")
    assert dialog.editors["date"].value() == "2026-03-04"
    dialog.editors["site"].set_value("vertebra")
    qtbot.keyClick(picker, Qt.Key.Key_Escape)
    dialog.reject()
    # an optional date can be left empty
    dialog = window.patient_commands.add_medication()
    assert dialog.editors["end"].value() is None
    dialog.reject()


def test_display_names_for_every_vocabulary_value() -> None:
    from typing import get_args

    from nmdbone_desktop.core import contract_names as d
    from nmdbone_desktop.ui.record_kinds import RECORD_KINDS
    from nmdbone_desktop.ui.vocabulary import NAMES

    for vocabulary, literal in (("diagnosis", d.DiagnosisCode), ("condition", d.Condition),
                                ("dxa_site", d.DxaSite), ("fracture_site", d.FractureSite),
                                ("gc_frequency", d.GcFrequency), ("bone_drug", d.BoneDrug), ("lab", d.LabTest)):
        assert set(get_args(literal)) <= set(NAMES[vocabulary]), vocabulary
    for kind in RECORD_KINDS:
        for spec in kind.fields:
            for value, label in spec.choices:
                if isinstance(value, str) and spec.key != "unit":
                    assert label != value and "_" not in label, (kind.key, spec.key, value)


def test_records_show_names_not_codes(window: Any) -> None:
    assert window.patient_list.select_patient("P0001")
    window.show_records()
    view = window.records
    view.show_kind("risk_factors")
    texts = [view.table.item(r, 1).text() for r in range(view.table.rowCount()) if view.table.item(r, 1)]
    assert "Asthma or COPD" in texts and not any("asthma_copd" in t for t in texts)
    view.show_kind("dxa")
    table = view.table
    cells = {table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())}
    assert "Femoral neck" in cells and "Hologic" in cells and "femoral_neck" not in cells
    view.show_kind("")
    cells = {view.table.item(r, 1).text() for r in range(view.table.rowCount()) if view.table.item(r, 1)}
    assert "Dermatomyositis" in cells or "Dermatomyositis" in str(cells)


def test_switching_patients_never_resizes_the_chart(window: Any, qtbot: Any) -> None:
    """A canvas resize redraws the whole figure: the key and the change table keep their height."""
    add_patient(window, T_WITH_Z_ONLY)
    sizes = set()
    for pid in ("P0001", "P0002", "P0003", "P0900", "P0001"):
        assert window.patient_list.select_patient(pid)
        qtbot.wait(20)  # layouts settle
        sizes.add((window.chart.canvas.width(), window.chart.canvas.height()))
    assert len(sizes) == 1
