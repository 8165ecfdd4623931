"""The words the BMD chart prints (legend, axis labels, empty states, bar and fracture labels).

English is the chart as it always was; another language takes its words from the i18n catalogue
(``chart.*`` messages, the glossary's site, drug and fracture-site terms) and its numbers with the
language's decimal sign, so a German letter's chart reads "Osteopenie (−1 bis −2,5)". The hover
tips (screen only) are :mod:`.hover_tips`, reached through :meth:`ChartWords.tip`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..i18n import Translator, normalise_language, translator_for
from .hover_tips import TipWords
from .styles import pretty, site_label

__all__ = ["ChartWords", "chart_words"]

#: message key -> the chart's English words (what the English catalogue holds too).
KEYS = (
    "osteopenia_band", "osteoporosis_band", "z_line", "other_score", "ends", "significant", "no_dxa",
    "dose_axis", "no_glucocorticoids", "bmd_axis", "t_axis", "z_axis", "z_axis_child", "no_scores", "no_bmd",
    "no_patient", "other_legend", "vertebral_fracture", "other_fracture", "bmd_change", "ongoing",
)


@dataclass(frozen=True)
class ChartWords:
    language: str
    translator: Translator

    def __getattr__(self, name: str) -> str:
        if name in KEYS:
            return self.translator.message(f"chart.{name}")
        raise AttributeError(name)

    def site(self, code: str) -> str:
        key = f"label.dxa_site.{code}"
        return self.translator.term(key) if self.translator.has_term(key) else site_label(code)

    def drug(self, code: str) -> str:
        """A bone drug in a bar: the code as always in English, the glossary's name otherwise."""
        if self.language == "en":
            return code
        key = f"drug.{code}"
        return self.translator.term(key) if self.translator.has_term(key) else code

    def fracture_site(self, code: str) -> str:
        if self.language == "en":
            return pretty(code)
        key = f"fracture_site.{code}"
        return self.translator.term(key) if self.translator.has_term(key) else pretty(code)

    def tip(self, kind: str, *args: Any, **kwargs: Any) -> str:
        """A hover tip (``kind``: point, dose, end, fracture, course, significant; see
        :class:`.hover_tips.TipWords`) in this language."""
        tips = TipWords(self.translator, english=self.language == "en")
        return str(getattr(tips, kind)(*args, **kwargs))

    def other_legend_for(self, score_type: str) -> str:
        return self.translator.message("chart.other_legend", type=score_type)

    def bmd_change_label(self, percent: float) -> str:
        if self.language == "en":
            return f"BMD {percent:+.1f}%"
        return self.translator.message("chart.bmd_change", change=self.translator.number(
            float(f"{percent:.1f}"), 1, sign=True))


@cache
def chart_words(language: str | None = "en") -> ChartWords:
    language = normalise_language(language)
    return ChartWords(language, translator_for(language))
