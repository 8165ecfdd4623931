"""RULES §4 (QFracture and FRAX from the record) and §5 (risk category), each criterion dated (§9)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..dates import add_months, completed_years, within_months_before
from ..frax import adjust_frax
from ..qfracture import DISCLAIMER, QFractureInput, qfracture
from .catalogue import rule
from .densitometry import Finding, Trajectory
from .facts import BONE_THERAPY, LONG_BONE_SITES, SITE_LABEL, Facts, latest, score1
from .fractures import FractureEvent
from .wording import Message, bound, day, fixed, listed, msg, plain, term

QFRACTURE_PRIOR_FRACTURE_SITES = ("hip", "vertebra", "forearm_wrist", "humerus")
QFRACTURE_BMI_RANGE = (20.0, 40.0)
QFRACTURE_AGE_RANGE = (30, 100)


@dataclass(slots=True)
class Probability:
    """The ten-year probability used for the thresholds, where it came from, and its date (§9)."""

    mof: float | None
    hip: float | None
    source: str | None  # "frax" or "qfracture"
    since: date | None = None


@dataclass(slots=True)
class RiskCategory:
    category: str
    criteria: list[Finding] = field(default_factory=list)
    since: date | None = None  # the category date (RULES §9)

    @property
    def reasons(self) -> list[str]:
        return [c.words for c in self.criteria] or ["none of the moderate, high or very high criteria applies"]

    @property
    def reason_messages(self) -> list[Message]:
        return [c.message for c in self.criteria] or [msg("finding.no_risk_criterion")]


def _qfracture_dated_rows(facts: Facts) -> list[Any]:
    """Fracture rows counted as QFracture's prior fracture: any mechanism, any age (RULES §4.1),
    vertebral re-reports aside (RULES §2)."""
    rereports = {id(r) for r in facts.fracture_record.rereports}
    return [
        f for f in facts.doc.fractures
        if f.site in QFRACTURE_PRIOR_FRACTURE_SITES and f.date <= facts.as_of and id(f) not in rereports
    ]


@rule("4.1", sources=("S-QFRACTURE", "S-QFR12", "S-LESLIE20", "POLICY"), confidence="V")
def qfracture_from_record(facts: Facts) -> tuple[dict[str, Any], date | None]:
    """QFracture-2012 ten-year risks from the record, for completed years 30–100: BMI from the latest
    measurement with height and weight (clamped into 20–40, noted), corticosteroids = a current
    dose, falls = a fall in the past 12 months, prior fracture = any recorded hip, vertebral, wrist or
    humerus fracture whatever its mechanism or age (policy). Also returns its criterion date (§9).
    """
    doc, notes, messages = facts.doc, [], []
    out: dict[str, Any] = {"major_osteoporotic_percent": None, "hip_percent": None, "notes": notes,
                           "note_messages": messages}

    def note(english: str, message: Message) -> None:
        notes.append(english)
        messages.append(message)

    age = completed_years(doc.birth_date, facts.as_of)
    if not QFRACTURE_AGE_RANGE[0] <= age <= QFRACTURE_AGE_RANGE[1]:
        note(f"QFracture not calculated: it is validated for ages 30 to 100 (age {facts.age:.1f})",
             msg("qfracture.age_range", low=plain(QFRACTURE_AGE_RANGE[0]), high=plain(QFRACTURE_AGE_RANGE[1]),
                 age=fixed(facts.age, 1)))
        return out, None
    sized = latest(m for m in doc.measurements if m.height_cm and m.weight_kg and m.date <= facts.as_of)
    if sized is None:
        note("QFracture not calculated: no measurement with both height and weight", msg("qfracture.no_size"))
        return out, None
    bmi = sized.weight_kg / (sized.height_cm / 100) ** 2  # type: ignore[operator]
    low, high = QFRACTURE_BMI_RANGE
    if not low <= bmi <= high:
        clamped = min(max(bmi, low), high)
        note(f"BMI {bmi:.1f} ({sized.date}) is outside QFracture's 20–40: {clamped:.0f} used",
             msg("qfracture.bmi_clamped", bmi=fixed(bmi, 1), date=day(sized.date), low=plain(low),
                 high=plain(high), used=fixed(clamped, 0)))
        bmi = clamped
    rf = doc.risk_factors
    if rf is None:
        note("risk factors not recorded: smoking, alcohol, ethnicity and conditions taken as absent",
             msg("qfracture.no_risk_factors"))
    else:
        missing = [n for n in ("smoking", "alcohol", "ethnicity") if getattr(rf, n) is None]
        if missing:
            note(f"{', '.join(missing)} not recorded: taken as absent / not stated",
                 msg("qfracture.factors_missing",
                     factors=listed([msg(f"qfracture.factor.{n}") for n in missing], "comma")))
    flags = set(rf.conditions) if rf else set()
    if rf and rf.parental_osteoporosis:
        flags.add("parental_osteoporosis")
    dated = [sized.date]
    if facts.on_gc:
        flags.add("corticosteroids")
        if facts.gc_onsets.current:
            dated.append(facts.gc_onsets.current)
    if (doc.falls_past_12_months or 0) >= 1:
        flags.add("falls")
    prior = _qfracture_dated_rows(facts)
    if prior:
        flags.add("prior_fracture")
        dated.extend(f.date for f in prior)
        for f in prior:
            if f.mechanism == "high_trauma":
                note(
                    f"high-trauma {f.site.replace('_', '/')} fracture {f.date} counted as a prior fracture in "
                    "QFracture (fitted on coded fractures with no trauma qualifier; RULES §4.1)",
                    msg("qfracture.high_trauma", site=term("fracture_site", f.site), date=day(f.date)),
                )
    result = qfracture(
        QFractureInput(
            sex=doc.sex,
            age=age,
            bmi=bmi,
            ethnicity=(rf.ethnicity if rf and rf.ethnicity is not None else 1),
            smoking=(rf.smoking if rf and rf.smoking is not None else 0),
            alcohol=(rf.alcohol if rf and rf.alcohol is not None else 0),
            years=10,
            flags=frozenset(flags),
        )
    )
    out["major_osteoporotic_percent"] = result.major_osteoporotic_percent
    out["hip_percent"] = result.hip_percent
    out["bmi"] = round(bmi, 1)
    out["flags"] = sorted(flags)
    out["disclaimer"] = DISCLAIMER
    return out, max(dated)


def _study_t(facts: Facts, site: str) -> float | None:
    """A site's T in the current study itself (the lowest of its latest date), for Leslie (§10)."""
    rows = [r for r in facts.study.get(site, []) if r.t_score is not None]
    if not rows:
        return None
    day = max(r.date for r in rows)
    return min(score1(r.t_score) for r in rows if r.date == day)  # type: ignore[type-var]


