"""The clinic's quality indicators (sources.md §9.2), defined on what the patient record holds.

``docs/indicators.md`` is the definition a clinician reads (numerator, denominator, window, basis
and what the record cannot show); :mod:`.indicator_rules` is its code, one function per indicator.
Here: the titles and definitions shown with the figures, and the tally of per-patient marks into
numerator, denominator and the patients behind each (the dashboard lists them on a click).

An indicator the record cannot support (a documented review, a specialist's involvement) is kept,
with ``numerator`` and ``denominator`` ``None``, a note saying why, and the patients it would
concern as ``eligible_ids`` — so the gap in the record is visible, not silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from .indicator_rules import Mark

if TYPE_CHECKING:
    from .assessments import CancelCheck, ProgressFn
    from .ports import ClinicStorePort


@dataclass(frozen=True, slots=True)
class Indicator:
    """One indicator's definition, as shown beside its figure and exported with it."""

    id: str
    title: str
    numerator: str
    denominator: str
    window: str
    basis: str
    note: str = ""
    computable: bool = True


INDICATORS: tuple[Indicator, ...] = (
    Indicator("Q1", "Bone assessment at diagnosis",
              "a DXA and a 25-OH vitamin D result, both from 3 months before to 6 months after the onset date",
              "patients whose diagnosis onset date lies 6 to 24 months before as_of",
              "≤ 6 months from diagnosis", "Kruse 2025 gap; NICE QS",
              "The record has no first-visit date (the diagnosis onset date stands in), cannot show that a "
              "fracture history was taken, and has no place for a documented reason not to scan."),
    Indicator("Q2", "Bone assessment at follow-up",
              "a DXA and a 25-OH vitamin D result, each within the last 24 months",
              "patients diagnosed more than 24 months before as_of, or with no onset date recorded",
              "last 24 months", "Kruse 2025 gap",
              "The record has no visit dates: every patient not new (Q1) counts as under follow-up."),
    Indicator("Q3", "GC-exposed risk assessment",
              "FRAX entered at age ≥ 40, or a DXA plus spine imaging, from 12 months before to 6 months after "
              "the start of the current glucocorticoid run",
              "patients on long-term glucocorticoids (≥ 2.5 mg/day prednisolone-eq now, ≥ 91 days covered) "
              "whose current run began ≥ 6 months ago",
              "≤ 6 months from GC start", "ACR 2022; NOGG 2022 §12",
              "Courses with gaps of up to 31 days form one run; pulses and budesonide do not start one."),
    Indicator("Q4", "GC bone protection",
              "on bone therapy (antiresorptive, anabolic or raloxifene) on as_of",
              "patients on long-term glucocorticoids with an indication for bone therapy (adults moderate, high "
              "or very high risk; children very high)",
              "current", "ACR 2022",
              "Uses the assessment's risk category, not ACR's own; a documented decision not to treat "
              "(contraindication, patient's choice) cannot be recorded, so it counts as a gap."),
    Indicator("Q5", "VF surveillance",
              "lateral spine X-ray, VFA (or MRI/CT of the spine) within the last 12 months (children) or 24 "
              "months (adults)",
              "patients on long-term glucocorticoids (≥ 2.5 mg/day prednisolone-eq now, ≥ 91 days covered)",
              "12 / 24 months", "DMD CC 2018; ACR 2022; RULES §8.3",
              "Every spine imaging row counts, whatever its modality (RULES §10)."),
    Indicator("Q6", "Fracture → treatment",
              "bone therapy running at any time within 16 weeks after the fracture (already on it, or started)",
              "patients with a fragility fracture of a vertebra, hip or long bone dated 16 weeks to 24 months "
              "before as_of (the earliest such fracture counts)",
              "≤ 16 weeks", "IOF/FFN FLS KPI",
              "A fracture of unknown mechanism counts as fragility (RULES §0 policy)."),
    Indicator("Q7", "25OHD replete",
              "latest 25-OH vitamin D ≥ 50 nmol/L",
              "patients with a 25-OH vitamin D result in the last 12 months",
              "last 12 months", "IOM 2011",
              "The assessment's own repletion target is 75 nmol/L (RULES §8.5); this indicator uses IOM's 50."),
    Indicator("Q8", "Denosumab continuity",
              "running: last injection no more than 6 months + 4 weeks ago; stopped: a bisphosphonate started "
              "after the last injection and by 6 months + 4 weeks",
              "patients whose latest denosumab course is running, or stopped within the last 24 months",
              "per dose (latest dose only)", "NOGG 2022 §12; ECTS 2021",
              "Only the last dose of a course is recorded, so the timeliness of earlier injections cannot be "
              "checked; with no last dose recorded the start counts."),
    Indicator("Q9", "Long-term BP review",
              "a documented review of the need to continue", "patients on an oral bisphosphonate ≥ 5 years or IV "
              "≥ 3 years (current course)",
              "at the milestone", "NICE QS149; ASBMR 2016",
              "Not computable: the record has no review entries. The patients at the milestone are listed; "
              "CONSIDER_DRUG_HOLIDAY shows who may pause, not whether a review happened.",
              computable=False),
    Indicator("Q10", "Puberty screen",
              "puberty status recorded",
              "boys with DMD aged 9 to under 20 on glucocorticoids now",
              "6-monthly", "DMD CC 2018",
              "Approximation: the record keeps one undated puberty status, so 'every 6 months' and the endocrine "
              "referral at 14 cannot be checked; any recorded status counts."),
    Indicator("Q11", "Falls assessment",
              "falls in the past 12 months recorded (0 counts)",
              "adults (≥ 20) whose latest mobility is ambulant or assisted",
              "yearly", "FLS KPI; NICE",
              "Approximation: the falls count is undated and a falls-risk assessment has no field, so a recorded "
              "count is taken as the history; whether it was asked this year cannot be checked."),
    Indicator("Q12", "Multidisciplinary input",
              "an endocrine or bone specialist involved", "patients on bone therapy now",
              "ever", "Kruse 2025",
              "Not computable: the record has no referral or clinician entries. The patients on bone therapy "
              "are listed; REFER_BONE_SPECIALIST shows who should be referred, not who was.",
              computable=False),
)


