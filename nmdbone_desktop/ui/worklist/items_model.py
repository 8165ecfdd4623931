"""The triaged worklist items as a table model: one row per item, in triage order.

Rows are chosen in Python over the in-memory items (a list comprehension over at most a few tens
of thousands of items), as the patient table does. Two modes: *open* items of the chosen tiers
(default: act now and due), or the *handled* items (booked, not applicable) that can be undone.
Codes are never shown: the title column is the contract's plain-language title.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from ...services import DEFAULT_TIERS, TIER_WORDS, TriageItem
from ...services.handling import describe_mark
from ..patient_table_model import RISK_COLOURS, RISK_WORDS
from .rows_model import RowsModel

ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE = "#B00020"


def _waiting(item: TriageItem) -> str:
    days = item.waiting_days
    if days < 0:
        return f"{item.since.isoformat()} (in {-days:,} d)"
    return f"{item.since.isoformat()} ({days:,} d)"


def _patient(item: TriageItem) -> str:
    return f"{item.name} ({item.patient_id})"


def _note(item: TriageItem) -> str:
    if item.handled is not None:
        return describe_mark(item.handled)
    if item.lapsed is not None:
        return "returned — was " + describe_mark(item.lapsed)
    return TIER_WORDS[item.tier]


@dataclass(frozen=True, slots=True)
class ItemColumn:
    key: str
    title: str
    text: Callable[[TriageItem], str]


COLUMNS: tuple[ItemColumn, ...] = (  # the five a nurse reads first fit a 1366-pixel screen
    ItemColumn("patient", "Patient", _patient),
    ItemColumn("title", "What to do", lambda i: i.title),
    ItemColumn("why", "Why", lambda i: i.why),
    ItemColumn("since", "Waiting since", _waiting),
    ItemColumn("due", "Due", lambda i: i.due.isoformat() if i.due else "—"),
    ItemColumn("group", "Group", lambda i: "child" if i.population == "child" else "adult"),
    ItemColumn("risk", "Risk", lambda i: RISK_WORDS.get(i.risk_category or "", "—")),
    ItemColumn("note", "Tier / handled", _note),
)
ITEM_COLUMN_KEYS = tuple(c.key for c in COLUMNS)


class TriageItemsModel(RowsModel[TriageItem]):
    """Items of the chosen tiers (open), or the handled ones; ``ITEM_ROLE`` gives a row's item."""

    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: tuple[TriageItem, ...] = ()
        self.tiers: frozenset[str] = DEFAULT_TIERS
        self.handled_mode = False

    def set_items(self, items: Iterable[TriageItem]) -> None:
        self._all = tuple(items)
        self._refill()

    def set_tiers(self, tiers: Iterable[str]) -> None:
        self.tiers = frozenset(tiers)
        self._refill()

    def set_handled_mode(self, on: bool) -> None:
        self.handled_mode = on
        self._refill()

    def _refill(self) -> None:
        self.beginResetModel()
        if self.handled_mode:
            self._rows = [i for i in self._all if i.handled is not None]
        else:
            tiers = self.tiers
            self._rows = [i for i in self._all if i.handled is None and i.tier in tiers]
        self.endResetModel()

    # -- what a cell shows besides its text (rows_model.RowsModel) ----------------------------------

    def colour(self, item: TriageItem, key: str) -> str | None:
        if key == "risk" and item.risk_category in RISK_COLOURS:
            return RISK_COLOURS[item.risk_category]
        if (key == "due" and item.overdue) or (key == "note" and item.lapsed is not None and item.handled is None):
            return OVERDUE
        return None

    def bold(self, item: TriageItem, key: str) -> bool:
        return (key == "title" and item.tier == "act_now") or (key == "group" and item.population == "child")

    def extra(self, item: TriageItem, key: str, role: int) -> Any:
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.name}: {item.title}\n{item.why}" if key != "why" else item.why
        return None