@rule("4.2", sources=("S-KANIS11", "S-LESLIE11", "S-LEIB11"), confidence="V")
def frax_from_record(facts: Facts) -> dict[str, Any] | None:
    """The latest FRAX entry within 24 months (same date: the one listed last), adjusted for
    glucocorticoid dose (Kanis 2011, by current band and age) and for spine–hip discordance (Leslie
    2011, age ≥ 50, both T-scores in the current study); both multiply.
    """
    entry = latest(f for f in facts.doc.frax if within_months_before(f.date, facts.as_of, 24))
    if entry is None:
        return None
    adjusted = adjust_frax(
        entry.major_osteoporotic_percent,
        entry.hip_percent,
        facts.gc.current_dose_band,
        facts.age,
        _study_t(facts, "femoral_neck"),
        _study_t(facts, "lumbar_spine"),
    )
    return {
        "major_osteoporotic_percent": adjusted.major_osteoporotic_percent,
        "hip_percent": adjusted.hip_percent,
        "entered": {"major_osteoporotic_percent": entry.major_osteoporotic_percent, "hip_percent": entry.hip_percent},
        "date": entry.date.isoformat(),
        "adjustments": list(adjusted.adjustments),
        "notes": list(adjusted.notes),
        # 2026.12 additions (issue 21): the lines and notes above as messages, one each, same order
        "adjustment_messages": list(adjusted.adjustment_messages),
        "note_messages": list(adjusted.note_messages),
    }


@rule("4.3", sources=("S-NICE-CG146", "POLICY"), confidence="policy")
def threshold_probability(qfr: dict[str, Any], qfr_since: date | None, frax: dict[str, Any] | None) -> Probability:
    """The probability compared with the thresholds: the adjusted FRAX when present, else QFracture
    (clinic policy: QFracture as a proxy; NICE CG146 accepts either for risk estimation).
    """
    if frax is not None:
        return Probability(frax["major_osteoporotic_percent"], frax["hip_percent"], "frax",
                           date.fromisoformat(frax["date"]))
    if qfr.get("major_osteoporotic_percent") is not None:
        return Probability(qfr["major_osteoporotic_percent"], qfr["hip_percent"], "qfracture", qfr_since)
    return Probability(None, None, None)


def _prob_words(p: Probability) -> str:
    if p.source == "frax":
        name = f"adjusted FRAX ({p.since})"
    else:
        name = "QFracture, clinical factors without BMD (clinic policy: used when no FRAX within 24 months)"
    return f"{name} MOF {p.mof:.1f} %, hip {p.hip:.1f} %"


