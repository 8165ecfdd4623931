"""A word-wrapped label that measures each text once: its size hints and height per width are kept.

``QLabel`` lays its whole text out again for every ``sizeHint``, ``minimumSizeHint`` and
``heightForWidth`` it is asked for (rich text, or plain text selectable by mouse, through a
``QTextDocument`` whose ``setTextWidth`` relays out even at the same width, up to five times for
one size hint), and Qt's layouts ask them several times per relayout, of the label's layout and
again of every layout above it. On a patient switch that was the largest part of the panel's cost
(≈ 160 height questions per switch, ≈ 40 of them full layouts). The answers only depend on the
text and on how the label is set up (font, format, margins, wrapping), so they are kept in one
table shared by all wrap labels: a recommendation card refilled with a text some card showed
before is not measured again. What the label shows is Qt's own answer, computed once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget

_MEASURED: dict[tuple[Any, ...], Any] = {}
_KEPT = 4000  # answers (a few ints each); a long session's distinct texts and widths stay below

#: Events after which the same text may take another size (a new screen may have other font
#: metrics).
_RESTYLED = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ApplicationFontChange,
             QEvent.Type.LayoutDirectionChange, QEvent.Type.ScreenChangeInternal,
             QEvent.Type.DevicePixelRatioChange)


class WrapLabel(QLabel):
    """``QLabel`` with word wrap on, whose size answers are kept per text and set-up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup: tuple[Any, ...] | None = None
        self.setWordWrap(True)

    def _measure(self, what: str, width: int, ask: Any) -> Any:
        setup = self._setup
        if setup is None:
            self.ensurePolished()  # a style sheet's font applies when polished
            margins = self.contentsMargins()
            setup = self._setup = (
                self.font().key(), self.textFormat(), self.textInteractionFlags(), self.alignment(),
                self.wordWrap(), self.indent(), self.margin(), self.frameWidth(), self.minimumWidth(),
                margins.left(), margins.top(), margins.right(), margins.bottom(),
                self.logicalDpiX(), self.logicalDpiY(),  # the screen's: text is measured in its pixels
            )
        key = (what, width, self.text(), setup)
        answer = _MEASURED.get(key)
        if answer is None:
            if len(_MEASURED) >= _KEPT:
                _MEASURED.clear()
            answer = _MEASURED[key] = ask()
        return answer

    def heightForWidth(self, width: int) -> int:
        return self._measure("h", width, lambda: super(WrapLabel, self).heightForWidth(width))

    def sizeHint(self) -> QSize:
        return QSize(self._measure("s", 0, lambda: QSize(super(WrapLabel, self).sizeHint())))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._measure("m", 0, lambda: QSize(super(WrapLabel, self).minimumSizeHint())))

    def changeEvent(self, event: Any) -> None:
        if event.type() in _RESTYLED:
            self._setup = None
        super().changeEvent(event)

    # Set-up changes Qt announces by no event.
    def setTextFormat(self, fmt: Any) -> None:
        self._setup = None
        super().setTextFormat(fmt)

    def setWordWrap(self, on: bool) -> None:
        self._setup = None
        super().setWordWrap(on)

    def setAlignment(self, alignment: Any) -> None:
        self._setup = None
        super().setAlignment(alignment)

    def setIndent(self, indent: int) -> None:
        self._setup = None
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self._setup = None
        super().setMargin(margin)

    def setTextInteractionFlags(self, flags: Any) -> None:
        self._setup = None
        super().setTextInteractionFlags(flags)

    def setContentsMargins(self, *margins: Any) -> None:
        self._setup = None
        super().setContentsMargins(*margins)

    def setMinimumWidth(self, width: int) -> None:
        self._setup = None
        super().setMinimumWidth(width)
