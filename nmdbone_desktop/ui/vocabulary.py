"""Display names for every code of the contract's vocabularies, as the window shows them.

Never a raw code on screen: forms, tables, the header and tooltips take their words from here.
The words live in the glossary of :mod:`nmdbone_desktop.i18n` (``label.<vocabulary>.<code>``), so
the window, the recommendations and the letters share one terminology per language; this module
is the window's thin adapter. A code the glossary does not know (a newer contract) falls back to
its words with spaces, so it is still readable. Pure data and functions (no Qt).
"""

from __future__ import annotations

from typing import Any

from ..i18n import load_glossary, normalise_language, translator_for

_language = "en"


def set_language(language: str | None) -> None:
    """The window's language for :func:`display` (normalised; unsupported → English)."""
    global _language
    _language = normalise_language(language)


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


def display(vocabulary: str, code: Any, language: str | None = None) -> str:
    """The display name of ``code`` in the window's (or the given) language; unknown codes as words
    ("new_code" → "New code")."""
    if code is None:
        return ""
    translator = translator_for(language or _language)
    key = f"label.{vocabulary}.{code}"
    if translator.has_term(key):
        return translator.term(key)
    text = str(code).replace("_", " ")
    return text[:1].upper() + text[1:]
