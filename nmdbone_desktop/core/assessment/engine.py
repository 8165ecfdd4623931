"""``assess(doc, as_of)``: ruleset 2026.2 applied to one patient, as the contract §3 report."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..document import PatientDocument
from .catalogue import REGISTRY, RuleInfo, section_key
from .densitometry import (
    bmd_trajectory,
    deciding_value,
    densitometry_category,
    paediatric_osteoporosis,
    vertebral_fracture_summary,
)
from .facts import SITE_LABEL, Facts, build_facts
from .monitoring import (
    baseline_assessment,
    bone_labs_due,
    calcium_vitamin_d,
    dxa_due,
    falls_prevention,
    hypogonadism_review,
    puberty_assessment,
    spine_imaging_due,
    vitamin_d_high,
    vitamin_d_repletion,
)
from .recommendation import Recommendation, Recommendations
from .references import cite
from .risk import (
    adult_risk_category,
    child_risk_category,
    frax_from_record,
    qfracture_from_record,
    threshold_probability,
)
from .therapy_recs import (
    DrugWarnings,
    correct_vitamin_d_first,
    course_logic,
    current_drug_avoid,
    drug_warnings,
    holiday_review,
    on_therapy,
    parenteral_checks,
    referral,
    start_since,
    start_therapy,
)
from .treatment import AVOID_ORDER, avoid_reasons, drug_holiday_state, has_indication, ranked_options
from .wording import listed, msg, term

RULESET_VERSION = "2026.2"
REPORT_SCHEMA = "nmdbone/assessment-v1"
DISCLAIMER = (
    "This assessment supports clinical judgement and does not replace it: check every "
    "recommendation against the whole patient."
)


@dataclass(frozen=True, slots=True)
class AssessmentSettings:
    """A clinic's own choices the ruleset allows (RULES §7.2: per-site least significant change, %)."""

    lsc_percent: dict[str, float] = field(default_factory=dict)


def catalogue() -> list[RuleInfo]:
    """Every registered rule in RULES.md order (importing this module registered them all)."""
    return sorted(REGISTRY.values(), key=lambda info: (section_key(info), info.name))


def _scanner_warning(changes: list[tuple[str, str, str, date]]) -> Recommendation:
    sites = "; ".join(f"{SITE_LABEL[s]} {a} → {b} ({day})" for s, a, b, day in changes)
    site_messages = [msg("why.scanner_site", site=term("site", s), before=a, after=b, date={"date": d.isoformat()})
                     for s, a, b, d in changes]
    return Recommendation(
        code="SCANNER_CHANGED",
        kind="warning",
        priority=2,
        title="Scanner changed between DXA studies",
        text="BMD in g/cm² is not comparable across manufacturers without cross-calibration: read the trend "
        "from T/Z-scores only, and scan on the same machine next time.",
        rationale=f"Manufacturer changed: {sites}.",
        references=cite("S-ISCD19-XCAL"),
        since=min(day for *_rest, day in changes),
        rule="bmd_trajectory",
        message_key="rec.SCANNER_CHANGED",
        rationale_message=msg("why.SCANNER_CHANGED", sites=listed(site_messages, "semicolon")),
    )


def _gc_report(facts: Facts) -> dict[str, Any]:
    gc = facts.gc
    return {
        "current_daily_mg_pred_eq": round(gc.current_daily_mg_pred_eq, 2),
        "current_dose_band": gc.current_dose_band,
        "cumulative_mg_pred_eq": round(gc.cumulative_mg_pred_eq, 1),
        "months_exposed": round(gc.months_exposed, 1),
        "last_365_days_mg_pred_eq": round(gc.last_365_days_mg_pred_eq, 1),
        "long_term": gc.long_term,
        "notes": list(gc.notes),
    }


