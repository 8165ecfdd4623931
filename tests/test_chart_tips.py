"""The BMD chart's hover tips in the window's language (issue 21): English exactly as before, the
English catalogue reproduces it, and German/Dutch/French/Italian/Spanish tips carry no English."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

import pytest
from matplotlib.figure import Figure

from nmdbone_desktop.charts import words as words_module
from nmdbone_desktop.charts.hover_tips import TipWords
from nmdbone_desktop.charts.trajectory import TrajectoryPlot
from nmdbone_desktop.charts.words import chart_words
from nmdbone_desktop.core.assessment import assess
from nmdbone_desktop.demo import generate_clinic

AS_OF = date(2026, 12, 3)
#: Words of the English tips that no other language's tip may keep.
ENGLISH_WORDS = ("prednisolone-equivalent", "baseline", "latest", "Fracture", "a year", "scanner:", "found on",
                 "last dose", "stopped:", "significant:", "height-adjusted", "ongoing", "vertebra ")
#: The same word in the language (Dutch "scanner", "significant"; French "Fracture"; Italian "vertebra").
COGNATES = {"nl": {"scanner:", "significant:"}, "fr": {"Fracture"}, "it": {"vertebra "}}


@cache
def _patients() -> list[tuple[Any, dict[str, Any]]]:
    return [(doc, assess(doc, AS_OF)) for doc in generate_clinic(40, seed=3, as_of=AS_OF)]


def _tips(language: str) -> list[str]:
    plot = TrajectoryPlot(Figure(figsize=(7, 4.5), dpi=60), words=chart_words(language))
    out = []
    for doc, report in _patients():
        for view in ("score", "bmd"):  # the BMD view's tips name g/cm² first and the scores after
            plot.view = view
            art = plot.update(doc, report)
            for _artist, tip in art.hover:
                out += [tip] if isinstance(tip, str) else list(tip)
    return out


@cache
def _english() -> tuple[str, ...]:
    return tuple(_tips("en"))


def test_the_demo_clinic_reaches_every_kind_of_tip() -> None:
    text = "\n".join(_english())
    for words in ("g/cm²", "-score", "mg/day prednisolone-equivalent from", ": baseline", ": latest", "Fracture ",
                  "Genant grade", "found on", " – ", "significant: at least", "a year", "scanner:"):
        assert words in text, words


def test_the_english_catalogue_reproduces_the_english_tips(monkeypatch: pytest.MonkeyPatch) -> None:
    def through_the_catalogue(translator: Any, *, english: bool) -> TipWords:
        return TipWords(translator, english=False, iso_dates=True)

    monkeypatch.setattr(words_module, "TipWords", through_the_catalogue)
    # one known difference: Python's "{:+.1f}" of −0.04 is "-0.0", the catalogue's number "+0.0"
    assert tuple(_tips("en")) == tuple(re.sub(r"-0\.0\b", "+0.0", tip) for tip in _english())


@pytest.mark.parametrize("language", ["de", "nl", "fr", "it", "es"])
def test_the_tips_in_another_language_keep_no_english(language: str) -> None:
    tips = _tips(language)
    assert len(tips) == len(_english())
    left = sorted({w for tip in tips for w in ENGLISH_WORDS if w in tip} - COGNATES.get(language, set()))
    assert not left, (language, left)
    assert any("," in tip and "g/cm²" in tip for tip in tips)  # 0,812 g/cm²: the decimal comma
    assert not any("{" in tip for tip in tips)


def test_a_point_s_tip_is_written_when_hovered_not_when_the_chart_is_filled(monkeypatch: pytest.MonkeyPatch) -> None:
    """A patient switch refills the chart; its per-point tips are made on first use (LazyTips),
    and then say what they would have said when made at once."""
    words = chart_words("de")
    made: list[str] = []
    real_tip = words_module.ChartWords.tip

    def counting_tip(self: Any, kind: str, *args: Any, **kwargs: Any) -> str:
        made.append(kind)
        return real_tip(self, kind, *args, **kwargs)

    monkeypatch.setattr(words_module.ChartWords, "tip", counting_tip)
    plot = TrajectoryPlot(Figure(figsize=(7, 4.5), dpi=60), words=words)
    doc, report = next((d, r) for d, r in _patients() if len(d.dxa) >= 4 and d.glucocorticoids)
    art = plot.update(doc, report)
    per_point = [tips for _artist, tips in art.hover if not isinstance(tips, str)]
    assert per_point and not [kind for kind in made if kind in ("point", "dose", "end", "fracture")]
    first = per_point[0]
    assert first[0] == first[0] and len([k for k in made if k in ("point", "dose", "end")]) == 1  # made once, kept
    eager = TrajectoryPlot(Figure(figsize=(7, 4.5), dpi=60), words=chart_words("de")).update(doc, report)
    assert [list(t) for _a, t in eager.hover if not isinstance(t, str)] == [list(t) for t in per_point]
