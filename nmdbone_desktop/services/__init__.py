"""The clinic service layer: the store and the rules core together.

The window and the command line reach the clinic through here, never with SQL of their own:
assessments cached per patient revision (:mod:`.assessments`), the worklist of open care items,
the quality indicators (:mod:`.indicators`) and their CSV export (:mod:`.export`).
"""

from .assessments import ScanCancelled, clinic_overview, refresh_assessments, retriage, worklist
from .handling import mark_booked, mark_not_applicable, undo
from .indicators import INDICATORS, IndicatorResult, compute_indicators
from .results import Overview, RefreshResult, Worklist, WorklistItem
from .summaries import OpenItem
from .titles import CODE_TITLES, code_title
from .triage import DEFAULT_HORIZON_DAYS, DEFAULT_TIERS, TIER_WORDS, TIERS, TriageItem, header_words
from .worklist_filter import DUE_WINDOWS, WorklistFilter

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
