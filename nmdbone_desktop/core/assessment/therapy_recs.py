"""The treatment recommendations of RULES §6, worded for the clinician, each with its `since` (§9)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from ..dates import add_months
from ..units import to_canonical_exact
from .catalogue import rule
from .densitometry import Finding, Trajectory
from .facts import ANABOLICS, ANTIRESORPTIVES, BONE_THERAPY, PARENTERAL, Facts, decimal_text
from .recommendation import Avoid, Recommendation, Recommendations
from .references import cite
from .risk import RiskCategory
from .treatment import (
    AVOID_ORDER,
    DENOSUMAB_RENAL_LIMIT,
    AvoidReasons,
    Holiday,
    avoid_reasons,
    denosumab_overdue,
    drug_holiday,
    sequential_pending,
    treatment_failure,
)
from .wording import Message, day, exact, fixed, listed, msg, plain, term, terms

VITAMIN_D_BEFORE_PARENTERAL_NMOL = 50
ADJUSTED_CALCIUM_LOWER_MMOL = 2.20  # [S-PATH-HARMONY V]
DENTAL_WINDOW_MONTHS = 3  # policy


def either(drugs: list[str]) -> str:
    """"zoledronate or denosumab", "a, b or c"."""
    return drugs[0] if len(drugs) == 1 else f"{', '.join(drugs[:-1])} or {drugs[-1]}"


def _risk_words(risk: RiskCategory) -> str:
    return f"risk {risk.category.replace('_', ' ')}: {'; '.join(risk.reasons)}"


def _risk_message(risk: RiskCategory) -> Message:
    return msg("why.risk", risk=term("risk", risk.category), reasons=listed(risk.reason_messages, "semicolon"))


@dataclass(slots=True)
class DrugWarnings:
    """The avoid warnings of §6.3/§6.6 and the denosumab caution of §6.5, gathered so that one
    warning per code names every drug concerned."""

    oral_avoid: list[str] = field(default_factory=list)
    oral_current: list[str] = field(default_factory=list)
    renal_avoid: list[str] = field(default_factory=list)
    renal_current: list[str] = field(default_factory=list)
    denosumab_renal: str | None = None  # "option" or "running"


def start_since(facts: Facts, risk: RiskCategory, holiday: Holiday | None) -> date:
    """RULES §9: the category date, not before the day after the latest end of a bone-therapy course,
    nor before a holiday end."""
    since = risk.since or facts.as_of
    ends = [c.end for c in facts.doc.bone_medications if c.drug in BONE_THERAPY and c.end and c.end < facts.as_of]
    if ends:
        since = max(since, max(ends) + timedelta(days=1))
    if holiday is not None:
        since = max(since, holiday.end)
    return since


@rule("6.1", sources=("S-ACR22", "S-WARD18", "S-ES19", "S-NOGG22", "S-ES20", "S-AACE20", "POLICY"), confidence="V",
      codes=("START_BONE_THERAPY", "CONSIDER_ANABOLIC"))
def start_therapy(
    facts: Facts, risk: RiskCategory, avoid: AvoidReasons, options: list[str], since: date, recs: Recommendations
) -> None:
    """Not on therapy with an indication (and not on a drug holiday): START_BONE_THERAPY with ranked
    options and the avoid list; CONSIDER_ANABOLIC for very high risk adults with an anabolic option.
    """
    avoid_list = [Avoid(d, "; ".join(avoid.reasons[d]),
                        msg("avoid.reasons", reasons=listed(avoid.messages[d], "semicolon")))
                  for d in AVOID_ORDER if d in avoid.reasons]
    gc = facts.gc
    gc_words = (
        f"; prednisolone-eq {gc.current_daily_mg_pred_eq:g} mg/day for {gc.months_exposed:.0f} months"
        if facts.on_gc
        else ""
    )
    check = (
        " Check that the patient can sit upright for 30 minutes before an oral bisphosphonate."
        if avoid.upright_unknown and any(d in options for d in ("alendronate", "risedronate"))
        else ""
    )
    option_words = ", ".join(options) if options else "none left: discuss with a bone specialist"
    who = "IV bisphosphonate, led by a paediatric bone specialist" if facts.is_child else "bone-targeted therapy"
    params = {
        "who": msg("start.who_child" if facts.is_child else "start.who_adult"),
        "options": terms("drug", options) if options else msg("start.none_left"),
        "check": msg("start.check_upright") if check else "",
    }
    why = msg("why.START_BONE_THERAPY", risk=_risk_message(risk),
              gc=msg("why.gc_exposure", dose=plain(gc.current_daily_mg_pred_eq), months=fixed(gc.months_exposed, 0))
              if facts.on_gc else "",
              child=msg("why.child_iv_first") if facts.is_child else "")
    recs.add(
        Recommendation(
            code="START_BONE_THERAPY",
            kind="action",
            priority=1,
            title="Start bone-targeted therapy",
            text=f"Start {who}. Options in order: {option_words}." + check,
            rationale=_risk_words(risk)
            + gc_words
            + "; not on bone therapy."
            + (" Children: IV bisphosphonates first line (clinic policy)." if facts.is_child else ""),
            references=cite("S-ACR22", "S-WARD18") if facts.is_child else cite("S-ACR22", "S-ES19", "S-NOGG22"),
            due=facts.as_of,
            since=since,
            options=options,
            avoid=avoid_list,
            rule="start_therapy",
            message_key="rec.START_BONE_THERAPY",
            params=params,
            rationale_message=why,
        )
    )
    if not facts.is_child and risk.category == "very_high" and any(d in ANABOLICS for d in options):
        first = next(d for d in options if d in ANABOLICS)
        recs.add(
            Recommendation(
                code="CONSIDER_ANABOLIC",
                kind="action",
                priority=1,
                title="Consider an anabolic agent first",
                text=f"Very high risk: an anabolic agent ({first}) first, unless contraindicated, "
                "then an antiresorptive.",
                rationale=_risk_words(risk) + ".",
                references=cite("S-ACR22", "S-ES20", "S-AACE20"),
                due=facts.as_of,
                since=since,
                rule="start_therapy",
                message_key="rec.CONSIDER_ANABOLIC",
                params={"drug": term("drug", first)},
                rationale_message=msg("why.sentence", words=_risk_message(risk)),
            )
        )


@rule("6.5", sources=("S-LABELS", "S-GEORGE15", "S-IOM11"), confidence="P", codes=("CORRECT_VITAMIN_D_FIRST",))
def correct_vitamin_d_first(facts: Facts, options: list[str], recs: Recommendations) -> None:
    """A parenteral drug (zoledronate, pamidronate, denosumab) among the options and 25-OH vitamin D
    < 50 nmol/L or unknown: correct it first (risk of hypocalcaemia)."""
    vd = facts.vitamin_d
    drugs = [d for d in options if d in PARENTERAL]
    if not drugs or (vd is not None and vd.exact >= VITAMIN_D_BEFORE_PARENTERAL_NMOL):
        return
    if vd is None:
        facts.notes.append("CORRECT_VITAMIN_D_FIRST: 25-OH vitamin D unknown, dated as of the assessment (RULES §9)")
    recs.add(
        Recommendation(
            code="CORRECT_VITAMIN_D_FIRST",
            kind="warning",
            priority=2,
            title="Correct vitamin D first",
            text=f"Correct vitamin D deficiency before {', '.join(drugs)}: risk of hypocalcaemia.",
            rationale=(
                f"25-OH vitamin D {vd.shown()} on {vd.date} (< 50 nmol/L)."
                if vd
                else "No 25-OH vitamin D result within 12 months (unknown)."
            ),
            references=cite("S-LABELS", "S-GEORGE15"),
            since=vd.date if vd else facts.as_of,
            rule="correct_vitamin_d_first",
            message_key="rec.CORRECT_VITAMIN_D_FIRST",
            params={"drugs": terms("drug", drugs)},
            rationale_message=msg("why.vitamin_d_below_50", value=vd.shown_message(), date=day(vd.date)) if vd
            else msg("why.vitamin_d_unknown"),
        )
    )


def adjusted_calcium(facts: Facts) -> tuple[Fraction, str, Message] | None:
    """RULES §0: latest calcium + 0.02 × (40 − albumin g/L) with the albumin of the same date (the one
    listed last), exactly; unadjusted (noted) without one. Returns (value, words, message) or None."""
    ca = facts.labs.get("calcium")
    if ca is None:
        return None
    albumin = None
    for lab in facts.doc.labs:
        if lab.test == "albumin" and lab.date == ca.date:
            albumin = lab
    if albumin is None:
        return ca.exact, f"calcium {ca.shown()} on {ca.date}, not adjusted: no albumin that day", msg(
            "why.calcium_unadjusted", value=ca.shown_message(), date=day(ca.date))
    alb = to_canonical_exact("albumin", albumin.value, albumin.unit)
    value = ca.exact + Fraction(2, 100) * (40 - alb)
    return value, (
        f"albumin-adjusted calcium {decimal_text(value)} mmol/L on {ca.date} (calcium {ca.shown()}, albumin "
        f"{decimal_text(alb)} g/L)"
    ), msg("why.calcium_adjusted", value=exact(decimal_text(value)), date=day(ca.date), calcium=ca.shown_message(),
           albumin=exact(decimal_text(alb)))


@rule(
    "6.5",
    sources=("S-PATH-HARMONY", "S-DMAB-LBL", "S-PAYNE73", "S-DMAB-BOX", "S-SIPMO18", "S-BP-RETAIN", "S-LABELS",
             "POLICY"),
    confidence="P",
    codes=("CORRECT_CALCIUM_FIRST", "DENTAL_CHECK", "PREGNANCY_PLANNING"),
)
def parenteral_checks(facts: Facts, options: list[str], recs: Recommendations, warnings: DrugWarnings) -> None:
    """Checks before and during antiresorptive treatment: adjusted calcium < 2.20 mmol/L with a
    parenteral drug among the options or running; denosumab with eGFR < 30 (a caution, it stays an
    option); a dental check before a parenteral drug or within 3 months of starting one (policy);
    pregnancy planning with childbearing potential and an antiresorptive among the options or running.
    """
    running = {c.drug for c in facts.running_therapy}
    parenteral = [d for d in PARENTERAL if d in options or d in running]
    calcium = adjusted_calcium(facts) if parenteral else None
    if calcium is not None and calcium[0] < Fraction(str(ADJUSTED_CALCIUM_LOWER_MMOL)):
        ca = facts.labs["calcium"]
        recs.add(
            Recommendation(
                code="CORRECT_CALCIUM_FIRST",
                kind="warning",
                priority=2,
                title="Correct calcium first",
                text=f"Albumin-adjusted calcium is below the reference range: correct it before starting, or before "
                f"the next dose of, {either(parenteral)} (risk of severe hypocalcaemia).",
                rationale=f"{calcium[1]} (< 2.20 mmol/L, the lower limit of the reference range).",
                references=cite("S-PATH-HARMONY", "S-DMAB-LBL", "S-PAYNE73"),
                since=ca.date,
                rule="parenteral_checks",
                message_key="rec.CORRECT_CALCIUM_FIRST",
                params={"drugs": terms("drug", parenteral, "or")},
                rationale_message=msg("why.CORRECT_CALCIUM_FIRST", calcium=calcium[2]),
            )
        )
    egfr = facts.egfr
    if egfr is not None and egfr.exact < DENOSUMAB_RENAL_LIMIT:
        if "denosumab" in running:
            warnings.denosumab_renal = "running"
        elif "denosumab" in options:
            warnings.denosumab_renal = "option"
    recent = add_months(facts.as_of, -DENTAL_WINDOW_MONTHS)
    started = [c for c in facts.doc.bone_medications if c.drug in PARENTERAL and recent <= c.start <= facts.as_of]
    offered = [d for d in options if d in PARENTERAL]
    dental = ([f"options include {either(offered)}"] if offered else []) + [
        f"{c.drug} started {c.start}, within the last 3 months (clinic policy)" for c in started]
    dental_messages = ([msg("why.dental_options", drugs=terms("drug", offered, "or"))] if offered else []) + [
        msg("why.dental_started", drug=term("drug", c.drug), date=day(c.start)) for c in started]
    if dental:
        recs.add(
            Recommendation(
                code="DENTAL_CHECK",
                kind="info",
                priority=3,
                title="Dental check",
                text="Dental review before starting an IV bisphosphonate or denosumab, and good oral hygiene: risk of "
                "osteonecrosis of the jaw.",
                rationale="; ".join(dental).capitalize() + ".",
                references=cite("S-DMAB-LBL", "S-SIPMO18"),
                rule="parenteral_checks",
                message_key="rec.DENTAL_CHECK",
                rationale_message=msg("why.capitalised", words=listed(dental_messages, "semicolon")),
            )
        )
    antiresorptive = [d for d in ANTIRESORPTIVES if d in options or d in running]
    if facts.doc.childbearing_potential and antiresorptive:
        facts.notes.append("PREGNANCY_PLANNING: childbearing potential is not dated; dated as of the assessment")
        recs.add(
            Recommendation(
                code="PREGNANCY_PLANNING",
                kind="warning",
                priority=2,
                title="Contraception and pregnancy planning",
                text="Bisphosphonates stay in bone for years; denosumab needs pregnancy excluded before each dose and "
                "effective contraception until at least 5 months after the last dose. Plan any pregnancy with the "
                "specialist.",
                rationale=f"Childbearing potential recorded; {', '.join(antiresorptive)} "
                f"{'running or among the options' if running else 'among the options'}.",
                references=cite("S-BP-RETAIN", "S-DMAB-LBL"),
                since=facts.as_of,
                rule="parenteral_checks",
                message_key="rec.PREGNANCY_PLANNING",
                rationale_message=msg("why.pregnancy_running" if running else "why.pregnancy_options",
                                      drugs=terms("drug", antiresorptive)),
            )
        )


@rule("6.6", sources=("S-LABELS", "S-VINCZE21", "S-DMAB-BOX"), confidence="R",
      codes=("ORAL_BISPHOSPHONATE_UNSUITABLE", "RENAL_CAUTION"))
def drug_warnings(facts: Facts, warnings: DrugWarnings, recs: Recommendations) -> None:
    """The avoid warnings (§6.3), also for a drug the patient is on now (§6.6), and the denosumab
    caution below eGFR 30 (§6.5): one warning per code, naming every drug concerned."""
    doc = facts.doc
    oral = warnings.oral_avoid + [d for d in warnings.oral_current if d not in warnings.oral_avoid]
    if oral:
        why = [w for w, on in (("dysphagia / oesophageal involvement", doc.dysphagia),
                               ("cannot sit upright for 30 minutes", doc.can_sit_upright_30_min is False)) if on]
        parts, part_messages = [], []
        if warnings.oral_avoid:
            parts.append(f"Avoid {', '.join(warnings.oral_avoid)}")
            part_messages.append(msg("oral.avoid", drugs=terms("drug", warnings.oral_avoid)))
        if warnings.oral_current:
            parts.append(f"currently on {', '.join(warnings.oral_current)}")
            part_messages.append(msg("oral.currently_on", drugs=terms("drug", warnings.oral_current)))
        why_messages = [m for m, on in ((msg("avoid.dysphagia"), doc.dysphagia),
                                        (msg("avoid.cannot_sit_upright"), doc.can_sit_upright_30_min is False)) if on]
        facts.notes.append("ORAL_BISPHOSPHONATE_UNSUITABLE: dysphagia and sitting upright are not dated; dated as of "
                           "the assessment")
        recs.add(
            Recommendation(
                code="ORAL_BISPHOSPHONATE_UNSUITABLE",
                kind="warning",
                priority=2,
                title="Oral bisphosphonate unsuitable",
                text=f"{'; '.join(parts)}: oral bisphosphonates need an intact oesophagus and 30 minutes upright; "
                "prefer an IV bisphosphonate or denosumab.",
                rationale="; ".join(why).capitalize() + ".",
                references=cite("S-LABELS", "S-VINCZE21"),
                since=facts.as_of,
                rule="drug_warnings",
                message_key="rec.ORAL_BISPHOSPHONATE_UNSUITABLE",
                params={"parts": listed(part_messages, "semicolon")},
                rationale_message=msg("why.capitalised", words=listed(why_messages, "semicolon")),
            )
        )
    renal = warnings.renal_avoid + [d for d in warnings.renal_current if d not in warnings.renal_avoid]
    egfr = facts.egfr
    if (renal or warnings.denosumab_renal) and egfr is not None:
        sentences, sentence_messages = [], []
        if warnings.renal_avoid:
            sentence_messages.append(msg("renal.avoid", drugs=terms("drug", warnings.renal_avoid)))
            sentences.append(f"Avoid {', '.join(warnings.renal_avoid)}: eGFR below the label threshold "
                             "(alendronate/zoledronate 35, risedronate/ibandronate 30).")
        if warnings.renal_current:
            sentence_messages.append(msg("renal.currently_on", drugs=terms("drug", warnings.renal_current)))
            sentences.append(f"Currently on {', '.join(warnings.renal_current)}: eGFR below the label threshold.")
        if warnings.denosumab_renal:
            on = "Currently on denosumab" if warnings.denosumab_renal == "running" else "Denosumab remains an option"
            sentence_messages.append(msg("renal.denosumab_running" if warnings.denosumab_renal == "running"
                                         else "renal.denosumab_option"))
            sentences.append(
                f"{on}, but severe, sometimes fatal hypocalcaemia is more likely below eGFR 30: check calcium, "
                "25-OH vitamin D and CKD-MBD before each dose, under a specialist's supervision."
            )
        sentences.append("Creatinine-based eGFR overestimates function when muscle mass is low.")
        sentence_messages.append(msg("renal.low_muscle_mass"))
        drugs = renal + (["denosumab"] if warnings.denosumab_renal else [])
        recs.add(
            Recommendation(
                code="RENAL_CAUTION",
                kind="warning",
                priority=2,
                title="Renal function below the drug's threshold",
                text=" ".join(sentences),
                rationale=f"eGFR {egfr.shown()} on {egfr.date}; concerns {', '.join(drugs)}.",
                references=cite("S-LABELS", "S-DMAB-BOX") if warnings.denosumab_renal else cite("S-LABELS"),
                since=egfr.date,
                rule="drug_warnings",
                message_key="rec.RENAL_CAUTION",
                params={"sentences": listed(sentence_messages, "sentence")},
                rationale_message=msg("why.RENAL_CAUTION", egfr=egfr.shown_message(), date=day(egfr.date),
                                      drugs=terms("drug", drugs)),
            )
        )


def current_drug_avoid(facts: Facts, warnings: DrugWarnings) -> None:
    """RULES §6.6: the oral and renal avoid reasons for the drugs the patient is on now."""
    current = tuple(sorted({c.drug for c in facts.running_therapy}))
    avoid = avoid_reasons(facts, current)
    warnings.oral_current = list(avoid.oral_unsuitable)
    warnings.renal_current = list(avoid.renal)


@rule("6.7", sources=("S-ECTS21", "S-ES19", "S-ACR22", "POLICY"), confidence="P",
      codes=("DENOSUMAB_OVERDUE", "SEQUENTIAL_ANTIRESORPTIVE"))
def course_logic(facts: Facts, recs: Recommendations) -> None:
    """Denosumab overdue or stopped without a bisphosphonate follow-on; an anabolic sequence ended or
    at its maximum without a following antiresorptive (no time limit, policy). On therapy or not.
    """
    overdue = denosumab_overdue(facts)
    if overdue:
        ended = "stopped" in overdue.words
        text = (
            f"Denosumab stopped: give a bisphosphonate by {overdue.due} (6 months after the last dose); never stop "
            "denosumab without one: rebound bone loss and multiple vertebral fractures."
            if ended
            else "Give denosumab now (every 6 months); never stop it without a bisphosphonate: rebound bone loss and "
            "multiple vertebral fractures."
        )
        recs.add(
            Recommendation(
                code="DENOSUMAB_OVERDUE",
                kind="action",
                priority=1,
                title="Denosumab overdue" if not ended else "Denosumab stopped: bisphosphonate follow-on due",
                text=text,
                rationale=overdue.words + "." + (f" {overdue.note}." if overdue.note else ""),
                references=cite("S-ECTS21"),
                due=overdue.due,
                since=overdue.due,
                rule="course_logic",
                message_key="rec.DENOSUMAB_OVERDUE." + ("stopped" if ended else "running"),
                params={"due": day(overdue.due)},
                rationale_message=msg("why.DENOSUMAB_OVERDUE", words=overdue.message,
                                      note=msg("why.denosumab_no_last_dose", date=day(overdue.last_dose))
                                      if overdue.note else ""),
            )
        )
        if overdue.note:
            facts.notes.append(overdue.note)
    pending = sequential_pending(facts)
    if pending and pending.stop is not None:
        drugs = " then ".join(c.drug for c in pending.courses)
        recs.add(
            Recommendation(
                code="SEQUENTIAL_ANTIRESORPTIVE",
                kind="action",
                priority=1,
                title="Follow the anabolic course with an antiresorptive",
                text=f"{drugs.capitalize()} over: start an antiresorptive (bisphosphonate or denosumab) to keep the "
                "gain.",
                rationale=f"{drugs} from {pending.start}, ended or at its maximum on {pending.stop}; no antiresorptive "
                "running then or started after it (the prompt has no time limit: clinic policy).",
                references=cite("S-ES19", "S-ACR22"),
                due=pending.stop,
                since=pending.stop,
                rule="course_logic",
                message_key="rec.SEQUENTIAL_ANTIRESORPTIVE",
                params={"drugs": terms("drug", [c.drug for c in pending.courses], "then")},
                rationale_message=msg("why.SEQUENTIAL_ANTIRESORPTIVE",
                                      drugs=terms("drug", [c.drug for c in pending.courses], "then"),
                                      start=day(pending.start), stop=day(pending.stop)),
            )
        )


@rule("6.10", sources=("S-ASBMR16", "S-ES19", "POLICY"), confidence="policy", codes=("HOLIDAY_REVIEW",))
def holiday_review(facts: Facts, holiday: Holiday, recs: Recommendations) -> None:
    """On a planned bisphosphonate holiday: review fracture risk by the stop date + 2 years (policy:
    the start of ASBMR's 2–3-year window); no START during the holiday."""
    due = add_months(holiday.stop, 24)
    recs.add(
        Recommendation(
            code="HOLIDAY_REVIEW",
            kind="action",
            priority=2,
            title="Drug holiday: review fracture risk",
            text=f"Review fracture risk (DXA, fractures, glucocorticoids) by {due} to decide whether to restart "
            "therapy.",
            rationale=f"{holiday.course.drug} stopped {holiday.stop} for a planned holiday, which lasts until "
            f"{holiday.last_day} unless a fracture, a significant loss or glucocorticoids ≥ 7.5 mg/day end it "
            "(clinic policy).",
            references=cite("S-ASBMR16", "S-ES19"),
            due=due,
            since=due,
            rule="holiday_review",
            message_key="rec.HOLIDAY_REVIEW",
            params={"due": day(due)},
            rationale_message=msg("why.HOLIDAY_REVIEW", drug=term("drug", holiday.course.drug), stop=day(holiday.stop),
                                  last_day=day(holiday.last_day)),
        )
    )


@rule("6.8", sources=("S-ES19", "S-ACR22", "S-ASBMR16", "S-QS149"), confidence="P",
      codes=("REVIEW_TREATMENT_FAILURE", "CONSIDER_DRUG_HOLIDAY", "CONTINUE_BONE_THERAPY"))
def on_therapy(
    facts: Facts, risk: RiskCategory, indication: bool, trajectory: Trajectory, recs: Recommendations
) -> Finding | None:
    """On therapy: treatment failure, drug holiday, or continue when none of §6.7–6.8 applies.
    Returns the treatment failure finding (for the referral), if any."""
    if not facts.on_therapy:
        return None
    failure = treatment_failure(facts, trajectory)
    if failure:
        recs.add(
            Recommendation(
                code="REVIEW_TREATMENT_FAILURE",
                kind="action",
                priority=1,
                title="Review for treatment failure",
                text="Check adherence, absorption, vitamin D and secondary causes; consider a more potent or "
                "anabolic agent with a bone specialist.",
                rationale=failure.words + ".",
                references=cite("S-ES19", "S-ACR22"),
                due=facts.as_of,
                since=failure.since,
                rule="on_therapy",
                message_key="rec.REVIEW_TREATMENT_FAILURE",
                rationale_message=msg("why.sentence", words=failure.message),
            )
        )
    holiday = drug_holiday(facts, risk.category)
    if holiday:
        recs.add(
            Recommendation(
                code="CONSIDER_DRUG_HOLIDAY",
                kind="info",
                priority=3,
                title="Consider a bisphosphonate drug holiday",
                text="Long bisphosphonate course with risk now low enough: consider a pause, "
                "with reassessment in 1–3 years.",
                rationale=holiday.words + ".",
                references=cite("S-ASBMR16"),
                rule="on_therapy",
                message_key="rec.CONSIDER_DRUG_HOLIDAY",
                rationale_message=msg("why.sentence", words=holiday.message),
            )
        )
    if not any(
        recs.has(c)
        for c in ("DENOSUMAB_OVERDUE", "SEQUENTIAL_ANTIRESORPTIVE", "REVIEW_TREATMENT_FAILURE", "CONSIDER_DRUG_HOLIDAY")
    ):
        drugs = ", ".join(f"{c.drug} since {c.start}" for c in facts.running_therapy)
        recs.add(
            Recommendation(
                code="CONTINUE_BONE_THERAPY",
                kind="info",
                priority=3,
                title="Continue bone therapy",
                text="Continue the current bone-targeted therapy; review adherence and side effects.",
                rationale=f"On {drugs}; "
                + (
                    _risk_words(risk)
                    if indication
                    else f"risk {risk.category.replace('_', ' ')} (indication no longer met on risk alone)"
                )
                + ".",
                references=cite("S-ES19", "S-QS149"),
                rule="on_therapy",
                message_key="rec.CONTINUE_BONE_THERAPY",
                rationale_message=msg(
                    "why.CONTINUE_BONE_THERAPY",
                    drugs=listed([msg("why.drug_since", drug=term("drug", c.drug), date=day(c.start))
                                  for c in facts.running_therapy], "comma"),
                    risk=_risk_message(risk) if indication
                    else msg("why.indication_no_longer_met", risk=term("risk", risk.category))),
            )
        )
    return failure


@rule("6.9", sources=("S-ENMC274", "S-KRUSE25", "S-WARD18"), confidence="P", codes=("REFER_BONE_SPECIALIST",))
def referral(
    facts: Facts, risk: RiskCategory, indication: bool, failure: Finding | None, recs: Recommendations
) -> None:
    """Refer every child starting therapy, adults at very high risk, treatment failure, and latest
    eGFR < 30 with an indication (multidisciplinary care). Dated by the earliest reason (§9)."""
    why: list[Finding] = []
    start = recs.items.get("START_BONE_THERAPY")
    if facts.is_child and start is not None and start.since is not None:
        why.append(Finding("child starting bone therapy (IV bisphosphonate is specialist-led)", start.since,
                           msg("why.refer_child_starting")))
    category_since = risk.since or facts.as_of
    if not facts.is_child and risk.category == "very_high":
        why.append(Finding(_risk_words(risk), category_since, _risk_message(risk)))
    if failure is not None:
        why.append(Finding("possible treatment failure", failure.since, msg("why.refer_failure")))
    egfr = facts.egfr
    if egfr is not None and egfr.exact < 30 and indication:
        why.append(Finding(f"eGFR {egfr.shown()} < 30 ({egfr.date}) with an indication for therapy",
                           max(egfr.date, category_since),
                           msg("why.refer_egfr", egfr=egfr.shown_message(), date=day(egfr.date))))
    if not why:
        return
    urgent = facts.is_child or risk.category == "very_high"
    specialist = "paediatric bone specialist" if facts.is_child else "metabolic bone clinic / endocrinologist"
    recs.add(
        Recommendation(
            code="REFER_BONE_SPECIALIST",
            kind="action",
            priority=1 if urgent else 2,
            title=f"Refer to a {specialist}",
            text=f"Refer to a {specialist} for shared, multidisciplinary bone care.",
            rationale="; ".join(f.words for f in why) + ".",
            references=cite("S-ENMC274", "S-KRUSE25", "S-WARD18"),
            due=facts.as_of,
            since=min(f.since for f in why),
            rule="referral",
            message_key="rec.REFER_BONE_SPECIALIST." + ("child" if facts.is_child else "adult"),
            rationale_message=msg("why.sentence", words=listed([f.message for f in why], "semicolon")),
        )
    )
