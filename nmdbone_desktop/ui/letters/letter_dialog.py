"""Edit a letter before it leaves the clinic: kind, date, paper, sections and the clinician's words.

The right-hand pane shows the rendered PDF pages (:mod:`.pdf_preview`, pypdfium2) with page
navigation, and the letter's plain text in a second tab, refreshed as the clinician types. What
prints is what was previewed: "Save PDF…", "Print…" and "Open in PDF viewer" write the very bytes
shown (re-rendered first only if an edit is still pending). What the letter lacks for posting
(recipient address, letterhead address, a signatory) shows above the buttons before anything is
printed. "Print…" sends the PDF to a printer through the system spooler (see :mod:`.printing`
for why not through Qt). Every output is recorded in the audit trail with the letter's full
text; if the audit cannot be written, the letter is not released.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.document import PatientDocument
from ...core.report import AssessmentReport, ReportLike, typed_report
from ...core.validation import cross_field_problems
from ...letters import SECTIONS, ClinicLetterhead, Letter, LetterOptions, compose_letter, render_letter
from ...letters.audit import AuditSink, Output, record_letter
from ...letters.chart import chart_supported
from ...letters.formatting import strip_markup
from ...letters.render import LetterJob, batch_filename
from ...letters.templates import load_templates
from .pdf_preview import PdfPreview
from .printing import PrintError, available_printers, scratch_pdf, send_to_printer

__all__ = ["KIND_LABELS", "LetterDialog"]

log = logging.getLogger(__name__)

KIND_LABELS = {
    "referral": "Referral to a bone specialist",
    "gp": "Letter to the GP",
    "patient": "Advice sheet for the patient",
}
#: Sections with no printed heading still need a name in the list.
UNTITLED_SECTIONS = {"chart": "Trajectory chart", "contact": "Contact"}

AssessFn = Callable[[PatientDocument, date], ReportLike]


def _default_assess(doc: PatientDocument, as_of: date) -> ReportLike:
    from ...core.assessment import assess

    return assess(doc, as_of)


class LetterDialog(QDialog):
    """One patient's letter. ``audit`` is the clinic clinic (anything with ``record_event``)."""

    def __init__(self, doc: PatientDocument, report: ReportLike, *,
                 letterhead: ClinicLetterhead | None = None, audit: AuditSink | None = None,
                 kind: str = "referral", as_of: date | None = None, assess_fn: AssessFn | None = None,
                 user: str = "", user_role: str = "", demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.doc = doc
        #: Who makes the letter (signs it when the record names no responsible clinician).
        self.user, self.user_role, self.demo = user, user_role, demo
        #: The PDF on screen and what it was made from: outputs write exactly these bytes.
        self._pdf: bytes | None = None
        self._pdf_key: tuple[Any, ...] | None = None
        self.letterhead = letterhead or ClinicLetterhead()
        self.audit = audit
        self._assess = assess_fn or _default_assess
        typed = typed_report(report)
        report_date = date.fromisoformat(typed.as_of)
        self._reports: dict[date, AssessmentReport] = {report_date: typed}
        self._letter: Letter | None = None
        self.setWindowTitle(f"Letter — {doc.name.given} {doc.name.family} ({doc.id})")
        self._build(as_of or report_date, kind)
        self._refresh_timer = QTimer(self, singleShot=True, interval=250)
        self._refresh_timer.timeout.connect(self.refresh)
        self._fill_sections()
        self.refresh()

    # -- construction ------------------------------------------------------------------------
    def _build(self, as_of: date, kind: str) -> None:
        self.kind_box = QComboBox(objectName="letterKind")
        for key, label in KIND_LABELS.items():
            self.kind_box.addItem(label, key)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.date_edit = QDateEdit(QDate(as_of.year, as_of.month, as_of.day), objectName="letterDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.page_box = QComboBox(objectName="letterPageSize")
        self.page_box.addItems(["A4", "Letter"])
        self.page_box.setCurrentText(self.letterhead.page_size)
        self.recipient_edit = self._text_edit("letterRecipient", 3)
        self.question_edit = self._text_edit("letterQuestion", 3)
        self.free_text_edit = self._text_edit("letterFreeText", 5)
        self.section_list = QListWidget(objectName="letterSections")
        self.section_list.setMaximumHeight(190)

        form = QFormLayout()
        form.addRow("Letter", self.kind_box)
        form.addRow("Date", self.date_edit)
        form.addRow("Paper", self.page_box)
        form.addRow("Recipient", self.recipient_edit)
        form.addRow("Question for the specialist", self.question_edit)
        form.addRow("Your own paragraph", self.free_text_edit)
        form.addRow("Sections", self.section_list)
        left = QWidget()
        left.setLayout(form)

        self.text_view = QPlainTextEdit(objectName="letterText", readOnly=True)
        self.text_view.setMinimumWidth(380)
        self.pdf_preview = PdfPreview(self)
        self.preview_tabs = QTabWidget(objectName="letterPreviewTabs")
        self.preview_tabs.addTab(self.pdf_preview, "Pages as they will print")
        self.preview_tabs.addTab(self.text_view, "Text")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_tabs)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)

        self.status = QLabel(objectName="letterStatus", wordWrap=True)
        self.warnings = QLabel(objectName="letterWarnings", wordWrap=True)
        self.warnings.setStyleSheet("color: #8a4b00;")
        self.preview_button = QPushButton("Open in PDF viewer", objectName="previewButton")
        self.save_button = QPushButton("Save PDF…", objectName="savePdfButton")
        self.print_button = QPushButton("Print…", objectName="printButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{self.doc.name.given} {self.doc.name.family}</b> · {self.doc.id}"))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(1200, 820)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.date_edit.dateChanged.connect(self._schedule)
        self.page_box.currentIndexChanged.connect(self._schedule)
        for edit in (self.recipient_edit, self.question_edit, self.free_text_edit):
            edit.textChanged.connect(self._schedule)
        self.section_list.itemChanged.connect(self._schedule)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_letter)

    @staticmethod
    def _text_edit(name: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(objectName=name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        return edit

    # -- state -------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    @property
    def as_of(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]

    def _kind_changed(self) -> None:
        self._fill_sections()
        self.refresh()

    def _fill_sections(self) -> None:
        """One checkbox per section of the kind, titled as the letter prints it."""
        templates = load_templates(self.letterhead.language)
        self.section_list.blockSignals(True)
        self.section_list.clear()
        for key in SECTIONS[self.kind]:
            title = str(templates.raw(self.kind, f"sections.{key}") or UNTITLED_SECTIONS.get(key, key))
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            if key == "chart" and not chart_supported(self.doc):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip("No chart: no BMD values on record (or the chart module is missing).")
            self.section_list.addItem(item)
        self.section_list.blockSignals(False)
        self.question_edit.setEnabled(self.kind == "referral")
        self.recipient_edit.setEnabled(self.kind != "patient")

    def set_section(self, key: str, included: bool) -> None:
        """Tick or untick a section (used by tests and by callers that pre-select)."""
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)
                return
        raise KeyError(key)

    def options(self) -> LetterOptions:
        sections = frozenset(
            str(self.section_list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.section_list.count())
            if self.section_list.item(r).checkState() == Qt.CheckState.Checked
        )
        return LetterOptions(
            kind=self.kind, as_of=self.as_of, page_size=self.page_box.currentText(),  # type: ignore[arg-type]
            free_text=self.free_text_edit.toPlainText(),
            question=self.question_edit.toPlainText() if self.kind == "referral" else "",
            recipient=self.recipient_edit.toPlainText() if self.kind != "patient" else "",
            sections=sections, user=self.user, user_role=self.user_role, demo=self.demo,
        )

    def report(self) -> AssessmentReport:
        """The assessment on the chosen date (re-assessed once per date)."""
        as_of = self.as_of
        if as_of not in self._reports:
            self._reports[as_of] = typed_report(self._assess(self.doc, as_of))
        return self._reports[as_of]

    def _schedule(self) -> None:
        self._refresh_timer.start()

    def refresh(self) -> Letter | None:
        """Recompose the letter and show its text; outputs are disabled while it is invalid."""
        self._refresh_timer.stop()
        problems = cross_field_problems(self.doc, self.as_of)
        if problems:
            self._letter = None
            self.text_view.setPlainText("")
            self._set_status(f"The record has entries after {self.as_of.isoformat()}: {problems[0]}", error=True)
        else:
            try:
                self._letter = compose_letter(self.doc, self.report(), self.options(), self.letterhead)
            except Exception as error:  # a letter that cannot be made must say why, not crash the window
                log.exception("letter for %s could not be composed", self.doc.id)
                self._letter = None
                self._set_status(f"The letter cannot be made: {error}", error=True)
            else:
                self.text_view.setPlainText(self._letter.plain_text())
                self._set_status("")
                # who it goes to when the box stays empty (the record's GP, the referral setting …)
                automatic = "\n".join(strip_markup(line) for line in self._letter.recipient)
                self.recipient_edit.setPlaceholderText(f"Empty: {automatic}" if automatic else "")
        self._show_warnings()
        if self._letter is not None:
            self._render_preview()
        else:
            self._pdf = self._pdf_key = None
            self.pdf_preview.clear()
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(self._letter is not None)
        return self._letter

    def _show_warnings(self) -> None:
        """What the letter lacks for posting, before anything is printed."""
        missing = self._letter.warnings if self._letter is not None else ()
        self.warnings.setText("".join(f"⚠ {w}<br/>" for w in missing).removesuffix("<br/>"))
        self.warnings.setVisible(bool(missing))

    def _render_key(self) -> tuple[Any, ...]:
        return (self.options(), id(self.report()), self.letterhead)

    def _render_preview(self) -> None:
        """Render the PDF the outputs will write, and show its pages."""
        key = self._render_key()
        if key == self._pdf_key and self._pdf is not None:
            return
        buffer = io.BytesIO()
        try:
            self._letter = render_letter(self.doc, self.report(), self.options(), self.letterhead, buffer)
        except Exception as error:
            log.exception("preview of the letter for %s failed", self.doc.id)
            self._pdf = self._pdf_key = None
            self.pdf_preview.clear()
            self._set_status(f"The letter cannot be rendered: {error}", error=True)
            return
        self._pdf, self._pdf_key = buffer.getvalue(), key
        self.pdf_preview.show_pdf(self._pdf)

    def pdf_bytes(self) -> bytes | None:
        """The PDF that is on screen (brought up to date first when an edit is pending)."""
        if self._refresh_timer.isActive() or self._pdf_key != self._render_key():
            self.refresh()
        return self._pdf

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b2182b;" if error else "")

    # -- outputs -----------------------------------------------------------------------------
    def _write(self, path: Path, output: Output) -> Letter | None:
        """Write the previewed PDF to ``path`` and audit it; on an audit failure the file is
        removed again."""
        pdf = self.pdf_bytes()
        if pdf is None or self._letter is None:
            return None
        options, letter = self.options(), self._letter
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            _write_atomically(path, pdf)
            if self.audit is not None:
                try:
                    record_letter(self.audit, self.doc.id, letter, options, output=output, path=path)
                except Exception:
                    path.unlink(missing_ok=True)
                    raise
        except Exception as error:
            log.exception("letter for %s not written", self.doc.id)
            QMessageBox.warning(self, "Letter not written", f"The letter was not written:\n{error}")
            return None
        finally:
            self.unsetCursor()
        return letter

    def preview(self) -> Path | None:
        """Write the PDF to a private temporary file and open it in the system viewer."""
        path = scratch_pdf(f"{self.doc.id}-{self.kind}")
        if self._write(path, "preview") is None:
            return None
        self._open(path)
        self._set_status(f"Preview opened: {path}")
        return path

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Save where the user chooses (``path`` skips the file dialog)."""
        target = path or self._ask_save_path()
        if target is None:
            return None
        if self._write(target, "pdf") is None:
            return None
        self._set_status(f"Saved: {target}")
        return target

    def print_letter(self, printer: str | None = None) -> bool:
        """Send to a printer chosen from the system's list (``printer`` skips the question)."""
        if printer is None:
            printer = self._choose_printer()
            if printer is None:
                return False
        path = scratch_pdf(f"{self.doc.id}-{self.kind}-print")
        if self._write(path, "print") is None:
            return False
        try:
            send_to_printer(path, printer)
        except PrintError as error:
            QMessageBox.information(self, "Print", f"{error}\n\nThe PDF opens in the viewer now.")
            self._open(path)
            return False
        self._set_status(f"Sent to {printer or 'the default printer'}.")
        return True

    # -- questions to the user (separate so tests can answer them) -------------------------
    def _ask_save_path(self) -> Path | None:
        job = LetterJob(self.doc, self.report(), self.options())
        name, _ = QFileDialog.getSaveFileName(self, "Save letter as PDF", batch_filename(job), "PDF (*.pdf)")
        if not name:
            return None
        return Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")

    def _choose_printer(self) -> str | None:
        printers, default = available_printers()
        if not printers:
            QMessageBox.information(self, "Print", "No printer is set up on this computer. "
                                    "The PDF opens in the viewer, where you can print it.")
            self.preview()
            return None
        current = printers.index(default) if default in printers else 0
        name, ok = QInputDialog.getItem(self, "Print", "Printer:", printers, current, False)
        return name if ok else None

    def _open(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _write_atomically(path: Path, data: bytes) -> None:
    """A temporary file beside ``path``, renamed onto it when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
