"""The worklist JSON of contract §6 (with the 2026.12 ``items``) as strict pydantic models.

A test helper: ``validate_worklist(data)`` raises with the field path when the document does not
follow the contract, including the triage order of ``items`` and ``waiting_days`` = as_of − since.
Extra fields are allowed where the contract allows extensions (it "may be extended with new
optional fields"); every field the contract names is required with its type.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, StrictInt, StrictStr, field_validator

CODE = re.compile(r"^[A-Z][A-Z0-9_]+$")
TIERS = ("act_now", "due", "coming_up", "information")
RISK_RANK = {"very_high": 0, "high": 1, "moderate": 2, "low": 3}


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", strict=True)


class Patient(_Open):
    id: StrictStr
    name: StrictStr
    risk_category: Literal["low", "moderate", "high", "very_high"] | None
    codes: list[StrictStr]
    next_due: dict[str, StrictStr | None]


class Indicator(_Open):
    id: StrictStr
    title: StrictStr
    numerator: StrictInt | None
    denominator: StrictInt | None
    percent: float | None


class Handled(_Open):
    kind: Literal["booked", "not_applicable"]
    date: StrictStr
    reason: StrictStr | None
    by: StrictStr

    @field_validator("date")
    @classmethod
    def _iso(cls, value: str) -> str:
        date.fromisoformat(value)
        return value


class Item(_Open):
    patient_id: StrictStr
    name: StrictStr
    population: Literal["child", "adult"]
    risk_category: Literal["low", "moderate", "high", "very_high"] | None
    code: StrictStr
    title: StrictStr
    why: StrictStr
    tier: Literal["act_now", "due", "coming_up", "information"]
    priority: Literal[1, 2, 3]
    since: StrictStr
    waiting_days: StrictInt
    due: StrictStr | None
    handled: Handled | None

    @field_validator("title")
    @classmethod
    def _not_a_code(cls, value: str) -> str:
        if CODE.match(value) or "_" in value:
            raise ValueError(f"title {value!r} looks like a code")
        return value


class WorklistDocument(_Open):
    as_of: StrictStr
    ruleset_version: StrictStr
    patients: list[Patient]
    indicators: list[Indicator]
    items: list[Item]


def _key(item: Item) -> tuple[Any, ...]:
    return (TIERS.index(item.tier), item.priority, 0 if item.population == "child" else 1,
            RISK_RANK.get(item.risk_category or "", 4), item.since)


def validate_worklist(data: dict[str, Any], *, horizon_days: int = 90) -> WorklistDocument:
    """Parse and check the rules the types cannot say (tiers, order, waiting days, codes)."""
    doc = WorklistDocument.model_validate(data)
    as_of = date.fromisoformat(doc.as_of)
    for n, item in enumerate(doc.items):
        since = date.fromisoformat(item.since)
        due = date.fromisoformat(item.due) if item.due else None
        assert item.waiting_days == (as_of - since).days, f"items[{n}].waiting_days"
        assert item.title != item.code and item.code not in item.title, f"items[{n}].title shows the code"
        if item.tier == "act_now":
            assert item.priority == 1, f"items[{n}]: act_now needs priority 1"
        elif item.tier == "due":
            assert due is not None and due <= as_of, f"items[{n}]: due tier, due {due}"
        elif item.tier == "coming_up":
            assert due is not None and as_of < due and (due - as_of).days <= horizon_days, f"items[{n}]"
    keys = [_key(i) for i in doc.items]
    assert keys == sorted(keys), "items are not in triage order"
    return doc
