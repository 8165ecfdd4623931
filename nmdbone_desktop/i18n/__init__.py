"""The clinic's own language: clinical terms (glossary) and sentences (message catalogue) per language.

Pure: no Qt and no I/O beyond reading this package's own data files (``data/<lang>/glossary.toml``
and ``data/<lang>/messages.toml``). The rules core produces message keys and parameters; the words
are made here, at the edge, by the window, the letters and ``assess --language``.

    >>> t = translator_for("de")
    >>> t.term("drug.zoledronate")
    'Zoledronsäure'
    >>> t.number(-2.5)
    '−2,5'
"""

from __future__ import annotations

from .catalogue import CatalogueError, catalogue_keys, load_glossary, load_messages
from .report import localize_report, localized_recommendation
from .translator import SUPPORTED_LANGUAGES, Translator, normalise_language, translator_for

__all__ = [
    "SUPPORTED_LANGUAGES",
    "CatalogueError",
    "Translator",
    "catalogue_keys",
    "load_glossary",
    "load_messages",
    "localize_report",
    "localized_recommendation",
    "normalise_language",
    "translator_for",
]
