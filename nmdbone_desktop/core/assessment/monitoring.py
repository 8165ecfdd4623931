"""RULES §8: baseline, DXA and spine-imaging intervals, labs, vitamin D, calcium, falls, puberty,
testosterone; each action with its `since` (§9)."""

from __future__ import annotations

from datetime import date, timedelta

from ..dates import add_months
from ..document import LabResult
from ..units import to_canonical_exact
from .catalogue import rule
from .densitometry import Finding, Trajectory
from .facts import SITE_LABEL, Facts, LatestLab
from .recommendation import Recommendation
from .references import cite
from .risk import RiskCategory
from .wording import day, fixed, listed, msg, plain, term

DUE_SOON_DAYS = 90  # RULES §8.2: due when latest + interval ≤ as_of + 90 days
VITAMIN_D_TARGET_NMOL = 75
VITAMIN_D_SEVERE_NMOL = 30
VITAMIN_D_HIGH_NMOL = 125  # [S-IOM11 V]: "potential concern"
VITAMIN_D_PTH_NMOL = 50  # PTH joins the bone profile below this (policy)
TESTOSTERONE_LOW_NMOL = 8  # policy [S-ES18-T], [S-T-GUIDES], [S-EAU-T]
LAB_NAMES = {
    "calcium": "calcium",
    "phosphate": "phosphate",
    "alp": "ALP",
    "25ohd": "25-OH vitamin D",
    "kidney": "kidney function (creatinine or eGFR)",
    "pth": "PTH",
}


def _due_soon(due: date, as_of: date) -> bool:
    return due <= as_of + timedelta(days=DUE_SOON_DAYS)


@rule("8.1", sources=("S-ACR22", "S-WARD18", "S-KRUSE25"), confidence="V", codes=("BASELINE_BONE_ASSESSMENT",))
def baseline_assessment(facts: Facts) -> Recommendation | None:
    """No DXA on record: DXA at several sites, lateral spine imaging and bone labs; priority 1 with a
    current glucocorticoid, non-ambulant or any fragility fracture (stands in for DXA_DUE and
    SPINE_IMAGING_DUE).
    """
    if any(d.date <= facts.as_of for d in facts.doc.dxa):
        return None
    urgent: list[Finding] = []
    if facts.on_gc and facts.gc_onsets.current:
        urgent.append(Finding(f"on glucocorticoid {facts.gc.current_daily_mg_pred_eq:g} mg/day prednisolone-eq",
                              facts.gc_onsets.current, msg("why.on_gc", dose=plain(facts.gc.current_daily_mg_pred_eq))))
    if facts.non_ambulant and facts.non_ambulant_since:
        urgent.append(Finding("non-ambulant", facts.non_ambulant_since, msg("why.non_ambulant")))
    if facts.fractures:
        first = min(facts.fractures, key=lambda e: e.date)
        n = len(facts.fractures)
        urgent.append(Finding(f"{n} fragility fracture{'s' if n > 1 else ''} on record", first.date,
                              msg("why.fractures_on_record." + ("many" if n > 1 else "one"), count=n)))
    if urgent:
        since = min(f.since for f in urgent)
    elif facts.doc.diagnosis.onset_date is not None:
        since = facts.doc.diagnosis.onset_date
    else:
        since = facts.as_of
        facts.notes.append("BASELINE_BONE_ASSESSMENT: no diagnosis onset date recorded; dated as of the assessment")
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
        rationale="No DXA on record" + (f"; {', '.join(f.words for f in urgent)}" if urgent else "") + ".",
        references=cite("S-ACR22", "S-WARD18", "S-KRUSE25"),
        due=facts.as_of,
        since=since,
        rule="baseline_assessment",
        message_key="rec.BASELINE_BONE_ASSESSMENT." + ("child" if facts.is_child else "adult"),
        rationale_message=msg("why.BASELINE_BONE_ASSESSMENT",
                              urgent=msg("why.urgent_list", items=listed([f.message for f in urgent], "comma"))
                              if urgent else ""),
    )


@rule("8.2", sources=("S-ACR22", "S-ISCD-GLOSS", "S-DMD18-2"), confidence="P", codes=("DXA_DUE",))
def dxa_interval(facts: Facts, category: str, trajectory: Trajectory) -> tuple[int, list[str]]:
    """12 months for children, glucocorticoid ≥ 2.5 mg/day, osteoporosis or low for age, or a
    significant loss at any site; otherwise 24 months (ACR 2022: every 1–2 years on GC).
    """
    why, _ = dxa_interval_messages(facts, category, trajectory)
    return (12 if why else 24), why