@dataclass(frozen=True, slots=True)
class IndicatorResult:
    """One indicator on one date: its figures and the patients behind them (ids, sorted)."""

    indicator: Indicator
    as_of: date
    met_ids: tuple[str, ...] = ()
    gap_ids: tuple[str, ...] = ()
    eligible_ids: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.indicator.id

    @property
    def title(self) -> str:
        return self.indicator.title

    @property
    def numerator(self) -> int | None:
        return len(self.met_ids) if self.indicator.computable else None

    @property
    def denominator(self) -> int | None:
        return len(self.met_ids) + len(self.gap_ids) if self.indicator.computable else None

    @property
    def percent(self) -> float | None:
        num, den = self.numerator, self.denominator
        return round(100.0 * num / den, 1) if num is not None and den else None

    @property
    def note(self) -> str:
        if self.indicator.computable:
            return self.indicator.note
        return f"{self.indicator.note} ({len(self.eligible_ids)} patient(s) concerned.)"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "title": self.title, "numerator": self.numerator,
            "denominator": self.denominator, "percent": self.percent,
            "numerator_definition": self.indicator.numerator,
            "denominator_definition": self.indicator.denominator,
            "window": self.indicator.window, "basis": self.indicator.basis, "note": self.note,
        }
        if not self.indicator.computable:
            out["eligible"] = len(self.eligible_ids)
        return out


def tally(marks: Iterable[tuple[str, tuple[Mark, ...]]], as_of: date) -> list[IndicatorResult]:
    """Results from ``(patient_id, marks)`` pairs, marks in :data:`INDICATORS` order (as
    :func:`.indicator_rules.evaluate` gives them); patient ids sorted within each group."""
    ids: list[dict[str, list[str]]] = [{"met": [], "gap": [], "eligible": []} for _ in INDICATORS]
    for patient_id, patient_marks in marks:
        for groups, mark in zip(ids, patient_marks, strict=True):
            if mark is not None:
                groups[mark].append(patient_id)
    return [
        IndicatorResult(indicator, as_of, met_ids=tuple(sorted(groups["met"])), gap_ids=tuple(sorted(groups["gap"])),
                        eligible_ids=tuple(sorted(groups["eligible"])))
        for indicator, groups in zip(INDICATORS, ids, strict=True)
    ]


def compute_indicators(store: ClinicStorePort, as_of: date, *, progress: ProgressFn | None = None,
                       cancelled: CancelCheck | None = None) -> list[IndicatorResult]:
    """Every indicator over the whole clinic on as_of (refreshing stale assessments on the way)."""
    from .assessments import clinic_overview  # the engine imports this module

    return list(clinic_overview(store, as_of, progress=progress, cancelled=cancelled).indicators)
