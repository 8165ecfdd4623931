"""The treatment recommendations of RULES §6 and §6.9, worded for the clinician."""

from __future__ import annotations

from .catalogue import rule
from .densitometry import Trajectory
from .facts import ANABOLICS, Facts
from .recommendation import Avoid, Recommendation, Recommendations
from .references import cite
from .risk import RiskCategory
from .treatment import (
    AVOID_ORDER,
    avoid_reasons,
    denosumab_overdue,
    drug_holiday,
    ranked_options,
    sequential_pending,
    treatment_failure,
)

CORRECT_VITAMIN_D_DRUGS = ("zoledronate", "pamidronate", "denosumab")
VITAMIN_D_BEFORE_IV_NMOL = 50.0


def _risk_words(risk: RiskCategory) -> str:
    return f"risk {risk.category.replace('_', ' ')}: {'; '.join(risk.reasons)}"


@rule(
    "6.1",
    sources=("S-ACR22", "S-WARD18", "S-VINCZE21"),
    confidence="V",
    codes=("START_BONE_THERAPY", "CONSIDER_ANABOLIC", "CORRECT_VITAMIN_D_FIRST"),
)
def start_therapy(facts: Facts, risk: RiskCategory, recs: Recommendations) -> None:
    """Not on therapy with an indication: START_BONE_THERAPY with ranked options and the avoid list,
    CONSIDER_ANABOLIC for very high risk adults, the avoid warnings, and CORRECT_VITAMIN_D_FIRST
    before IV bisphosphonate or denosumab when 25-OH vitamin D is < 50 nmol/L or unknown.
    """
    avoid = avoid_reasons(facts, AVOID_ORDER)
    options = ranked_options(facts, risk.category, avoid)
    avoid_list = [Avoid(d, "; ".join(avoid.reasons[d])) for d in AVOID_ORDER if d in avoid.reasons]
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
    listed = ", ".join(options) if options else "none left: discuss with a bone specialist"
    who = "IV bisphosphonate, led by a paediatric bone specialist" if facts.is_child else "bone-targeted therapy"
    recs.add(
        Recommendation(
            code="START_BONE_THERAPY",
            kind="action",
            priority=1,
            title="Start bone-targeted therapy",
            text=f"Start {who}. Options in order: {listed}." + check,
            rationale=_risk_words(risk)
            + gc_words
            + "; not on bone therapy."
            + (" Children: IV bisphosphonates first line (clinic policy)." if facts.is_child else ""),
            references=cite("S-ACR22", "S-WARD18") if facts.is_child else cite("S-ACR22", "S-ES19", "S-NOGG22"),
            due=facts.as_of,
            options=options,
            avoid=avoid_list,
            rule="start_therapy",
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
            )
        )
    _avoid_warnings(facts, avoid.oral_unsuitable, avoid.renal, recs, on_drug=False)
    vd = facts.vitamin_d
    if any(d in options for d in CORRECT_VITAMIN_D_DRUGS) and (vd is None or vd.value < VITAMIN_D_BEFORE_IV_NMOL):
        drugs = ", ".join(d for d in options if d in CORRECT_VITAMIN_D_DRUGS)
        recs.add(
            Recommendation(
                code="CORRECT_VITAMIN_D_FIRST",
                kind="warning",
                priority=2,
                title="Correct vitamin D first",
                text=f"Correct vitamin D deficiency before {drugs}: risk of hypocalcaemia.",
                rationale=(
                    f"25-OH vitamin D {vd.value:.0f} nmol/L on {vd.date} (< 50)."
                    if vd
                    else "No 25-OH vitamin D result within 12 months (unknown)."
                ),
                references=cite("S-LABELS", "S-GEORGE15"),
            )
        )


def _avoid_warnings(facts: Facts, oral: list[str], renal: list[str], recs: Recommendations, *, on_drug: bool) -> None:
    doc = facts.doc
    prefix = "Currently on " if on_drug else "Avoid "
    if oral:
        why = [
            w
            for w, on in (
                ("dysphagia / oesophageal involvement", doc.dysphagia),
                ("cannot sit upright for 30 minutes", doc.can_sit_upright_30_min is False),
            )
            if on
        ]
        recs.add(
            Recommendation(
                code="ORAL_BISPHOSPHONATE_UNSUITABLE",
                kind="warning",
                priority=2,
                title="Oral bisphosphonate unsuitable",
                text=f"{prefix}{', '.join(oral)}: oral bisphosphonates need an intact oesophagus "
                "and 30 minutes upright; "
                "prefer an IV bisphosphonate or denosumab.",
                rationale="; ".join(why).capitalize() + ".",
                references=cite("S-LABELS", "S-VINCZE21"),
            )
        )
    if renal:
        egfr = facts.egfr
        recs.add(
            Recommendation(
                code="RENAL_CAUTION",
                kind="warning",
                priority=2,
                title="Renal function below the drug's threshold",
                text=f"{prefix}{', '.join(renal)}: eGFR below the label threshold (alendronate/zoledronate 35, "
                "risedronate/ibandronate 30). Creatinine-based eGFR overestimates function when muscle mass is low.",
                rationale=f"eGFR {egfr.value:g} mL/min/1.73m² on {egfr.date}." if egfr else "",
                references=cite("S-LABELS"),
            )
        )