def dxa_interval_messages(facts: Facts, category: str, trajectory: Trajectory) -> tuple[list[str], list[dict]]:
    """The reasons for the 12-month DXA interval, in English and as messages."""
    why: list[str] = []
    messages: list[dict] = []
    if facts.is_child:
        why.append("child")
        messages.append(msg("interval.child"))
    if facts.gc.current_daily_mg_pred_eq >= 2.5:
        why.append(f"glucocorticoid {facts.gc.current_daily_mg_pred_eq:g} mg/day ≥ 2.5")
        messages.append(msg("interval.gc", dose=plain(facts.gc.current_daily_mg_pred_eq)))
    if category in ("osteoporosis", "low_for_age"):
        why.append(f"category {category.replace('_', ' ')}")
        messages.append(msg("interval.category", category=term("category", category)))
    if trajectory.any_significant_loss:
        why.append("significant BMD loss")
        messages.append(msg("interval.significant_loss"))
    return why, messages


def dxa_due(facts: Facts, category: str, trajectory: Trajectory) -> tuple[date | None, Recommendation | None]:
    """Next DXA date and DXA_DUE when it falls within 90 days (or has passed)."""
    days = [d.date for d in facts.doc.dxa if d.date <= facts.as_of]
    if not days:
        return facts.as_of, None
    last = max(days)
    months, why = dxa_interval(facts, category, trajectory)
    due = add_months(last, months)
    if not _due_soon(due, facts.as_of):
        return due, None
    reason = ", ".join(why) if why else "no reason for a shorter interval"
    _, why_messages = dxa_interval_messages(facts, category, trajectory)
    overdue = due < facts.as_of
    return due, Recommendation(
        code="DXA_DUE",
        kind="action",
        priority=2,
        title="Follow-up DXA " + ("overdue" if due < facts.as_of else "due"),
        text=f"Repeat DXA at the same sites on the same scanner; due {due}.",
        rationale=f"Latest DXA {last}; interval {months} months ({reason}).",
        references=cite("S-ACR22", "S-ISCD-GLOSS"),
        due=due,
        since=due,
        rule="dxa_interval",
        message_key="rec.DXA_DUE." + ("overdue" if overdue else "due"),
        params={"due": day(due)},
        rationale_message=msg("why.DXA_DUE", last=day(last), months=months,
                              reason=listed(why_messages, "comma") if why_messages else msg("interval.none")),
    )


@rule("8.3", sources=("S-DMD18-2", "S-ACR22", "S-ISCD19-VFA", "S-ISCD13P", "POLICY"), confidence="R",
      codes=("SPINE_IMAGING_DUE",))
def spine_imaging_interval(facts: Facts) -> tuple[int | None, str]:
    """12 months for children on glucocorticoids now; 24 months for other children, adults on
    GC ≥ 2.5 mg/day, non-ambulant adults, T-scored adults with lowest T ≤ −1.0 and adults with a
    vertebral fracture; other adults: no repeat.
    """
    months, why, _ = spine_interval_message(facts)
    return months, why


def spine_interval_message(facts: Facts) -> tuple[int | None, str, dict]:
    """The spine imaging interval, its reason in English and as a message."""
    if facts.is_child:
        return (12, "child on glucocorticoids", msg("interval.child_on_gc")) if facts.on_gc \
            else (24, "child", msg("interval.child"))
    if facts.gc.current_daily_mg_pred_eq >= 2.5:
        return 24, f"glucocorticoid {facts.gc.current_daily_mg_pred_eq:g} mg/day ≥ 2.5", msg(
            "interval.gc", dose=plain(facts.gc.current_daily_mg_pred_eq))
    if facts.non_ambulant:
        return 24, "non-ambulant", msg("why.non_ambulant")
    if facts.t_scored and facts.lowest_t is not None and facts.lowest_t.value <= -1.0:
        return 24, f"lowest T {facts.lowest_t.value:.1f} ≤ −1.0", msg("interval.lowest_t",
                                                                       value=fixed(facts.lowest_t.value, 1))
    if facts.vfs:
        return 24, "vertebral fracture on record", msg("interval.vf_on_record")
    return None, "no repeat needed", msg("interval.no_repeat")