def _prob_message(p: Probability) -> Message:
    mof, hip = fixed(p.mof, 1), fixed(p.hip, 1)  # type: ignore[arg-type]
    if p.source == "frax":
        return msg("probability.frax", date=day(p.since), mof=mof, hip=hip)  # type: ignore[arg-type]
    return msg("probability.qfracture", mof=mof, hip=hip)


def _met(p: Probability, mof: float, hip: float) -> str:
    """Which threshold the probability met, in words ("hip 8.1 % ≥ 4.5 %")."""
    met = [f"MOF {p.mof:.1f} % ≥ {mof:g} %"] if p.mof is not None and p.mof >= mof else []
    if (p.hip or 0) >= hip:
        met.append(f"hip {p.hip:.1f} % ≥ {hip:g} %")
    return " and ".join(met)


def _met_message(p: Probability, mof: float, hip: float) -> Message:
    met = [msg("threshold.mof_met", value=fixed(p.mof, 1), threshold=plain(mof))] \
        if p.mof is not None and p.mof >= mof else []
    if (p.hip or 0) >= hip:
        met.append(msg("threshold.hip_met", value=fixed(p.hip, 1), threshold=plain(hip)))  # type: ignore[arg-type]
    return listed(met, "and_all")


def _prob_finding(p: Probability, mof: float, hip: float) -> Message:
    return msg("finding.probability_met", probability=_prob_message(p), met=_met_message(p, mof, hip))


def _earliest(events: list[FractureEvent]) -> FractureEvent | None:
    return min(events, key=lambda e: e.date) if events else None


def fracture_on_therapy(facts: Facts) -> tuple[FractureEvent, Any] | None:
    """The earliest fragility fracture dated ≥ 12 months after the start of a bone-therapy course
    that was running on its date (RULES §5 very high)."""
    found: list[tuple[FractureEvent, Any]] = []
    for e in facts.fractures:
        for course in facts.doc.bone_medications:
            if course.drug not in BONE_THERAPY:
                continue
            running_then = course.start <= e.date and (course.end is None or course.end >= e.date)
            if running_then and e.date >= add_months(course.start, 12):
                found.append((e, course))
                break
    return min(found, key=lambda t: t[0].date) if found else None


def _threshold(p: Probability, mof: float, hip: float, *, strict_hip: bool = False) -> bool:
    if p.mof is None:
        return False
    return p.mof >= mof or ((p.hip or 0) > hip if strict_hip else (p.hip or 0) >= hip)