@rule("6.6", sources=("S-LABELS",), confidence="R", codes=("ORAL_BISPHOSPHONATE_UNSUITABLE", "RENAL_CAUTION"))
def current_drug_warnings(facts: Facts, recs: Recommendations) -> None:
    """The avoid warnings also apply to a drug the patient is on now, naming it."""
    current = tuple(sorted({c.drug for c in facts.running_therapy}))
    avoid = avoid_reasons(facts, current)
    oral = [d for d in avoid.oral_unsuitable if not recs.has("ORAL_BISPHOSPHONATE_UNSUITABLE")]
    renal = [d for d in avoid.renal if not recs.has("RENAL_CAUTION")]
    _avoid_warnings(facts, oral, renal, recs, on_drug=True)


@rule(
    "6.7",
    sources=("S-ECTS21", "S-ES19", "S-ACR22"),
    confidence="P",
    codes=("DENOSUMAB_OVERDUE", "SEQUENTIAL_ANTIRESORPTIVE"),
)
def course_logic(facts: Facts, recs: Recommendations) -> None:
    """Denosumab overdue or stopped without a bisphosphonate; an anabolic course ended or at its
    maximum without a following antiresorptive. Applies on therapy or not.
    """
    from ..dates import add_months

    overdue = denosumab_overdue(facts)
    if overdue:
        last, words, note = overdue
        recs.add(
            Recommendation(
                code="DENOSUMAB_OVERDUE",
                kind="action",
                priority=1,
                title="Denosumab overdue",
                text="Give denosumab now (every 6 months); never stop it without a bisphosphonate: "
                "rebound bone loss and multiple vertebral fractures.",
                rationale=words + "." + (f" {note}." if note else ""),
                references=cite("S-ECTS21"),
                due=add_months(last, 6),
            )
        )
        if note:
            facts.notes.append(note)
    pending = sequential_pending(facts)
    if pending:
        course, due = pending
        recs.add(
            Recommendation(
                code="SEQUENTIAL_ANTIRESORPTIVE",
                kind="action",
                priority=1,
                title="Follow the anabolic course with an antiresorptive",
                text=f"{course.drug.capitalize()} course over: start an antiresorptive (bisphosphonate or denosumab) "
                "to keep the gain.",
                rationale=f"{course.drug} from {course.start}, ended or at its maximum on {due}; "
                "no antiresorptive started after it.",
                references=cite("S-ES19", "S-ACR22"),
                due=due,
            )
        )


@rule(
    "6.8",
    sources=("S-ES19", "S-ASBMR16"),
    confidence="P",
    codes=("REVIEW_TREATMENT_FAILURE", "CONSIDER_DRUG_HOLIDAY", "CONTINUE_BONE_THERAPY"),
)
def on_therapy(
    facts: Facts, risk: RiskCategory, indication: bool, trajectory: Trajectory, recs: Recommendations
) -> None:
    """On therapy: treatment failure, drug holiday, or continue when none of §6.7–6.8 applies."""
    if not facts.on_therapy:
        return
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
                rationale=failure + ".",
                references=cite("S-ES19", "S-ACR22"),
                due=facts.as_of,
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
                rationale=holiday + ".",
                references=cite("S-ASBMR16"),
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
            )
        )


@rule("6.9", sources=("S-ENMC274", "S-KRUSE25", "S-WARD18"), confidence="P", codes=("REFER_BONE_SPECIALIST",))
def referral(facts: Facts, risk: RiskCategory, indication: bool, recs: Recommendations) -> None:
    """Refer every child starting therapy, adults at very high risk, treatment failure, and
    latest eGFR < 30 with an indication (multidisciplinary care).
    """
    why = []
    if facts.is_child and recs.has("START_BONE_THERAPY"):
        why.append("child starting bone therapy (IV bisphosphonate is specialist-led)")
    if not facts.is_child and risk.category == "very_high":
        why.append(_risk_words(risk))
    if recs.has("REVIEW_TREATMENT_FAILURE"):
        why.append("possible treatment failure")
    egfr = facts.egfr
    if egfr is not None and egfr.value < 30 and indication:
        why.append(f"eGFR {egfr.value:g} < 30 with an indication for therapy")
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
            rationale="; ".join(why) + ".",
            references=cite("S-ENMC274", "S-KRUSE25", "S-WARD18"),
            due=facts.as_of,
        )
    )