def spine_imaging_due(facts: Facts) -> tuple[date | None, Recommendation | None, str | None]:
    """Next spine imaging date, SPINE_IMAGING_DUE when due, and a note when no repeat is planned."""
    if not any(d.date <= facts.as_of for d in facts.doc.dxa):
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
                since=facts.as_of,
                rule="spine_imaging_interval",
                message_key="rec.SPINE_IMAGING_DUE.never",
                rationale_message=msg("why.spine_never"),
            ),
            None,
        )
    last = max(imaging)
    months, why = spine_imaging_interval(facts)
    if months is None:
        return None, None, f"spine imaging: no repeat planned after {last} ({why})"
    due = add_months(last, months)
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
            rationale=f"Latest spine imaging {last}; repeat every {months} months ({why}).",
            references=refs,
            due=due,
            since=due,
            rule="spine_imaging_interval",
            message_key="rec.SPINE_IMAGING_DUE." + ("overdue" if due < facts.as_of else "due"),
            params={"due": day(due)},
            rationale_message=msg("why.SPINE_IMAGING_DUE", last=day(last), months=months,
                                  reason=spine_interval_message(facts)[2]),
        ),
        None,
    )


def _profile(facts: Facts) -> list[str]:
    """The bone profile of RULES §8.4: PTH joins when the latest 25-OH vitamin D is < 50 nmol/L."""
    tests = ["calcium", "phosphate", "alp", "25ohd", "kidney"]
    vd = facts.vitamin_d
    if vd is not None and vd.exact < VITAMIN_D_PTH_NMOL:
        tests.append("pth")
    return tests


@rule("8.4", sources=("S-SCOT-DMD", "S-BUCKNER15", "S-DMD18-2", "POLICY"), confidence="P", codes=("BONE_LABS_DUE",))
def bone_labs_due(facts: Facts) -> tuple[date, Recommendation | None]:
    """The bone profile (calcium, phosphate, ALP, 25-OH vitamin D, kidney function; PTH when vitamin D
    < 50 nmol/L): a test is due with no result within 12 months, or within 3 months for 25-OH vitamin D
    whose latest result is below 75 nmol/L (recheck after repletion). Next due: the earliest over the
    profile.
    """
    as_of = facts.as_of
    last_of: dict[str, LabResult] = {}  # each test's latest result of any date (same date: listed last)
    for lab in facts.doc.labs:
        key = "kidney" if lab.test in ("creatinine", "egfr") else lab.test
        held = last_of.get(key)
        if lab.date <= as_of and (held is None or lab.date >= held.date):
            last_of[key] = lab
    due_dates: dict[str, date] = {}
    due_now: list[str] = []
    for test in _profile(facts):
        last = last_of.get(test)
        months = 12
        if test == "25ohd" and last is not None and (
            to_canonical_exact("25ohd", last.value, last.unit) < VITAMIN_D_TARGET_NMOL
        ):
            months = 3
        due = add_months(last.date, months) if last is not None else as_of
        due_dates[test] = due
        if last is None or last.date < add_months(as_of, -months):
            due_now.append(test)
    next_due = min(due_dates.values())
    if not due_now:
        return next_due, None
    due = min(due_dates[t] for t in due_now)
    words = [f"{LAB_NAMES[t]} (" + (f"due {due_dates[t]}" if t in last_of else "no result on record") + ")"
             for t in due_now]
    word_messages = [msg("labs.due_on", lab=term("lab", t), date=day(due_dates[t])) if t in last_of
                     else msg("labs.no_result", lab=term("lab", t)) for t in due_now]
    return next_due, Recommendation(
        code="BONE_LABS_DUE",
        kind="action",
        priority=3,
        title="Bone labs due",
        text=f"Bone labs due: {', '.join(LAB_NAMES[t] for t in due_now)}.",
        rationale="; ".join(words) + " (bone profile: calcium, phosphate, ALP, 25-OH vitamin D, kidney function, and "
        "PTH when vitamin D < 50 nmol/L; vitamin D rechecked 3 months after a value < 75 nmol/L).",
        references=cite("S-SCOT-DMD", "S-BUCKNER15"),
        due=due,
        since=due,
        rule="bone_labs_due",
        message_key="rec.BONE_LABS_DUE",
        params={"labs": {"list": [term("lab", t) for t in due_now], "join": "comma"}},
        rationale_message=msg("why.BONE_LABS_DUE", items=listed(word_messages, "semicolon")),
    )


@rule("8.5", sources=("S-IOM11", "S-VITD-UNIT", "S-BUCKNER15", "POLICY"), confidence="P",
      codes=("VITAMIN_D_REPLETION",))
