"""Clinic settings (``clinicSettings``): the clinic's least significant change per DXA site.

The LSC comes from the clinic's own precision study (LSC = 2.77 × the precision error, ISCD);
an empty field uses RULES §7's default. The values are stored in the clinic database, so every
workstation uses the same, and the assessment uses them (the report's
``least_significant_change_percent``). Saving empties the assessment cache: the window then
re-assesses the clinic in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..charts.styles import SITE_ORDER
from ..services.clinic import LSC_RANGE, StoreError
from ..services.clinic_settings import DEFAULT_LSC
from .form_fields import ERROR_STYLE
from .store_words import store_error_message
from .translation import translate
from .vocabulary import display

Save = Callable[[dict[str, float]], Any]


def parse_lsc(text: str) -> float | str | None:
    """A number as typed (``5,3`` or ``5.3 %``), None for empty, or the reason it is not one."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return translate("ClinicLscDialog", "“{text}” is not a number").format(text=text.strip())
    lo, hi = LSC_RANGE
    if not lo <= value <= hi:
        return translate("ClinicLscDialog", "must be between {lo} and {hi} %").format(lo=f"{lo:g}", hi=f"{hi:g}")
    return value


class ClinicLscDialog(QDialog):
    """Per-site LSC fields with the default beside each and the error under each."""

    def __init__(self, current: dict[str, float], save: Save, *, clinic: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinicSettings")
        self.setWindowTitle(
            translate("ClinicLscDialog", "Clinic settings — {clinic}").format(clinic=clinic)
            if clinic
            else translate("ClinicLscDialog", "Clinic settings")
        )
        self._save = save
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        intro = QLabel(
            translate("ClinicLscDialog", "<b>Least significant change (LSC) per DXA site</b><br>"
            "From your own precision study: LSC = 2.77 × precision error (RMS-SD, %). A change in BMD of at "
            "least the LSC is marked significant on the chart and used by the assessment. Leave a field "
            "empty to use the default (RULES §7). Stored in the clinic database: every workstation uses it."),
            self)
        intro.setWordWrap(True)
        intro.setObjectName("clinicSettingsIntro")
        outer.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for c, text in enumerate((translate("ClinicLscDialog", "Site"), translate("ClinicLscDialog", "Clinic LSC (%)"),
                                  translate("ClinicLscDialog", "Default"))):
            head = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(head, 0, c)
        for r, site in enumerate(SITE_ORDER, start=1):
            label = QLabel(display("dxa_site", site), self)
            edit = QLineEdit(self)
            edit.setObjectName(f"lsc_{site}")
            edit.setAccessibleName(translate("ClinicLscDialog", "{site} LSC, %").format(site=display("dxa_site", site)))
            edit.setPlaceholderText(
                translate("ClinicLscDialog", "{lsc} (default)").format(lsc=f"{DEFAULT_LSC[site]:g}")
            )
            edit.setMaximumWidth(130)
            if site in current:
                edit.setText(f"{current[site]:g}")
            label.setBuddy(edit)
            default = QLabel(f"{DEFAULT_LSC[site]:g}%", self)
            default.setStyleSheet("color: #555;")
            error = QLabel("", self)
            error.setObjectName(f"lscError_{site}")
            error.setStyleSheet(ERROR_STYLE)
            error.setVisible(False)
            grid.addWidget(label, r, 0)
            grid.addWidget(edit, r, 1)
            grid.addWidget(default, r, 2)
            grid.addWidget(error, r, 3)
            self.fields[site] = edit
            self.errors[site] = error
        grid.setColumnStretch(3, 1)
        outer.addLayout(grid)
        self.general = QLabel("", self)
        self.general.setObjectName("clinicSettingsError")
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.setVisible(False)
        outer.addWidget(self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.setObjectName("clinicSettingsButtons")
        self.defaults_button = QPushButton(translate("ClinicLscDialog", "Use defaults"), self)
        self.defaults_button.setObjectName("lscDefaults")
        self.defaults_button.setToolTip(translate("ClinicLscDialog", "Empty every field: the RULES §7 defaults apply"))
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(lambda: [edit.clear() for edit in self.fields.values()])
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.setMinimumWidth(560)
        self.fields[SITE_ORDER[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> tuple[dict[str, float], dict[str, str]]:
        """The clinic values entered, and the problems by site."""
        values: dict[str, float] = {}
        problems: dict[str, str] = {}
        for site, edit in self.fields.items():
            parsed = parse_lsc(edit.text())
            if isinstance(parsed, str):
                problems[site] = parsed
            elif parsed is not None:
                values[site] = parsed
        return values, problems

    def try_accept(self) -> bool:
        values, problems = self.values()
        for site, error in self.errors.items():
            error.setText(problems.get(site, ""))
            error.setVisible(site in problems)
            self.fields[site].setStyleSheet("border: 1px solid #B00020;" if site in problems else "")
        self.general.setVisible(False)
        if problems:
            self.fields[next(iter(problems))].setFocus()
            return False
        try:
            self._save(values)
        except StoreError as error:
            self.general.setText(
                translate("ClinicLscDialog", "Not saved: {error}").format(error=store_error_message(error)))
            self.general.setVisible(True)
            return False
        self.accept()
        return True
