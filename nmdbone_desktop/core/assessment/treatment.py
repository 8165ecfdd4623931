"""RULES §6: indication, ranked options, the avoid list, and the logic of courses under way."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..dates import add_months, nth_covered_day
from ..document import BoneMedicationCourse
from ..glucocorticoids import average_daily_pred_eq
from .catalogue import rule
from .densitometry import SIGNIFICANT_LOSS_SITES, Finding, Trajectory
from .facts import (
    ANABOLICS,
    ANTIRESORPTIVES,
    BISPHOSPHONATES,
    BONE_THERAPY,
    IV_BISPHOSPHONATES,
    ORAL_BISPHOSPHONATES,
    SITE_LABEL,
    Facts,
    is_running,
    latest,
)
from .wording import Message, day, fixed, msg, plain, term

CHILD_OPTIONS = ("zoledronate", "pamidronate")
ADULT_OPTIONS = ("alendronate", "risedronate", "zoledronate", "denosumab")
VERY_HIGH_FIRST = ("teriparatide", "romosozumab")
_GROWTH = "not for children: open growth plates; not licensed"
_ORAL_CHILD = "oral bisphosphonates are not first line in NMD children: IV first (clinic policy)"
CHILD_AVOID_KEY = {
    "alendronate": "avoid.child_oral", "risedronate": "avoid.child_oral", "ibandronate": "avoid.child_oral",
    "denosumab": "avoid.child_denosumab", "teriparatide": "avoid.child_growth", "abaloparatide": "avoid.child_growth",
    "romosozumab": "avoid.child_growth",
}
CHILD_AVOID = {
    "alendronate": _ORAL_CHILD,
    "risedronate": _ORAL_CHILD,
    "ibandronate": _ORAL_CHILD,
    "denosumab": "not for children: rebound hypercalcaemia after stopping; not licensed for children",
    "teriparatide": _GROWTH,
    "abaloparatide": _GROWTH,
    "romosozumab": _GROWTH,
}
#: Latest eGFR below which a drug is avoided (drug labels, RULES §6.3; grade R in sources.md).
RENAL_LIMIT = {"alendronate": 35, "zoledronate": 35, "risedronate": 30, "ibandronate": 30}
DENOSUMAB_RENAL_LIMIT = 30  # RULES §6.5: a caution, denosumab stays an option
DENOSUMAB_OVERDUE_DAYS = 213  # 7 months (RULES §6.7)
SEQUENCE_GAP_DAYS = 31  # RULES §6.7: consecutive anabolic courses form one sequence
HOLIDAY_GC_MG = 7.5  # RULES §6.10
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
#: Course maxima (RULES §6.3, §6.7, §10): the drugs whose covered days count, and the months.
MAXIMA: tuple[tuple[tuple[str, ...], int], ...] = (
    (("teriparatide", "abaloparatide"), 24),
    (("abaloparatide",), 18),
    (("romosozumab",), 12),
)


@dataclass(slots=True)
class AvoidReasons:
    """Drug → reasons, plus which warning codes fired and for which drugs."""

    reasons: dict[str, list[str]] = field(default_factory=dict)
    messages: dict[str, list[Message]] = field(default_factory=dict)  # the reasons as message keys + params
    oral_unsuitable: list[str] = field(default_factory=list)
    renal: list[str] = field(default_factory=list)
    upright_unknown: bool = False

    def add(self, drug: str, reason: str, message: Message) -> None:
        held = self.reasons.setdefault(drug, [])
        if reason not in held:
            held.append(reason)
            self.messages.setdefault(drug, []).append(message)


def _covered_until(course: BoneMedicationCourse, as_of: date) -> date:
    """The last day a course covers, up to as_of; a romosozumab course covers at least through the
    day before the monthly anniversary of its last dose (RULES §10)."""
    end = course.end or as_of
    if course.drug == "romosozumab" and course.last_dose is not None:
        end = max(end, add_months(course.last_dose, 1) - timedelta(days=1))
    return min(end, as_of)


def maximum_date(facts: Facts, drugs: tuple[str, ...], months: int) -> date | None:
    """The day the drugs' covered days reach N months from their first start (RULES §10), or None.

    The union of the courses' days (start and end included) up to as_of; the maximum is the number of
    days from the first start to the same calendar day N months later, that day excluded.
    """
    spans = sorted(
        (c.start, _covered_until(c, facts.as_of))
        for c in facts.doc.bone_medications
        if c.drug in drugs and c.start <= facts.as_of
    )
    if not spans:
        return None
    first = spans[0][0]
    return nth_covered_day(spans, (add_months(first, months) - first).days)


def maxima_dates(facts: Facts) -> dict[str, list[tuple[date, int]]]:
    """Drug → every maximum of it reached by as_of, as (date, months): abaloparatide has its own 18
    months and the 24 it shares with teriparatide (RULES §6.3, §10)."""
    out: dict[str, list[tuple[date, int]]] = {}
    for drugs, months in MAXIMA:
        reached = maximum_date(facts, drugs, months)
        if reached is None:
            continue
        for drug in drugs:
            out.setdefault(drug, []).append((reached, months))
    return out


def maxima_reached(facts: Facts) -> dict[str, tuple[date, int]]:
    """Drug → the first maximum it reached by as_of (date, months), for the avoid list."""
    return {drug: min(reached) for drug, reached in maxima_dates(facts).items()}


@dataclass(frozen=True, slots=True)
class AnabolicSequence:
    courses: tuple[BoneMedicationCourse, ...]
    stop: date | None  # None while the last course runs below its maximum

    @property
    def start(self) -> date:
        return self.courses[0].start

    @property
    def last(self) -> BoneMedicationCourse:
        return self.courses[-1]


def _stop_date(facts: Facts, course: BoneMedicationCourse, maxima: dict[str, list[tuple[date, int]]]) -> date | None:
    """RULES §6.7: the earlier of the course's end (when ended) and a maximum date (when reached):
    each maximum of the drug reached during the course counts (one reached before the course began
    belongs to an earlier course)."""
    candidates = [reached for reached, _months in maxima.get(course.drug, []) if reached >= course.start]
    if course.end is not None and course.end < facts.as_of:
        candidates.append(course.end)
    return min(candidates) if candidates else None


def anabolic_sequences(facts: Facts) -> list[AnabolicSequence]:
    """Anabolic courses, joined into one sequence when the next starts within 31 days of a stop date."""
    courses = sorted(
        (c for c in facts.doc.bone_medications if c.drug in ANABOLICS and c.start <= facts.as_of),
        key=lambda c: c.start,
    )
    maxima = maxima_dates(facts)
    sequences: list[AnabolicSequence] = []
    current: list[BoneMedicationCourse] = []
    stop: date | None = None
    for course in courses:
        if current and (stop is None or course.start <= stop + timedelta(days=SEQUENCE_GAP_DAYS)):
            current.append(course)
        else:
            if current:
                sequences.append(AnabolicSequence(tuple(current), stop))
            current = [course]
        stop = _stop_date(facts, course, maxima)
    if current:
        sequences.append(AnabolicSequence(tuple(current), stop))
    return sequences


def _followed_by_antiresorptive(facts: Facts, seq: AnabolicSequence) -> bool:
    """An antiresorptive running on the stop date or starting after it; one begun with or during the
    anabolic counts only if it continues past the stop date (RULES §6.7)."""
    stop = seq.stop
    assert stop is not None
    for c in facts.doc.bone_medications:
        if c.drug not in ANTIRESORPTIVES or c.start > facts.as_of:
            continue
        if c.start > stop:
            return True
        if is_running(c, stop):
            if c.start >= seq.start and not (c.end is None or c.end > stop):
                continue
            return True
    return False


def sequential_pending(facts: Facts) -> AnabolicSequence | None:
    """The latest anabolic sequence that has stopped with no antiresorptive follow-on (no time limit)."""
    pending = [s for s in anabolic_sequences(facts) if s.stop is not None and not _followed_by_antiresorptive(facts, s)]
    return max(pending, key=lambda s: s.stop) if pending else None  # type: ignore[arg-type, return-value]


def _growth_plates_perhaps_unfused(facts: Facts) -> bool:
    """RULES §6.3: an adult under 25 with puberty prepubertal/delayed/induced, or none recorded with
    DMD and current glucocorticoids (policy)."""
    if facts.is_child or facts.age >= 25:
        return False
    puberty = facts.doc.puberty
    if puberty in ("prepubertal", "delayed", "induced"):
        return True
    return puberty is None and facts.doc.diagnosis.code == "DMD" and facts.on_gc


@rule(
    "6.3",
    sources=("S-LABELS", "S-VINCZE21", "S-ES20", "S-EVENITY", "S-ELADYNOS", "S-TYMLOS", "S-TPTD-EPI",
             "S-ANNEX19", "S-DMAB-PAED", "POLICY"),
    confidence="R",
    codes=("ORAL_BISPHOSPHONATE_UNSUITABLE", "RENAL_CAUTION"),
)
def avoid_reasons(facts: Facts, drugs: tuple[str, ...]) -> AvoidReasons:
    """Why each drug is avoided: oral bisphosphonates with dysphagia or unable to sit upright 30 min;
    alendronate/zoledronate with eGFR < 35, risedronate/ibandronate < 30; romosozumab after a
    cardiovascular event in 12 months, for men and before the menopause; abaloparatide for men (EU
    licence) and before the menopause; anabolics with growth plates that may be open, past their
    maximum course, or within 24 months of a sequential antiresorptive's stop date; the children's list.
    """
    doc, out = facts.doc, AvoidReasons()
    if facts.is_child:
        for drug, reason in CHILD_AVOID.items():
            if drug in drugs:
                out.add(drug, reason, msg(CHILD_AVOID_KEY[drug]))
    oral_reasons, oral_keys = [], []
    if doc.dysphagia:
        oral_reasons.append("dysphagia / oesophageal involvement")
        oral_keys.append(msg("avoid.dysphagia"))
    if doc.can_sit_upright_30_min is False:
        oral_reasons.append("cannot sit upright for 30 minutes")
        oral_keys.append(msg("avoid.cannot_sit_upright"))
    if doc.can_sit_upright_30_min is None and not doc.dysphagia:
        out.upright_unknown = True
    for drug in ORAL_BISPHOSPHONATES:
        if drug in drugs and oral_reasons:
            out.add(drug, "; ".join(oral_reasons), msg("avoid.oral", reasons={"list": oral_keys, "join": "semicolon"}))
            out.oral_unsuitable.append(drug)
    egfr = facts.egfr
    if egfr is not None:
        for drug, limit in RENAL_LIMIT.items():
            if drug in drugs and egfr.exact < limit:
                out.add(
                    drug,
                    f"eGFR {egfr.shown()} < {limit} ({egfr.date}); creatinine-based eGFR "
                    "overestimates function when muscle mass is low",
                    msg("avoid.renal", egfr=egfr.shown_message(), limit=limit, date=day(egfr.date)),
                )
                out.renal.append(drug)
    if "romosozumab" in drugs:
        if doc.cardiovascular_event_past_12_months:
            out.add("romosozumab", "cardiovascular event in the past 12 months", msg("avoid.cardiovascular_event"))
        if doc.sex == "male":
            out.add("romosozumab", "not licensed for men", msg("avoid.not_licensed_men"))
        elif not facts.postmenopausal:
            out.add("romosozumab", "not licensed for women before the menopause",
                    msg("avoid.not_licensed_premenopausal"))
    if "abaloparatide" in drugs:
        if doc.sex == "male":
            out.add("abaloparatide", "not licensed for men in the EU; licensed in the US; clinic policy follows the EU "
                                     "licence", msg("avoid.abaloparatide_men"))
        elif not facts.postmenopausal:
            out.add("abaloparatide", "not licensed for women before the menopause",
                    msg("avoid.not_licensed_premenopausal"))
    if not facts.is_child and _growth_plates_perhaps_unfused(facts):
        why = f"puberty {doc.puberty}" if doc.puberty else "DMD on glucocorticoids, puberty not recorded"
        why_message = msg("avoid.puberty", puberty=term("puberty", doc.puberty)) if doc.puberty \
            else msg("avoid.dmd_puberty_unknown")
        for drug in ANABOLICS:
            if drug in drugs:
                out.add(drug, f"growth plates may be open ({why}, age {facts.age:.1f}): confirm closure before an "
                              "anabolic (clinic policy)",
                        msg("avoid.growth_plates", why=why_message, age=fixed(facts.age, 1)))
    for drug, (reached, months) in maxima_reached(facts).items():
        if drug in drugs:
            group = "teriparatide and abaloparatide together" if months == 24 else drug
            group_message = msg("avoid.pth_analogues_together") if months == 24 else term("drug", drug)
            out.add(drug, f"maximum course reached: {months} months of {group} on {reached}",
                    msg("avoid.maximum_reached", months=months, group=group_message, date=day(reached)))
    pending = sequential_pending(facts)
    if pending and pending.stop is not None and pending.stop >= add_months(facts.as_of, -24):
        for drug in ANABOLICS:
            if drug in drugs:
                out.add(drug, f"{pending.last.drug} stopped {pending.stop}: it must first be followed by an "
                              "antiresorptive",
                        msg("avoid.sequence_pending", drug=term("drug", pending.last.drug), date=day(pending.stop)))
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


@dataclass(frozen=True, slots=True)
class DenosumabOverdue:
    last_dose: date
    due: date
    words: str
    note: str | None
    message: Message = field(default_factory=dict, compare=False)


def _oral_ran_12_months(course: BoneMedicationCourse, as_of: date) -> bool:
    return min(course.end or as_of, as_of) >= add_months(course.start, 12)


@rule("6.7", sources=("S-ECTS21",), confidence="V", codes=("DENOSUMAB_OVERDUE",))
def denosumab_overdue(facts: Facts) -> DenosumabOverdue | None:
    """The latest denosumab course: running with its last dose more than 7 months (213 days) ago, or
    ended within 24 months with no bisphosphonate follow-on after its last dose (an IV one started or
    dosed after it; an oral one started after it, still running or run ≥ 12 months): rebound
    vertebral fractures. Due 6 months after the last dose.
    """
    courses = [c for c in facts.doc.bone_medications if c.drug == "denosumab" and c.start <= facts.as_of]
    if not courses:
        return None
    course = latest(courses, "start")  # same start: the one listed last (RULES §0)
    assert course is not None
    last = course.last_dose or course.start
    note = None if course.last_dose else f"denosumab from {course.start}: no last dose recorded, its start counts"
    due = add_months(last, 6)
    if is_running(course, facts.as_of):
        days = (facts.as_of - last).days
        if days > DENOSUMAB_OVERDUE_DAYS:
            return DenosumabOverdue(last, due, f"last denosumab dose {last}, {days} days ago (> 213 days)", note,
                                    msg("why.denosumab_last_dose", date=day(last), days=plain(days)))
        return None
    if course.end is None or course.end < add_months(facts.as_of, -24):
        return None
    for m in facts.doc.bone_medications:
        if m.drug in IV_BISPHOSPHONATES and (m.start > last or (m.last_dose is not None and m.last_dose > last)):
            return None
        if m.drug in ORAL_BISPHOSPHONATES and m.start > last and m.start <= facts.as_of and (
            is_running(m, facts.as_of) or _oral_ran_12_months(m, facts.as_of)
        ):
            return None
    return DenosumabOverdue(
        last, due, f"denosumab stopped {course.end} (last dose {last}) with no bisphosphonate follow-on", note,
        msg("why.denosumab_stopped", end=day(course.end), last=day(last))
    )


@rule("6.8", sources=("S-ES19", "S-ACR22"), confidence="P", codes=("REVIEW_TREATMENT_FAILURE",))
def treatment_failure(facts: Facts, trajectory: Trajectory) -> Finding | None:
    """On ≥ 12 months of the current course: a fragility fracture ≥ 12 months after its start, or a
    significant BMD loss at spine or hip between two measurements both after its start. Dated by the
    earliest qualifying fracture or loss, not before the course start + 12 months (RULES §9).
    """
    found: list[Finding] = []
    for course in facts.running_therapy:
        twelve = add_months(course.start, 12)
        if facts.as_of < twelve:
            continue
        for e in facts.fractures:
            if twelve <= e.date <= facts.as_of:
                found.append(Finding(f"{e.words()} after {course.drug} started {course.start}", max(e.date, twelve),
                                     msg("finding.fracture_after_start", fracture=e.message(),
                                         drug=term("drug", course.drug), date=day(course.start))))
        for site in SIGNIFICANT_LOSS_SITES:
            change = trajectory.change_at(site)
            if change and change.significant_loss and change.start.date > course.start:
                found.append(Finding(
                    f"significant loss at {SITE_LABEL[site]} {change.change_percent:+.1f} % "
                    f"({change.start.date} → {change.end.date}, LSC {change.lsc_percent:g} %) on "
                    f"{course.drug} started {course.start}", max(change.end.date, twelve),
                    msg("finding.loss_on_therapy", site=term("site", site),
                        change=fixed(change.change_percent, 1, sign=True), start=day(change.start.date),
                        end=day(change.end.date), lsc=plain(change.lsc_percent), drug=term("drug", course.drug),
                        date=day(course.start))))
    return min(found, key=lambda f: f.since) if found else None


@rule("6.8", sources=("S-ASBMR16",), confidence="P", codes=("CONSIDER_DRUG_HOLIDAY",))
def drug_holiday(facts: Facts, risk_category: str) -> Finding | None:
    """Adults on a bisphosphonate for ≥ 5 years (oral) or ≥ 3 years (IV), no vertebral or hip
    fracture ever, hip T > −2.5, glucocorticoid < 7.5 mg/day, no fracture since the course started,
    risk low or moderate: consider a pause (ASBMR 2016).
    """
    if facts.is_child or risk_category not in ("low", "moderate"):
        return None
    hip = facts.hip_t
    if hip is None or hip.value <= -2.5 or facts.gc.current_daily_mg_pred_eq >= 7.5:
        return None
    if any(e.site in ("vertebra", "hip") for e in facts.fractures):
        return None
    for course in facts.running_therapy:
        years = 5 if course.drug in ORAL_BISPHOSPHONATES else 3 if course.drug in IV_BISPHOSPHONATES else None
        if years is None or facts.as_of < add_months(course.start, 12 * years):
            continue
        if any(e.date >= course.start for e in facts.fractures):
            continue
        return Finding(
            f"{course.drug} since {course.start} (≥ {years} years), {hip.words('T')} > −2.5, "
            f"no vertebral or hip fracture, glucocorticoid {facts.gc.current_daily_mg_pred_eq:g} mg/day, "
            f"risk {risk_category}",
            facts.as_of,
            msg("why.drug_holiday", drug=term("drug", course.drug), date=day(course.start), years=years,
                score=hip.message("T"), dose=plain(facts.gc.current_daily_mg_pred_eq),
                risk=term("risk", risk_category)),
        )
    return None


@dataclass(frozen=True, slots=True)
class Holiday:
    """A planned bisphosphonate drug holiday (RULES §6.10)."""

    course: BoneMedicationCourse
    stop: date
    last_day: date
    ended_on: date | None  # the date it ended early, None when it has not
    ended_why: str | None

    def active_on(self, day: date) -> bool:
        return self.ended_on is None and self.stop <= day <= self.last_day

    @property
    def end(self) -> date:
        """The holiday end: the date it ended, or the day after its last day."""
        return self.ended_on or self.last_day + timedelta(days=1)


@rule("6.10", sources=("S-ASBMR16", "S-ES19", "S-ACR22", "POLICY"), confidence="policy", codes=("HOLIDAY_REVIEW",))
def drug_holiday_state(facts: Facts, trajectory: Trajectory) -> Holiday | None:
    """A bisphosphonate stopped for a holiday (`stop_reason` holiday), ended and the last bone-therapy
    course to end, while not on therapy: a holiday to the stop date + 5 years (oral) or + 3 years
    (IV), ending earlier with a fragility fracture, a significant loss, or a glucocorticoid course of
    ≥ 7.5 mg/day started after the stop (policy). Adults only.
    """
    if facts.is_child or facts.on_therapy:
        return None
    marked = [c for c in facts.doc.bone_medications
              if c.stop_reason is not None and c.stop_reason.strip().lower() == "holiday"]
    for c in marked:
        if c.drug not in BISPHOSPHONATES:
            facts.notes.append(f"{c.drug} stopped for a 'holiday' starts no drug holiday: only a bisphosphonate "
                               "does (RULES §10)")
    candidates = [c for c in marked if c.drug in BISPHOSPHONATES and c.end is not None and c.end < facts.as_of]
    if not candidates:
        return None
    course = max(candidates, key=lambda c: c.end)  # type: ignore[arg-type, return-value]
    stop = course.end
    assert stop is not None
    other_ends = [c.end or facts.as_of for c in facts.doc.bone_medications
                  if c.drug in BONE_THERAPY and c is not course and c.start <= facts.as_of]
    if any(end > stop for end in other_ends):
        return None
    last_day = add_months(stop, 60 if course.drug in ORAL_BISPHOSPHONATES else 36)
    enders: list[tuple[date, str]] = []
    for e in facts.fractures:
        if e.date > stop:
            enders.append((e.date, e.words()))
    for loss in trajectory.losses():
        if loss.end.date > stop:
            enders.append((loss.end.date, f"significant loss at {SITE_LABEL[loss.site]} ({loss.end.date})"))
    for gc in facts.doc.glucocorticoids:
        mg = average_daily_pred_eq(gc)
        if gc.frequency != "single" and mg is not None and mg >= HOLIDAY_GC_MG and stop < gc.start <= facts.as_of:
            enders.append((gc.start, f"{gc.drug} {mg:g} mg/day prednisolone-eq started {gc.start}"))
    ended = min(enders) if enders else None
    if ended is not None and ended[0] > last_day:
        ended = None
    return Holiday(course, stop, last_day, ended[0] if ended else None, ended[1] if ended else None)
