"""The worklist's words in the window's language.

The services name tiers, due windows and handled marks in English for the text outputs (``--json``
keeps the codes); the window says them through its Qt catalogue (context ``Worklist``), and risk
categories with the glossary's word, as everywhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...services.titles import code_title, localized_why
from ...services.triage import header_words
from ..translation import translate
from ..vocabulary import PSEUDO, current_language, local_count, local_date, pseudo, term

TIERS = {
    "act_now": QT_TRANSLATE_NOOP("Worklist", "act now"),
    "due": QT_TRANSLATE_NOOP("Worklist", "due"),
    "coming_up": QT_TRANSLATE_NOOP("Worklist", "coming up"),
    "information": QT_TRANSLATE_NOOP("Worklist", "information"),
}
DUE_WINDOW_WORDS = {
    "any": QT_TRANSLATE_NOOP("Worklist", "any time"),
    "overdue": QT_TRANSLATE_NOOP("Worklist", "overdue"),
    "30d": QT_TRANSLATE_NOOP("Worklist", "due within 30 days"),
    "90d": QT_TRANSLATE_NOOP("Worklist", "due within 90 days"),
}
RISKS = {"low": "low", "moderate": "moderate", "high": "high", "very_high": "very high"}


def tier_word(tier: str) -> str:
    return translate("Worklist", TIERS[tier]) if tier in TIERS else tier.replace("_", " ")


def due_window_word(key: str, english: str) -> str:
    return translate("Worklist", DUE_WINDOW_WORDS[key]) if key in DUE_WINDOW_WORDS else english


def risk_word(category: str | None) -> str:
    if not category:
        return "—"
    return term(f"risk.{category}", RISKS.get(category, category.replace("_", " ")))


def mark_text(mark: Mapping[str, Any] | Any) -> str:
    """"booked for 2026-12-10" / "not applicable: <reason>" in the window's language."""
    record = mark.record() if hasattr(mark, "record") else mark
    if record.get("kind") == "booked":
        text = translate("Worklist", "booked for {date}").format(date=local_date(record.get("date")))
        return f"{text} ({record['reason']})" if record.get("reason") else text
    return translate("Worklist", "not applicable: {reason}").format(reason=record.get("reason") or "—")


def header_text(patients: int, counts: Mapping[str, int]) -> str:
    """"300 patients checked, 12 act now, 40 due, 85 coming up" (open items per tier)."""
    if current_language() == "en":  # the services' English, with its "1 patient"
        return header_words(patients, counts)
    return translate("Worklist", "{patients} patients checked, {act_now} act now, {due} due, {coming_up} coming up"
                     ).format(patients=local_count(patients), act_now=local_count(counts.get("act_now", 0)),
                              due=local_count(counts.get("due", 0)), coming_up=local_count(counts.get("coming_up", 0)))


def item_title(code: str, english: str) -> str:
    """A worklist item's title ("Follow-up DXA scan") in the window's language (i18n ``code.*``)."""
    language = current_language()
    if language == PSEUDO:
        return pseudo(english)
    return code_title(code, english, language)


def item_why(item: Any) -> str:
    """Why an item is on the worklist (the rationale's first fact) in the window's language."""
    language = current_language()
    if language == PSEUDO:
        return pseudo(item.why) if item.why else item.why
    return localized_why(getattr(item, "why_message", None), item.why, language)
