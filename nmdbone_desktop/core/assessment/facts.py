"""The facts every rule reads, derived once per assessment (RULES §0 terms).

Rules stay small and pure by reading these instead of re-scanning the document.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..dates import add_months, exact_age
from ..document import BoneMedicationCourse, DxaMeasurement, Fracture, LabResult, PatientDocument
from ..glucocorticoids import GlucocorticoidExposure, summarise_exposure
from ..units import to_canonical

ORAL_BISPHOSPHONATES = ("alendronate", "risedronate", "ibandronate")
IV_BISPHOSPHONATES = ("zoledronate", "pamidronate")
BISPHOSPHONATES = ORAL_BISPHOSPHONATES + IV_BISPHOSPHONATES
ANTIRESORPTIVES = (*BISPHOSPHONATES, "denosumab")
ANABOLICS = ("teriparatide", "abaloparatide", "romosozumab")
BONE_THERAPY = (*ANTIRESORPTIVES, *ANABOLICS, "raloxifene")
LONG_BONE_SITES = ("femur", "tibia_fibula", "humerus", "forearm_wrist")

ADULT_DIAGNOSTIC_SITES = ("lumbar_spine", "femoral_neck", "total_hip", "radius_33")
CHILD_DIAGNOSTIC_SITES = ("lumbar_spine", "total_body_less_head", "lateral_distal_femur", "femoral_neck", "total_hip")
CURRENT_STUDY_DAYS = 31  # RULES §0 (policy)

SITE_LABEL = {
    "lumbar_spine": "lumbar spine",
    "femoral_neck": "femoral neck",
    "total_hip": "total hip",
    "radius_33": "one-third radius",
    "total_body_less_head": "total body less head",
    "lateral_distal_femur": "lateral distal femur",
}


def score1(value: float | None) -> float | None:
    """Scores are compared after rounding to one decimal, the precision DXA reports (RULES §10)."""
    if value is None:
        return None
    # Half away from zero, so -2.45 reads as -2.5 as a DXA report would print it.
    return math.copysign(math.floor(abs(value) * 10 + 0.5 + 1e-9) / 10, value)


def is_fragility(fracture: Fracture) -> bool:
    """Low-trauma or unknown mechanism (policy: unknown counts; RULES §0, §10)."""
    return fracture.mechanism != "high_trauma"


def is_running(course: BoneMedicationCourse, as_of: date) -> bool:
    """A course with no end or end ≥ as_of (RULES §0, §10), started by as_of."""
    return course.start <= as_of and (course.end is None or course.end >= as_of)


def current_study(dxa: list[DxaMeasurement]) -> tuple[date | None, dict[str, DxaMeasurement]]:
    """The latest DXA date and each site's most recent value within 31 days before it."""
    if not dxa:
        return None, {}
    latest = max(d.date for d in dxa)
    earliest = latest - timedelta(days=CURRENT_STUDY_DAYS)
    by_site: dict[str, DxaMeasurement] = {}
    for row in dxa:
        if earliest <= row.date <= latest:
            held = by_site.get(row.site)
            if held is None or row.date >= held.date:
                by_site[row.site] = row
    return latest, by_site


def lowest_score(
    study: dict[str, DxaMeasurement], sites: tuple[str, ...], pick: str
) -> tuple[float | None, str | None]:
    """Lowest one-decimal score over the sites; a tie goes to the site listed first (RULES §10)."""
    best: tuple[float | None, str | None] = (None, None)
    for site in sites:
        row = study.get(site)
        if row is None:
            continue
        if pick == "child_z":
            raw = row.height_adjusted_z if row.height_adjusted_z is not None else row.z_score
        else:
            raw = getattr(row, pick)
        value = score1(raw)
        if value is not None and (best[0] is None or value < best[0]):
            best = (value, site)
    return best


@dataclass(slots=True)
class LatestLab:
    date: date
    value: float  # in the rules' canonical unit (nmol/L for 25-OH vitamin D)
    entered: str  # as entered, e.g. "16 ng/mL"


