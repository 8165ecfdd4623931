"""A pane whose content may change size without relaying out and repainting the whole window.

Qt passes every layout change up the widget tree: a layout that was redone calls
``updateGeometry()`` on its widget whether or not that widget's size hint changed, so a label of
the recommendation panel that wraps to one more line made the overview splitter, the tab widget,
the main splitter and the main window lay themselves out again, one event-loop turn each, and
repaint everything right of the patient list — on every patient switch. A widget without a
layout stops that chain (nothing above it is told), so the panes put their content on a
:attr:`sheet` that they size themselves. Inside the pane the content still lays itself out as
before; the splitter still asks the pane for its size hints when it lays out for its own reasons.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


class SealedPane(QWidget):
    """Lay the content out on :attr:`sheet`; the pane keeps it at its own size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = QWidget(self)
        self.sheet.setObjectName("sealedSheet")

    def resizeEvent(self, event: Any) -> None:
        self.sheet.setGeometry(self.rect())
        super().resizeEvent(event)

    def sizeHint(self) -> Any:
        return self.sheet.sizeHint()

    def minimumSizeHint(self) -> Any:
        return self.sheet.minimumSizeHint()
