"""The chart's words, in whatever language the caller speaks.

The charts know no Qt and no catalogue: every text they draw (legend, axis labels, empty-state
messages, hover tips) is an English source text passed through a :class:`ChartWords` handed in
by the caller. The window's translates with its Qt catalogue (context ``Chart``; the sources are
listed for ``pyside6-lupdate`` in :mod:`nmdbone_desktop.ui.chart_words`, and a test keeps the two
in step), the letters' may use :mod:`nmdbone_desktop.i18n`; the default is English. Templates use
``str.format`` names ("Fracture {date}: {where}"). Sites, drugs and fracture sites are clinical
terms and go through :meth:`ChartWords.term`, numbers and dates through :meth:`number` and
:meth:`date`, so a German chart says "−2,5" and "03.12.2026".
"""

from __future__ import annotations

from datetime import date


class ChartWords:
    """English, as the charts have always drawn them; subclass to translate."""

    language = "en"

    def text(self, english: str) -> str:
        """A text the chart draws (a literal English source text)."""
        return english

    def term(self, vocabulary: str, code: str, english: str) -> str:
        """A clinical term: ``vocabulary`` is the window's vocabulary name ("dxa_site")."""
        return english

    def date(self, day: date) -> str:
        return day.isoformat()

    def number(self, value: float, decimals: int | None = None, *, sign: bool = False) -> str:
        spec = "g" if decimals is None else f".{decimals}f"
        return format(value, ("+" if sign else "") + spec)

    def month(self, index: int) -> str:
        """A short month name for the time axis (1 = January)."""
        return date(2000, index, 1).strftime("%b")


ENGLISH = ChartWords()
