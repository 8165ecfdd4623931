"""RULES §6: indication, ranked options, the avoid list, and the logic of courses under way."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..dates import add_months
from ..document import BoneMedicationCourse
from .catalogue import rule
from .densitometry import SIGNIFICANT_LOSS_SITES, Trajectory
from .facts import (
    ANABOLICS,
    ANTIRESORPTIVES,
    BISPHOSPHONATES,
    IV_BISPHOSPHONATES,
    ORAL_BISPHOSPHONATES,
    SITE_LABEL,
    Facts,
)

CHILD_OPTIONS = ("zoledronate", "pamidronate")
ADULT_OPTIONS = ("alendronate", "risedronate", "zoledronate", "denosumab")
VERY_HIGH_FIRST = ("teriparatide", "romosozumab")
CHILD_AVOID = {
    "teriparatide": "not for children: open growth plates; not licensed",
    "abaloparatide": "not for children: open growth plates; not licensed",
    "romosozumab": "not for children: open growth plates; not licensed",
    "alendronate": "oral bisphosphonates are not first line in NMD children: IV first (clinic policy)",
    "risedronate": "oral bisphosphonates are not first line in NMD children: IV first (clinic policy)",
    "ibandronate": "oral bisphosphonates are not first line in NMD children: IV first (clinic policy)",
}
#: Latest eGFR below which a drug is avoided (drug labels, RULES §6.3; grade R in sources.md).
RENAL_LIMIT = {"alendronate": 35.0, "zoledronate": 35.0, "risedronate": 30.0, "ibandronate": 30.0}
#: Maximum anabolic course (calendar months from the first start, days covered by any course).
ANABOLIC_MAX_MONTHS = {"teriparatide": 24, "abaloparatide": 24, "romosozumab": 12}
ANABOLIC_FAMILY = {
    "teriparatide": ("teriparatide", "abaloparatide"),
    "abaloparatide": ("teriparatide", "abaloparatide"),
    "romosozumab": ("romosozumab",),
}
DENOSUMAB_OVERDUE_DAYS = 213  # 7 months (RULES §6.7)
AVOID_ORDER = (
    "alendronate",
    "risedronate",
    "ibandronate",
    "zoledronate",
    "pamidronate",
    "denosumab",
    "teriparatide",
    "abaloparatide",
    "romosozumab",
)


@dataclass(slots=True)
class AvoidReasons:
    """Drug → reasons, plus which warning codes fired and for which drugs."""

    reasons: dict[str, list[str]] = field(default_factory=dict)
    oral_unsuitable: list[str] = field(default_factory=list)
    renal: list[str] = field(default_factory=list)
    upright_unknown: bool = False

    def add(self, drug: str, reason: str) -> None:
        self.reasons.setdefault(drug, []).append(reason)


def anabolic_maximum_date(facts: Facts, drug: str) -> date | None:
    """The date the drug's family reaches its maximum course, or None if not reached by as_of.

    RULES §10: calendar months from the first start, counting days covered by any course of the
    family (inclusive of start and end days, as a course still runs on its end date). The maximum is
    the number of days in N calendar months from the first start, so a continuous course from
    1 June reaches 24 months on 31 May two years later.
    """
    family = ANABOLIC_FAMILY[drug]
    spans = sorted(
        (c.start, min(c.end or facts.as_of, facts.as_of))
        for c in facts.doc.bone_medications
        if c.drug in family and c.start <= facts.as_of
    )
    if not spans:
        return None
    first = spans[0][0]
    needed = (add_months(first, ANABOLIC_MAX_MONTHS[drug]) - first).days
    covered = 0
    last_counted: date | None = None  # the last day already counted (courses may overlap)
    for start, end in spans:
        if last_counted is not None:
            start = max(start, last_counted + timedelta(days=1))
        if end < start:
            continue
        days = (end - start).days + 1
        if covered + days >= needed:
            return start + timedelta(days=needed - covered - 1)
        covered += days
        last_counted = end
    return None


def sequential_pending(facts: Facts) -> tuple[BoneMedicationCourse, date] | None:
    """An anabolic course ended or at its maximum with no antiresorptive started after its start."""
    found: tuple[BoneMedicationCourse, date] | None = None
    for course in facts.doc.bone_medications:
        if course.drug not in ANABOLICS or course.start > facts.as_of:
            continue
        ended = course.end is not None and course.end < facts.as_of
        maximum = anabolic_maximum_date(facts, course.drug)
        if not ended and maximum is None:
            continue
        followed = any(m.drug in ANTIRESORPTIVES and m.start > course.start for m in facts.doc.bone_medications)
        if followed:
            continue
        due_candidates = [d for d in (course.end if ended else None, maximum) if d is not None]
        due = min(due_candidates)
        if found is None or course.start > found[0].start:
            found = (course, due)
    return found


@rule(
    "6.3",
    sources=("S-LABELS", "S-VINCZE21", "S-ES20", "POLICY"),
    confidence="R",
    codes=("ORAL_BISPHOSPHONATE_UNSUITABLE", "RENAL_CAUTION"),
)
def avoid_reasons(facts: Facts, drugs: tuple[str, ...]) -> AvoidReasons:
    """Why each drug is avoided: oral bisphosphonates with dysphagia or unable to sit upright 30 min;
    alendronate/zoledronate with eGFR < 35, risedronate/ibandronate < 30; romosozumab after a
    cardiovascular event in 12 months; anabolics past their maximum course or while a sequential
    antiresorptive is pending; and for children the paediatric avoid list (clinic policy for oral).
    """
    doc, out = facts.doc, AvoidReasons()
    if facts.is_child:
        for drug, reason in CHILD_AVOID.items():
            if drug in drugs:
                out.add(drug, reason)
    oral_reasons = []
    if doc.dysphagia:
        oral_reasons.append("dysphagia / oesophageal involvement")
    if doc.can_sit_upright_30_min is False:
        oral_reasons.append("cannot sit upright for 30 minutes")
    if doc.can_sit_upright_30_min is None and not doc.dysphagia:
        out.upright_unknown = True
    for drug in ORAL_BISPHOSPHONATES:
        if drug in drugs and oral_reasons:
            out.add(drug, "; ".join(oral_reasons))
            out.oral_unsuitable.append(drug)
    egfr = facts.egfr
    if egfr is not None:
        for drug, limit in RENAL_LIMIT.items():
            if drug in drugs and egfr.value < limit:
                out.add(
                    drug,
                    f"eGFR {egfr.value:g} < {limit:g} ({egfr.date}); creatinine-based eGFR "
                    "overestimates function when muscle mass is low",
                )
                out.renal.append(drug)
    if "romosozumab" in drugs and doc.cardiovascular_event_past_12_months:
        out.add("romosozumab", "cardiovascular event in the past 12 months")
    for drug in ANABOLICS:
        if drug not in drugs:
            continue
        maximum = anabolic_maximum_date(facts, drug)
        if maximum is not None:
            out.add(drug, f"maximum course of {ANABOLIC_MAX_MONTHS[drug]} months reached on {maximum}")
    pending = sequential_pending(facts)
    if pending:
        for drug in ANABOLICS:
            if drug in drugs:
                out.add(drug, f"{pending[0].drug} course must first be followed by an antiresorptive")
    return out


@rule("6.1", sources=("S-ACR22", "S-WARD18", "S-ISCD13P"), confidence="V")
def has_indication(facts: Facts, risk_category: str) -> bool:
    """Bone therapy indicated on risk alone: adults high or very high, or moderate with long-term
    glucocorticoids (ACR 2022); children very high (DMD care considerations, Ward 2018).
    """
    if facts.is_child:
        return risk_category == "very_high"
    return risk_category in ("high", "very_high") or (risk_category == "moderate" and facts.gc.long_term)


@rule("6.2", sources=("S-ACR22", "S-WARD18", "S-ES19", "POLICY"), confidence="P")
def ranked_options(facts: Facts, risk_category: str, avoid: AvoidReasons) -> list[str]:
    """Ranked options; a drug in the avoid list is never an option. Children: zoledronate,
    pamidronate (IV, specialist-led). Adults: alendronate, risedronate, zoledronate, denosumab;
    very high risk: teriparatide then romosozumab first (anabolic first, ACR 2022).
    """
    if facts.is_child:
        ranked: tuple[str, ...] = CHILD_OPTIONS
    elif risk_category == "very_high":
        ranked = VERY_HIGH_FIRST + ADULT_OPTIONS
    else:
        ranked = ADULT_OPTIONS
    return [d for d in ranked if d not in avoid.reasons]


@rule("6.7", sources=("S-ECTS21",), confidence="V", codes=("DENOSUMAB_OVERDUE",))
def denosumab_overdue(facts: Facts) -> tuple[date, str, str | None] | None:
    """Denosumab running with its last dose more than 7 months (213 days) ago, or ended within
    24 months with no bisphosphonate started after its last dose: rebound vertebral fractures.

    Returns (last dose, words, note) or None.
    """
    courses = [c for c in facts.doc.bone_medications if c.drug == "denosumab" and c.start <= facts.as_of]
    if not courses:
        return None
    course = max(courses, key=lambda c: c.start)
    last = course.last_dose or course.start
    note = None if course.last_dose else f"denosumab from {course.start}: no last dose recorded, its start counts"
    running = course.end is None or course.end >= facts.as_of
    if running:
        days = (facts.as_of - last).days
        if days > DENOSUMAB_OVERDUE_DAYS:
            return last, f"last denosumab dose {last}, {days} days ago (> 213 days)", note
        return None
    if course.end is not None and course.end >= add_months(facts.as_of, -24):
        followed = any(m.drug in BISPHOSPHONATES and m.start > last for m in facts.doc.bone_medications)
        if not followed:
            return last, f"denosumab stopped {course.end} (last dose {last}) with no bisphosphonate after it", note
    return None


@rule("6.8", sources=("S-ES19", "S-ACR22"), confidence="P", codes=("REVIEW_TREATMENT_FAILURE",))
def treatment_failure(facts: Facts, trajectory: Trajectory) -> str | None:
    """On ≥ 12 months of the current course: a fragility fracture ≥ 12 months after its start, or a
    significant BMD loss at spine or hip between two measurements both after its start.
    """
    for course in facts.running_therapy:
        twelve = add_months(course.start, 12)
        if facts.as_of < twelve:
            continue
        for f in facts.fragility_fractures:
            if twelve <= f.date <= facts.as_of:
                return (
                    f"{f.site.replace('_', '/')} fragility fracture {f.date} after {course.drug} started {course.start}"
                )
        for site in SIGNIFICANT_LOSS_SITES:
            change = trajectory.change_at(site)
            if change and change.significant_loss and change.start.date > course.start:
                return (
                    f"significant loss at {SITE_LABEL[site]} {change.change_percent:+.1f} % "
                    f"({change.start.date} → {change.end.date}, LSC {change.lsc_percent:g} %) on "
                    f"{course.drug} started {course.start}"
                )
    return None


@rule("6.8", sources=("S-ASBMR16",), confidence="P", codes=("CONSIDER_DRUG_HOLIDAY",))
def drug_holiday(facts: Facts, risk_category: str) -> str | None:
    """Adults on a bisphosphonate for ≥ 5 years (oral) or ≥ 3 years (IV), no vertebral or hip
    fracture ever, hip T > −2.5, glucocorticoid < 7.5 mg/day, no fracture since the course started,
    not very high risk: consider a pause (ASBMR 2016).
    """
    if facts.is_child or risk_category == "very_high":
        return None
    if facts.hip_t is None or facts.hip_t <= -2.5 or facts.gc.current_daily_mg_pred_eq >= 7.5:
        return None
    if any(f.site in ("vertebra", "hip") for f in facts.fragility_fractures):
        return None
    for course in facts.running_therapy:
        years = 5 if course.drug in ORAL_BISPHOSPHONATES else 3 if course.drug in IV_BISPHOSPHONATES else None
        if years is None or facts.as_of < add_months(course.start, 12 * years):
            continue
        if any(f.date >= course.start for f in facts.fragility_fractures):
            continue
        return (
            f"{course.drug} since {course.start} (≥ {years} years), hip T {facts.hip_t:.1f} > −2.5, "
            f"no vertebral or hip fracture, glucocorticoid {facts.gc.current_daily_mg_pred_eq:g} mg/day"
        )
    return None
