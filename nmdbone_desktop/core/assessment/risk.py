"""RULES §4 (QFracture and FRAX from the record) and §5 (risk category)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..dates import add_months, completed_years, within_months_before
from ..frax import adjust_frax
from ..qfracture import DISCLAIMER, QFractureInput, qfracture
from .catalogue import rule
from .densitometry import Trajectory
from .facts import BONE_THERAPY, LONG_BONE_SITES, SITE_LABEL, Facts

QFRACTURE_PRIOR_FRACTURE_SITES = ("hip", "vertebra", "forearm_wrist", "humerus")
QFRACTURE_BMI_RANGE = (20.0, 40.0)
QFRACTURE_AGE_RANGE = (30, 100)


@dataclass(slots=True)
class Probability:
    """The ten-year probability used for the thresholds, and where it came from."""

    mof: float | None
    hip: float | None
    source: str | None  # "frax" or "qfracture"


@dataclass(slots=True)
class RiskCategory:
    category: str
    reasons: list[str] = field(default_factory=list)


@rule("4.1", sources=("S-QFRACTURE",), confidence="V")
def qfracture_from_record(facts: Facts) -> dict[str, Any]:
    """QFracture-2012 ten-year risks from the record, for ages 30–100: BMI from the latest
    measurement with height and weight (clamped into 20–40, noted), corticosteroids = a current
    dose, falls = a fall in the past 12 months, prior fracture = hip, vertebra, wrist or humerus.
    """
    doc, notes = facts.doc, []
    out: dict[str, Any] = {"major_osteoporotic_percent": None, "hip_percent": None, "notes": notes}
    # RULES §4.1/§10 on exact age: from 30 up to and including 100; the equations take whole years.
    age = completed_years(doc.birth_date, facts.as_of)
    if not QFRACTURE_AGE_RANGE[0] <= facts.age <= QFRACTURE_AGE_RANGE[1]:
        notes.append(f"QFracture not calculated: it is validated for ages 30 to 100 (age {facts.age:.1f})")
        return out
    sized = [m for m in doc.measurements if m.height_cm and m.weight_kg and m.date <= facts.as_of]
    if not sized:
        notes.append("QFracture not calculated: no measurement with both height and weight")
        return out
    latest = max(sized, key=lambda m: m.date)
    bmi = latest.weight_kg / (latest.height_cm / 100) ** 2  # type: ignore[operator]
    low, high = QFRACTURE_BMI_RANGE
    if not low <= bmi <= high:
        clamped = min(max(bmi, low), high)
        notes.append(f"BMI {bmi:.1f} ({latest.date}) is outside QFracture's 20–40: {clamped:.0f} used")
        bmi = clamped
    rf = doc.risk_factors
    if rf is None:
        notes.append("risk factors not recorded: smoking, alcohol, ethnicity and conditions taken as absent")
    else:
        missing = [n for n in ("smoking", "alcohol", "ethnicity") if getattr(rf, n) is None]
        if missing:
            notes.append(f"{', '.join(missing)} not recorded: taken as absent / not stated")
    flags = set(rf.conditions) if rf else set()
    if rf and rf.parental_osteoporosis:
        flags.add("parental_osteoporosis")
    if facts.on_gc:
        flags.add("corticosteroids")
    if (doc.falls_past_12_months or 0) >= 1:
        flags.add("falls")
    if any(f.site in QFRACTURE_PRIOR_FRACTURE_SITES for f in facts.fragility_fractures):
        flags.add("prior_fracture")
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
    return out


@rule("4.2", sources=("S-KANIS11", "S-LESLIE11"), confidence="V")
def frax_from_record(facts: Facts) -> dict[str, Any] | None:
    """The latest FRAX entry within 24 months, adjusted for glucocorticoid dose (Kanis 2011, by
    current band and age) and for spine–hip discordance (Leslie 2011, age ≥ 50); both multiply.
    """
    recent = [f for f in facts.doc.frax if within_months_before(f.date, facts.as_of, 24)]
    if not recent:
        return None
    entry = max(recent, key=lambda f: f.date)
    t_fn = facts.study.get("femoral_neck")
    t_ls = facts.study.get("lumbar_spine")
    adjusted = adjust_frax(
        entry.major_osteoporotic_percent,
        entry.hip_percent,
        facts.gc.current_dose_band,
        facts.age,
        t_fn.t_score if t_fn else None,
        t_ls.t_score if t_ls else None,
    )
    return {
        "major_osteoporotic_percent": adjusted.major_osteoporotic_percent,
        "hip_percent": adjusted.hip_percent,
        "entered": {"major_osteoporotic_percent": entry.major_osteoporotic_percent, "hip_percent": entry.hip_percent},
        "date": entry.date.isoformat(),
        "adjustments": list(adjusted.adjustments),
        "notes": list(adjusted.notes),
    }


@rule("4.3", sources=("S-NICE-CG146", "POLICY"), confidence="policy")
def threshold_probability(qfr: dict[str, Any], frax: dict[str, Any] | None) -> Probability:
    """The probability compared with the thresholds: the adjusted FRAX when present, else QFracture
    (clinic policy: QFracture as a proxy; NICE CG146 accepts either for risk estimation).
    """
    if frax is not None:
        return Probability(frax["major_osteoporotic_percent"], frax["hip_percent"], "frax")
    if qfr.get("major_osteoporotic_percent") is not None:
        return Probability(qfr["major_osteoporotic_percent"], qfr["hip_percent"], "qfracture")
    return Probability(None, None, None)


def _fx(f: Any) -> str:
    where = f"{f.vertebra} vertebral" if f.site == "vertebra" and f.vertebra else f.site.replace("_", "/")
    return f"{where} fracture {f.date}"


def _prob_words(p: Probability) -> str:
    name = "adjusted FRAX" if p.source == "frax" else "QFracture (clinic policy: used when no FRAX)"
    return f"{name} MOF {p.mof:.1f} %, hip {p.hip:.1f} %"


def fracture_on_therapy(facts: Facts) -> str | None:
    """A fragility fracture dated ≥ 12 months after the start of a bone-therapy course running then."""
    for f in facts.fragility_fractures:
        for course in facts.doc.bone_medications:
            if course.drug not in BONE_THERAPY:
                continue
            running_then = course.start <= f.date and (course.end is None or course.end >= f.date)
            if running_then and f.date >= add_months(course.start, 12):
                return f"{_fx(f)} on {course.drug} started {course.start}"
    return None


@rule("5", sources=("S-ACR22", "S-NOGG22", "S-AACE20"), confidence="P")
def adult_risk_category(facts: Facts, prob: Probability, trajectory: Trajectory) -> RiskCategory:
    """Adults, first that applies: very high (recent or multiple fractures, T ≤ −3.5, GC ≥ 30 mg/day
    or ≥ 5 g/year, MOF ≥ 30 % / hip ≥ 4.5 %, fracture on therapy), high (VF or hip fracture, other
    fragility fracture at ≥ 40, T ≤ −2.5, MOF ≥ 20 % / hip ≥ 3 %), moderate, low (ACR 2022).
    """
    frs = facts.fragility_fractures
    t = facts.lowest_t if facts.t_scored else None
    t_site = SITE_LABEL.get(facts.lowest_t_site or "", "")
    gc = facts.gc
    very: list[str] = []
    recent = [f for f in frs if within_months_before(f.date, facts.as_of, 24)]
    if recent:
        very.append(f"fragility fracture within 24 months ({_fx(max(recent, key=lambda f: f.date))})")
    if len(facts.vertebral_fractures) >= 2:
        very.append(f"{len(facts.vertebral_fractures)} vertebral fractures")
    if t is not None and t <= -3.5:
        very.append(f"{t_site} T {t:.1f} ≤ −3.5")
    elif t is not None and t < -3.0 and frs:
        very.append(f"{t_site} T {t:.1f} < −3.0 with a fragility fracture")
    if gc.current_daily_mg_pred_eq >= 30:
        very.append(f"glucocorticoid {gc.current_daily_mg_pred_eq:.1f} mg/day prednisolone-eq ≥ 30")
    if gc.last_365_days_mg_pred_eq >= 5000:
        very.append(f"{gc.last_365_days_mg_pred_eq:,.0f} mg prednisolone-eq in the last 365 days ≥ 5,000")
    if prob.mof is not None and (prob.mof >= 30 or (prob.hip or 0) >= 4.5):
        very.append(f"{_prob_words(prob)} (MOF ≥ 30 % or hip ≥ 4.5 %)")
    on_therapy_fx = fracture_on_therapy(facts)
    if on_therapy_fx:
        very.append(f"fracture on therapy: {on_therapy_fx}")
    if very:
        return RiskCategory("very_high", very)
    high: list[str] = []
    vf_or_hip = [f for f in frs if f.site in ("vertebra", "hip")]
    if vf_or_hip:
        high.append(_fx(vf_or_hip[-1]))
    other = [f for f in frs if f.site not in ("vertebra", "hip") and facts.age_on(f.date) >= 40]
    if other:
        high.append(f"{_fx(other[-1])} at age ≥ 40")
    if t is not None and t <= -2.5:
        high.append(f"{t_site} T {t:.1f} ≤ −2.5")
    if prob.mof is not None and (prob.mof >= 20 or (prob.hip or 0) >= 3):
        high.append(f"{_prob_words(prob)} (MOF ≥ 20 % or hip ≥ 3 %)")
    if high:
        return RiskCategory("high", high)
    moderate: list[str] = []
    if t is not None and -2.5 < t < -1.0:
        moderate.append(f"{t_site} T {t:.1f} (osteopenia)")
    if prob.mof is not None and (10 <= prob.mof < 20 or 1 < (prob.hip or 0) < 3):
        moderate.append(f"{_prob_words(prob)} (MOF 10–20 % or hip 1–3 %)")
    if facts.age < 40 and gc.long_term and gc.current_daily_mg_pred_eq >= 7.5:
        z = facts.lowest_z
        if z is not None and z < -3:
            moderate.append(f"age < 40 on long-term glucocorticoid ≥ 7.5 mg/day with Z {z:.1f} < −3")
        elif trajectory.any_significant_loss:
            loss = next(c for c in trajectory.changes if c.significant_loss)
            moderate.append(
                f"age < 40 on long-term glucocorticoid ≥ 7.5 mg/day with a significant loss at "
                f"{SITE_LABEL[loss.site]} ({loss.change_percent:+.1f} %)"
            )
    if moderate:
        return RiskCategory("moderate", moderate)
    return RiskCategory("low", ["none of the moderate, high or very high criteria applies"])


@rule("5", sources=("S-ISCD13P", "S-WARD20", "S-WARD18", "POLICY"), confidence="policy")
def child_risk_category(facts: Facts, paediatric_osteoporosis_reason: str | None) -> RiskCategory:
    """Children: very high with paediatric osteoporosis or any long-bone fracture while now on GC or
    non-ambulant (Ward 2020 principle, clinic policy); high with Z ≤ −2.0 and (GC or non-ambulant);
    moderate with current GC or non-ambulant; else low.
    """
    exposed = []
    if facts.on_gc:
        exposed.append(f"on glucocorticoid {facts.gc.current_daily_mg_pred_eq:.1f} mg/day prednisolone-eq")
    if facts.non_ambulant:
        exposed.append("non-ambulant")
    if paediatric_osteoporosis_reason:
        return RiskCategory("very_high", [f"paediatric osteoporosis: {paediatric_osteoporosis_reason}"])
    long_bone = [f for f in facts.fragility_fractures if f.site in LONG_BONE_SITES]
    if long_bone and exposed:
        return RiskCategory(
            "very_high",
            [f"{_fx(long_bone[-1])} while {' and '.join(exposed)} (clinic policy, Ward 2020 principle)"],
        )
    if facts.lowest_z is not None and facts.lowest_z <= -2.0 and exposed:
        return RiskCategory("high", [f"Z {facts.lowest_z:.1f} ≤ −2.0 while {' and '.join(exposed)}"])
    if exposed:
        return RiskCategory("moderate", exposed)
    return RiskCategory("low", ["no glucocorticoid now, ambulant, no paediatric osteoporosis"])
