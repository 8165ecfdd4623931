"""The patient's records, one table per kind, with add / edit / delete.

Forms open window-modal but non-blocking (``open()``), so the rest of the window keeps painting;
the form saves through the controller and the tables refill from its ``patientShown`` signal —
the same path every other view takes, so nothing can get out of step.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .patient_caption import patient_caption, titled
from .record_dialog import RecordDialog
from .record_edit import form_values, get_path
from .record_kinds import RECORD_KINDS, RecordKind

if TYPE_CHECKING:
    from ..core.document import PatientDocument
    from ..core.report import AssessmentReport
    from .patient_controller import PatientController

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


def _dxa_study(view: RecordView) -> Any:
    from .dxa_study_dialog import DxaStudyDialog
    from .record_kinds import DXA

    controller = view.controller
    child = controller.report is not None and controller.report.population == "child"
    return DxaStudyDialog(lambda rows: controller.add_records(DXA, rows), patient=patient_caption(controller.doc),
                          child=child, today=controller.as_of(), parent=view)


def _gc_course(view: RecordView) -> Any:
    from .gc_course_dialog import GcCourseDialog
    from .record_kinds import GLUCOCORTICOIDS

    controller = view.controller
    return GcCourseDialog(lambda rows: controller.add_records(GLUCOCORTICOIDS, rows),
                          patient=patient_caption(controller.doc), today=controller.as_of(), parent=view)


#: Kinds whose "Add" opens a form for several records at once.
MULTI_ROW_FORMS: dict[str, Callable[[RecordView], Any]] = {"dxa": _dxa_study, "glucocorticoids": _gc_course}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value).replace("_", " ") if isinstance(value, str) else f"{value:g}"



def _canonical(doc: PatientDocument) -> dict[str, Any]:
    # Imported here: core.validation builds the document models, which the window does not need
    # until a patient is shown (by then they are built).
    from ..core.validation import canonical_dict

    return canonical_dict(doc)

class RecordView(QWidget):
    """Record kinds on the left, the selected kind's records on the right."""

    def __init__(self, controller: PatientController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordView")
        self.controller = controller
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("recordKinds")
        self.kinds.setMaximumWidth(190)
        for kind in RECORD_KINDS:
            self.kinds.addItem(kind.plural)
        self.table = QTableWidget(self)
        self.table.setObjectName("recordTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_selected)

        self.add_button = QPushButton("Add…", self)
        self.add_button.setObjectName("addRecordButton")
        self.edit_button = QPushButton("Edit…", self)
        self.edit_button.setObjectName("editRecordButton")
        self.delete_button = QPushButton("Delete…", self)
        self.delete_button.setObjectName("deleteRecordButton")
        self.add_button.clicked.connect(lambda: self.open_add())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, lambda: self.open_add())

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        self.patient = QLabel(self)
        self.patient.setObjectName("recordsPatient")
        self.patient.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.patient)
        right.addWidget(self.table, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.kinds)
        layout.addLayout(right, 1)

        self.kinds.currentRowChanged.connect(lambda _row: self.refill())
        controller.patientShown.connect(self._on_patient)
        controller.patientCleared.connect(lambda _msg: self.refill())
        self.kinds.setCurrentRow(1)  # DXA: the record edited most often
        self.dialog: RecordDialog | None = None
        self._stale = True

    @property
    def kind(self) -> RecordKind:
        return RECORD_KINDS[max(self.kinds.currentRow(), 0)]

    def show_kind(self, key: str) -> None:
        self.kinds.setCurrentRow(next(i for i, k in enumerate(RECORD_KINDS) if k.key == key))

    @Slot(object, object)
    def _on_patient(self, _doc: PatientDocument, _report: AssessmentReport) -> None:
        # Hidden behind another tab: refill when shown, not on every patient switch.
        if self.isVisible():
            self.refill()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refill()

    def refill(self) -> None:
        self._stale = False
        doc = self.controller.doc
        self.patient.setText(f"<span style='font-size:12pt; font-weight:600'>{html.escape(patient_caption(doc))}"
                             "</span>" if doc is not None else "No patient selected")
        data = _canonical(doc) if doc is not None else {}
        for i, kind in enumerate(RECORD_KINDS):
            count = "" if kind.singleton or doc is None else f" ({len(data.get(kind.key) or [])})"
            self.kinds.item(i).setText(kind.plural + count)
        kind = self.kind
        self.table.clear()
        if kind.singleton:
            self._fill_singleton(kind, data)
        else:
            self._fill_list(kind, data.get(kind.key) or [])
        self.add_button.setVisible(not kind.singleton)
        self.delete_button.setVisible(kind.key != "")
        self.add_button.setText({"dxa": "Add DXA study…", "glucocorticoids": "Add glucocorticoid course…"}.get(
            kind.key, f"Add {kind.title}…"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(doc is not None)

    def _fill_list(self, kind: RecordKind, rows: list[dict[str, Any]]) -> None:
        specs = [kind.field(key) for key in kind.columns]
        self.table.setColumnCount(len(specs))
        self.table.setHorizontalHeaderLabels([s.label if s else "" for s in specs])
        order = sorted(range(len(rows)), key=lambda i: str(rows[i].get(kind.sort_key, "")), reverse=True)
        self.table.setRowCount(len(order))
        for r, index in enumerate(order):
            for c, key in enumerate(kind.columns):
                value = rows[index].get(key)
                spec = specs[c]
                if spec is not None and spec.choices and value is not None:
                    value = dict(spec.choices).get(value, value)
                item = QTableWidgetItem(_cell(value))
                item.setData(INDEX_ROLE, index)
                self.table.setItem(r, c, item)
        if order:
            self.table.selectRow(0)

    def _fill_singleton(self, kind: RecordKind, data: dict[str, Any]) -> None:
        record = data if kind.key == "" else (data.get(kind.key) or {})
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels(["Field", "Value"])
        self.table.setRowCount(len(kind.fields))
        for r, spec in enumerate(kind.fields):
            value = get_path(record, spec.key)
            if spec.choices and isinstance(value, list):
                value = [dict(spec.choices).get(v, v) for v in value]
            elif spec.choices and value is not None:
                value = dict(spec.choices).get(value, value)
            self.table.setItem(r, 0, QTableWidgetItem(spec.label))
            self.table.setItem(r, 1, QTableWidgetItem(_cell(value)))

    def selected_index(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(INDEX_ROLE) if item is not None else None

    # -- actions ----------------------------------------------------------------------------------
    def open_add(self, kind: RecordKind | None = None) -> Any:
        kind = kind or self.kind
        if self.controller.doc is None:
            return None
        if kind.singleton:
            return self.open_edit(kind, None)
        self.show_kind(kind.key)
        if kind.key in MULTI_ROW_FORMS:  # a whole DXA study, a whole glucocorticoid course
            return self._open(MULTI_ROW_FORMS[kind.key](self))
        return self._open(RecordDialog(kind, lambda v: self.controller.submit(kind, "add", None, v),
                                       is_new=True, patient=patient_caption(self.controller.doc), parent=self))

    def open_edit(self, kind: RecordKind, index: int | None) -> RecordDialog | None:
        doc = self.controller.doc
        if doc is None or (not kind.singleton and index is None):
            return None
        values = form_values(kind, _canonical(doc), index)
        dialog = RecordDialog(kind, lambda v: self.controller.submit(kind, "edit", index, v),
                              values=values, is_new=False, patient=patient_caption(doc), parent=self)
        return self._open(dialog)

    def _open(self, dialog: Any) -> Any:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def edit_selected(self) -> RecordDialog | None:
        return self.open_edit(self.kind, None if self.kind.singleton else self.selected_index())

    @Slot()
    def delete_selected(self) -> bool:
        kind, doc = self.kind, self.controller.doc
        index = None if kind.singleton else self.selected_index()
        if doc is None or kind.key == "" or (index is None and not kind.singleton):
            return False
        what = kind.title if kind.singleton else f"this {kind.title}"
        if not self.confirm(f"Delete {what} of {doc.display_name}?"):
            return False
        problems = self.controller.submit(kind, "delete", index, {})
        if problems:
            QMessageBox.warning(self, titled("Not deleted", doc),
                                "\n".join([*problems.general, *problems.by_field.values()]))
            return False
        return True

    def confirm(self, question: str) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(self, titled("Delete", self.controller.doc), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
