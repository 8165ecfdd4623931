"""Background and bedside fields: risk factors, conditions, care gaps, swallowing, puberty, falls.

``draw_background`` runs before the glucocorticoid and bone simulation because those read it
(asthma bursts, oral-drug suitability, the care-gap flags, testosterone for hypogonadal men and for
induced puberty). Probabilities follow the disease: dysphagia is common in myositis, SMA, DM1 and
ALS; DM1 men are often hypogonadal; falls are frequent in DM1, IBM, FSHD and CMT.
"""

from __future__ import annotations

from .base import Sketch, poisson
from .therapy import plan_course

_CONDITION_ORDER = (
    "asthma_copd", "any_cancer", "cardiovascular_disease", "dementia", "epilepsy_or_anticonvulsants",
    "chronic_liver_disease", "malabsorption", "parkinsons", "ra_or_sle", "chronic_kidney_disease",
    "endocrine_disorder", "antidepressant", "hrt_oestrogen_only", "care_home", "type1_diabetes",
    "type2_diabetes",
)
_DYSPHAGIA = {"BMD": 0.05, "DM1": 0.4, "DM2": 0.1, "FSHD": 0.03, "LGMD": 0.05, "IIM-DM": 0.3, "IIM-PM": 0.25,
              "IIM-IMNM": 0.3, "IIM-ASS": 0.2, "IIM-IBM": 0.5, "IIM-JDM": 0.15, "CMT": 0.02, "ALS": 0.5,
              "MG": 0.25, "CONGENITAL-MYOPATHY": 0.2, "MITOCHONDRIAL": 0.15}
_FALLS = {"DM1": 1.6, "IIM-IBM": 2.0, "FSHD": 1.2, "CMT": 1.2, "DM2": 1.0, "LGMD": 1.0, "BMD": 0.8,
          "ALS": 0.8, "MG": 0.4, "DMD": 1.5}
_NO_DXA_GAP = {"CMT": 0.22, "FSHD": 0.22, "MG": 0.22, "DM2": 0.2, "MITOCHONDRIAL": 0.2, "OTHER": 0.2,
               "DMD": 0.04}


def _conditions(s: Sketch, smoker: bool) -> list[str]:
    rng, a, code = s.rng, s.age_now, s.code
    p: dict[str, float] = {"asthma_copd": 0.07 + (0.05 if smoker else 0.0), "epilepsy_or_anticonvulsants":
                           0.2 if code == "MITOCHONDRIAL" else 0.015}
    if a >= 18:
        p |= {"antidepressant": 0.1, "malabsorption": 0.01, "chronic_liver_disease": 0.01,
              "type1_diabetes": 0.004, "ra_or_sle": 0.05 if code.startswith("IIM") else 0.01,
              "endocrine_disorder": 0.25 if code == "DM1" else 0.03,
              "cardiovascular_disease": (0.5 if code == "DMD" else 0.15 if code == "DM1" else 0.0)
              + (0.05 + 0.004 * (a - 50) if a >= 50 else 0.0),
              "type2_diabetes": (0.06 + 0.003 * (a - 40)) * (2 if code in ("DM1", "DM2") else 1) if a >= 40 else 0,
              "chronic_kidney_disease": 0.08 if a >= 60 else 0.0,
              "any_cancer": (0.05 if a >= 50 else 0.01) + (0.1 if code == "IIM-DM" else 0.0),
              "dementia": 0.04 if a >= 70 else 0.02 if code == "DM1" else 0.0,
              "parkinsons": 0.01 if a >= 65 else 0.0,
              "care_home": 0.1 if a >= 80 or (a >= 40 and s.status_at(s.as_of) == "non_ambulant") else 0.0}
        if s.sex == "female" and s.menopausal_at(s.as_of):
            p["hrt_oestrogen_only"] = 0.03
    return [c for c in _CONDITION_ORDER if c in p and rng.random() < p[c]]


def _puberty(s: Sketch) -> str | None:
    rng, age = s.rng, s.age_now
    if age < 9 or age >= 20 or rng.random() < 0.1:
        return None
    if s.gc_plan == "dmd":
        if age < 12:
            return "prepubertal"
        if age < 14:
            return "prepubertal" if rng.random() < 0.7 else "delayed"
        return rng.choices(("delayed", "induced", "pubertal"), (0.45, 0.4, 0.15))[0]
    start = (12.0 if s.sex == "male" else 11.0) + (1.0 if s.gc_plan == "jdm" else 0.0)
    if age < start - 1:
        return "prepubertal"
    if age > start + 1:
        return "pubertal"
    return "pubertal" if rng.random() < 0.5 else "prepubertal"


