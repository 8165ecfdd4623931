"""The window's words in the clinic's language: Qt translators for our catalogues and for Qt's own.

Two sources of words, on purpose: clinical terms and recommendation texts come from
:mod:`nmdbone_desktop.i18n` (so the window, the recommendations and the letters use one word per
term); everything else the window says (menus, buttons, labels, messages) comes from the Qt
catalogues ``resources/translations/nmdbone_<lang>.ts``, compiled to ``.qm`` at install and bundle
time. Every call site writes ``translate("Context", "text")`` with a literal context, so
``pyside6-lupdate`` finds it and a subclass does not change the context (``self.tr`` would).

The language is read once at start (Preferences store it); changing it applies at the next start,
so no open form or unsaved edit is ever rebuilt under the user's hands.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .icons import ENV_VAR

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

#: The languages the window speaks, English first (the source language of the catalogues).
LANGUAGES: tuple[str, ...] = ("en", "nl", "de", "fr", "it", "es")
LANGUAGE_KEY = "ui/language"
CATALOGUE = "nmdbone"
#: Where compiled catalogues are looked for first (tests and packagers point it elsewhere).
QM_ENV_VAR = "NMDBONE_TRANSLATIONS"

_installed: list[QTranslator] = []
_current = "en"


#: Each language by its own name (what a speaker looks for in a list; never translated).
NATIVE_NAMES = {"en": "English", "nl": "Nederlands", "de": "Deutsch", "fr": "Français", "it": "Italiano",
                "es": "Español"}


def native_name(language: str) -> str:
    """A language's own name, e.g. "Deutsch"."""
    return NATIVE_NAMES.get(language, language)


def system_language() -> str:
    """The system locale's language when the window speaks it, else English."""
    return normalise(QLocale.system().name())


def normalise(value: object) -> str:
    """``de_CH`` / ``DE`` / ``de-AT`` → ``de``; anything unsupported → ``en``."""
    code = str(value or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def chosen_language(settings: QSettings) -> str:
    """The language saved in Preferences, else the system's (an empty value means "system")."""
    saved = str(settings.value(LANGUAGE_KEY, "") or "")
    return normalise(saved) if saved else system_language()


def current_language() -> str:
    """The language installed by :func:`install_language` (English before any)."""
    return _current


def catalogue_folders() -> list[Path]:
    """Candidate folders of ``nmdbone_<lang>.qm``, most specific first."""
    folders = []
    if os.environ.get(QM_ENV_VAR):
        folders.append(Path(os.environ[QM_ENV_VAR]))
    if os.environ.get(ENV_VAR):
        folders.append(Path(os.environ[ENV_VAR]) / "translations")
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "resources" / "translations")
    folders.append(Path(__file__).resolve().parents[2] / "resources" / "translations")
    return folders


def install_language(language: str, app: QCoreApplication | None = None) -> str:
    """Install the translators of ``language`` (ours and Qt's) in place of earlier ones.

    Returns the language actually in effect: English when the catalogue is missing (logged, so a
    broken install shows English rather than nothing).
    """
    global _current
    app = app or QCoreApplication.instance()
    language = normalise(language)
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    effective = language
    if language != "en":
        ours = QTranslator(app)
        if any(ours.load(f"{CATALOGUE}_{language}", str(folder)) for folder in catalogue_folders()):
            _installed.append(ours)
        else:
            log.warning("no compiled catalogue %s_%s.qm in %s: the window stays in English",
                        CATALOGUE, language, ", ".join(map(str, catalogue_folders())))
            effective = "en"
        qt = QTranslator(app)  # Qt's own words: OK/Cancel/Yes/No, file dialogs, context menus
        if effective != "en" and qt.load(f"qtbase_{language}",
                                         QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(effective))
    _current = effective
    _set_terms_language(effective)
    return effective


def _set_terms_language(language: str) -> None:
    """Tell the clinical-terms side (vocabulary names, recommendation texts) the same language."""
    from . import vocabulary

    vocabulary.set_language(language)
