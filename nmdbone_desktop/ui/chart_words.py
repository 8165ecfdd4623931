"""The chart's words in the window's language.

The words the chart draws (legend, axes, empty states, bar and fracture labels) come from the i18n
catalogue through :func:`nmdbone_desktop.charts.words.chart_words`, the same words the letters
print, so the screen and the paper say the same thing. This module only picks the window's
language, and for the translation tests' pseudo-language wraps every word in ⟦…⟧. The site
toggles' short names are the window's own (Qt catalogue, context ``Chart``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..charts.words import chart_words
from .vocabulary import PSEUDO, current_language, pseudo

#: The site toggles' short names (``charts.styles.SiteStyle.short``).
SITE_SHORT: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Chart", "Spine"),
    QT_TRANSLATE_NOOP("Chart", "Neck"),
    QT_TRANSLATE_NOOP("Chart", "Hip"),
    QT_TRANSLATE_NOOP("Chart", "Radius"),
    QT_TRANSLATE_NOOP("Chart", "TBLH"),
    QT_TRANSLATE_NOOP("Chart", "Femur"),
)


class _PseudoWords:
    """English chart words, each wrapped in ⟦…⟧ (methods too: ``site("…")`` → "⟦…⟧")."""

    def __init__(self) -> None:
        self._english = chart_words("en")
        self.language = PSEUDO

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._english, name)
        if callable(value):
            return lambda *args, **kwargs: pseudo(value(*args, **kwargs))
        return pseudo(value) if isinstance(value, str) else value


def window_chart_words() -> Any:
    """The chart words for the window's language (installed at start)."""
    language = current_language()
    return _PseudoWords() if language == PSEUDO else chart_words(language)
