"""The letter dialogs: edit/preview/print one letter, letters for many patients, clinic letterhead.

Qt lives here, not in :mod:`nmdbone_desktop.letters` (an import-linter contract keeps that package
free of Qt). Typical use from the window::

    LetterDialog(doc, report, letterhead=load_letterhead(), audit=clinic, parent=window).exec()
    BatchLetterDialog(location, selected_ids, letterhead=load_letterhead(), parent=window).exec()
    ClinicSettingsDialog(load_letterhead(), parent=window).exec()
"""

from .batch_dialog import BatchLetterDialog
from .letter_dialog import LetterDialog
from .settings_dialog import ClinicSettingsDialog

__all__ = ["BatchLetterDialog", "ClinicSettingsDialog", "LetterDialog"]
