"""Placeholder for the clinic worklist (contract §7 names ``worklistView``).

A light stand-in until the Worklist tab is first opened (the real view imports the whole
assessment, which the window need not do before its first paint); the object name exists so the
contract holds from the start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .translation import translate


class WorklistPlaceholder(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistView")
        note = QLabel(
            translate(
                "WorklistPlaceholder",
                "The clinic worklist (care gaps and quality indicators) will appear here.\n"
                "Meanwhile: sort the patient list by Next due or Risk, or run\n"
                "nmdbone-desktop worklist --db PATH",
            ),
            self,
        )
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
