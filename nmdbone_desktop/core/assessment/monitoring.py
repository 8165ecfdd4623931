"""RULES §8: baseline, DXA and spine-imaging intervals, labs, vitamin D, calcium, falls, puberty."""

from __future__ import annotations

from datetime import date, timedelta

from ..dates import add_months
from .catalogue import rule
from .densitometry import Trajectory
from .facts import SITE_LABEL, Facts
from .recommendation import Recommendation
from .references import cite

DUE_SOON_DAYS = 90  # RULES §8.2: due when latest + interval ≤ as_of + 90 days
VITAMIN_D_TARGET_NMOL = 75.0
VITAMIN_D_SEVERE_NMOL = 30.0


def _due_soon(due: date, as_of: date) -> bool:
    return due <= as_of + timedelta(days=DUE_SOON_DAYS)


@rule("8.1", sources=("S-ACR22", "S-WARD18", "S-KRUSE25"), confidence="V", codes=("BASELINE_BONE_ASSESSMENT",))
def baseline_assessment(facts: Facts) -> Recommendation | None:
    """No DXA on record: DXA at several sites, lateral spine imaging and bone labs; priority 1 with a
    current glucocorticoid, non-ambulant or any fragility fracture (stands in for DXA_DUE and
    SPINE_IMAGING_DUE).
    """
    if facts.doc.dxa:
        return None
    urgent = []
    if facts.on_gc:
        urgent.append(f"on glucocorticoid {facts.gc.current_daily_mg_pred_eq:g} mg/day prednisolone-eq")
    if facts.non_ambulant:
        urgent.append("non-ambulant")
    if facts.fragility_fractures:
        urgent.append(f"{len(facts.fragility_fractures)} fragility fracture(s) on record")
    sites = (
        "lumbar spine and total body less head (lateral distal femur if non-ambulant)"
        if facts.is_child
        else "lumbar spine, femoral neck and total hip"
    )
    return Recommendation(
        code="BASELINE_BONE_ASSESSMENT",
        kind="action",
        priority=1 if urgent else 2,
        title="Baseline bone assessment",
        text=(
            f"Arrange DXA ({sites}), a lateral thoracolumbar spine X-ray or VFA for silent vertebral "
            "fractures, and bone labs (25-OH vitamin D, calcium, phosphate, ALP, PTH, creatinine)."
        ),
        rationale="No DXA on record" + (f"; {', '.join(urgent)}" if urgent else "") + ".",
        references=cite("S-ACR22", "S-WARD18", "S-KRUSE25"),
        due=facts.as_of,
    )


@rule("8.2", sources=("S-ACR22", "S-ISCD-GLOSS", "S-DMD18-2"), confidence="P", codes=("DXA_DUE",))
def dxa_interval(facts: Facts, category: str, trajectory: Trajectory) -> tuple[int, list[str]]:
    """12 months for children, glucocorticoid ≥ 2.5 mg/day, osteoporosis or low for age, or a
    significant loss at any site; otherwise 24 months (ACR 2022: every 1–2 years on GC).
    """
    why = []
    if facts.is_child:
        why.append("child")
    if facts.gc.current_daily_mg_pred_eq >= 2.5:
        why.append(f"glucocorticoid {facts.gc.current_daily_mg_pred_eq:g} mg/day ≥ 2.5")
    if category in ("osteoporosis", "low_for_age"):
        why.append(f"category {category.replace('_', ' ')}")
    if trajectory.any_significant_loss:
        why.append("significant BMD loss")
    return (12 if why else 24), why


def dxa_due(facts: Facts, category: str, trajectory: Trajectory) -> tuple[date | None, Recommendation | None]:
    """Next DXA date and DXA_DUE when it falls within 90 days (or has passed)."""
    if not facts.doc.dxa:
        return facts.as_of, None
    latest = max(d.date for d in facts.doc.dxa)
    months, why = dxa_interval(facts, category, trajectory)
    due = add_months(latest, months)
    if not _due_soon(due, facts.as_of):
        return due, None
    reason = ", ".join(why) if why else "no reason for a shorter interval"
    return due, Recommendation(
        code="DXA_DUE",
        kind="action",
        priority=2,
        title="Follow-up DXA " + ("overdue" if due < facts.as_of else "due"),
        text=f"Repeat DXA at the same sites on the same scanner; due {due}.",
        rationale=f"Latest DXA {latest}; interval {months} months ({reason}).",
        references=cite("S-ACR22", "S-ISCD-GLOSS"),
        due=due,
    )


