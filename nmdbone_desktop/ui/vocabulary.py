"""Display names for every code of the contract's vocabularies, as the window shows them.

Never a raw code on screen: forms, tables, the header and tooltips take their words from here.
The words live in the glossary of :mod:`nmdbone_desktop.i18n` (``label.<vocabulary>.<code>``), so
the window, the recommendations and the letters share one terminology per language; this module
is the window's thin adapter. A code the glossary does not know (a newer contract) falls back to
its words with spaces, so it is still readable. Pure data and functions (no Qt).
:func:`set_language` is called once at start by :func:`nmdbone_desktop.ui.translation.install_language`;
dates and numbers follow the same language (:func:`local_date`, :func:`local_number`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..i18n import load_glossary, normalise_language, translator_for

_language = "en"
#: The pseudo-language of the translation tests: every name shows as "⟦English⟧", so a walk of the
#: window can tell a word that went through translation from one that did not.
PSEUDO = "qps"


def pseudo(text: str) -> str:
    return f"⟦{text}⟧"


def set_language(language: str | None) -> None:
    """The window's language for :func:`display` (normalised; unsupported → English)."""
    global _language
    _language = PSEUDO if language == PSEUDO else normalise_language(language)


def current_language() -> str:
    return _language


def _names(language: str) -> dict[str, dict[Any, str]]:
    names: dict[str, dict[Any, str]] = {}
    for key, word in load_glossary(language).items():
        section, _, code = key.partition(".")
        if section == "label":
            vocabulary, _, code = code.partition(".")
            names.setdefault(vocabulary, {})[code] = word
    return names


#: English names per vocabulary (the glossary's ``label.*``): the tests check every code has one.
NAMES: dict[str, dict[Any, str]] = _names("en")


def term(key: str, english: str) -> str:
    """A glossary term ("risk.high") in the window's language; ``english`` in English or when the
    glossary lacks it."""
    if _language == "en":
        return english
    if _language == PSEUDO:
        return pseudo(english)
    translator = translator_for(_language)
    return translator.term(key) if translator.has_term(key) else english


def local_date(day: date | str | None) -> str:
    """A date as the window shows it: ISO in English (the clinic convention the window has always
    used), the language's medium style elsewhere ("03.12.2026", "3 dec 2026")."""
    if not day:
        return ""
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day)
        except ValueError:
            return day
    if _language in ("en", PSEUDO):
        return day.isoformat()
    return translator_for(_language).date(day)


def local_number(value: float, decimals: int | None = None, *, sign: bool = False) -> str:
    """A number with ``decimals`` decimals (``None``: as it is, 7.5 and 10): "-2.5" in English,
    "−2,5" in German and Dutch."""
    if _language in ("en", PSEUDO):
        spec = "g" if decimals is None else f".{decimals}f"
        return format(value, ("+" if sign else "") + spec)
    rounded = value if decimals is None else round(value, decimals)
    if decimals is None and isinstance(rounded, float) and rounded.is_integer():
        rounded = int(rounded)  # 10.0 mg/day reads "10", as the English "{:g}" has it
    return translator_for(_language).number(rounded, decimals, sign=sign, group=False)


def local_count(count: int) -> str:
    """A count with the language's digit grouping: "20,000" in English, "20.000" in German,
    Dutch, Italian and Spanish, "20 000" in French — "20,000" would read as twenty there."""
    if _language in ("en", PSEUDO):
        return f"{count:,}"
    return translator_for(_language).number(count)


def display(vocabulary: str, code: Any, language: str | None = None) -> str:
    """The display name of ``code`` in the window's (or the given) language; unknown codes as words
    ("new_code" → "New code")."""
    if code is None:
        return ""
    language = language or _language
    if language == PSEUDO:
        return pseudo(display(vocabulary, code, "en"))
    translator = translator_for(language)
    key = f"label.{vocabulary}.{code}"
    if translator.has_term(key):
        return translator.term(key)
    text = str(code).replace("_", " ")
    return text[:1].upper() + text[1:]
