"""Preferences (``preferences``): this workstation's settings of the window — its language.

The choice is saved in the window settings (``ui/language``; empty = follow the system) and
applies at the next start: rebuilding every open form live could lose what is being typed, and
a restart costs the clinician nothing (the window reopens on the same patient and tab).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from .translation import LANGUAGE_KEY, LANGUAGES, current_language, native_name, normalise, system_language, translate


class PreferencesDialog(QDialog):
    """Choose the window's language; :attr:`changed` says whether the next start differs."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.settings = settings
        self.changed = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem(translate("PreferencesDialog", "System language ({language})").format(
            language=native_name(system_language())), "")
        for code in LANGUAGES:
            self.language.addItem(native_name(code), code)
        saved = str(settings.value(LANGUAGE_KEY, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(normalise(saved) if saved else "")))
        label = QLabel(translate("PreferencesDialog", "&Language of the window"), self)
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        layout.addLayout(form)
        note = QLabel(translate(
            "PreferencesDialog",
            "A new language applies from the next start of NMD Bone Desktop; nothing you are working on is "
            "lost. Recommendations, clinical terms and letters use the same words as the window."), self)
        note.setObjectName("preferencesNote")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("preferencesButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        """The saved value: a language code, or "" for the system language."""
        return str(self.language.currentData() or "")

    def accept(self) -> None:
        value = self.chosen()
        self.settings.setValue(LANGUAGE_KEY, value)
        self.settings.sync()
        self.changed = (normalise(value) if value else system_language()) != current_language()
        super().accept()
