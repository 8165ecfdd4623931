"""Who comes to the clinic: diagnoses in plausible proportions, ages, sexes, onsets, follow-up.

The mix is that of a combined adult and paediatric neuromuscular clinic with a bone-health
service: Duchenne is the largest single group (it drives most paediatric bone referrals), then the
myotonic dystrophies, SMA, the inflammatory myopathies and a long tail (``WEIGHTS`` sum to 100, so
each weight is the expected percentage). Ages at ``as_of`` follow a triangular law per disease.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from .base import Sketch, clamp, days
from .names import pick_name


@dataclass(frozen=True, slots=True)
class Disease:
    code: str
    weight: float
    labels: tuple[str, ...]
    #: Triangular age at as_of: (low, mode, high) in years.
    age: tuple[float, float, float]
    male_share: float
    #: Age range of symptom onset; ``None`` when onset is anchored to the first visit instead
    #: (acquired diseases: the patient is referred soon after it starts).
    onset: tuple[float, float] | None
    #: Youngest age at a first clinic visit.
    first_age: float
    #: Typical longest follow-up in years (ALS is short).
    follow_max: float = 15.0


DISEASES: tuple[Disease, ...] = (
    Disease("DMD", 14, ("Duchenne muscular dystrophy",), (3, 11, 30), 1.0, (2.0, 4.5), 2.5),
    Disease("BMD", 4, ("Becker muscular dystrophy",), (6, 25, 60), 1.0, (4, 20), 4),
    Disease("SMA", 8, ("Spinal muscular atrophy",), (2, 12, 60), 0.5, (0.5, 1.5), 0.8),
    Disease("DM1", 10, ("Myotonic dystrophy type 1",), (18, 42, 72), 0.5, (10, 40), 16),
    Disease("DM2", 3, ("Myotonic dystrophy type 2",), (30, 55, 80), 0.45, (25, 55), 25),
    Disease("FSHD", 7, ("Facioscapulohumeral muscular dystrophy",), (12, 45, 78), 0.55, (8, 30), 10),
    Disease("LGMD", 6, ("LGMD R1 calpain3-related", "LGMD R2 dysferlin-related", "LGMD R9 FKRP-related",
                        "Sarcoglycanopathy"), (8, 35, 70), 0.5, (4, 30), 6),
    Disease("IIM-DM", 6, ("Dermatomyositis",), (25, 52, 85), 0.35, None, 18),
    Disease("IIM-PM", 3, ("Polymyositis",), (30, 55, 85), 0.4, None, 18),
    Disease("IIM-IMNM", 3, ("Immune-mediated necrotising myopathy (anti-HMGCR)",
                            "Immune-mediated necrotising myopathy (anti-SRP)"), (25, 58, 85), 0.45, None, 18),
    Disease("IIM-ASS", 3, ("Antisynthetase syndrome (anti-Jo-1)", "Antisynthetase syndrome (anti-PL-7)"),
            (25, 52, 80), 0.35, None, 18),
    Disease("IIM-IBM", 4, ("Inclusion body myositis",), (50, 70, 85), 0.65, None, 45),
    Disease("IIM-JDM", 3, ("Juvenile dermatomyositis",), (3, 11, 22), 0.4, None, 2, 12),
    Disease("CMT", 6, ("Charcot-Marie-Tooth disease type 1A", "Charcot-Marie-Tooth disease type 2",
                       "Charcot-Marie-Tooth disease X-linked"), (5, 40, 80), 0.5, (3, 25), 4),
    Disease("ALS", 5, ("Amyotrophic lateral sclerosis",), (35, 62, 85), 0.6, None, 30, 4),
    Disease("MG", 7, ("Myasthenia gravis (AChR antibody)", "Myasthenia gravis (MuSK antibody)",
                      "Seronegative myasthenia gravis"), (18, 55, 85), 0.45, None, 16),
    Disease("CONGENITAL-MYOPATHY", 3, ("Congenital myopathy (RYR1)", "Nemaline myopathy",
                                       "Centronuclear myopathy"), (2, 14, 50), 0.5, (0.0, 1.5), 0.8),
    Disease("MITOCHONDRIAL", 2, ("Mitochondrial myopathy", "MELAS",
                                 "Chronic progressive external ophthalmoplegia"), (5, 35, 70), 0.45, (3, 40), 3),
    Disease("OTHER", 3, ("Late-onset Pompe disease", "Oculopharyngeal muscular dystrophy",
                         "Emery-Dreifuss muscular dystrophy", "CIDP", "Bethlem myopathy"),
            (2, 40, 85), 0.5, (1, 50), 1.5),
)
WEIGHTS: tuple[float, ...] = tuple(d.weight for d in DISEASES)
#: Expected share of each diagnosis code (fractions summing to 1).
EXPECTED_SHARE: dict[str, float] = {d.code: d.weight / sum(WEIGHTS) for d in DISEASES}

_DMD_REGIMENS = (("daily", 0.70), ("ten_days_on_ten_off", 0.20), ("weekends_only", 0.06),
                 ("alternate_days", 0.04))


def _followup_years(rng: Random, disease: Disease) -> float:
    """1–15 years, most patients a few years (a clinic keeps growing)."""
    return min(disease.follow_max, 1.0 + 14.0 * rng.random() ** 1.6)


def draw_sketch(rng: Random, as_of: int) -> Sketch:
    """Demographics, diagnosis, onset, follow-up window and the glucocorticoid plan."""
    disease = rng.choices(DISEASES, weights=WEIGHTS)[0]
    code = disease.code
    sex = "male" if rng.random() < disease.male_share else "female"
    age_now = clamp(rng.triangular(disease.age[0], disease.age[2], disease.age[1]), 2.0, 85.0)
    birth = as_of - days(age_now)
    given, family, country = pick_name(rng, sex)

    lost = rng.random() < 0.08
    gap = rng.randint(400, 800) if lost else round(rng.triangular(7, 330, 60))
    first_floor = birth + days(disease.first_age)
    last_visit = as_of - gap
    if last_visit < first_floor + 120:
        last_visit = as_of - rng.randint(3, 30)
    first_visit = max(first_floor, last_visit - days(_followup_years(rng, disease)))
    first_visit = min(first_visit, last_visit - 60)

    if disease.onset is None:  # acquired: referred soon after onset, or a long-standing case
        back = rng.uniform(0.1, 1.0) if rng.random() < 0.7 else rng.uniform(1.0, 8.0)
        onset = max(first_visit - days(back), birth + days(disease.first_age - 0.5))
    else:
        onset = birth + days(rng.uniform(*disease.onset))
    onset = min(max(onset, birth), first_visit)

    label = rng.choice(disease.labels)
    subtype = ""
    if code == "SMA":
        subtype = "2" if rng.random() < (0.65 if age_now < 18 else 0.4) else "3"
        label = f"Spinal muscular atrophy type {subtype}"
        onset = birth + days(rng.uniform(0.5, 1.5) if subtype == "2" else rng.uniform(1.5, 10))
        onset = min(onset, first_visit)

    s = Sketch(rng=rng, as_of=as_of, code=code, label=label, sex=sex, birth=birth, country=country,
               given=given, family=family, first_visit=first_visit, last_visit=last_visit,
               onset=onset, subtype=subtype)
    s.height_z = rng.gauss(-0.8 if code == "DMD" else -0.4 if code == "SMA" else 0.0, 0.9)
    shift = {"DM1": -1.5, "SMA": -2.0, "ALS": -0.5, "MITOCHONDRIAL": -1.5}.get(code, 0.0)
    s.bmi_offset = rng.gauss(shift, 2.0 if age_now < 18 else 3.2)
    _gc_plan(s)
    return s


def _gc_plan(s: Sketch) -> None:
    """Decide who is on glucocorticoids and from when; the courses themselves are built later."""
    rng, code = s.rng, s.code
    plan, start = "none", None
    if code == "DMD" and rng.random() < 0.88:
        plan, start = "dmd", s.day_at(rng.uniform(4.0, 6.5))
        s.gc_regimen = rng.choices([r for r, _ in _DMD_REGIMENS], [w for _, w in _DMD_REGIMENS])[0]
    elif code == "BMD" and rng.random() < 0.2:
        plan, start = "dmd", s.day_at(rng.uniform(6.0, 14.0))
        s.gc_regimen = "daily" if rng.random() < 0.8 else "alternate_days"
    elif code in ("IIM-DM", "IIM-PM", "IIM-IMNM", "IIM-ASS") and rng.random() < 0.95:
        plan = "iim"
    elif code == "IIM-JDM" and rng.random() < 0.95:
        plan = "jdm"
    elif code == "MG" and rng.random() < 0.4:
        plan = "mg"
    elif code == "OTHER" and s.label == "CIDP" and rng.random() < 0.6:
        plan = "cidp"
    if plan in ("iim", "jdm", "mg", "cidp") and s.onset is not None:
        start = s.onset + rng.randint(14, 120)
    if start is None or start > s.last_visit:
        plan, start = "none", None
    s.gc_plan, s.gc_start = plan, start
