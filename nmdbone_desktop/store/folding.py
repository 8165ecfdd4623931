"""Accent folding for search keys, shared by the writer (mapping) and the patient list (listing).

Kept apart from :mod:`.mapping`, which builds on the document models: listing patients must not
wait for them.
"""

from __future__ import annotations

from anyascii import anyascii


def fold(text: str) -> str:
    """Lower-case ASCII transliteration: "Łukasiewicz" → "lukasiewicz", "Müller" → "muller"."""
    return anyascii(text).lower()