@rule("5", sources=("S-ACR22", "S-ACR22-TAB", "S-NOGG22", "S-AACE20"), confidence="P")
def adult_risk_category(facts: Facts, prob: Probability, trajectory: Trajectory) -> RiskCategory:
    """Adults, first that applies: very high (recent or multiple fractures, T ≤ −3.5, T < −3.0 with a
    fracture, GC ≥ 30 mg/day or ≥ 5 g/year, MOF ≥ 30 % / hip ≥ 4.5 %, fracture on therapy), high (VF or
    hip fracture, other fragility fracture now ≥ 40, T ≤ −2.5, MOF ≥ 20 % / hip ≥ 3 %), moderate, low
    (ACR 2022). Each criterion carries its criterion date (RULES §9).
    """
    frs = facts.fractures
    t = facts.lowest_t if facts.t_scored else None
    gc = facts.gc
    very: list[Finding] = []
    recent = [e for e in frs if within_months_before(e.date, facts.as_of, 24)]
    if recent:
        first = _earliest(recent)
        latest_event = max(recent, key=lambda e: e.date)
        very.append(Finding(f"fragility fracture within 24 months ({latest_event.words()})",
                            first.date,  # type: ignore[union-attr]
                            msg("finding.recent_fracture", fracture=latest_event.message())))
    if len(facts.vfs) >= 2:
        n = len(facts.vfs)
        very.append(Finding(f"{n} vertebral fractures, the second {facts.vfs[1].date}", facts.vfs[1].date,
                            msg("finding.multiple_vf", count=n, date=day(facts.vfs[1].date))))
    if t is not None and t.value <= -3.5:
        very.append(Finding(f"{t.words('T')} ≤ −3.5", t.date, msg("finding.t_at_most", score=t.message("T"),
                                                                  threshold=bound(-3.5))))
    elif t is not None and t.value < -3.0 and frs:
        first = _earliest(frs)
        very.append(Finding(f"{t.words('T')} < −3.0 with a fragility fracture ({first.words()})",  # type: ignore[union-attr]
                            max(t.date, first.date),  # type: ignore[union-attr]
                            msg("finding.t_below_with_fracture", score=t.message("T"), threshold=bound(-3.0),
                                fracture=first.message())))  # type: ignore[union-attr]
    if gc.current_daily_mg_pred_eq >= 30 and (onsets := facts.gc_onsets).at_least_30:
        very.append(Finding(f"glucocorticoid {gc.current_daily_mg_pred_eq:g} mg/day prednisolone-eq ≥ 30 "
                            f"since {onsets.at_least_30}", onsets.at_least_30,
                            msg("finding.gc_at_least_30", dose=plain(gc.current_daily_mg_pred_eq),
                                date=day(onsets.at_least_30))))
    if gc.last_365_days_mg_pred_eq >= 4999 and (yearly := facts.gc_onsets.last_365_at_least_5000):
        very.append(Finding(f"{gc.last_365_days_mg_pred_eq:,.1f} mg prednisolone-eq in the last 365 days ≥ 5,000",
                            yearly, msg("finding.gc_yearly", dose=fixed(gc.last_365_days_mg_pred_eq, 1),
                                        threshold=5000)))
    if prob.since and _threshold(prob, 30, 4.5):
        very.append(Finding(f"{_prob_words(prob)}: {_met(prob, 30, 4.5)}", prob.since, _prob_finding(prob, 30, 4.5)))
    on_therapy = fracture_on_therapy(facts)
    if on_therapy:
        e, course = on_therapy
        very.append(Finding(f"{e.words()} on {course.drug} started {course.start} (fracture on therapy)", e.date,
                            msg("finding.fracture_on_therapy", fracture=e.message(), drug=term("drug", course.drug),
                                date=day(course.start))))
    if very:
        return RiskCategory("very_high", very, min(c.since for c in very))
    high: list[Finding] = []
    vf_or_hip = [e for e in frs if e.site in ("vertebra", "hip")]
    if vf_or_hip:
        first = _earliest(vf_or_hip)
        high.append(Finding(first.words(), first.date, first.message()))  # type: ignore[union-attr]
    other = [e for e in frs if e.site not in ("vertebra", "hip")]
    if other and facts.age >= 40:
        first = _earliest(other)
        high.append(Finding(f"{first.words()}, now aged ≥ 40", max(first.date, facts.birthday(40)),  # type: ignore[union-attr]
                            msg("finding.fracture_now_40", fracture=first.message())))  # type: ignore[union-attr]
    if t is not None and t.value <= -2.5:
        high.append(Finding(f"{t.words('T')} ≤ −2.5", t.date, msg("finding.t_at_most", score=t.message("T"),
                                                                  threshold=bound(-2.5))))
    if prob.since and _threshold(prob, 20, 3):
        high.append(Finding(f"{_prob_words(prob)}: {_met(prob, 20, 3)}", prob.since, _prob_finding(prob, 20, 3)))
    if high:
        return RiskCategory("high", high, min(c.since for c in high))
    moderate: list[Finding] = []
    if t is not None and -2.5 < t.value < -1.0:
        moderate.append(Finding(f"{t.words('T')} (osteopenia)", t.date, msg("finding.t_osteopenia",
                                                                            score=t.message("T"))))
    if prob.since and prob.mof is not None and (10 <= prob.mof < 20 or 1 < (prob.hip or 0) < 3):
        met = ([f"MOF {prob.mof:.1f} % in 10–20 %"] if 10 <= prob.mof < 20 else []) + (
            [f"hip {prob.hip:.1f} % in 1–3 %"] if 1 < (prob.hip or 0) < 3 else [])
        met_msgs = ([msg("threshold.mof_between", value=fixed(prob.mof, 1))] if 10 <= prob.mof < 20 else []) + (
            [msg("threshold.hip_between", value=fixed(prob.hip, 1))] if 1 < (prob.hip or 0) < 3 else [])  # type: ignore[arg-type]
        moderate.append(Finding(f"{_prob_words(prob)}: {' and '.join(met)}", prob.since,
                                msg("finding.probability_met", probability=_prob_message(prob),
                                    met=listed(met_msgs, "and_all"))))
    if facts.age < 40 and gc.long_term and gc.current_daily_mg_pred_eq >= 7.5 and (
        lt_onset := facts.gc_onsets.long_term_at_least_7_5
    ):
        alternatives: list[Finding] = []
        z = facts.lowest_adult_z
        if z is not None and z.value < -3:
            alternatives.append(Finding(f"{z.words('Z')} < −3", z.date, msg("finding.z_below", score=z.message("Z"),
                                                                             threshold=bound(-3))))
        for loss in trajectory.losses():
            alternatives.append(Finding(
                f"a significant loss at {SITE_LABEL[loss.site]} ({loss.change_percent:+.1f} %, "
                f"{loss.start.date} → {loss.end.date})", loss.end.date,
                msg("finding.significant_loss", site=term("site", loss.site),
                    change=fixed(loss.change_percent, 1, sign=True), start=day(loss.start.date),
                    end=day(loss.end.date))))
        if alternatives:
            alt = min(alternatives, key=lambda f: f.since)
            moderate.append(Finding(
                f"age < 40 on long-term glucocorticoid ≥ 7.5 mg/day since {lt_onset} with "
                f"{alt.words}", max(facts.doc.birth_date, lt_onset, alt.since),
                msg("finding.young_long_term_gc", date=day(lt_onset), alternative=alt.message)))
    if moderate:
        since = min(c.since for c in moderate)
        if gc.long_term and (lt := facts.gc_onsets.long_term):
            since = max(since, lt)  # the indication needs long-term GC (§9)
        return RiskCategory("moderate", moderate, since)
    return RiskCategory("low", [], None)


