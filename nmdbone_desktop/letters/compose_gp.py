"""The GP letter: a short summary, then two short lists — what the clinic will do and what we
ask of the GP — and what to keep in mind when prescribing.

Every sentence comes from the ``[do.<CODE>]`` tables of ``gp.toml``, chosen by the patient's
situation (a child, a very-high-risk adult, how the drug concerned is given) and filled with the
assessment's values; no clinical wording lives in this module. A code without a table falls
back to the assessment's own title, in the clinic's list (an action) or under "Please note" (a
warning), so a new code of the rules is never silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..core.report import AvoidEntry, NextDue, RecommendationOut
from .content import Block, Bullets, Letter, Para, Section
from .context import LetterContext
from .formatting import Markup, esc, paragraphs
from .recommendations import avoid_text

__all__ = ["DENOSUMAB_INTERVAL_DAYS", "SITUATIONS", "build_gp", "gp_lists"]

#: Order in which a patient's situations select a code's wording (see gp.toml).
SITUATIONS = ("child", "very_high", "oral", "infusion", "denosumab", "injection", "hormone")
OWNERS = ("clinic", "gp", "note")
#: Denosumab 60 mg is given every 6 months.
DENOSUMAB_INTERVAL_DAYS = 183
#: Which drug a code is about: the first option (starting) or the current drug (anything else).
STARTS = frozenset({"START_BONE_THERAPY"})
#: Planned tests of ``next_due`` that get a sentence when no recommendation covers them.
NEXT_DUE: tuple[tuple[Callable[[NextDue], str | None], str, set[str]], ...] = (
    (lambda due: due.dxa, "NEXT_DXA", {"DXA_DUE", "BASELINE_BONE_ASSESSMENT"}),
    (lambda due: due.spine_imaging, "NEXT_SPINE", {"SPINE_IMAGING_DUE", "BASELINE_BONE_ASSESSMENT"}),
    (lambda due: due.bone_labs, "NEXT_LABS", {"BONE_LABS_DUE", "BASELINE_BONE_ASSESSMENT"}),
)


def _when(ctx: LetterContext, due: str | date | None) -> Markup:
    if not due:
        return ctx.text("when.now")
    due_date = due if isinstance(due, date) else date.fromisoformat(due)
    if due_date < ctx.options.as_of:
        return ctx.text("when.overdue", date=ctx.date(due_date))
    if due_date == ctx.options.as_of:
        return ctx.text("when.now")
    return ctx.text("when.on", date=ctx.date(due_date))


def _summary(ctx: LetterContext) -> tuple[Block, ...]:
    sentences = [ctx.text("summary.seen", name=ctx.patient_name, age=ctx.age_text, diagnosis=ctx.diagnosis_text,
                          date=ctx.date(ctx.options.as_of))]
    dens = ctx.report.densitometry
    if dens.lowest_score is not None:
        sentences.append(ctx.text("summary.density", dxa_date=ctx.date(dens.date),
                                  score_type=dens.score_type, score=ctx.num(dens.lowest_score),
                                  site=ctx.label("dxa_site_lower", dens.lowest_site),
                                  category=ctx.label("category", dens.category)))
    else:
        sentences.append(ctx.text("summary.no_density"))
    vf = ctx.report.vertebral_fractures
    count = vf.count
    grade = vf.max_genant_grade or ctx.word("not_recorded")
    if count:
        sentences.append(ctx.text("summary.vf_one" if count == 1 else "summary.vf_many", count=count, grade=grade))
    dose = ctx.report.glucocorticoids.current_daily_mg_pred_eq
    if dose:
        sentences.append(ctx.text("summary.glucocorticoids", dose=ctx.num(dose)))
    sentences.append(ctx.text("summary.risk", risk=ctx.label("risk", ctx.report.risk_category)))
    return (Para(Markup(" ".join(sentences))),)


# -- who does what ---------------------------------------------------------------------------

@dataclass(frozen=True)
class PlannedTest:
    """A test ``next_due`` plans that no recommendation covers: worded from ``[do.NEXT_*]`` like one."""

    code: str
    due: str
    kind: str = "info"
    title: str | None = None
    options: Sequence[str] | None = None
    avoid: Sequence[AvoidEntry] | None = None


GpItem = RecommendationOut | PlannedTest


def _drug(ctx: LetterContext, rec: GpItem) -> str | None:
    """The drug a recommendation is about (a code), or None."""
    if rec.code in STARTS:
        options = rec.options or []
        return str(options[0]) if options else None
    if rec.code == "DENOSUMAB_OVERDUE":
        return "denosumab"
    current = ctx.current_bone_drugs()
    return current[0].drug if current else None


def _situations(ctx: LetterContext, drug: str | None) -> list[str]:
    found = []
    if ctx.is_child:
        found.append("child")
    if ctx.report.risk_category == "very_high" and not ctx.is_child:
        found.append("very_high")
    if drug:
        route = ctx.templates.files["labels"].get("drug_route", {}).get(drug)
        if route:
            found.append(str(route))
    return found


def _lab(ctx: LetterContext, test: str, key: str) -> Markup:
    lab = next((x for x in ctx.latest_labs() if x.test == test), None)
    if lab is None:
        return Markup("")
    return ctx.text(f"values.{key}", value=ctx.amount(lab.value), unit=lab.unit, date=ctx.date(lab.date))


def _calcium_value(ctx: LetterContext) -> Markup:
    """The calcium result with its albumin: the rule reads the albumin-adjusted calcium, so the raw
    calcium alone (often inside the range) would contradict the request to correct it."""
    labs = ctx.latest_labs()
    calcium = next((x for x in labs if x.test == "calcium"), None)
    albumin = next((x for x in labs if x.test == "albumin"), None)
    if calcium is None:
        return Markup("")
    if albumin is None:
        return _lab(ctx, "calcium", "calcium_level")
    key = "calcium_albumin" if albumin.date == calcium.date else "calcium_albumin_dates"
    return ctx.text(f"values.{key}", value=ctx.amount(calcium.value), unit=calcium.unit,
                    date=ctx.date(calcium.date), albumin=ctx.amount(albumin.value), albumin_unit=albumin.unit,
                    albumin_date=ctx.date(albumin.date))


def _last_dose(ctx: LetterContext, drug: str) -> date | None:
    courses = [m for m in ctx.doc.bone_medications if m.drug == drug and m.start <= ctx.options.as_of]
    if not courses:
        return None
    latest = max(courses, key=lambda m: m.last_dose or m.start)
    return latest.last_dose or latest.start


def _values(ctx: LetterContext, rec: GpItem, drug: str | None) -> dict[str, Any]:
    """Everything a sentence of ``[do.*]`` may use; an unused value costs nothing."""
    options = [ctx.label("bone_drug", d) for d in rec.options or []]
    avoid = rec.avoid or []
    sup = ctx.doc.supplements
    nr = ctx.word("not_recorded")
    last = _last_dose(ctx, "denosumab")
    next_dose = last + timedelta(days=DENOSUMAB_INTERVAL_DAYS) if last else None
    egfr = next((x for x in ctx.latest_labs() if x.test == "egfr"), None)
    reasons = sorted({a.reason for a in avoid})
    has_calcium = bool(sup and sup.calcium_mg_per_day is not None)
    has_vitamin_d = bool(sup and sup.vitamin_d_iu_per_day is not None)
    has_intake = has_calcium or has_vitamin_d
    calcium = ctx.text("values.intake_calcium", value=ctx.num(sup.calcium_mg_per_day, 0)) if has_calcium else nr
    vitamin_d = (ctx.text("values.intake_vitamin_d", value=ctx.num(sup.vitamin_d_iu_per_day, 0))
                 if has_vitamin_d else nr)
    return {
        "name": ctx.patient_name,
        "when": _when(ctx, rec.due),
        "drug": ctx.label("bone_drug", drug) if drug else ctx.word("not_recorded"),
        "options": ", ".join(options),
        "others": ctx.text("values.others", drugs=", ".join(options[1:])) if len(options) > 1 else Markup(""),
        "avoid": (Markup(" " + avoid_text(ctx, avoid)) if avoid else Markup("")),
        "last_dose": ctx.date(last) if last else nr,
        "next_dose": _when(ctx, next_dose) if next_dose else nr,
        "calcium": calcium, "vitamin_d": vitamin_d,
        "intake": (ctx.text("values.intake", calcium=calcium, vitamin_d=vitamin_d) if has_intake
                   else ctx.text("values.intake_none")),
        "vitamin_d_value": _lab(ctx, "25ohd", "vitamin_d"),
        "calcium_value": _calcium_value(ctx),
        "testosterone_value": _lab(ctx, "testosterone", "testosterone"),
        "egfr": ctx.text("values.egfr", value=ctx.amount(egfr.value), unit=egfr.unit) if egfr else nr,
        "because": ctx.text("values.because", reasons=", ".join(reasons)) if reasons else Markup(""),
        "falls": ctx.doc.falls_past_12_months or 0,
    }


def _sentences(ctx: LetterContext, rec: GpItem) -> dict[str, Markup]:
    """owner -> sentence for one recommendation (see the comment above ``[do.*]`` in gp.toml)."""
    code = rec.code
    table: Mapping[str, Any] | None = ctx.templates.files["gp"].get("do", {}).get(code)
    if table is None:  # a code the wording does not know yet: the assessment's own title
        title = esc(ctx.without_ids(rec.title or code))
        return {"note" if rec.kind == "warning" else "clinic": title}
    if table.get("skip"):
        return {}
    drug = _drug(ctx, rec)
    chosen = ""
    for situation in _situations(ctx, drug):
        if any(f"{owner}_{situation}" in table for owner in OWNERS):
            chosen = f"_{situation}"
            break
    values = _values(ctx, rec, drug)
    return {owner: ctx.text(f"do.{code}.{owner}{chosen}", **values)
            for owner in OWNERS if f"{owner}{chosen}" in table}


def gp_lists(ctx: LetterContext) -> dict[str, list[Markup]]:
    """The clinic's list, the GP's list and the notes, each sentence once, in priority order."""
    lists: dict[str, list[Markup]] = {owner: [] for owner in OWNERS}
    recs: list[GpItem] = list(ctx.recommendations)
    next_due = ctx.report.next_due
    for planned, code, covered in NEXT_DUE:
        due = planned(next_due)
        if due and not ctx.codes & covered:
            recs.append(PlannedTest(code, due))
    for rec in recs:
        for owner, sentence in _sentences(ctx, rec).items():
            if sentence not in lists[owner]:
                lists[owner].append(sentence)
    return lists


Lists = dict[str, list[Markup]]


def _list_section(ctx: LetterContext, lists: Lists, owner: str, empty: str) -> tuple[Block, ...]:
    items = list(lists[owner])
    if owner == "gp" and not ctx.options.includes("safety"):
        items += lists["note"]  # switched-off notes must not be lost
    if not items:
        return (Para(ctx.text(f"lists.{empty}")),)
    return (Bullets(tuple(items)),)


BUILDERS: dict[str, Callable[[LetterContext, Lists], tuple[Block, ...]]] = {
    "summary": lambda ctx, _lists: _summary(ctx),
    "clinic_actions": lambda ctx, lists: _list_section(ctx, lists, "clinic", "clinic_none"),
    "gp_actions": lambda ctx, lists: _list_section(ctx, lists, "gp", "gp_none"),
    "safety": lambda ctx, lists: _list_section(ctx, lists, "note", "safety_none"),
    "free_text": lambda ctx, _lists: tuple(Para(p) for p in paragraphs(ctx.options.free_text)),
}


def build_gp(ctx: LetterContext) -> Letter:
    sections = []
    lists = gp_lists(ctx)
    for key, builder in BUILDERS.items():
        if not ctx.options.includes(key):
            continue
        if key == "free_text" and not ctx.options.free_text.strip():
            continue
        if key == "safety" and not lists["note"]:
            continue  # nothing to note: no heading for "nothing applies"
        sections.append(Section(key, ctx.text(f"sections.{key}"), builder(ctx, lists)))
    if ctx.options.recipient:
        recipient, missing = ctx.options.recipient.splitlines(), None
    else:
        lines, complete = ctx.gp_recipient()
        recipient = lines or [str(ctx.raw("recipient"))]
        missing = None if complete else "gp_address"
    return Letter(
        kind="gp", language=ctx.translator.language, title=ctx.text("title"),
        recipient=tuple(esc(line) for line in recipient if line.strip()),
        date_line=ctx.date_line(), reference=ctx.reference(),
        subject=ctx.text("subject", patient_name=ctx.patient_name, birth_date=ctx.date(ctx.doc.birth_date),
                         patient_id=ctx.doc.id),
        salutation=ctx.text("salutation"), sections=tuple(sections), closing=ctx.text("closing"),
        signature=ctx.signature(), provenance=ctx.provenance(), patient_label=ctx.patient_label(),
        footer=ctx.text("footer"), banner=ctx.banner(), return_address=ctx.return_address(),
        warnings=ctx.missing(recipient=missing),
    )
