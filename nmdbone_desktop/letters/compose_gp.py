"""The GP letter: a short summary, then what primary care should do and by when.

Each recommendation appears once: supplement codes under "Calcium and vitamin D", the three
monitoring codes under "Monitoring", warnings under "Drug safety", everything else in the action
table. When the clinician switches one of those sections off, its recommendations go back into
the action table, so no action is ever lost by removing a section.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from .content import Block, Bullets, Letter, Para, Section, Table
from .context import LetterContext
from .formatting import Markup, esc, paragraphs
from .recommendations import avoid_text, mentions_all, recommendation_items

__all__ = ["build_gp"]

SUPPLEMENT_CODES = frozenset({"CALCIUM_VITAMIN_D", "VITAMIN_D_REPLETION"})
MONITORING_CODES = frozenset({"DXA_DUE", "SPINE_IMAGING_DUE", "BONE_LABS_DUE"})


def _when(ctx: LetterContext, due: str | None) -> Markup:
    if not due:
        return ctx.text("actions.ongoing")
    due_date = date.fromisoformat(due)
    if due_date < ctx.options.as_of:
        return ctx.text("actions.overdue", date=ctx.date(due_date))
    if due_date == ctx.options.as_of:
        return ctx.text("actions.now")
    return ctx.text("actions.on", date=ctx.date(due_date))


def _summary(ctx: LetterContext) -> tuple[Block, ...]:
    sentences = [ctx.text("summary.seen", name=ctx.patient_name, age=ctx.age_text, diagnosis=ctx.diagnosis_text,
                          date=ctx.date(ctx.options.as_of))]
    dens = ctx.get("densitometry") or {}
    if dens.get("lowest_score") is not None:
        sentences.append(ctx.text("summary.density", dxa_date=ctx.date(dens.get("date")),
                                  score_type=dens.get("score_type") or "T", score=ctx.num(dens["lowest_score"]),
                                  site=ctx.label("dxa_site_lower", dens.get("lowest_site")),
                                  category=ctx.label("category", dens.get("category"))))
    else:
        sentences.append(ctx.text("summary.no_density"))
    vf = ctx.get("vertebral_fractures") or {}
    count = int(vf.get("count") or 0)
    grade = vf.get("max_genant_grade") or ctx.word("not_recorded")
    if count:
        sentences.append(ctx.text("summary.vf_one" if count == 1 else "summary.vf_many", count=count, grade=grade))
    dose = ctx.get("glucocorticoids", "current_daily_mg_pred_eq")
    if dose:
        sentences.append(ctx.text("summary.glucocorticoids", dose=ctx.num(dose)))
    sentences.append(ctx.text("summary.risk", risk=ctx.label("risk", ctx.get("risk_category") or "low")))
    return (Para(Markup(" ".join(sentences))),)


def _action_codes_elsewhere(ctx: LetterContext) -> frozenset[str]:
    elsewhere: set[str] = set()
    if ctx.options.includes("supplements"):
        elsewhere |= SUPPLEMENT_CODES
    if ctx.options.includes("monitoring"):
        elsewhere |= MONITORING_CODES
    return frozenset(elsewhere)


def _action_text(ctx: LetterContext, rec: Mapping[str, Any]) -> Markup:
    parts = [f"<b>{esc(rec.get('title') or rec.get('code'))}</b>"]
    if rec.get("text"):
        parts.append(str(esc(rec["text"])))
    options = [ctx.label("bone_drug", d) for d in rec.get("options") or []]
    if options and not mentions_all(str(rec.get("text") or ""), options):
        parts.append(str(ctx.word("recommendation.options", drugs=", ".join(options))))
    avoid = rec.get("avoid") or []
    if avoid and not mentions_all(str(rec.get("text") or ""), [ctx.label("bone_drug", a.get("drug")) for a in avoid]):
        parts.append(str(avoid_text(ctx, avoid)))
    return Markup("<br/>".join(parts))


def _actions(ctx: LetterContext) -> tuple[Block, ...]:
    elsewhere = _action_codes_elsewhere(ctx)
    safety_here = ctx.options.includes("safety")
    recs = [r for r in ctx.recommendations
            if r.get("code") not in elsewhere and not (safety_here and r.get("kind") == "warning")]
    if not recs:
        return (Para(ctx.text("actions.none")),)
    rows = tuple((_action_text(ctx, r), _when(ctx, r.get("due"))) for r in recs)
    header = tuple(esc(c) for c in ctx.raw("actions.columns"))
    return (Table(header, rows, (3.9, 1.6)),)


def _supplements(ctx: LetterContext) -> tuple[Block, ...]:
    sup = ctx.doc.supplements
    nr = ctx.word("not_recorded")
    calcium = (ctx.text("supplements.calcium", value=ctx.num(sup.calcium_mg_per_day, 0))
               if sup and sup.calcium_mg_per_day is not None else nr)
    vit_d = (ctx.text("supplements.vitamin_d", value=ctx.num(sup.vitamin_d_iu_per_day, 0))
             if sup and sup.vitamin_d_iu_per_day is not None else nr)
    blocks: list[Block] = [Para(ctx.text("supplements.recorded", calcium=calcium, vitamin_d=vit_d))]
    vit_d_lab = next((lab for lab in ctx.latest_labs() if lab.test == "25ohd"), None)
    if vit_d_lab:
        blocks.append(Para(ctx.text("supplements.latest_vitamin_d", value=ctx.amount(vit_d_lab.value),
                                    unit=vit_d_lab.unit, date=ctx.date(vit_d_lab.date))))
    recs = [r for r in ctx.recommendations if r.get("code") in SUPPLEMENT_CODES]
    if recs:
        rows = tuple((_action_text(ctx, r), _when(ctx, r.get("due"))) for r in recs)
        header = tuple(esc(c) for c in ctx.raw("actions.columns"))
        blocks.append(Table(header, rows, (3.9, 1.6)))
    else:
        blocks.append(Para(ctx.text("supplements.no_change")))
    return tuple(blocks)


def _monitoring(ctx: LetterContext) -> tuple[Block, ...]:
    next_due = ctx.get("next_due") or {}
    rows = []
    for key in ("dxa", "spine_imaging", "bone_labs"):
        due = next_due.get(key)
        rows.append((ctx.text(f"monitoring.{key}"), _when(ctx, due) if due else ctx.text("monitoring.not_planned")))
    header = tuple(esc(c) for c in ctx.raw("monitoring.columns"))
    return (Table(header, tuple(rows), (3.9, 1.6)),)


def _safety(ctx: LetterContext) -> tuple[Block, ...]:
    warnings = [r for r in ctx.recommendations if r.get("kind") == "warning"]
    if not warnings:
        return (Para(ctx.text("safety.none")),)
    items, _ = recommendation_items(ctx, warnings, with_refs=False)
    return (Bullets(items),)


def _free_text(ctx: LetterContext) -> tuple[Block, ...]:
    return tuple(Para(p) for p in paragraphs(ctx.options.free_text))


BUILDERS: dict[str, Callable[[LetterContext], tuple[Block, ...]]] = {
    "summary": _summary, "actions": _actions, "supplements": _supplements, "monitoring": _monitoring,
    "safety": _safety, "free_text": _free_text,
}


def build_gp(ctx: LetterContext) -> Letter:
    sections = []
    for key, builder in BUILDERS.items():
        if not ctx.options.includes(key):
            continue
        if key == "free_text" and not ctx.options.free_text.strip():
            continue
        sections.append(Section(key, ctx.text(f"sections.{key}"), builder(ctx)))
    recipient = ctx.options.recipient or str(ctx.raw("recipient"))
    return Letter(
        kind="gp", title=ctx.text("title"),
        recipient=tuple(esc(line) for line in recipient.splitlines() if line.strip()),
        date_line=ctx.date_line(), reference=ctx.reference(),
        subject=ctx.text("subject", patient_name=ctx.patient_name, birth_date=ctx.date(ctx.doc.birth_date),
                         patient_id=ctx.doc.id),
        salutation=ctx.text("salutation"), sections=tuple(sections), closing=ctx.text("closing"),
        signature=ctx.signature(), provenance=ctx.provenance(), patient_label=ctx.patient_label(),
        footer=ctx.text("footer"),
    )
