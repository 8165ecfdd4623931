"""The clinic service layer: the store and the rules core together.

The window and the command line reach the clinic through here, never with SQL of their own:
assessments cached per patient revision (:mod:`.assessments`), the worklist of open care items,
the quality indicators (:mod:`.indicators`) and their CSV export (:mod:`.export`).
"""

from .assessments import ScanCancelled, clinic_overview, refresh_assessments, worklist
from .indicators import INDICATORS, IndicatorResult, compute_indicators
from .results import Overview, RefreshResult, Worklist, WorklistItem
from .summaries import OpenItem
from .worklist_filter import DUE_WINDOWS, WorklistFilter

__all__ = [
    "DUE_WINDOWS",
    "INDICATORS",
    "IndicatorResult",
    "OpenItem",
    "Overview",
    "RefreshResult",
    "ScanCancelled",
    "Worklist",
    "WorklistFilter",
    "WorklistItem",
    "clinic_overview",
    "compute_indicators",
    "refresh_assessments",
    "worklist",
]
