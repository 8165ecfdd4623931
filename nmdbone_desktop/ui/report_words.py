"""The words of a report (contract §3) in the window's language.

The rules core writes codes and facts plus English ``title``/``text``/``rationale`` (kept for
compatibility) and, for each of them, a message key with its parameters. In English the window
shows the English fields as they are; in another language it renders the structured fields with
:mod:`nmdbone_desktop.i18n`, the same catalogue the letters and ``assess --language`` use, so no
clinical sentence is ever assembled here. A report without structured fields (an older cached one)
or a key the catalogue lacks falls back to the English words, logged, rather than showing nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .translation import translate
from .vocabulary import PSEUDO, current_language, pseudo

log = logging.getLogger(__name__)

DUE_KINDS = {
    "dxa": QT_TRANSLATE_NOOP("ReportWords", "DXA"),
    "spine_imaging": QT_TRANSLATE_NOOP("ReportWords", "spine imaging"),
    "bone_labs": QT_TRANSLATE_NOOP("ReportWords", "bone labs"),
}


@dataclass(frozen=True, slots=True)
class RecommendationWords:
    title: str
    text: str
    rationale: str


def _plain(value: Any) -> Any:
    """A typed report part (pydantic) as the plain JSON the i18n package renders; dicts as they are."""
    dump = getattr(value, "model_dump", None)
    return dump(mode="json", exclude_none=True) if dump is not None else value


def _field(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def render(message: Any, english: str, language: str | None = None) -> str:
    """A structured message (``{"message_key", "params"}``) in ``language`` (default: the
    window's); ``english`` when there is none or the catalogue cannot render it."""
    language = language or current_language()
    if language == PSEUDO:
        return pseudo(english) if english else english
    if language == "en" or not message:
        return english
    from ..i18n import CatalogueError, translator_for

    try:
        return translator_for(language).render(_plain(message))
    except CatalogueError as error:
        log.warning("%s: showing the English words", error)
        return english


def recommendation_words(rec: Any, language: str | None = None) -> RecommendationWords:
    """Title, text and rationale of one recommendation in the window's language (rendered from
    its ``message_key``/``params`` and ``rationale_message`` by :mod:`nmdbone_desktop.i18n`)."""
    language = language or current_language()
    english = RecommendationWords(str(_field(rec, "title") or ""), str(_field(rec, "text") or ""),
                                  str(_field(rec, "rationale") or ""))
    if language == "en":
        return english
    if language == PSEUDO:
        return RecommendationWords(*(pseudo(w) if w else w for w in (english.title, english.text,
                                                                      english.rationale)))
    from ..i18n import CatalogueError, localized_recommendation, translator_for

    try:
        words = localized_recommendation(_plain(rec), translator_for(language))
    except CatalogueError as error:
        log.warning("%s: showing the English words", error)
        return english
    return RecommendationWords(str(words["title"]), str(words["text"]), str(words["rationale"]))


def avoid_reason(avoid: Any) -> str:
    """Why a drug is to be avoided, in the window's language."""
    return render(_field(avoid, "reason_message"), str(_field(avoid, "reason") or ""))


def disclaimer_words(report: Any) -> str:
    return render(_field(report, "disclaimer_message"), str(_field(report, "disclaimer") or ""))


def lines_words(part: Any, name: str, messages_name: str) -> list[str]:
    """A report's list of English lines (``part.<name>``) in the window's language, from the parallel
    list of messages (``part.<messages_name>``); all English when that list is missing or does not
    match (a cached report from before it)."""
    english = [str(r) for r in (_field(part, name) or [])]
    messages = _field(part, messages_name) or []
    if len(messages) != len(english):
        messages = [None] * len(english)
    return [render(m, e) for m, e in zip(messages, english, strict=True)]


def risk_reasons(report: Any) -> list[str]:
    """The criteria that set the risk category, in the window's language."""
    return lines_words(report, "risk_reasons", "risk_reason_messages")


def risk_notes(block: Any) -> list[str]:
    """A QFracture or FRAX block's notes, in the window's language."""
    return lines_words(block, "notes", "note_messages")


def frax_adjustments(block: Any) -> list[str]:
    """The FRAX adjustment lines (Kanis, Leslie), in the window's language."""
    return lines_words(block, "adjustments", "adjustment_messages")


def due_kind(kind: str) -> str:
    """What is due ("dxa" → "DXA"), in the window's language."""
    if kind in DUE_KINDS:
        return translate("ReportWords", DUE_KINDS[kind])
    return kind.replace("_", " ")