def assess(doc: PatientDocument, as_of: date, settings: AssessmentSettings | None = None) -> dict[str, Any]:
    """Apply ruleset 2026.2 to a validated document on ``as_of``; returns the JSON-ready report.

    Never raises on a valid document: a value that cannot be computed is ``None`` with a note.
    """
    settings = settings or AssessmentSettings()
    facts = build_facts(doc, as_of)
    child_osteoporosis = paediatric_osteoporosis(facts)
    densitometry = densitometry_category(facts, child_osteoporosis)
    trajectory = bmd_trajectory(facts, settings.lsc_percent)
    qfr, qfr_since = qfracture_from_record(facts)
    frax = frax_from_record(facts)
    prob = threshold_probability(qfr, qfr_since, frax)
    if facts.is_child:
        risk = child_risk_category(facts, child_osteoporosis)
    else:
        risk = adult_risk_category(facts, prob, trajectory)
    indication = has_indication(facts, risk.category)
    holiday = drug_holiday_state(facts, trajectory)
    on_holiday = holiday is not None and holiday.active_on(as_of)

    recs = Recommendations()
    warnings = DrugWarnings()
    options: list[str] = []
    if indication and not facts.on_therapy and not on_holiday:
        avoid = avoid_reasons(facts, AVOID_ORDER)
        options = ranked_options(facts, risk.category, avoid)
        start_therapy(facts, risk, avoid, options, start_since(facts, risk, holiday), recs)
        warnings.oral_avoid, warnings.renal_avoid = list(avoid.oral_unsuitable), list(avoid.renal)
        correct_vitamin_d_first(facts, options, recs)
    current_drug_avoid(facts, warnings)
    parenteral_checks(facts, options, recs, warnings)
    drug_warnings(facts, warnings, recs)
    course_logic(facts, recs)
    if on_holiday:
        holiday_review(facts, holiday, recs)  # type: ignore[arg-type]
    failure = on_therapy(facts, risk, indication, trajectory, recs)
    referral(facts, risk, indication, failure, recs)

    category = densitometry["category"]
    deciding = child_osteoporosis.since if child_osteoporosis else (
        value.date if (value := deciding_value(facts)) is not None else None
    )
    next_dxa, dxa_rec = dxa_due(facts, category, trajectory)
    next_spine, spine_rec, spine_note = spine_imaging_due(facts)
    next_labs, labs_rec = bone_labs_due(facts)
    for rec in (
        baseline_assessment(facts),
        dxa_rec,
        spine_rec,
        labs_rec,
        vitamin_d_repletion(facts),
        vitamin_d_high(facts),
        calcium_vitamin_d(facts, category, indication, risk, deciding),
        falls_prevention(facts),
        puberty_assessment(facts),
        hypogonadism_review(facts),
    ):
        if rec is not None:
            recs.add(rec)
    if trajectory.scanner_changed:
        recs.add(_scanner_warning(trajectory.scanner_changed))

    notes = list(dict.fromkeys(facts.notes))
    if spine_note:
        notes.append(spine_note)
    if holiday is not None and not on_holiday:
        why = f"ended {holiday.ended_on}: {holiday.ended_why}" if holiday.ended_on else f"over on {holiday.last_day}"
        notes.append(f"drug holiday after {holiday.course.drug} stopped {holiday.stop} {why}")
    if prob.source == "qfracture":
        notes.append("risk thresholds use QFracture because no FRAX within 24 months is recorded (clinic policy)")
    elif prob.source is None and not facts.is_child:
        notes.append("no fracture probability: no FRAX within 24 months and QFracture not calculable")
    if risk.category != "low" or facts.is_child:
        notes.append(f"risk category {risk.category}: {'; '.join(risk.reasons)}")
    next_due: dict[str, str | None] = {
        "dxa": next_dxa.isoformat() if next_dxa else None,
        "spine_imaging": next_spine.isoformat() if next_spine else None,
        "bone_labs": next_labs.isoformat(),
    }
    return {
        "schema": REPORT_SCHEMA,
        "patient_id": doc.id,
        "as_of": as_of.isoformat(),
        "ruleset_version": RULESET_VERSION,
        # truncated, so a child of 19.96 reports 19.9 beside population "child" (RULES §0)
        "age_years": math.floor(round(facts.age * 10, 9)) / 10,
        "population": facts.population,
        "densitometry": densitometry,
        "vertebral_fractures": vertebral_fracture_summary(facts),
        "glucocorticoids": _gc_report(facts),
        "trajectory": [c.to_json() for c in trajectory.changes],
        "fracture_risk": {"qfracture": qfr, "frax": frax, "used_for_thresholds": prob.source},
        "risk_category": risk.category,
        "risk_reasons": list(risk.reasons),
        # 2026.12 addition (issue 21): the same criteria as messages, one per reason, same order
        "risk_reason_messages": list(risk.reason_messages),
        "risk_category_since": risk.since.isoformat() if risk.since else None,
        "indication": indication,
        "on_therapy": [{"drug": c.drug, "start": c.start.isoformat()} for c in facts.running_therapy],
        "mobility": facts.mobility,
        "recommendations": [r.to_json() for r in recs.ordered()],
        "next_due": next_due,
        "notes": notes,
        "disclaimer": DISCLAIMER,
        # 2026.12 addition (issue 21): the disclaimer as a message, so the window can say it in any language
        "disclaimer_message": {"message_key": "report.disclaimer", "params": {}},
    }
