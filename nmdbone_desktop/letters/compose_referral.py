"""The referral to a bone-health specialist: the whole bone story on one or two pages.

Section order follows what a metabolic bone clinic triages on: why now, who, fractures, DXA,
glucocorticoids, treatment so far, labs, risk scores, what our assessment suggests and the
question we want answered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core.qfracture import DISCLAIMER as QFRACTURE_DISCLAIMER
from .content import Block, Bullets, Chart, KeyValues, Letter, Para, Section, Table
from .context import LetterContext
from .formatting import Markup, esc, paragraphs
from .recommendations import recommendation_items

__all__ = ["DXA_STUDIES_LISTED", "build_referral"]

#: The DXA table lists the latest studies only; the chart shows the whole history.
DXA_STUDIES_LISTED = 3


def _reason(ctx: LetterContext) -> tuple[Block, ...]:
    reasons: list[Markup] = []
    vf = ctx.report.vertebral_fractures
    count = vf.count
    grade = vf.max_genant_grade or ctx.word("not_recorded")
    if count == 1:
        reasons.append(ctx.text("reason.vf_one", grade=grade))
    elif count > 1:
        reasons.append(ctx.text("reason.vf_many", count=count, grade=grade))
    dens = ctx.report.densitometry
    if dens.lowest_score is not None:
        reasons.append(ctx.text("reason.lowest_score", score_type=dens.score_type,
                                score=ctx.num(dens.lowest_score),
                                site=ctx.label("dxa_site_lower", dens.lowest_site)))
    gc_dose = ctx.report.glucocorticoids.current_daily_mg_pred_eq
    if gc_dose:
        reasons.append(ctx.text("reason.glucocorticoids", dose=ctx.num(gc_dose)))
    if "REVIEW_TREATMENT_FAILURE" in ctx.codes:
        reasons.append(ctx.text("reason.treatment_failure"))
    if "DENOSUMAB_OVERDUE" in ctx.codes:
        reasons.append(ctx.text("reason.denosumab_overdue"))
    egfr = next((lab for lab in ctx.latest_labs() if lab.test == "egfr"), None)
    if egfr is not None and egfr.value < 30:
        reasons.append(ctx.text("reason.renal", egfr=f"{ctx.num(egfr.value, 0)} {egfr.unit}"))
    if not reasons:
        reasons.append(ctx.text("reason.fallback"))
    key = "reason.child" if ctx.is_child else "reason.adult"
    risk = ctx.label("risk", ctx.report.risk_category)
    return (Para(ctx.text(key, name=ctx.patient_name, age=ctx.age_text, diagnosis=ctx.diagnosis_text,
                          risk=risk, reasons=ctx.join(reasons))),)


def _diagnosis(ctx: LetterContext) -> tuple[Block, ...]:
    doc = ctx.doc
    rows: list[tuple[Markup, Markup]] = []
    value = ctx.text("diagnosis.diagnosis_value", label=ctx.diagnosis_text, code=doc.diagnosis.code)
    if doc.diagnosis.onset_date:
        value = ctx.text("diagnosis.onset", value=value, onset=ctx.date(doc.diagnosis.onset_date))
    rows.append((ctx.text("diagnosis.diagnosis"), value))
    rows.append((ctx.text("diagnosis.age"), ctx.age_text))
    if doc.menopause and not ctx.is_child:
        status = ctx.label("menopause", doc.menopause.status)
        menopause = (ctx.text("diagnosis.menopause_age", status=status, age=ctx.num(doc.menopause.age_years, 0))
                     if doc.menopause.age_years is not None else esc(status))
        rows.append((ctx.text("diagnosis.menopause"), menopause))
    if ctx.is_child and doc.puberty:
        rows.append((ctx.text("diagnosis.puberty"), esc(ctx.label("puberty", doc.puberty))))
    mobility = ctx.latest_mobility()
    rows.append((ctx.text("diagnosis.mobility"),
                 ctx.text("diagnosis.mobility_since", status=ctx.label("mobility", mobility.status),
                          date=ctx.date(mobility.date)) if mobility else esc(ctx.word("not_recorded"))))
    falls = doc.falls_past_12_months
    rows.append((ctx.text("diagnosis.falls"), esc(ctx.word("not_recorded") if falls is None else falls)))
    rows.append((ctx.text("diagnosis.dysphagia"), esc(ctx.yes_no(doc.dysphagia))))
    rows.append((ctx.text("diagnosis.sit_upright"), esc(ctx.yes_no(doc.can_sit_upright_30_min))))
    body = ctx.latest_body()
    if body and body.height_cm and body.weight_kg:
        bmi = body.weight_kg / (body.height_cm / 100) ** 2
        rows.append((ctx.text("diagnosis.body"),
                     ctx.text("diagnosis.body_value", height=ctx.num(body.height_cm, 0),
                              weight=ctx.num(body.weight_kg), bmi=ctx.num(bmi), date=ctx.date(body.date))))
    return (KeyValues(tuple(rows)),)


def _fractures(ctx: LetterContext) -> tuple[Block, ...]:
    blocks: list[Block] = []
    vf = ctx.report.vertebral_fractures
    count = vf.count
    grade = vf.max_genant_grade or ctx.word("not_recorded")
    if count:
        key = "fractures.vf_summary_one" if count == 1 else "fractures.vf_summary_many"
        blocks.append(Para(ctx.text(key, count=count, grade=grade, date=ctx.date(vf.latest_date))))
    else:
        blocks.append(Para(ctx.text("fractures.no_vf")))
    if ctx.doc.fractures:
        rows = []
        for f in sorted(ctx.doc.fractures, key=lambda f: f.date, reverse=True):
            site = (ctx.text("fractures.vertebra", level=f.vertebra) if f.site == "vertebra" and f.vertebra
                    else esc(ctx.label("fracture_site", f.site)))
            rows.append((esc(ctx.cell_date(f.date)), site, esc(f.genant_grade or "–"),
                         esc(ctx.label("mechanism", f.mechanism or "unknown")),
                         esc(ctx.label("found_on", f.found_on) if f.found_on else "–")))
        header = tuple(esc(c) for c in ctx.raw("fractures.columns"))
        blocks.append(Table(header, tuple(rows), (1.2, 1.5, 1.0, 1.2, 1.4), frozenset({2}), frozenset({0})))
    else:
        blocks.append(Para(ctx.text("fractures.none")))
    imaging = max(ctx.doc.spine_imaging, key=lambda s: s.date, default=None)
    if imaging:
        finding = {True: ctx.text("fractures.imaging_found"), False: ctx.text("fractures.imaging_clear")}
        blocks.append(Para(ctx.text("fractures.imaging", modality=ctx.label("modality", imaging.modality),
                                    date=ctx.date(imaging.date),
                                    finding=finding.get(imaging.vertebral_fracture_found, Markup(""))),
                           "small"))
    else:
        blocks.append(Para(ctx.text("fractures.no_imaging"), "small"))
    return tuple(blocks)


def _densitometry(ctx: LetterContext) -> tuple[Block, ...]:
    dens = ctx.report.densitometry
    blocks: list[Block] = []
    if dens.lowest_score is not None:
        blocks.append(Para(ctx.text("densitometry.summary", date=ctx.date(dens.date),
                                    score_type=dens.score_type, score=ctx.num(dens.lowest_score),
                                    site=ctx.label("dxa_site_lower", dens.lowest_site),
                                    category=ctx.label("category", dens.category))))
    else:
        blocks.append(Para(ctx.text("densitometry.no_data")))
    if ctx.doc.dxa:
        study_dates = sorted({m.date for m in ctx.doc.dxa}, reverse=True)
        blocks.append(_dxa_table(ctx, study_dates[:DXA_STUDIES_LISTED]))
        older = study_dates[DXA_STUDIES_LISTED:]
        if older:
            key = "densitometry.older_one" if len(older) == 1 else "densitometry.older_many"
            blocks.append(Para(ctx.text(key, count=len(older), first=ctx.date(older[-1]),
                                        last=ctx.date(older[0])), "small"))
    trajectory = ctx.report.trajectory
    if trajectory:
        rows = []
        for t in trajectory:
            rows.append((esc(ctx.label("dxa_site", t.site)), esc(ctx.cell_date(t.from_)),
                         esc(ctx.cell_date(t.to)), esc(_pct(ctx, t.change_percent)),
                         esc(_pct(ctx, t.annualised_change_percent)),
                         esc(_pct(ctx, t.least_significant_change_percent, signed=False)),
                         esc(ctx.yes_no(t.significant))))
        blocks.append(Para(ctx.text("densitometry.trajectory_title"), "subheading"))
        header = tuple(esc(c) for c in ctx.raw("densitometry.trajectory_columns"))
        blocks.append(Table(header, tuple(rows), (1.6, 1.3, 1.3, 0.85, 0.85, 0.7, 0.95),
                            frozenset({3, 4, 5}), frozenset({1, 2})))
    return tuple(blocks)


def _dxa_table(ctx: LetterContext, dates: list[Any]) -> Table:
    """The DXA measurements of the given study dates, newest first."""
    rows = []
    chosen = set(dates)
    for m in sorted((m for m in ctx.doc.dxa if m.date in chosen),
                    key=lambda m: (-m.date.toordinal(), m.site, m.side or "")):
        site = ctx.label("dxa_site", m.site)
        if m.side:
            site = f"{site} ({ctx.label('side', m.side)})"
        rows.append((esc(ctx.cell_date(m.date)), esc(site),
                     esc(ctx.num(m.bmd_g_cm2, 3) or "–"), esc(ctx.num(m.t_score) or "–"),
                     esc(ctx.num(m.height_adjusted_z if m.height_adjusted_z is not None else m.z_score) or "–"),
                     esc(ctx.label("manufacturer", m.manufacturer) if m.manufacturer else "–")))
    header = tuple(esc(c) for c in ctx.raw("densitometry.columns"))
    return Table(header, tuple(rows), (1.15, 1.9, 1.0, 0.85, 0.85, 1.0), frozenset({2, 3, 4}), frozenset({0}))


def _pct(ctx: LetterContext, value: float | None, *, signed: bool = True) -> str:
    if value is None:
        return "–"
    text = f"{ctx.num(value)}\u00a0%"
    return f"+{text}" if signed and value > 0 else text


def _chart(ctx: LetterContext) -> tuple[Block, ...]:
    return (Chart(ctx.text("densitometry.chart_caption")),)


def _glucocorticoids(ctx: LetterContext) -> tuple[Block, ...]:
    gc = ctx.report.glucocorticoids
    if not ctx.doc.glucocorticoids:
        return (Para(ctx.text("glucocorticoids.none")),)
    rows = [
        (ctx.text("glucocorticoids.current"),
         ctx.text("glucocorticoids.current_value", dose=ctx.num(gc.current_daily_mg_pred_eq or 0),
                  band=ctx.label("gc_band", gc.current_dose_band))),
        (ctx.text("glucocorticoids.cumulative"),
         ctx.text("glucocorticoids.cumulative_value", dose=ctx.num(gc.cumulative_mg_pred_eq, 0),
                  months=ctx.num(gc.months_exposed or 0))),
    ]
    courses = []
    for c in sorted(ctx.doc.glucocorticoids, key=lambda c: c.start, reverse=True):
        courses.append((esc(ctx.label("gc_drug", c.drug)),
                        ctx.text("glucocorticoids.dose", dose=ctx.amount(c.dose_mg)),
                        esc(ctx.label("gc_frequency", c.frequency)), esc(ctx.label("route", c.route)),
                        esc(ctx.cell_date(c.start)), esc(ctx.cell_date(c.end) if c.end else ctx.word("ongoing"))))
    header = tuple(esc(c) for c in ctx.raw("glucocorticoids.columns"))
    return (KeyValues(tuple(rows)),
            Table(header, tuple(courses), (1.35, 0.7, 1.3, 0.6, 1.3, 1.3), frozenset({1}), frozenset({4, 5})))


def _medications(ctx: LetterContext) -> tuple[Block, ...]:
    blocks: list[Block] = []
    meds = sorted(ctx.doc.bone_medications, key=lambda m: m.start, reverse=True)
    if meds:
        rows = [(esc(ctx.label("bone_drug", m.drug).capitalize()), esc(ctx.cell_date(m.start)),
                 esc(ctx.cell_date(m.end) if m.end else ctx.word("ongoing")),
                 esc(ctx.cell_date(m.last_dose) if m.last_dose else "–"), esc(m.stop_reason or "–"))
                for m in meds]
        header = tuple(esc(c) for c in ctx.raw("medications.columns"))
        blocks.append(Table(header, tuple(rows), (1.3, 1.1, 1.1, 1.1, 1.6), nowrap=frozenset({1, 2, 3})))
    else:
        blocks.append(Para(ctx.text("medications.none")))
    blocks.append(Para(_supplements(ctx, "medications")))
    return tuple(blocks)


def _supplements(ctx: LetterContext, prefix: str) -> Markup:
    sup = ctx.doc.supplements
    nr = ctx.word("not_recorded")
    calcium = (ctx.text(f"{prefix}.calcium", value=ctx.num(sup.calcium_mg_per_day, 0))
               if sup and sup.calcium_mg_per_day is not None else nr)
    vit_d = (ctx.text(f"{prefix}.vitamin_d", value=ctx.num(sup.vitamin_d_iu_per_day, 0))
             if sup and sup.vitamin_d_iu_per_day is not None else nr)
    key = "medications.supplements" if prefix == "medications" else "supplements.recorded"
    return ctx.text(key, calcium=calcium, vitamin_d=vit_d)


def _labs(ctx: LetterContext) -> tuple[Block, ...]:
    labs = ctx.latest_labs()
    if not labs:
        return (Para(ctx.text("labs.none")),)
    rows = tuple((esc(ctx.label("lab", lab.test)), esc(ctx.cell_date(lab.date)),
                  esc(f"{ctx.amount(lab.value)}\u00a0{lab.unit}"))
                 for lab in labs)
    header = tuple(esc(c) for c in ctx.raw("labs.columns"))
    return (Table(header, rows, (1.8, 1.3, 1.6), frozenset({2}), frozenset({1})), Para(ctx.text("labs.note"), "small"))


def _risk(ctx: LetterContext) -> tuple[Block, ...]:
    blocks: list[Block] = [Para(ctx.text("risk.category", risk=ctx.label("risk", ctx.report.risk_category)))]
    q = ctx.report.fracture_risk.qfracture
    shown_q = q.major_osteoporotic_percent is not None
    if q.major_osteoporotic_percent is not None:
        blocks.append(Para(ctx.text("risk.qfracture", mof=ctx.num(q.major_osteoporotic_percent),
                                    hip=ctx.num(q.hip_percent))))
    else:
        blocks.append(Para(ctx.text("risk.qfracture_missing")))
    notes = ctx.lines(q.notes, q.note_messages)
    frax = ctx.report.fracture_risk.frax
    if frax is not None:
        entered = frax.entered
        frax_date = frax.date or max((f.date for f in ctx.doc.frax if f.date <= ctx.options.as_of), default=None)
        blocks.append(Para(ctx.text("risk.frax", date=ctx.date(frax_date),
                                    mof=ctx.num(entered.major_osteoporotic_percent),
                                    hip=ctx.num(entered.hip_percent))))
        if frax.adjustments:
            adjusted = ctx.text("risk.frax_adjusted", mof=ctx.num(frax.major_osteoporotic_percent),
                                hip=ctx.num(frax.hip_percent))
            blocks.append(Para(adjusted))
            blocks.append(Bullets(tuple(esc(ctx.without_ids(a))
                                        for a in ctx.lines(frax.adjustments, frax.adjustment_messages))))
        notes += ctx.lines(frax.notes, frax.note_messages)
    else:
        blocks.append(Para(ctx.text("risk.frax_missing")))
    if notes:
        blocks.append(Bullets(tuple(esc(ctx.without_ids(str(n))) for n in notes)))
    if shown_q and ctx.options.includes("appendix"):
        blocks.append(Para(ctx.text("risk.disclaimer_see_appendix"), "small"))
    elif shown_q:
        blocks.append(Para(Markup(f"<b>{ctx.text('risk.disclaimer_title')}:</b> {esc(QFRACTURE_DISCLAIMER)}"), "note"))
    return tuple(blocks)


def _recommendations(ctx: LetterContext) -> tuple[Block, ...]:
    recs = ctx.recommendations
    if not recs:
        return (Para(ctx.text("recommendations.none")),)
    items, _ = recommendation_items(ctx, recs, with_refs=True)
    return (Bullets(items, numbered=True),)


def _question(ctx: LetterContext) -> tuple[Block, ...]:
    if ctx.options.question:
        return tuple(Para(p, "lead") for p in paragraphs(ctx.options.question))
    key = "question.child" if ctx.is_child else "question.adult"
    return (Para(ctx.text(key, name=ctx.doc.name.given), "lead"),)


def _free_text(ctx: LetterContext) -> tuple[Block, ...]:
    return tuple(Para(p) for p in paragraphs(ctx.options.free_text))


BUILDERS: dict[str, Callable[[LetterContext], tuple[Block, ...]]] = {
    "reason": _reason, "diagnosis": _diagnosis, "fractures": _fractures, "densitometry": _densitometry,
    "chart": _chart, "glucocorticoids": _glucocorticoids, "medications": _medications, "labs": _labs,
    "risk": _risk, "recommendations": _recommendations, "question": _question, "free_text": _free_text,
}


def _appendix(ctx: LetterContext) -> tuple[Section, ...]:
    """The full DXA table, the numbered references and the QFracture licence text."""
    sections = []
    if ctx.doc.dxa and ctx.options.includes("densitometry"):
        dates = sorted({m.date for m in ctx.doc.dxa}, reverse=True)
        sections.append(Section("appendix_dxa", ctx.text("appendix.dxa"), (_dxa_table(ctx, dates),)))
    if ctx.citations and ctx.options.includes("recommendations"):
        items = tuple(esc(text) for _, text in sorted(ctx.citations.values()))
        sections.append(Section("appendix_references", ctx.word("reference_list"),
                                (Bullets(items, numbered=True), Para(ctx.word("reference_note"), "small"))))
    if ctx.options.includes("risk") and ctx.report.fracture_risk.qfracture.major_osteoporotic_percent is not None:
        sections.append(Section("appendix_qfracture", ctx.text("risk.disclaimer_title"),
                                (Para(esc(QFRACTURE_DISCLAIMER), "small"),)))
    return tuple(sections)


def build_referral(ctx: LetterContext) -> Letter:
    sections = []
    for key, builder in BUILDERS.items():
        if key == "appendix" or not ctx.options.includes(key) or (key == "chart" and not ctx.chart_available):
            continue
        if key == "free_text" and not ctx.options.free_text.strip():
            continue
        sections.append(Section(key, ctx.text(f"sections.{key}"), builder(ctx)))
    recipient_setting = (ctx.letterhead.referral_to_child if ctx.is_child else ctx.letterhead.referral_to_adult)
    recipient = (ctx.options.recipient or recipient_setting
                 or str(ctx.raw("recipient_child" if ctx.is_child else "recipient_adult")))
    missing = None if (ctx.options.recipient or recipient_setting) else "referral_address"
    appendix = _appendix(ctx) if ctx.options.includes("appendix") else ()
    return Letter(
        kind="referral", language=ctx.translator.language, title=ctx.text("title"),
        recipient=tuple(esc(line) for line in recipient.splitlines() if line.strip()),
        date_line=ctx.date_line(), reference=ctx.reference(),
        subject=ctx.text("subject", patient_name=ctx.patient_name, birth_date=ctx.date(ctx.doc.birth_date),
                         sex=ctx.label("sex_title", ctx.doc.sex).lower(), patient_id=ctx.doc.id),
        salutation=ctx.text("salutation"), sections=tuple(sections), closing=ctx.text("closing"),
        signature=ctx.signature(), provenance=ctx.provenance(), patient_label=ctx.patient_label(),
        footer=ctx.text("footer"), appendix_title=ctx.word("appendix"), appendix=appendix, banner=ctx.banner(),
        return_address=ctx.return_address(), warnings=ctx.missing(recipient=missing),
    )
