"""Accent folding and the patient search key: the one place that says how a patient is found.

Shared by the writer (mapping: ``patients.search_key``), the patient list's SQL (listing) and the
window's in-memory narrowing of a shown list (through :attr:`.models.PatientListRow.search_key`).
Kept apart from :mod:`.mapping`, which builds on the document models: listing patients must not
wait for them.
"""

from __future__ import annotations

from anyascii import anyascii


def fold(text: str) -> str:
    """Lower-case ASCII transliteration: "Łukasiewicz" → "lukasiewicz", "Müller" → "muller"."""
    return anyascii(text).lower()


def search_key(family: str | None, given: str | None, patient_id: str, diagnosis_code: str | None,
               diagnosis_label: str | None) -> str:
    """What a search looks in: name, id and diagnosis (code and label), folded."""
    return fold(" ".join(p for p in (family, given, patient_id, diagnosis_code, diagnosis_label) if p))


def search_terms(text: str) -> list[str]:
    """The terms of a search: folded like the key; every one must occur in it."""
    return fold(text).split()
