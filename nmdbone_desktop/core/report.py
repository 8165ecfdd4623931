"""The assessment report (contract §3, ``nmdbone/assessment-v1``) as a pydantic model.

``assess`` builds plain dicts for speed; this model is the report's schema
(``nmdbone-desktop schema assessment``) and lets the tests check every report against it.
Extra fields beyond the contract are named here too, so nothing undocumented leaks out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .document import BoneDrug, DxaSite


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Densitometry(_Closed):
    category: Literal["normal", "osteopenia", "osteoporosis", "within_expected_range", "low_for_age", "no_data"]
    score_type: Literal["T", "Z"]
    lowest_score: float | None
    lowest_site: DxaSite | None
    date: str | None
    notes: list[str] = Field(default_factory=list)


class VertebralFractures(_Closed):
    count: int = Field(ge=0)
    max_genant_grade: int | None = Field(ge=1, le=3)
    latest_date: str | None


class Glucocorticoids(_Closed):
    current_daily_mg_pred_eq: float = Field(ge=0)
    current_dose_band: Literal["none", "low", "medium", "high"]
    cumulative_mg_pred_eq: float = Field(ge=0)
    months_exposed: float = Field(ge=0)
    last_365_days_mg_pred_eq: float = Field(ge=0)
    long_term: bool
    notes: list[str] = Field(default_factory=list)


class TrajectoryEntry(_Closed):
    site: DxaSite
    from_: str = Field(alias="from")
    to: str
    change_percent: float
    annualised_change_percent: float | None
    least_significant_change_percent: float = Field(gt=0)
    lsc_source: Literal["default", "clinic"]
    significant: bool
    side: Literal["left", "right"] | None = None


class Message(_Closed):
    """A sentence as a message key and its parameters, rendered in any language by the i18n catalogues
    (2026.12 addition). Parameter values are JSON: a number (shown with its own decimals), a string
    (shown as it is), or an object: ``{"date": ISO}``, ``{"term": glossary key}``, ``{"number": x,
    "decimals"?, "sign"?, "group"?, "true_minus"?}``, ``{"list": [values], "join": "and" | "or" |
    "then" | "and_all" | "comma" | "semicolon" | "sentence"}``, or a nested message."""

    message_key: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.]+$")
    params: dict[str, Any] = Field(default_factory=dict)


class QFracture(_Closed):
    major_osteoporotic_percent: float | None = Field(ge=0, le=100)
    hip_percent: float | None = Field(ge=0, le=100)
    notes: list[str]
    bmi: float | None = None
    flags: list[str] | None = None
    disclaimer: str | None = None
    # 2026.12 addition (issue 21): ``notes`` as messages, one per note in the same order
    note_messages: list[Message] | None = None


class FraxProbabilities(_Closed):
    major_osteoporotic_percent: float = Field(ge=0, le=100)
    hip_percent: float = Field(ge=0, le=100)


class Frax(FraxProbabilities):
    entered: FraxProbabilities
    date: str
    adjustments: list[str]
    notes: list[str]
    # 2026.12 additions (issue 21): ``adjustments`` and ``notes`` as messages, one each, same order
    adjustment_messages: list[Message] | None = None
    note_messages: list[Message] | None = None


class FractureRisk(_Closed):
    qfracture: QFracture
    frax: Frax | None
    used_for_thresholds: Literal["frax", "qfracture"] | None


class AvoidEntry(_Closed):
    drug: BoneDrug
    reason: str = Field(min_length=1)
    reason_message: Message | None = None


Code = Literal[
    "BASELINE_BONE_ASSESSMENT", "DXA_DUE", "SPINE_IMAGING_DUE", "BONE_LABS_DUE", "VITAMIN_D_REPLETION",
    "CALCIUM_VITAMIN_D", "FALLS_PREVENTION", "START_BONE_THERAPY", "CONSIDER_ANABOLIC", "CONTINUE_BONE_THERAPY",
    "REVIEW_TREATMENT_FAILURE", "DENOSUMAB_OVERDUE", "SEQUENTIAL_ANTIRESORPTIVE", "CONSIDER_DRUG_HOLIDAY",
    "REFER_BONE_SPECIALIST", "PUBERTY_ASSESSMENT", "ORAL_BISPHOSPHONATE_UNSUITABLE", "RENAL_CAUTION",
    "CORRECT_VITAMIN_D_FIRST", "SCANNER_CHANGED", "CORRECT_CALCIUM_FIRST", "PREGNANCY_PLANNING", "DENTAL_CHECK",
    "HOLIDAY_REVIEW", "VITAMIN_D_HIGH", "HYPOGONADISM_REVIEW",
]  # fmt: skip


class RecommendationOut(_Closed):
    code: Code
    kind: Literal["action", "warning", "info"]
    priority: int = Field(ge=1, le=3)
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)
    rationale: str
    references: list[str] = Field(min_length=1)
    due: str | None
    since: str | None = None
    options: list[BoneDrug] | None = None
    avoid: list[AvoidEntry] | None = None
    rule: str | None = None
    # 2026.12 additions (issue 21): the words as message keys, so that they can be rendered in any
    # language; "<message_key>.title" and "<message_key>.text" share "params". The English title and
    # text above stay as they were.
    message_key: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.]+$")
    params: dict[str, Any] | None = None
    rationale_message: Message | None = None


class TherapyCourse(_Closed):
    drug: BoneDrug
    start: str


class NextDue(_Closed):
    dxa: str | None
    spine_imaging: str | None
    bone_labs: str | None


class AssessmentReport(_Closed):
    """One patient's assessment on one date (contract §3); RULES.md defines every value."""

    model_config = ConfigDict(extra="forbid", title="NMD Bone assessment report (nmdbone/assessment-v1)")

    schema_: Literal["nmdbone/assessment-v1"] = Field(alias="schema")
    patient_id: str
    as_of: str
    ruleset_version: str
    age_years: float
    population: Literal["child", "adult"]
    densitometry: Densitometry
    vertebral_fractures: VertebralFractures
    glucocorticoids: Glucocorticoids
    trajectory: list[TrajectoryEntry]
    fracture_risk: FractureRisk
    risk_category: Literal["low", "moderate", "high", "very_high"]
    risk_reasons: list[str]
    # 2026.12 addition (issue 21): ``risk_reasons`` as messages, one per reason in the same order, so
    # the header and the letters can say them in any language (the English list stays as it was)
    risk_reason_messages: list[Message] | None = None
    risk_category_since: str | None = None
    indication: bool
    on_therapy: list[TherapyCourse]
    mobility: Literal["ambulant", "assisted", "non_ambulant"] | None
    recommendations: list[RecommendationOut]
    next_due: NextDue
    notes: list[str]
    disclaimer: str
    # 2026.12 addition (issue 21): ``disclaimer`` as a message (``report.disclaimer``), for the window
    disclaimer_message: Message | None = None


#: What the letters' and charts' entry points accept: the model, or the contract's dict (validated once).
ReportLike = AssessmentReport | Mapping[str, Any]


def typed_report(report: ReportLike) -> AssessmentReport:
    """The report as the model: what the window, the letters and the charts read (by attribute, so a
    renamed field fails the type check). ``assess`` returns the contract's dict (it is faster to build
    and is what the command line prints); this validates it once where it leaves the services."""
    if isinstance(report, AssessmentReport):
        return report
    return AssessmentReport.model_validate(report)


def report_json(report: AssessmentReport) -> dict[str, Any]:
    """The contract §3 dict of a typed report, exactly as ``assess`` built it."""
    return report.model_dump(by_alias=True, exclude_unset=True)
