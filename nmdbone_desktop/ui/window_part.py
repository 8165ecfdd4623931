"""A named part of the main window: the commands of one job, with the window's clinic and widgets.

The window is split by job so that each class stays readable: :class:`.main_window.MainWindow`
(layout, wiring, settings, moving between patients and tabs), :class:`.patient_commands.PatientCommands`
(the Patient menu), :class:`.window_file_menu.FileCommands` (the File menu's long work) and
:class:`.window_worklist_letters.WorklistAndLetters` (the worklist tab and the letters).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar

    from ..services.clinic import Clinic
    from .main_window import MainWindow
    from .patient_controller import PatientController
    from .patient_table_model import PatientTableModel


class WindowPart:
    """Base of the window's parts: what every part reads from the window, read when used."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    @property
    def clinic(self) -> Clinic:
        return self.window.clinic

    @property
    def location(self) -> Path | str:
        return self.window.location

    @property
    def model(self) -> PatientTableModel:
        return self.window.model

    @property
    def controller(self) -> PatientController:
        return self.window.controller

    @property
    def actions(self) -> dict[str, QAction]:
        return self.window.actions

    def today(self) -> date:
        return self.window.today()

    def statusBar(self) -> QStatusBar:
        return self.window.statusBar()

    def message(self, title: str, text: str, *, error: bool = False) -> None:
        self.window.message(title, text, error=error)

    def refresh_list(self) -> None:
        self.window.refresh_list()
