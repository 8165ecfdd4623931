"""The chart's words in the window's language (:class:`nmdbone_desktop.charts.words.ChartWords`).

The charts package knows no Qt, so its English source texts are listed here for
``pyside6-lupdate`` (context ``Chart``); ``tests/gui/test_translation.py`` checks that every
``words.text("…")`` in ``charts/`` is in :data:`SOURCES`, so a new chart text cannot be missed.
Clinical terms (sites, drugs, fracture sites) come from the glossary via :mod:`.vocabulary`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from ..charts.words import ChartWords
from .translation import translate
from .vocabulary import current_language, display, local_date, local_number

SOURCES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Chart", "BMD {value} g/cm²"),
    QT_TRANSLATE_NOOP("Chart", "No DXA on record"),
    QT_TRANSLATE_NOOP("Chart", "Pred-eq\nmg/day"),
    QT_TRANSLATE_NOOP("Chart", "No glucocorticoids on record"),
    QT_TRANSLATE_NOOP("Chart", "BMD (g/cm²)"),
    QT_TRANSLATE_NOOP("Chart", "Z −2.0 (low for age)"),
    QT_TRANSLATE_NOOP("Chart", "other score"),
    QT_TRANSLATE_NOOP("Chart", "baseline / latest scan (rings)"),
    QT_TRANSLATE_NOOP("Chart", "BMD change ≥ LSC since previous scan"),
    QT_TRANSLATE_NOOP("Chart", "T-score"),
    QT_TRANSLATE_NOOP("Chart", "No patient selected"),
    QT_TRANSLATE_NOOP("Chart", "height-adjusted Z"),
    QT_TRANSLATE_NOOP("Chart", "Osteopenia (−1 to −2.5)"),
    QT_TRANSLATE_NOOP("Chart", "Osteoporosis (≤ −2.5)"),
    QT_TRANSLATE_NOOP("Chart", "Z-score (height-adjusted where given)"),
    QT_TRANSLATE_NOOP("Chart", "Z-score"),
    QT_TRANSLATE_NOOP("Chart", "No T- or Z-scores: show BMD (g/cm²) to see the scans"),
    QT_TRANSLATE_NOOP("Chart", "No BMD on record: only scores"),
    QT_TRANSLATE_NOOP("Chart", "{dose} mg/day prednisolone-equivalent from {date}"),
    QT_TRANSLATE_NOOP("Chart", "{score_type}-score"),
    QT_TRANSLATE_NOOP("Chart", "scanner: {maker}"),
    QT_TRANSLATE_NOOP("Chart", "{score_type}-score (dashed, hollow)"),
    QT_TRANSLATE_NOOP("Chart", "{site}: baseline {date}"),
    QT_TRANSLATE_NOOP("Chart", "{site}: latest {date}"),
    QT_TRANSLATE_NOOP("Chart", "Vertebral fracture"),
    QT_TRANSLATE_NOOP("Chart", "Other fracture"),
    QT_TRANSLATE_NOOP("Chart", "ongoing"),
    QT_TRANSLATE_NOOP("Chart", "vertebra {vertebra}"),
    QT_TRANSLATE_NOOP("Chart", "Fracture {date}: {where}"),
    QT_TRANSLATE_NOOP("Chart", "{site}: BMD {percent}% from {start} to {end}"),
    QT_TRANSLATE_NOOP("Chart", "Genant grade {grade}"),
    QT_TRANSLATE_NOOP("Chart", "found on {how}"),
    QT_TRANSLATE_NOOP("Chart", "BMD {percent}%"),
    QT_TRANSLATE_NOOP("Chart", "significant: at least the least significant change ({lsc}%)"),
    QT_TRANSLATE_NOOP("Chart", "last dose {date}"),
    QT_TRANSLATE_NOOP("Chart", "stopped: {reason}"),
    QT_TRANSLATE_NOOP("Chart", "{percent}% a year"),
)

#: The site toggles' short names (``charts.styles.SiteStyle.short``).
SITE_SHORT: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Chart", "Spine"),
    QT_TRANSLATE_NOOP("Chart", "Neck"),
    QT_TRANSLATE_NOOP("Chart", "Hip"),
    QT_TRANSLATE_NOOP("Chart", "Radius"),
    QT_TRANSLATE_NOOP("Chart", "TBLH"),
    QT_TRANSLATE_NOOP("Chart", "Femur"),
)


class WindowChartWords(ChartWords):
    """Translates through the Qt catalogue installed at start."""

    def __init__(self) -> None:
        self.language = current_language()

    def text(self, english: str) -> str:
        return translate("Chart", english)

    def term(self, vocabulary: str, code: str, english: str) -> str:
        if self.language == "en":
            return english
        return display(vocabulary, code)  # the glossary's word (or the tests' pseudo-language)

    def date(self, day: date) -> str:
        return local_date(day)

    def number(self, value: float, decimals: int | None = None, *, sign: bool = False) -> str:
        return local_number(value, decimals, sign=sign)

    def month(self, index: int) -> str:
        return QLocale().standaloneMonthName(index, QLocale.FormatType.ShortFormat)