@rule("8.3", sources=("S-DMD18-2", "S-ACR22", "S-ISCD19-VFA", "POLICY"), confidence="R", codes=("SPINE_IMAGING_DUE",))
def spine_imaging_interval(facts: Facts) -> tuple[int | None, str]:
    """12 months for children on glucocorticoids now; 24 months for other children, adults on
    GC ≥ 2.5 mg/day, non-ambulant adults, T-scored adults with lowest T ≤ −1.0 and adults with a
    vertebral fracture; other adults: no repeat.
    """
    if facts.is_child:
        return (12, "child on glucocorticoids") if facts.on_gc else (24, "child")
    if facts.gc.current_daily_mg_pred_eq >= 2.5:
        return 24, f"glucocorticoid {facts.gc.current_daily_mg_pred_eq:g} mg/day ≥ 2.5"
    if facts.non_ambulant:
        return 24, "non-ambulant"
    if facts.t_scored and facts.lowest_t is not None and facts.lowest_t <= -1.0:
        return 24, f"lowest T {facts.lowest_t:.1f} ≤ −1.0"
    if facts.vertebral_fractures:
        return 24, "vertebral fracture on record"
    return None, "no repeat needed"


def spine_imaging_due(facts: Facts) -> tuple[date | None, Recommendation | None, str | None]:
    """Next spine imaging date, SPINE_IMAGING_DUE when due, and a note when no repeat is planned."""
    if not facts.doc.dxa:
        return facts.as_of, None, None
    imaging = [s.date for s in facts.doc.spine_imaging if s.date <= facts.as_of]
    refs = cite("S-DMD18-2", "S-ACR22", "S-ISCD13P")
    if not imaging:
        return (
            facts.as_of,
            Recommendation(
                code="SPINE_IMAGING_DUE",
                kind="action",
                priority=2,
                title="Spine imaging (never done)",
                text="Lateral thoracolumbar spine X-ray or VFA: vertebral fractures are often silent in NMD.",
                rationale="DXA on record but no lateral spine X-ray or VFA ever.",
                references=refs,
                due=facts.as_of,
            ),
            None,
        )
    latest = max(imaging)
    months, why = spine_imaging_interval(facts)
    if months is None:
        return None, None, f"spine imaging: no repeat planned after {latest} ({why})"
    due = add_months(latest, months)
    if not _due_soon(due, facts.as_of):
        return due, None, None
    return (
        due,
        Recommendation(
            code="SPINE_IMAGING_DUE",
            kind="action",
            priority=2,
            title="Spine imaging " + ("overdue" if due < facts.as_of else "due"),
            text=f"Lateral thoracolumbar spine X-ray or VFA to look for vertebral fractures; due {due}.",
            rationale=f"Latest spine imaging {latest}; repeat every {months} months ({why}).",
            references=refs,
            due=due,
        ),
        None,
    )


@rule("8.4", sources=("S-DMD18-2", "S-IOM11"), confidence="P", codes=("BONE_LABS_DUE",))
def bone_labs_due(facts: Facts) -> tuple[date, Recommendation | None]:
    """No 25-OH vitamin D result within 12 months: 25-OH vitamin D, calcium, phosphate, ALP, PTH,
    creatinine (due a year after the last result, or now).
    """
    results = [lab.date for lab in facts.doc.labs if lab.test == "25ohd" and lab.date <= facts.as_of]
    latest = max(results) if results else None
    due = add_months(latest, 12) if latest else facts.as_of
    if facts.vitamin_d is not None:
        return due, None
    return due, Recommendation(
        code="BONE_LABS_DUE",
        kind="action",
        priority=3,
        title="Bone labs due",
        text="25-OH vitamin D, calcium, phosphate, ALP, PTH and creatinine/eGFR.",
        rationale=(
            f"Latest 25-OH vitamin D {latest}, more than 12 months ago."
            if latest
            else "No 25-OH vitamin D result on record."
        ),
        references=cite("S-DMD18-2", "S-IOM11"),
        due=due,
    )


