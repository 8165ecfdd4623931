"""The patient advice sheet: plain words, large print, no scores and no references.

The report's recommendation texts are written for clinicians, so none of them is printed here;
each code maps to one plain sentence in ``patient.toml`` (codes without a sentence, such as the
scanner-change warning, are left out). For a child the sheet speaks to the family.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..core.report import RecommendationOut
from .content import Block, Bullets, Letter, Para, Section
from .context import LetterContext
from .formatting import Markup, esc, paragraphs

__all__ = ["build_patient"]

# Shown in their own sections, not in "What happens next" (when that section is printed).
OWN_SECTION = {"CALCIUM_VITAMIN_D": "calcium_vitamin_d", "VITAMIN_D_REPLETION": "calcium_vitamin_d",
               "VITAMIN_D_HIGH": "calcium_vitamin_d", "CORRECT_VITAMIN_D_FIRST": "calcium_vitamin_d",
               "FALLS_PREVENTION": "falls"}
# Said in the same item as START_BONE_THERAPY when both are there.
WITH_START = ("CONSIDER_ANABOLIC", "ORAL_BISPHOSPHONATE_UNSUITABLE")
# Tests due: gathered into one item, "tests we will arrange", grouped by when they are due.
TESTS = ("BASELINE_BONE_ASSESSMENT", "DXA_DUE", "SPINE_IMAGING_DUE", "BONE_LABS_DUE")
# What must happen before a bone medicine is given (started, or its next dose): one item.
# PREGNANCY_PLANNING is not among them: it also concerns a medicine already taken.
BEFORE_TREATMENT = ("DENTAL_CHECK", "CORRECT_CALCIUM_FIRST", "CORRECT_VITAMIN_D_FIRST")


def _a(ctx: LetterContext) -> str:
    """Which audience table of the template: the patient or the family of a child."""
    return "child" if ctx.is_child else "adult"


def _when(ctx: LetterContext, due: str | None) -> Markup:
    if not due or date.fromisoformat(due) <= ctx.options.as_of:
        return ctx.text("when.now")
    return ctx.text("when.on", date=ctx.date(due))


def _results(ctx: LetterContext) -> tuple[Block, ...]:
    a = _a(ctx)
    blocks: list[Block] = [Para(ctx.text(f"{a}.intro"))]
    category = ctx.report.densitometry.category
    key = f"{a}.scan_{category}"
    if ctx.templates.has("patient", key):
        blocks.append(Para(ctx.text(key)))
    count = ctx.report.vertebral_fractures.count
    if count == 1:
        blocks.append(Para(ctx.text(f"{a}.spine_one")))
    elif count > 1:
        blocks.append(Para(ctx.text(f"{a}.spine_many", count=count)))
    risk = ctx.report.risk_category
    if ctx.templates.has("patient", f"{a}.risk_{risk}"):
        blocks.append(Para(ctx.text(f"{a}.risk_{risk}"), "strong"))
    drugs = ctx.current_glucocorticoid_drugs()
    if drugs:
        blocks.append(Para(ctx.text(f"{a}.steroids", drug=ctx.label("gc_drug", drugs[0]).lower())))
    return tuple(blocks)


def _calcium(ctx: LetterContext) -> tuple[Block, ...]:
    """One "vitamin D and calcium" section: what keeps bones strong, what the patient takes, and
    every vitamin D and calcium recommendation in as few paragraphs as possible."""
    a = _a(ctx)
    blocks: list[Block] = [Para(ctx.text(f"{a}.calcium"))]
    level: list[str] = []
    if "VITAMIN_D_REPLETION" in ctx.codes:
        level.append(ctx.text(f"{a}.vitamin_d_low"))
    if "CORRECT_VITAMIN_D_FIRST" in ctx.codes:
        level.append(ctx.text(f"{a}.vitamin_d_first"))
    if "VITAMIN_D_HIGH" in ctx.codes:
        level.append(ctx.text(f"{a}.vitamin_d_high"))
    if level:
        blocks.append(Para(Markup(" ".join(level)), "strong"))
    advice: list[str] = []
    sup = ctx.doc.supplements
    taking = []
    if sup and sup.calcium_mg_per_day:
        taking.append(ctx.text("supplement.calcium", value=ctx.num(sup.calcium_mg_per_day, 0)))
    if sup and sup.vitamin_d_iu_per_day:
        taking.append(ctx.text("supplement.vitamin_d", value=ctx.num(sup.vitamin_d_iu_per_day, 0)))
    if taking:
        advice.append(ctx.text(f"{a}.taking", items=ctx.join(taking)))
    if "CALCIUM_VITAMIN_D" in ctx.codes:
        advice.append(ctx.text(f"{a}.check_intake"))
    if ctx.doc.dysphagia:
        advice.append(ctx.text(f"{a}.swallowing"))
    if advice:
        blocks.append(Para(Markup(" ".join(advice))))
    return tuple(blocks)


def _falls(ctx: LetterContext) -> tuple[Block, ...]:
    a = _a(ctx)
    blocks: list[Block] = [Para(ctx.text(f"{a}.falls_general"))]
    falls = ctx.doc.falls_past_12_months or 0
    if falls == 1:
        blocks.append(Para(ctx.text(f"{a}.falls_recent_one"), "strong"))
    elif falls > 1:
        blocks.append(Para(ctx.text(f"{a}.falls_recent_many", count=falls), "strong"))
    return tuple(blocks)


def _tests(ctx: LetterContext, codes: dict[str, RecommendationOut]) -> list[Markup]:
    """"Tests we will arrange": one item per date, naming every test due then (the tests the
    recommendations ask for, and the next scan and X-ray already planned)."""
    due: list[tuple[str, str | None]] = []
    # The baseline assessment already names the scan, the X-ray and the blood test.
    for code in TESTS[:1] if "BASELINE_BONE_ASSESSMENT" in codes else TESTS:
        if code in codes:
            due.append((code, codes[code].due))
    next_due = ctx.report.next_due
    if next_due.dxa and not ctx.codes & {"DXA_DUE", "BASELINE_BONE_ASSESSMENT"}:
        due.append(("DXA_DUE", next_due.dxa))
    if next_due.spine_imaging and not ctx.codes & {"SPINE_IMAGING_DUE", "BASELINE_BONE_ASSESSMENT"}:
        due.append(("SPINE_IMAGING_DUE", next_due.spine_imaging))
    by_when: dict[str, list[str]] = {}
    for code, when in sorted(due, key=lambda cw: (_when(ctx, cw[1]) != ctx.text("when.now"), cw[1] or "")):
        # a date never breaks over two lines
        by_when.setdefault(_when(ctx, when).replace(" ", "\u00a0"), []).append(ctx.text(f"test.{code}"))
    if not by_when:
        return []
    groups = [ctx.text("test.group", tests=ctx.join(tests), when=Markup(when)) for when, tests in by_when.items()]
    return [ctx.text("test.lead", tests=Markup("; ".join(groups)))]


def _before(ctx: LetterContext, codes: dict[str, RecommendationOut]) -> list[Markup]:
    """"Before the bone medicine is given": the checks a bone medicine waits for, in one item."""
    parts = [ctx.text(f"before.{code}") for code in BEFORE_TREATMENT
             if code in codes and not (code in OWN_SECTION and ctx.options.includes(OWN_SECTION[code]))]
    return [ctx.text("before.lead", items=Markup(" ".join(parts)))] if parts else []


def _next_steps(ctx: LetterContext) -> tuple[Block, ...]:
    """Treatment first (by priority), then what it waits for, then the tests, each group as one item."""
    a = _a(ctx)
    codes: dict[str, RecommendationOut] = {rec.code: rec for rec in ctx.recommendations}
    items: list[Markup] = []
    for code, rec in codes.items():
        if code in OWN_SECTION and ctx.options.includes(OWN_SECTION[code]):
            continue
        if code in TESTS or code in BEFORE_TREATMENT:
            continue
        if code in WITH_START and "START_BONE_THERAPY" in codes:
            continue
        if code == "START_BONE_THERAPY":
            # what kind of medicine it may be, in the same item
            more = [ctx.text(f"next.{c}") for c in WITH_START if c in codes]
            items.append(Markup(" ".join([ctx.text(f"next.{code}"), *more])))
            continue
        if code == "FALLS_PREVENTION":
            items.append(ctx.text(f"{a}.falls_recent_one" if (ctx.doc.falls_past_12_months or 0) <= 1
                                  else f"{a}.falls_recent_many", count=ctx.doc.falls_past_12_months or 0))
        elif code == "CALCIUM_VITAMIN_D":
            items.append(ctx.text(f"{a}.check_intake"))
        elif ctx.templates.has("patient", f"next.{code}"):
            items.append(ctx.text(f"next.{code}", when=_when(ctx, rec.due)))
    items += _before(ctx, codes) + _tests(ctx, codes)
    return (Bullets(tuple(items)),) if items else ()


def _free_text(ctx: LetterContext) -> tuple[Block, ...]:
    return tuple(Para(p) for p in paragraphs(ctx.options.free_text))


BUILDERS: dict[str, Callable[[LetterContext], tuple[Block, ...]]] = {
    "results": _results, "calcium_vitamin_d": _calcium, "falls": _falls, "next_steps": _next_steps,
    "free_text": _free_text,
}


def build_patient(ctx: LetterContext) -> Letter:
    a, lh = _a(ctx), ctx.letterhead
    sections = []
    for key, builder in BUILDERS.items():
        if not ctx.options.includes(key):
            continue
        if key == "free_text" and not ctx.options.free_text.strip():
            continue
        blocks = builder(ctx)
        if blocks:
            sections.append(Section(key, ctx.text(f"sections.{key}"), blocks))
    phone = ctx.letterhead.phone.replace(" ", "\u00a0")  # a number must not break across lines
    contact = ctx.text("contact", phone=phone) if phone else ctx.text("contact_no_phone")
    sections.append(Section("contact", Markup(""), (Para(contact, "strong"),)))
    recipient, complete = ctx.patient_recipient()
    return Letter(
        kind="patient", language=ctx.translator.language, title=ctx.text(f"{a}.title"),
        recipient=tuple(esc(x) for x in recipient),
        date_line=ctx.date_line(), reference=Markup(""),
        # The address block names the patient (or the family) and the date line the date.
        subject=Markup(""),
        salutation=Markup(""), sections=tuple(sections), closing=ctx.text("closing"),
        signature=tuple(esc(x) for x in (", ".join(ctx.signatory()), lh.department or lh.clinic_name) if x),
        provenance=Markup(""), patient_label=ctx.patient_label(),
        footer=ctx.text("footer"), large_print=True, signature_space=False, banner=ctx.banner(),
        title_beside_address=True,
        return_address=ctx.return_address(),
        warnings=ctx.missing(recipient=None if complete else "patient_address"),
    )