def exposure_findings(facts: Facts) -> list[Finding]:
    """Current glucocorticoid and non-ambulant, with their onsets (the children's exposures)."""
    found: list[Finding] = []
    if facts.on_gc and facts.gc_onsets.current:
        found.append(Finding(
            f"on glucocorticoid {facts.gc.current_daily_mg_pred_eq:g} mg/day prednisolone-eq since "
            f"{facts.gc_onsets.current}", facts.gc_onsets.current,
            msg("finding.on_gc_since", dose=plain(facts.gc.current_daily_mg_pred_eq),
                date=day(facts.gc_onsets.current))))
    if facts.non_ambulant and facts.non_ambulant_since:
        found.append(Finding(f"non-ambulant since {facts.non_ambulant_since}", facts.non_ambulant_since,
                             msg("finding.non_ambulant_since", date=day(facts.non_ambulant_since))))
    return found


@rule("5", sources=("S-ISCD13P", "S-WARD20", "S-WARD18", "POLICY"), confidence="policy")
def child_risk_category(facts: Facts, paediatric_osteoporosis: Finding | None) -> RiskCategory:
    """Children: very high with paediatric osteoporosis or any long-bone fracture while now on GC or
    non-ambulant (Ward 2020 principle, clinic policy); high with Z ≤ −2.0 and (GC or non-ambulant);
    moderate with current GC or non-ambulant; else low.
    """
    exposed = exposure_findings(facts)
    exposure = min(exposed, key=lambda f: f.since) if exposed else None
    exposure_words = " and ".join(f.words for f in exposed)
    exposure_message = listed([f.message for f in exposed], "and_all")
    very: list[Finding] = []
    if paediatric_osteoporosis:
        very.append(Finding(f"paediatric osteoporosis: {paediatric_osteoporosis.words}", paediatric_osteoporosis.since,
                            msg("finding.paediatric_osteoporosis", finding=paediatric_osteoporosis.message)))
    long_bone = [e for e in facts.fractures if e.site in LONG_BONE_SITES]
    if long_bone and exposure:
        first = _earliest(long_bone)
        very.append(Finding(f"{first.words()} while {exposure_words} (clinic policy, Ward 2020 principle)",  # type: ignore[union-attr]
                            max(first.date, exposure.since),  # type: ignore[union-attr]
                            msg("finding.long_bone_while_exposed", fracture=first.message(),  # type: ignore[union-attr]
                                exposure=exposure_message)))
    if very:
        return RiskCategory("very_high", very, min(c.since for c in very))
    z = facts.lowest_z
    if z is not None and z.value <= -2.0 and exposure:
        return RiskCategory("high", [Finding(f"Z {z.value:.1f} ({SITE_LABEL[z.site]}, {z.date}) ≤ −2.0 while "
                                             f"{exposure_words}", max(z.date, exposure.since),
                                             msg("finding.child_low_z", z=fixed(z.value, 1), site=term("site", z.site),
                                                 date=day(z.date), exposure=exposure_message))],
                            max(z.date, exposure.since))
    if exposure:
        return RiskCategory("moderate", [Finding(exposure_words, exposure.since, msg("finding.exposure",
                                                                                      exposure=exposure_message))],
                            exposure.since)
    return RiskCategory("low", [Finding("no glucocorticoid now, ambulant, no paediatric osteoporosis", facts.as_of,
                                        msg("finding.child_low"))],
                        None)