@rule("8.5", sources=("S-IOM11", "S-VITD-UNIT", "POLICY"), confidence="P", codes=("VITAMIN_D_REPLETION",))
def vitamin_d_repletion(facts: Facts) -> Recommendation | None:
    """Latest 25-OH vitamin D below 75 nmol/L (ng/mL × 2.496): replete, then maintain; priority 1
    below 30 nmol/L.
    """
    vd = facts.vitamin_d
    if vd is None or vd.value >= VITAMIN_D_TARGET_NMOL:
        return None
    severe = vd.value < VITAMIN_D_SEVERE_NMOL
    shown = f"{vd.value:.0f} nmol/L" + ("" if vd.entered.endswith("nmol/L") else f" (entered {vd.entered})")
    return Recommendation(
        code="VITAMIN_D_REPLETION",
        kind="action",
        priority=1 if severe else 2,
        title="Replete vitamin D" + (" (deficient)" if severe else ""),
        text="Give a vitamin D repletion course, then a maintenance dose; recheck 25-OH vitamin D in about 3 months.",
        rationale=f"25-OH vitamin D {shown} on {vd.date}, below the 75 nmol/L target"
        + ("; below 30 nmol/L" if severe else "")
        + ".",
        references=cite("S-IOM11", "S-VITD-UNIT"),
        due=facts.as_of,
    )


@rule("8.6", sources=("S-ACR22", "S-IOM11"), confidence="V", codes=("CALCIUM_VITAMIN_D",))
def calcium_vitamin_d(facts: Facts, category: str, indication: bool) -> Recommendation | None:
    """Make sure of calcium and vitamin D with a current glucocorticoid, on therapy or an
    indication, osteoporosis / osteopenia / low for age, or non-ambulant — unless ≥ 800 IU/day of
    vitamin D is recorded (ACR 2022: for everyone on GC).
    """
    supp = facts.doc.supplements
    if supp is not None and supp.vitamin_d_iu_per_day is not None and supp.vitamin_d_iu_per_day >= 800:
        return None
    why = []
    if facts.on_gc:
        why.append("on glucocorticoids")
    if facts.on_therapy:
        why.append("on bone therapy")
    elif indication:
        why.append("bone therapy indicated")
    if category in ("osteoporosis", "osteopenia", "low_for_age"):
        why.append(category.replace("_", " "))
    if facts.non_ambulant:
        why.append("non-ambulant")
    if not why:
        return None
    now = (
        "no vitamin D supplement recorded"
        if supp is None or supp.vitamin_d_iu_per_day is None
        else f"vitamin D {supp.vitamin_d_iu_per_day:g} IU/day recorded (< 800)"
    )
    return Recommendation(
        code="CALCIUM_VITAMIN_D",
        kind="action",
        priority=3,
        title="Calcium and vitamin D intake",
        text="Check dietary calcium and give calcium if intake is low; vitamin D at least 800 IU a day.",
        rationale=f"{'; '.join(why).capitalize()}; {now}.",
        references=cite("S-ACR22", "S-IOM11"),
    )


@rule("8.7", sources=("S-FLS-KPI", "S-QS149"), confidence="V", codes=("FALLS_PREVENTION",))
def falls_prevention(facts: Facts) -> Recommendation | None:
    """A fall in the past 12 months: falls assessment and prevention."""
    falls = facts.doc.falls_past_12_months or 0
    if falls < 1:
        return None
    return Recommendation(
        code="FALLS_PREVENTION",
        kind="action",
        priority=2,
        title="Falls assessment and prevention",
        text=(
            "Falls risk assessment (strength, balance, orthoses, home hazards, medication review) "
            "and a prevention plan."
        ),
        rationale=f"{falls} fall{'s' if falls > 1 else ''} in the past 12 months.",
        references=cite("S-FLS-KPI", "S-QS149"),
    )


@rule("8.8", sources=("S-DMD18-1",), confidence="R", codes=("PUBERTY_ASSESSMENT",))
def puberty_assessment(facts: Facts) -> Recommendation | None:
    """Adolescents ≥ 14 with puberty prepubertal or delayed and any glucocorticoid ever: assess
    puberty (testosterone, LH, FSH) and refer to endocrinology (DMD care considerations 2018).
    """
    if not facts.is_child or facts.age < 14 or facts.doc.puberty not in ("prepubertal", "delayed"):
        return None
    if not facts.gc.any_ever:
        return None
    return Recommendation(
        code="PUBERTY_ASSESSMENT",
        kind="action",
        priority=2,
        title="Assess delayed puberty",
        text="Tanner staging, testosterone (or oestradiol), LH and FSH; refer to paediatric endocrinology.",
        rationale=f"Age {facts.age:.1f}, puberty recorded as {facts.doc.puberty}, glucocorticoid exposure "
        f"since {facts.gc.first_start}.",
        references=cite("S-DMD18-1"),
    )


def significant_loss_words(trajectory: Trajectory) -> str:
    parts = [f"{SITE_LABEL[c.site]} {c.change_percent:+.1f} %" for c in trajectory.changes if c.significant_loss]
    return ", ".join(parts)
