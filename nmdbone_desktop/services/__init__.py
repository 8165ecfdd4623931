"""The clinic service layer: the store and the rules core together.

The window and the command line reach the clinic through here (:func:`.clinic.open_clinic`), never
with SQL of their own:
assessments cached per patient revision (:mod:`.assessments`), the worklist of open care items,
the quality indicators (:mod:`.indicators`) and their CSV export (:mod:`.export`).
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assessments import ScanCancelled, clinic_overview, refresh_assessments, retriage, worklist
    from .handling import mark_booked, mark_not_applicable, undo
    from .indicators import INDICATORS, IndicatorResult, compute_indicators
    from .results import Overview, RefreshResult, Worklist, WorklistItem
    from .summaries import OpenItem
    from .titles import CODE_TITLES, code_title
    from .triage import DEFAULT_HORIZON_DAYS, DEFAULT_TIERS, TIER_WORDS, TIERS, TriageItem, header_words
    from .worklist_filter import DUE_WINDOWS, WorklistFilter

#: Name → submodule. Imported on first use (PEP 562): the window imports ``services.clinic``
#: before its first paint, and the assessment behind the worklist must not come with it.
_LAZY: dict[str, str] = {
    "ScanCancelled": "assessments",
    "clinic_overview": "assessments",
    "refresh_assessments": "assessments",
    "retriage": "assessments",
    "worklist": "assessments",
    "mark_booked": "handling",
    "mark_not_applicable": "handling",
    "undo": "handling",
    "INDICATORS": "indicators",
    "IndicatorResult": "indicators",
    "compute_indicators": "indicators",
    "Overview": "results",
    "RefreshResult": "results",
    "Worklist": "results",
    "WorklistItem": "results",
    "OpenItem": "summaries",
    "CODE_TITLES": "titles",
    "code_title": "titles",
    "DEFAULT_HORIZON_DAYS": "triage",
    "DEFAULT_TIERS": "triage",
    "TIER_WORDS": "triage",
    "TIERS": "triage",
    "TriageItem": "triage",
    "header_words": "triage",
    "DUE_WINDOWS": "worklist_filter",
    "WorklistFilter": "worklist_filter",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CODE_TITLES",
    "DEFAULT_HORIZON_DAYS",
    "DEFAULT_TIERS",
    "DUE_WINDOWS",
    "INDICATORS",
    "TIERS",
    "TIER_WORDS",
    "IndicatorResult",
    "OpenItem",
    "Overview",
    "RefreshResult",
    "ScanCancelled",
    "TriageItem",
    "Worklist",
    "WorklistFilter",
    "WorklistItem",
    "clinic_overview",
    "code_title",
    "compute_indicators",
    "header_words",
    "mark_booked",
    "mark_not_applicable",
    "refresh_assessments",
    "retriage",
    "undo",
    "worklist",
]
