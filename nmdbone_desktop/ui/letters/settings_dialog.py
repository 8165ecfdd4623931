"""The clinic's letterhead and signatory, edited in one dialog and saved to ``letterhead.json``.

Validation is the pydantic model's (:class:`ClinicLetterhead`), so the dialog, the file and the
command line agree on what is allowed. "Preview" prints the fictitious sample patient with the
letterhead as it stands in the dialog, so no real patient's data is used to try a layout.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
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
    QVBoxLayout,
    QWidget,
)

from ...letters import ClinicLetterhead, LetterOptions, render_letter, save_letterhead
from ...letters.formatting import fmt_date
from ...letters.samples import SAMPLE_AS_OF, sample_document
from ...letters.settings import ADDRESS_WINDOWS, DATE_FORMATS
from ...letters.templates import available_languages, load_templates
from ..translation import translate
from .printing import scratch_pdf

#: The letters' envelope windows (``letters.settings.ADDRESS_WINDOWS``), named for the translators.
WINDOW_LABELS = (
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "DIN 5008 window (form B)"),
    QT_TRANSLATE_NOOP("ClinicSettingsDialog", "UK C5/DL window envelope"),
)

__all__ = ["ClinicSettingsDialog"]

log = logging.getLogger(__name__)


class ClinicSettingsDialog(QDialog):
    """Edit and save the letterhead. After ``exec()`` returns Accepted, :attr:`saved` holds it."""

    def __init__(self, letterhead: ClinicLetterhead | None = None, *, path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinicSettingsDialog")
        self.setWindowTitle(translate("ClinicSettingsDialog", "Clinic letterhead and signatory"))
        self.path = path
        self.saved: ClinicLetterhead | None = None
        lh = letterhead or ClinicLetterhead()

        self.clinic_name = QLineEdit(lh.clinic_name, objectName="clinicName")
        self.department = QLineEdit(lh.department, objectName="clinicDepartment")
        self.address = QPlainTextEdit("\n".join(lh.address_lines), objectName="clinicAddress")
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4 + 12)
        self.phone = QLineEdit(lh.phone, objectName="clinicPhone")
        self.email = QLineEdit(lh.email, objectName="clinicEmail")
        self.logo = QLineEdit(str(lh.logo_path or ""), objectName="clinicLogo")
        browse = QPushButton(translate("ClinicSettingsDialog", "Browse…"), objectName="clinicLogoBrowse")
        browse.clicked.connect(self._browse_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.clinician_name = QLineEdit(lh.clinician_name, objectName="clinicianName")
        self.clinician_title = QLineEdit(lh.clinician_title, objectName="clinicianTitle")
        self.date_format = QComboBox(objectName="clinicDateFormat")
        months = load_templates(lh.language).months if lh.language in available_languages() else None
        for pattern in DATE_FORMATS:
            example = fmt_date(SAMPLE_AS_OF, pattern, months or [str(m) for m in range(1, 13)])
            self.date_format.addItem(f"{example}   ({pattern})", pattern)
        self.date_format.setCurrentIndex(max(0, self.date_format.findData(lh.date_format)))
        self.page_size = QComboBox(objectName="clinicPageSize")
        self.page_size.addItems(["A4", "Letter"])
        self.page_size.setCurrentText(lh.page_size)
        self.address_window = QComboBox(objectName="clinicAddressWindow")
        for key, window in ADDRESS_WINDOWS.items():
            self.address_window.addItem(
                translate("ClinicSettingsDialog", window.label)
                if window
                else translate("ClinicSettingsDialog", "No window: address in the letter's flow"),
                key,
            )
        self.address_window.setCurrentIndex(max(0, self.address_window.findData(lh.address_window)))
        self.language = QComboBox(objectName="clinicLanguage")
        self.language.addItems(available_languages() or [lh.language])
        self.language.setCurrentText(lh.language)
        self.referral_adult = QPlainTextEdit(lh.referral_to_adult, objectName="referralToAdult")
        self.referral_child = QPlainTextEdit(lh.referral_to_child, objectName="referralToChild")
        for edit in (self.referral_adult, self.referral_child):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            edit.setPlaceholderText(translate("ClinicSettingsDialog", "empty: the letter template's wording"))

        form = QFormLayout()
        form.addRow(translate("ClinicSettingsDialog", "Clinic name"), self.clinic_name)
        form.addRow(translate("ClinicSettingsDialog", "Department"), self.department)
        form.addRow(translate("ClinicSettingsDialog", "Address (one line each)"), self.address)
        form.addRow(translate("ClinicSettingsDialog", "Telephone"), self.phone)
        form.addRow(translate("ClinicSettingsDialog", "E-mail"), self.email)
        form.addRow(translate("ClinicSettingsDialog", "Logo image"), logo_row)
        form.addRow(translate("ClinicSettingsDialog", "Signing clinician*"), self.clinician_name)
        form.addRow(translate("ClinicSettingsDialog", "Clinician's title"), self.clinician_title)
        form.addRow(translate("ClinicSettingsDialog", "Envelope window"), self.address_window)
        form.addRow(translate("ClinicSettingsDialog", "Date format"), self.date_format)
        form.addRow(translate("ClinicSettingsDialog", "Paper size"), self.page_size)
        form.addRow(translate("ClinicSettingsDialog", "Letter language"), self.language)
        form.addRow(translate("ClinicSettingsDialog", "Referrals (adults) go to"), self.referral_adult)
        form.addRow(translate("ClinicSettingsDialog", "Referrals (children) go to"), self.referral_child)

        self.error = QLabel(objectName="settingsError", wordWrap=True)
        self.error.setStyleSheet("color: #b2182b;")
        preview = QPushButton(translate("ClinicSettingsDialog", "Preview"), objectName="letterheadPreview")
        preview.clicked.connect(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(preview, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            translate(
                "ClinicSettingsDialog",
                "* Letters are signed by the patient's responsible clinician (Patient → Contacts), "
                "else by the user who makes them; the signing clinician here is the last resort.",
            ),
            wordWrap=True,
        )
        note.setStyleSheet("color: #5a6470;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def letterhead(self) -> ClinicLetterhead:
        """The fields as a letterhead; raises pydantic's ``ValidationError`` when one is wrong."""
        logo = self.logo.text().strip()
        return ClinicLetterhead(
            clinic_name=self.clinic_name.text(), department=self.department.text(),
            address_lines=self.address.toPlainText().splitlines(), phone=self.phone.text(),
            email=self.email.text(), logo_path=Path(logo) if logo else None,
            clinician_name=self.clinician_name.text(), clinician_title=self.clinician_title.text(),
            date_format=self.date_format.currentData(), page_size=self.page_size.currentText(),
            language=self.language.currentText(), referral_to_adult=self.referral_adult.toPlainText(),
            referral_to_child=self.referral_child.toPlainText(), address_window=self.address_window.currentData(),
        )

    def _valid(self) -> ClinicLetterhead | None:
        try:
            letterhead = self.letterhead()
        except ValidationError as error:
            self.error.setText("; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()))
            return None
        if letterhead.logo_path and not letterhead.logo_path.is_file():
            self.error.setText(
                translate("ClinicSettingsDialog", "Logo image not found: {logo_path}").format(
                    logo_path=letterhead.logo_path
                )
            )
            return None
        self.error.setText("")
        return letterhead

    def save(self) -> None:
        letterhead = self._valid()
        if letterhead is None:
            return
        try:
            save_letterhead(letterhead, self.path)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("ClinicSettingsDialog", "Settings not saved"),
                translate("ClinicSettingsDialog", "The letterhead could not be saved:\n{error}").format(error=error),
            )
            return
        self.saved = letterhead
        self.accept()

    def preview(self) -> Path | None:
        """A sample referral on this letterhead, opened in the system viewer."""
        letterhead = self._valid()
        if letterhead is None:
            return None
        path = scratch_pdf("letterhead-preview")
        try:
            # The sample patient assessed by the rules core, as any letter is: the preview never
            # shows a recommendation or a risk figure the product would not print for that patient.
            from ...core.assessment import assess

            doc = sample_document()
            render_letter(doc, assess(doc, SAMPLE_AS_OF), LetterOptions(kind="referral", as_of=SAMPLE_AS_OF),
                          letterhead, path)
        except Exception as error:
            log.exception("letterhead preview failed")
            self.error.setText(
                translate("ClinicSettingsDialog", "The preview could not be made: {error}").format(error=error)
            )
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def _browse_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("ClinicSettingsDialog", "Logo image"),
            self.logo.text(),
            translate("ClinicSettingsDialog", "Images (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.logo.setText(name)
