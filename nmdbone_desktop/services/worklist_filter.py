"""Which worklist rows to show: by code, priority, diagnosis, risk and due window.

Pure Python over the in-memory worklist (no Qt, no SQL), so the same filter serves the window,
the tests and any export, and a keystroke never touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .assessments import WorklistItem

#: Due windows, by key: label and the days after as_of the earliest due date may lie
#: (``overdue``: strictly before as_of; ``any``: no limit).
DUE_WINDOWS: dict[str, tuple[str, int | None]] = {
    "any": ("any time", None),
    "overdue": ("overdue", -1),
    "30d": ("due within 30 days", 30),
    "90d": ("due within 90 days", 90),
}


@dataclass(frozen=True, slots=True)
class WorklistFilter:
    """All conditions must hold; ``None`` (or ``"any"``) means no condition.

    ``max_priority`` keeps patients whose most urgent open item has at most that priority (1 =
    urgent only). The due window applies to the patient's earliest due date — the same date the
    patient list shows as "Next due".
    """

    code: str | None = None
    max_priority: int | None = None
    diagnosis: str | None = None
    risk_category: str | None = None
    due_window: str = "any"

    def __post_init__(self) -> None:
        if self.due_window not in DUE_WINDOWS:
            raise ValueError(f"unknown due window {self.due_window!r} (one of: {', '.join(DUE_WINDOWS)})")

    def matches(self, item: WorklistItem, as_of: date) -> bool:
        if self.code is not None and self.code not in item.codes:
            return False
        if self.max_priority is not None and item.top_priority > self.max_priority:
            return False
        if self.diagnosis is not None and item.diagnosis_code != self.diagnosis:
            return False
        if self.risk_category is not None and item.risk_category != self.risk_category:
            return False
        days = DUE_WINDOWS[self.due_window][1]
        if days is None:
            return True
        if item.earliest_due is None:
            return False
        if days < 0:
            return item.earliest_due < as_of
        return item.earliest_due <= as_of + timedelta(days=days)