def vitamin_d_repletion(facts: Facts) -> Recommendation | None:
    """Latest 25-OH vitamin D below 75 nmol/L (ng/mL × 2.496): replete, then maintain; priority 1
    below 30 nmol/L.
    """
    vd = facts.vitamin_d
    if vd is None or vd.exact >= VITAMIN_D_TARGET_NMOL:
        return None
    severe = vd.exact < VITAMIN_D_SEVERE_NMOL
    return Recommendation(
        code="VITAMIN_D_REPLETION",
        kind="action",
        priority=1 if severe else 2,
        title="Replete vitamin D" + (" (deficient)" if severe else ""),
        text="Give a vitamin D repletion course, then a maintenance dose; recheck 25-OH vitamin D in about 3 months.",
        rationale=f"25-OH vitamin D {vd.shown()} on {vd.date}, below the 75 nmol/L target"
        + ("; below 30 nmol/L" if severe else "")
        + ".",
        references=cite("S-IOM11", "S-VITD-UNIT"),
        due=facts.as_of,
        since=vd.date,
        rule="vitamin_d_repletion",
        message_key="rec.VITAMIN_D_REPLETION." + ("severe" if severe else "low"),
        rationale_message=msg("why.VITAMIN_D_REPLETION." + ("severe" if severe else "low"), value=vd.shown_message(),
                              date=day(vd.date)),
    )


@rule("8.6", sources=("S-ACR22", "S-IOM11"), confidence="V", codes=("CALCIUM_VITAMIN_D",))
def calcium_vitamin_d(
    facts: Facts, category: str, indication: bool, risk: RiskCategory, deciding: date | None
) -> Recommendation | None:
    """Make sure of calcium and vitamin D with a current glucocorticoid, on therapy or an
    indication, osteoporosis / osteopenia / low for age, or non-ambulant — unless ≥ 800 IU/day of
    vitamin D is recorded (ACR 2022: for everyone on GC). Dated by its earliest reason (§9).
    """
    supp = facts.doc.supplements
    if supp is not None and supp.vitamin_d_iu_per_day is not None and supp.vitamin_d_iu_per_day >= 800:
        return None
    why: list[Finding] = []
    if facts.on_gc and facts.gc_onsets.current:
        why.append(Finding("on glucocorticoids", facts.gc_onsets.current, msg("why.on_glucocorticoids")))
    if facts.on_therapy:
        why.append(Finding("on bone therapy", min(c.start for c in facts.running_therapy), msg("why.on_bone_therapy")))
    if indication and risk.since is not None:
        why.append(Finding("bone therapy indicated", risk.since, msg("why.therapy_indicated")))
    if category in ("osteoporosis", "osteopenia", "low_for_age") and deciding is not None:
        why.append(Finding(category.replace("_", " "), deciding,
                           msg("why.category", category=term("category", category))))
    if facts.non_ambulant and facts.non_ambulant_since:
        why.append(Finding("non-ambulant", facts.non_ambulant_since, msg("why.non_ambulant")))
    if not why:
        return None
    now = (
        "no vitamin D supplement recorded"
        if supp is None or supp.vitamin_d_iu_per_day is None
        else f"vitamin D {supp.vitamin_d_iu_per_day:g} IU/day recorded (< 800)"
    )
    now_message = (
        msg("why.no_vitamin_d_supplement")
        if supp is None or supp.vitamin_d_iu_per_day is None
        else msg("why.vitamin_d_supplement_low", dose=plain(supp.vitamin_d_iu_per_day))
    )
    return Recommendation(
        code="CALCIUM_VITAMIN_D",
        kind="action",
        priority=3,
        title="Calcium and vitamin D intake",
        text="Check dietary calcium and give calcium if intake is low; vitamin D at least 800 IU a day.",
        rationale=f"{'; '.join(f.words for f in why).capitalize()}; {now}.",
        references=cite("S-ACR22", "S-IOM11"),
        since=min(f.since for f in why),
        rule="calcium_vitamin_d",
        message_key="rec.CALCIUM_VITAMIN_D",
        rationale_message=msg("why.CALCIUM_VITAMIN_D", reasons=listed([f.message for f in why], "semicolon"),
                              now=now_message),
    )