def latest_labs(labs: list[LabResult], as_of: date) -> dict[str, LatestLab]:
    """Each test's most recent result within 12 months before as_of; older counts as unknown."""
    earliest = add_months(as_of, -12)  # once per patient: labs are the longest list of a record
    latest: dict[str, LabResult] = {}
    for lab in labs:
        if earliest <= lab.date <= as_of:
            held = latest.get(lab.test)
            if held is None or lab.date >= held.date:
                latest[lab.test] = lab
    return {
        test: LatestLab(lab.date, to_canonical(test, lab.value, lab.unit), f"{lab.value:g} {lab.unit}")
        for test, lab in latest.items()
    }


@dataclass(slots=True)
class Facts:
    doc: PatientDocument
    as_of: date
    age: float
    population: str
    score_type: str  # "T" or "Z"
    score_type_note: str | None
    study_date: date | None
    study: dict[str, DxaMeasurement]
    lowest_t: float | None
    lowest_t_site: str | None
    lowest_z: float | None
    lowest_z_site: str | None
    hip_t: float | None
    fragility_fractures: list[Fracture]
    vertebral_fractures: list[Fracture]
    gc: GlucocorticoidExposure
    mobility: str | None
    running_therapy: list[BoneMedicationCourse]
    labs: dict[str, LatestLab]
    notes: list[str] = field(default_factory=list)

    @property
    def is_child(self) -> bool:
        return self.population == "child"

    @property
    def t_scored(self) -> bool:
        return self.score_type == "T"

    @property
    def non_ambulant(self) -> bool:
        return self.mobility == "non_ambulant"

    @property
    def on_gc(self) -> bool:
        return self.gc.current_daily_mg_pred_eq > 0

    @property
    def on_therapy(self) -> bool:
        return bool(self.running_therapy)

    @property
    def vitamin_d(self) -> LatestLab | None:
        return self.labs.get("25ohd")

    @property
    def egfr(self) -> LatestLab | None:
        return self.labs.get("egfr")

    def age_on(self, day: date) -> float:
        return exact_age(self.doc.birth_date, day)


def _score_type(doc: PatientDocument, age: float) -> tuple[str, str | None]:
    """RULES §1.2: who is scored by T and who by Z."""
    if age < 20:
        return "Z", None
    if doc.sex == "female":
        if doc.menopause is not None and doc.menopause.status in ("post", "peri"):
            return "T", None
        if doc.menopause is None and age >= 50:
            return "T", "woman aged 50 or over with no menopause status recorded: scored by T (clinic policy)"
        return "Z", None
    return ("T", None) if age >= 50 else ("Z", None)


def build_facts(doc: PatientDocument, as_of: date) -> Facts:
    """Derive the shared facts of one patient on one date."""
    age = exact_age(doc.birth_date, as_of)
    population = "child" if age < 20 else "adult"
    score_type, score_note = _score_type(doc, age)
    study_date, study = current_study(doc.dxa)
    sites = CHILD_DIAGNOSTIC_SITES if population == "child" else ADULT_DIAGNOSTIC_SITES
    lowest_t, lowest_t_site = lowest_score(study, sites, "t_score")
    lowest_z, lowest_z_site = lowest_score(study, sites, "child_z" if population == "child" else "z_score")
    hip_scores = [score1(study[s].t_score) for s in ("femoral_neck", "total_hip") if s in study]
    hip_values = [v for v in hip_scores if v is not None]
    fragility = [f for f in doc.fractures if is_fragility(f) and f.date <= as_of]
    mobility_rows = [m for m in doc.mobility if m.date <= as_of]
    mobility = max(mobility_rows, key=lambda m: m.date).status if mobility_rows else None
    facts = Facts(
        doc=doc,
        as_of=as_of,
        age=age,
        population=population,
        score_type=score_type,
        score_type_note=score_note,
        study_date=study_date,
        study=study,
        lowest_t=lowest_t,
        lowest_t_site=lowest_t_site,
        lowest_z=lowest_z,
        lowest_z_site=lowest_z_site,
        hip_t=min(hip_values) if hip_values else None,
        fragility_fractures=fragility,
        vertebral_fractures=[f for f in fragility if f.site == "vertebra"],
        gc=summarise_exposure(doc.glucocorticoids, as_of),
        mobility=mobility,
        running_therapy=[m for m in doc.bone_medications if m.drug in BONE_THERAPY and is_running(m, as_of)],
        labs=latest_labs(doc.labs, as_of),
    )
    if score_note:
        facts.notes.append(score_note)
    return facts
