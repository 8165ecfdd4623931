"""A recommendation: what to do, why (with the patient's own values), and on what authority."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Kind = Literal["action", "warning", "info"]

#: Display order within one priority (RULES §9 lists them roughly by urgency).
CODE_ORDER: tuple[str, ...] = (
    "START_BONE_THERAPY",
    "CONSIDER_ANABOLIC",
    "DENOSUMAB_OVERDUE",
    "SEQUENTIAL_ANTIRESORPTIVE",
    "REVIEW_TREATMENT_FAILURE",
    "REFER_BONE_SPECIALIST",
    "BASELINE_BONE_ASSESSMENT",
    "VITAMIN_D_REPLETION",
    "CORRECT_VITAMIN_D_FIRST",
    "CORRECT_CALCIUM_FIRST",
    "RENAL_CAUTION",
    "ORAL_BISPHOSPHONATE_UNSUITABLE",
    "PREGNANCY_PLANNING",
    "HOLIDAY_REVIEW",
    "HYPOGONADISM_REVIEW",
    "SCANNER_CHANGED",
    "DXA_DUE",
    "SPINE_IMAGING_DUE",
    "FALLS_PREVENTION",
    "PUBERTY_ASSESSMENT",
    "BONE_LABS_DUE",
    "CALCIUM_VITAMIN_D",
    "VITAMIN_D_HIGH",
    "CONTINUE_BONE_THERAPY",
    "CONSIDER_DRUG_HOLIDAY",
    "DENTAL_CHECK",
)


@dataclass(slots=True)
class Avoid:
    drug: str
    reason: str
    reason_message: dict[str, Any] | None = None  # the reason as a message key and parameters


@dataclass(slots=True)
class Recommendation:
    code: str
    kind: Kind
    priority: int
    title: str
    text: str
    rationale: str
    references: list[str]
    due: date | None = None
    since: date | None = None
    options: list[str] | None = None
    avoid: list[Avoid] | None = None
    rule: str = ""
    #: The words as a message key and JSON-safe parameters, rendered in any language at the edge
    #: (``<message_key>.title`` and ``<message_key>.text`` share ``params``; contract §3 addition).
    message_key: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    #: The rationale likewise: ``{"message_key": ..., "params": {...}}``.
    rationale_message: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "kind": self.kind,
            "priority": self.priority,
            "title": self.title,
            "text": self.text,
            "rationale": self.rationale,
            "references": list(self.references),
            "due": self.due.isoformat() if self.due else None,
        }
        if self.since is not None:
            out["since"] = self.since.isoformat()
        if self.options is not None:
            out["options"] = list(self.options)
        if self.avoid is not None:
            out["avoid"] = [_avoid_json(a) for a in self.avoid]
        if self.rule:
            out["rule"] = self.rule
        if self.message_key:
            out["message_key"] = self.message_key
            out["params"] = self.params
        if self.rationale_message:
            out["rationale_message"] = self.rationale_message
        return out


def _avoid_json(a: Avoid) -> dict[str, Any]:
    out: dict[str, Any] = {"drug": a.drug, "reason": a.reason}
    if a.reason_message is not None:
        out["reason_message"] = a.reason_message
    return out


@dataclass(slots=True)
class Recommendations:
    """The growing list of one assessment; at most one recommendation per code."""

    items: dict[str, Recommendation] = field(default_factory=dict)

    def add(self, rec: Recommendation) -> None:
        self.items[rec.code] = rec

    def has(self, code: str) -> bool:
        return code in self.items

    def ordered(self) -> list[Recommendation]:
        rank = {code: i for i, code in enumerate(CODE_ORDER)}
        return sorted(self.items.values(), key=lambda r: (r.priority, rank.get(r.code, len(rank))))