@rule("8.7", sources=("S-FLS-KPI", "S-QS149"), confidence="V", codes=("FALLS_PREVENTION",))
def falls_prevention(facts: Facts) -> Recommendation | None:
    """A fall in the past 12 months: falls assessment and prevention."""
    falls = facts.doc.falls_past_12_months or 0
    if falls < 1:
        return None
    facts.notes.append("FALLS_PREVENTION: falls in the past 12 months are not dated; dated as of the assessment")
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
        since=facts.as_of,
        rule="falls_prevention",
        message_key="rec.FALLS_PREVENTION",
        rationale_message=msg("why.FALLS_PREVENTION." + ("many" if falls > 1 else "one"), count=falls),
    )


@rule("8.8", sources=("S-DMD18-1",), confidence="R", codes=("PUBERTY_ASSESSMENT",))
def puberty_assessment(facts: Facts) -> Recommendation | None:
    """Adolescents ≥ 14 with puberty prepubertal or delayed and any glucocorticoid ever: assess
    puberty (testosterone, LH, FSH) and refer to endocrinology (DMD care considerations 2018).
    """
    if not facts.is_child or facts.age < 14 or facts.doc.puberty not in ("prepubertal", "delayed"):
        return None
    if not facts.gc.any_ever or facts.gc.first_start is None:
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
        since=max(facts.birthday(14), facts.gc.first_start),
        rule="puberty_assessment",
        message_key="rec.PUBERTY_ASSESSMENT",
        rationale_message=msg("why.PUBERTY_ASSESSMENT", age=fixed(facts.age, 1),
                              puberty=term("puberty", facts.doc.puberty), date=day(facts.gc.first_start)),
    )


@rule("8.9", sources=("S-IOM11",), confidence="V", codes=("VITAMIN_D_HIGH",))
def vitamin_d_high(facts: Facts) -> Recommendation | None:
    """Latest 25-OH vitamin D above 125 nmol/L (IOM: "potential concern"): review the dose."""
    vd: LatestLab | None = facts.vitamin_d
    if vd is None or vd.exact <= VITAMIN_D_HIGH_NMOL:
        return None
    return Recommendation(
        code="VITAMIN_D_HIGH",
        kind="warning",
        priority=3,
        title="Vitamin D above the safe range",
        text="Review the vitamin D dose: levels above 125 nmol/L are of potential concern.",
        rationale=f"25-OH vitamin D {vd.shown()} on {vd.date} (> 125 nmol/L).",
        references=cite("S-IOM11"),
        since=vd.date,
        rule="vitamin_d_high",
        message_key="rec.VITAMIN_D_HIGH",
        rationale_message=msg("why.VITAMIN_D_HIGH", value=vd.shown_message(), date=day(vd.date)),
    )


@rule("8.10", sources=("S-PASSERI20", "S-ES18-T", "S-T-GUIDES", "S-EAU-T", "POLICY"), confidence="policy",
      codes=("HYPOGONADISM_REVIEW",))
def hypogonadism_review(facts: Facts) -> Recommendation | None:
    """An adult man whose latest testosterone is < 8 nmol/L with no testosterone course running:
    endocrine review (low testosterone is a fracture determinant in men with DM1/DM2; 8 nmol/L policy).
    """
    t = facts.labs.get("testosterone")
    if facts.is_child or facts.doc.sex != "male" or t is None or t.exact >= TESTOSTERONE_LOW_NMOL:
        return None
    if any(c.drug == "testosterone" and c.start <= facts.as_of and (c.end is None or c.end >= facts.as_of)
           for c in facts.doc.bone_medications):
        return None
    return Recommendation(
        code="HYPOGONADISM_REVIEW",
        kind="action",
        priority=2,
        title="Endocrine review: low testosterone",
        text="Refer for endocrine review of hypogonadism: low testosterone weakens bone in men with neuromuscular "
        "disease.",
        rationale=f"Testosterone {t.shown()} on {t.date} (< 8 nmol/L, clinic policy: unequivocally low); no "
        "testosterone therapy running.",
        references=cite("S-PASSERI20", "S-ES18-T"),
        due=facts.as_of,
        since=t.date,
        rule="hypogonadism_review",
        message_key="rec.HYPOGONADISM_REVIEW",
        rationale_message=msg("why.HYPOGONADISM_REVIEW", value=t.shown_message(), date=day(t.date)),
    )


def significant_loss_words(trajectory: Trajectory) -> str:
    parts = [f"{SITE_LABEL[c.site]} {c.change_percent:+.1f} %" for c in trajectory.changes if c.significant_loss]
    return ", ".join(parts)
