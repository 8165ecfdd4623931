"""Build the desktop window (contract §7) and the application object around it.

``build_main_window(db_path)`` is the contract: the caller owns the QApplication (tests create
theirs through pytest-qt, the command line through :func:`create_application`). Importing this
module imports Qt but not matplotlib; the chart brings matplotlib in when the window is built.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

ORGANIZATION = "NMD Bone"
APPLICATION = "nmdbone-desktop"
DISPLAY_NAME = "NMD Bone Desktop"


def build_main_window(
    db_path: str | Path,
    *,
    settings_path: str | Path | None = None,
    today: Callable[[], date] | None = None,
    language: str | None = None,
) -> QMainWindow:
    """The main window on this clinic database (created and migrated if new).

    ``settings_path`` puts the INI settings elsewhere than the per-user default (tests);
    ``today`` fixes the assessment date (tests, demonstrations); ``language`` overrides the one
    chosen in Preferences (default: that choice, else the system's, else English). The language's
    translators are installed application-wide before the window is built.
    """
    if QApplication.instance() is None:
        raise RuntimeError("create the QApplication before build_main_window() (see create_application)")
    from .services.clinic import open_clinic
    from .ui.main_window import MainWindow
    from .ui.translation import chosen_language, install_language
    from .ui.window_settings import open_settings

    clinic = open_clinic(db_path)
    settings = open_settings(Path(settings_path) if settings_path is not None else None)
    install_language(language or chosen_language(settings))
    return MainWindow(clinic, settings, today=today or date.today)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, HiDPI-correct and named for QSettings; reuses an existing one."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Qt 6 scales by the screen's device pixel ratio already; pass fractional factors (125 %, 150 %)
    # through unrounded so text and the chart are neither blurry nor oversized.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName(DISPLAY_NAME)
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    from .ui.icons import icon

    app.setWindowIcon(icon("app"))
    return app
