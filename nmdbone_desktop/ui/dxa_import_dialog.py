"""File → Import DXA results…: choose files, see the preview, confirm.

The preview is the service's (:func:`~nmdbone_desktop.services.dxa_import.plan_dxa_import`), the
same the command line prints: a row per measurement with what happens to it (added to which
patient, skipped as a duplicate of a scan on record, refused and why), then notes (regions and
columns left out). Import is possible only when nothing is refused; patients matched by name and
birth date only must be confirmed with the check box. Reading the files (20,000 rows take a few
seconds) and the write run on worker threads, each with its own clinic on the window's session.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.clinic import Clinic, open_clinic
from ..services.dxa_import import DxaImportPlan, save_template
from .background import BackgroundTask, Progress, run_with_progress
from .import_notes import import_note, import_problem, import_reason, import_where
from .translation import translate
from .vocabulary import display, local_date

if TYPE_CHECKING:
    from ..services.clinic import Session

COLUMNS = (
    QT_TRANSLATE_NOOP("DxaImportDialog", "Status"),
    QT_TRANSLATE_NOOP("DxaImportDialog", "Patient"),
    QT_TRANSLATE_NOOP("DxaImportDialog", "Date"),
    QT_TRANSLATE_NOOP("DxaImportDialog", "Site"),
    QT_TRANSLATE_NOOP("DxaImportDialog", "Side"),
    QT_TRANSLATE_NOOP("DxaImportDialog", "BMD g/cm²"),
    "T",
    "Z",
    QT_TRANSLATE_NOOP("DxaImportDialog", "From"),
    QT_TRANSLATE_NOOP("DxaImportDialog", "Reason"),
)
FILE_FILTER = QT_TRANSLATE_NOOP(
    "DxaImportDialog", "DXA results (*.csv *.txt *.tsv *.xlsx *.dcm *.dicom *.json);;All files (*)"
)
STATUS = {
    "add": QT_TRANSLATE_NOOP("DxaImportDialog", "add"),
    "duplicate": QT_TRANSLATE_NOOP("DxaImportDialog", "duplicate"),
    "refused": QT_TRANSLATE_NOOP("DxaImportDialog", "refused"),
}
_COLOURS = {"add": "#e6f4ea", "duplicate": "#f1f3f4", "refused": "#fce8e6"}


def _status(status: str) -> str:
    return translate("DxaImportDialog", STATUS[status]) if status in STATUS else status


class DxaImportDialog(QDialog):
    """Pick DXA files, preview, and accept only an importable plan (``plan`` and ``confirmed`` after exec)."""

    def __init__(self, clinic: Clinic, today: date, parent: QWidget | None = None,
                 current_patient: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dxaImportDialog")
        self.setWindowTitle(translate("DxaImportDialog", "Import DXA results"))
        self.resize(980, 560)
        self.clinic = clinic
        self.today = today
        self.files: list[Path] = []
        self.plan: DxaImportPlan | None = None
        self.current_patient = current_patient
        self.task: BackgroundTask | None = None

        self.add_button = QPushButton(translate("DxaImportDialog", "Add &files…"), self)
        self.add_button.setObjectName("dxaAddFiles")
        self.add_button.clicked.connect(self.choose_files)
        self.template_button = QPushButton(translate("DxaImportDialog", "Save &template…"), self)
        self.template_button.setObjectName("dxaSaveTemplate")
        self.template_button.setToolTip(
            translate("DxaImportDialog", "Save an empty CSV table with the columns the import reads")
        )
        self.template_button.clicked.connect(self.save_template)
        self.to_current = QCheckBox(
            translate("DxaImportDialog", "Put every measurement to the selected patient ({current_patient})").format(
                current_patient=current_patient
            )
            if current_patient
            else translate("DxaImportDialog", "Put every measurement to the selected patient"),
            self,
        )
        self.to_current.setObjectName("dxaToCurrent")
        self.to_current.setEnabled(current_patient is not None)
        self.to_current.setToolTip(
            translate(
                "DxaImportDialog", "For files that do not carry the clinic's patient id (e.g. FHIR from elsewhere)"
            )
        )
        self.to_current.toggled.connect(lambda _on: self.refresh())
        top = QHBoxLayout()
        for widget in (self.add_button, self.template_button, self.to_current):
            top.addWidget(widget)
        top.addStretch(1)

        self.files_label = QLabel(translate("DxaImportDialog", "No files chosen."), self)
        self.files_label.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("dxaPreview")
        self.table.setHorizontalHeaderLabels([translate("DxaImportDialog", c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel("", self)
        self.summary.setObjectName("dxaSummary")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("dxaNotes")
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(90)
        self.confirm = QCheckBox(
            translate("DxaImportDialog", "I have checked the patients matched by name and birth date only"), self
        )
        self.confirm.setObjectName("dxaConfirmMatches")
        self.confirm.setVisible(False)
        self.confirm.toggled.connect(lambda _on: self._update_buttons())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            translate("DxaImportDialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("dxaImport")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.files_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self._update_buttons()

    @property
    def confirmed(self) -> bool:
        return self.confirm.isChecked()

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, translate("DxaImportDialog", "DXA results to import"), "", translate("DxaImportDialog", FILE_FILTER)
        )
        if files:
            self.set_files([Path(f) for f in files])

    def save_template(self) -> None:
        out, _ = QFileDialog.getSaveFileName(
            self,
            translate("DxaImportDialog", "Save the DXA import template"),
            "dxa_import_template.csv",
            translate("DxaImportDialog", "CSV table (*.csv)"),
        )
        if out:
            save_template(Path(out))

    def set_files(self, files: list[Path]) -> BackgroundTask | None:
        self.files = list(dict.fromkeys([*self.files, *files]))
        self.files_label.setText(translate("DxaImportDialog", "Files: {names}").format(
            names=", ".join(f.name for f in self.files)))
        return self.refresh()

    def refresh(self) -> BackgroundTask | None:
        """Read the files again on a worker thread and show the preview (nothing is written)."""
        if not self.files:
            return None
        self.plan = None
        self._update_buttons()
        self.summary.setText(translate("DxaImportDialog", "Reading…"))
        location, session = self.clinic.location, self.clinic.session
        files, today = list(self.files), self.today
        patient = self.current_patient if self.to_current.isChecked() else None

        def work(_progress: Progress) -> DxaImportPlan:
            return _plan(location, session, files, today, patient)

        def failed(error: BaseException) -> None:
            self.summary.setText(translate("DxaImportDialog", "Cannot read the files: {error}").format(error=error))

        self.task = run_with_progress(
            self,
            translate("DxaImportDialog", "Reading DXA results"),
            work,
            on_done=self._planned,
            on_error=failed,
            on_cancel=lambda: self.summary.setText(translate("DxaImportDialog", "Reading cancelled.")),
        )
        return self.task

    def _planned(self, plan: DxaImportPlan) -> None:
        self.plan = plan
        self._show(plan)

    def _show(self, plan: DxaImportPlan) -> None:
        rows = [*plan.rows]
        self.table.setRowCount(len(rows) + len(plan.problems))
        for r, row in enumerate(rows):
            item = row.item
            cells = [_status(row.status), f"{row.patient_id or '?'}  {row.patient_name or ''}".strip(),
                     local_date(item.date) if item else "", display("dxa_site", item.site) if item else "",
                     display("side", item.side) if item else "", _num(item.bmd_g_cm2 if item else None),
                     _num(item.t_score if item else None), _num(item.z_score if item else None),
                     f"{Path(row.file).name}: {import_where(row.where)}",
                     import_reason(row.reason) or (translate("DxaImportDialog", "matched by name and birth date")
                                                   if row.match == "name_and_birth_date" else "")]
            self._fill(r, cells, row.status)
        for i, problem in enumerate(plan.problems):
            self._fill(len(rows) + i, [_status("refused"), "", "", "", "", "", "", "", f"{Path(problem.file).name}: "
                                       f"{import_where(problem.where)}",
                                       f"{problem.field}: {import_problem(problem.message)}"], "refused")
        c = plan.counts()
        summary = translate(
            "DxaImportDialog",
            "{add} to add for {patients} patient(s), {duplicate} duplicate(s) skipped, {refused} refused",
        ).format(add=c["add"], patients=c["patients"], duplicate=c["duplicate"], refused=c["refused"])
        if not plan.valid:
            summary += translate("DxaImportDialog", " — fix the refused rows; nothing is imported")
        self.summary.setText(summary)
        self.notes.setPlainText("\n".join(import_note(n) for n in plan.notes))
        self.confirm.setVisible(bool(plan.needs_confirmation))
        self._update_buttons()

    def _fill(self, row: int, cells: list[str], status: str) -> None:
        brush = QBrush(QColor(_COLOURS.get(status, "#ffffff")))
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setBackground(brush)
            self.table.setItem(row, col, cell)

    def _update_buttons(self) -> None:
        plan = self.plan
        ok = plan is not None and plan.valid and bool(plan.additions) and (
            not plan.needs_confirmation or self.confirm.isChecked())
        self.import_button.setEnabled(ok)


def _plan(location: Path, session: Session, files: list[Path], today: date, patient: str | None) -> DxaImportPlan:
    with open_clinic(location, session) as clinic:
        return clinic.plan_dxa_import(files, as_of=today, patient_id=patient)


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
