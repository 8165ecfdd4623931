"""A word-wrapped label that remembers its height for a width until its text or font changes.

``QLabel.heightForWidth`` lays the whole text out again on every call (rich text, or plain text
selectable by mouse, goes through a ``QTextDocument``, whose ``setTextWidth`` relays out even at
the same width, twice per call), and Qt's layouts ask it several times per relayout: for the
layout's height, its minimum height and the geometry, of the label's layout and again of every
layout above it. On a patient switch that was the largest part of the panel's cost. The answer
only depends on the text, the width and the font and style, so it is kept per width; what the
label shows is Qt's own answer, computed once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

_KEPT = 8  # widths remembered per text: a splitter drag asks many, a switch asks two or three


class WrapLabel(QLabel):
    """``QLabel`` with word wrap on and ``heightForWidth`` remembered per (text, width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, int], int] = {}
        self.setWordWrap(True)

    def heightForWidth(self, width: int) -> int:
        key = (self.text(), width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= _KEPT:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: Any) -> None:
        # A new font, style sheet or palette may change the text's size: ask Qt again.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ApplicationFontChange):
            self._heights.clear()
        super().changeEvent(event)

    # Changes Qt announces by no event: the height is asked again.
    def setTextFormat(self, fmt: Any) -> None:
        self._heights.clear()
        super().setTextFormat(fmt)

    def setWordWrap(self, on: bool) -> None:
        self._heights = {}
        super().setWordWrap(on)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def setTextInteractionFlags(self, flags: Any) -> None:
        self._heights.clear()
        super().setTextInteractionFlags(flags)

    def setContentsMargins(self, *margins: Any) -> None:
        self._heights.clear()
        super().setContentsMargins(*margins)