def draw_background(s: Sketch) -> None:
    rng, a = s.rng, s.age_now
    adult = a >= 16
    smoking = rng.choices((0, 1, 2, 3, 4), (55, 25, 8, 8, 4))[0] if adult else 0
    s.conditions = _conditions(s, smoking >= 2)
    if rng.random() > 0.08:
        s.risk_factors = {
            "smoking": smoking,
            "alcohol": rng.choices((0, 1, 2, 3, 4, 5), (30, 45, 18, 5, 1.5, 0.5))[0] if adult else 0,
            "ethnicity": rng.choices(range(1, 10), (88, 2, 1.5, 0.5, 1, 2, 2.5, 1, 1.5))[0],
            "parental_osteoporosis": rng.choices((True, False, None), (10, 60, 30))[0] if adult else None,
            "conditions": s.conditions,
        }
    if s.code == "DMD":
        p_dys = 0.35 if a >= 18 else 0.05
    elif s.code == "SMA":
        p_dys = 0.4 if s.subtype == "2" else 0.1
    elif s.code == "OTHER":
        p_dys = 0.9 if s.label == "Oculopharyngeal muscular dystrophy" else 0.1
    else:
        p_dys = _DYSPHAGIA.get(s.code, 0.05)
    s.dysphagia = None if rng.random() < 0.1 else rng.random() < p_dys
    if rng.random() >= 0.12:
        if s.status_at(s.as_of) == "non_ambulant":
            p_no = 0.5 if s.code == "ALS" else 0.4 if s.subtype == "2" or (s.code == "DMD" and a >= 18) else 0.25
            s.can_sit = rng.random() >= p_no
        else:
            s.can_sit = True
    s.low_testosterone = s.sex == "male" and rng.random() < {"DM1": 0.45, "DM2": 0.2}.get(s.code, 0.0)
    s.puberty = _puberty(s)
    s.gap_no_dxa = rng.random() < _NO_DXA_GAP.get(s.code, 0.1)
    child_gc = a < 20 and s.gc_plan != "none"
    s.gap_spine = rng.choices(("never", "baseline_only", "regular"), (15, 20, 65) if child_gc else (30, 25, 45))[0]
    s.gap_vitd = rng.choices(("none", "stale", "never"), (79, 15, 6))[0]
    treated = s.gc_plan != "none" or s.code in ("DMD", "SMA")
    if rng.random() < (0.85 if treated else 0.5):
        s.vitd_iu = float(rng.choice((400, 600, 800, 1000) if a < 18 else (800, 800, 1000, 1000, 2000, 3000)))
        if rng.random() < 0.6:
            s.calcium_mg = float(500 if a < 18 else rng.choice((500, 1000)))


def plan_hormones(s: Sketch) -> None:
    """Testosterone (hypogonadal DM1/DM2 men, induced puberty in DMD) and HRT after early menopause."""
    rng = s.rng
    if s.puberty == "induced":
        start = max(s.first_visit, s.day_at(rng.uniform(14.0, 15.5)))
        if start <= s.last_visit:
            plan_course(s, "testosterone", start)
        else:
            s.puberty = "delayed"
    if s.low_testosterone and len(s.visits) > 1 and rng.random() < 0.4:
        plan_course(s, "testosterone", rng.choice(s.visits[1:]))
    if s.menopause_age is not None:
        menopause = s.day_at(s.menopause_age)
        p = 0.5 if s.menopause_age < 45 else 0.04
        if menopause <= s.last_visit and s.age_now < 62 and rng.random() < p:
            plan_course(s, "hrt", max(menopause, s.first_visit))


def falls_past_year(s: Sketch) -> int | None:
    rng = s.rng
    if rng.random() < 0.15:
        return None
    status, age = s.status_at(s.as_of), s.age_now
    rate = _FALLS.get(s.code, 0.4) if age >= 5 else 0.3
    rate += 0.02 * max(0.0, age - 65)
    rate = {"ambulant": rate, "assisted": rate * 1.4, "non_ambulant": 0.3}[status]
    return min(366, poisson(rng, rate))


def menopause(s: Sketch) -> dict[str, object] | None:
    if s.menopause_age is None or s.age_now < 18 or s.rng.random() < 0.1:
        return None
    age, at = s.age_now, s.menopause_age
    if age < at - 3:
        return {"status": "pre"}
    if age < at:
        return {"status": "peri"}
    out: dict[str, object] = {"status": "post"}
    if s.rng.random() < 0.8:
        out["age_years"] = float(int(at))
    return out


def childbearing(s: Sketch) -> bool | None:
    if s.sex != "female" or s.age_now < 12 or s.rng.random() < 0.2:
        return None
    if s.menopausal_at(s.as_of) or s.age_now > 50:
        return False
    return s.rng.random() < 0.85


def cardiovascular_event(s: Sketch) -> bool | None:
    rng = s.rng
    if rng.random() < 0.3:
        return None
    return s.age_now >= 50 and rng.random() < 0.03

