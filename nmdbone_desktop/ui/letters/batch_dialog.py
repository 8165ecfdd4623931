"""Letters for many patients at once: one PDF, or one file per patient, off the GUI thread.

The dialog only gathers the choices; the work (:func:`.batch_work.run_batch`) runs on the
window's thread pool through :func:`nmdbone_desktop.ui.background.run_with_progress`, behind a
progress dialog with Cancel, so 500 letters never freeze the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...letters import BatchResult, ClinicLetterhead, LetterOptions
from ...services.clinic import is_server_location
from ..background import BackgroundTask, run_with_progress
from ..translation import translate
from .batch_work import BatchRequest, run_batch
from .letter_dialog import KIND_LABELS

__all__ = ["BatchLetterDialog", "missing_report"]


def missing_report(result: BatchResult) -> str:
    """One line per patient whose letter was written but lacks something for posting."""
    lines = [f"{pid}: {'; '.join(warnings)}" for pid, warnings in result.missing.items()]
    if not lines:
        return ""
    head = (
        translate("BatchLetterDialog", "1 letter needs attention before posting:")
        if len(lines) == 1
        else translate("BatchLetterDialog", "{count} letters need attention before posting:").format(count=len(lines))
    )
    return head + "\n" + "\n".join(lines)


class BatchLetterDialog(QDialog):
    """Choose kind, date, paper and output for the selected patients, then run in the background.

    ``finishedBatch`` carries the :class:`BatchResult` (also on cancel, with what was written).
    """

    finishedBatch = Signal(object)

    def __init__(self, location: Path, patient_ids: Sequence[str], *, letterhead: ClinicLetterhead | None = None,
                 as_of: date | None = None, session: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchLetterDialog")
        self.setWindowTitle(
            translate("BatchLetterDialog", "Letters for {count} patients").format(
                count=len(patient_ids)
            )
        )
        self.location = location if is_server_location(location) else Path(location)
        self.patient_ids = list(patient_ids)
        #: The window's session: the batch is made (and audited) as the signed-in user and role.
        self.session = session
        self.letterhead = letterhead or ClinicLetterhead()
        self.task: BackgroundTask | None = None
        self.result: BatchResult | None = None
        self._partial: BatchResult | None = None
        as_of = as_of or date.today()

        self.kind_box = QComboBox(objectName="batchKind")
        for key, label in KIND_LABELS.items():
            self.kind_box.addItem(translate("LetterDialog", label), key)
        self.date_edit = QDateEdit(QDate(as_of.year, as_of.month, as_of.day), objectName="batchDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.page_box = QComboBox(objectName="batchPageSize")
        self.page_box.addItems(["A4", "Letter"])
        self.page_box.setCurrentText(self.letterhead.page_size)
        self.one_file = QRadioButton(
            translate("BatchLetterDialog", "One PDF with every letter"), objectName="batchOneFile"
        )
        self.per_patient = QRadioButton(
            translate("BatchLetterDialog", "One PDF per patient, in a folder"), objectName="batchPerPatient"
        )
        self.one_file.setChecked(True)
        self.one_file.toggled.connect(self._mode_changed)
        self.out_edit = QLineEdit(objectName="batchOut")
        browse = QPushButton(translate("BatchLetterDialog", "Choose…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(translate("BatchLetterDialog", "Letter"), self.kind_box)
        form.addRow(translate("BatchLetterDialog", "Date"), self.date_edit)
        form.addRow(translate("BatchLetterDialog", "Paper"), self.page_box)
        form.addRow(translate("BatchLetterDialog", "Output"), self.one_file)
        form.addRow("", self.per_patient)
        form.addRow(translate("BatchLetterDialog", "File or folder"), out_row)
        self.status = QLabel(objectName="batchStatus", wordWrap=True)
        #: Per patient, what their letter lacks for posting (filled when the batch ends).
        self.missing = QPlainTextEdit(objectName="batchMissing", readOnly=True)
        self.missing.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("BatchLetterDialog", "Write letters"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)

    def options(self) -> LetterOptions:
        return LetterOptions(kind=self.kind_box.currentData(), as_of=self.date_edit.date().toPython(),
                             page_size=self.page_box.currentText())  # type: ignore[arg-type]

    def request(self) -> BatchRequest | None:
        text = self.out_edit.text().strip()
        if not text:
            self.status.setText(translate("BatchLetterDialog", "Choose where the letters go."))
            return None
        out = Path(text)
        if self.one_file.isChecked() and out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        return BatchRequest(self.location, self.patient_ids, self.options(), self.letterhead, out,
                            self.one_file.isChecked(), self.session)

    def start(self, *, on_end: Callable[[], None] | None = None) -> BackgroundTask | None:
        """Run the batch in the background (returns the task; tests wait on its ``ended``)."""
        request = self.request()
        if request is None:
            return None
        self._partial = None

        def work(progress: Any) -> BatchResult:
            self._partial = run_batch(request, progress)  # kept for the cancel path: what was written
            return self._partial

        self.buttons.setEnabled(False)
        self.status.setText(translate("BatchLetterDialog", "Writing letters…"))
        # Bound methods only: a lambda holding ``self`` on the task's signals keeps the dialog alive
        # in a reference cycle, and tearing that down crashed PySide (shared QObject deleted).
        self.task = run_with_progress(self, translate("BatchLetterDialog", "Writing letters"), work,
                                      on_done=self._done, on_error=self._failed, on_cancel=self._cancelled)
        if on_end is not None:
            self.task.ended.connect(on_end)
        return self.task

    def _cancelled(self) -> None:
        self._done(self._partial, cancelled=True)

    def _done(self, result: BatchResult | None, *, cancelled: bool = False) -> None:
        self.buttons.setEnabled(True)
        result = result or BatchResult(cancelled=cancelled)
        self.result = result
        written = len(result.written)
        text = (translate("BatchLetterDialog", "1 letter written") if written == 1
                else translate("BatchLetterDialog", "{count} letters written").format(count=written))
        if result.paths:
            text += translate("BatchLetterDialog", " to {place}").format(
                place=result.paths[0].parent if len(result.paths) > 1 else result.paths[0]
            )
        if cancelled or result.cancelled:
            text = translate("BatchLetterDialog", "Cancelled. {text}.").format(text=text)
        else:
            text += "."
        if result.failed:
            listed = "; ".join(f"{pid}: {why}" for pid, why in result.failed[:5])
            text += translate("BatchLetterDialog", " Not written ({count}): {listed}").format(
                count=len(result.failed), listed=listed
            )
            if len(result.failed) > 5:
                text += " …"
        self.status.setText(text)
        self.missing.setPlainText(missing_report(result))
        self.missing.setVisible(bool(result.missing))
        self.finishedBatch.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(translate("BatchLetterDialog", "The batch stopped: {error}").format(error=error))
        QMessageBox.warning(
            self,
            translate("BatchLetterDialog", "Letters"),
            translate("BatchLetterDialog", "The batch stopped:\n{error}").format(error=error),
        )

    def _mode_changed(self) -> None:
        self.out_edit.clear()

    def _browse(self) -> None:
        if self.one_file.isChecked():
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("BatchLetterDialog", "Letters PDF"),
                "letters.pdf",
                translate("BatchLetterDialog", "PDF (*.pdf)"),
            )
        else:
            name = QFileDialog.getExistingDirectory(self, translate("BatchLetterDialog", "Folder for the letters"))
        if name:
            self.out_edit.setText(name)
