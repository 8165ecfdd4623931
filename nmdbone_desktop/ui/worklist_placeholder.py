"""Placeholder for the clinic worklist (contract §7 names ``worklistView``).

A colleague replaces this with the real worklist; until then the object name exists so the
contract holds and the tab tells the user where to find the same information today.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class WorklistPlaceholder(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistView")
        note = QLabel(
            "The clinic worklist (care gaps and quality indicators) will appear here.\n"
            "Meanwhile: sort the patient list by Next due or Risk, or run\n"
            "nmdbone-desktop worklist --db PATH", self)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
