"""The facts every rule reads, derived once per assessment (RULES §0 terms).

Rules stay small and pure by reading these instead of re-scanning the document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, TypeVar

from ..dates import add_months, exact_age
from ..document import BoneMedicationCourse, DxaMeasurement, LabResult, PatientDocument
from ..glucocorticoids import (
    GlucocorticoidExposure,
    GlucocorticoidOnsets,
    current_daily_pred_eq,
    glucocorticoid_onsets,
    summarise_exposure,
)
from ..units import CANONICAL_UNIT, to_canonical_exact
from .fractures import LONG_BONE_SITES, FractureEvent, FractureRecord, adult_counted, is_fragility, read_fractures

__all__ = ["LONG_BONE_SITES", "is_fragility"]

ORAL_BISPHOSPHONATES = ("alendronate", "risedronate", "ibandronate")
IV_BISPHOSPHONATES = ("zoledronate", "pamidronate")
BISPHOSPHONATES = ORAL_BISPHOSPHONATES + IV_BISPHOSPHONATES
ANTIRESORPTIVES = (*BISPHOSPHONATES, "denosumab")
ANABOLICS = ("teriparatide", "abaloparatide", "romosozumab")
BONE_THERAPY = (*ANTIRESORPTIVES, *ANABOLICS, "raloxifene")
PARENTERAL = ("zoledronate", "pamidronate", "denosumab")  # RULES §6.5

ADULT_DIAGNOSTIC_SITES = ("lumbar_spine", "femoral_neck", "total_hip", "radius_33")
CHILD_DIAGNOSTIC_SITES = ("lumbar_spine", "total_body_less_head", "lateral_distal_femur", "femoral_neck", "total_hip")
CURRENT_STUDY_DAYS = 31  # RULES §0 (policy)
SITE_VALUE_MONTHS = 24  # RULES §0 (policy): the longest DXA interval, §8.2

SITE_LABEL = {
    "lumbar_spine": "lumbar spine",
    "femoral_neck": "femoral neck",
    "total_hip": "total hip",
    "radius_33": "one-third radius",
    "total_body_less_head": "total body less head",
    "lateral_distal_femur": "lateral distal femur",
}

T = TypeVar("T")
_TENTH = Decimal("0.1")


def score1(value: float | None) -> float | None:
    """Scores are compared after rounding to one decimal, the precision DXA reports (RULES §10).

    Half away from zero, judged on the decimal as recorded (RULES §0): −2.45 reads as −2.5.
    """
    if value is None:
        return None
    return float(Decimal(repr(value)).quantize(_TENTH, rounding=ROUND_HALF_UP))


def latest(items: Iterable[T], when: str = "date") -> T | None:
    """The latest entry of a list; of entries sharing that date, the one listed last (RULES §0)."""
    best: T | None = None
    best_day: date | None = None
    for item in items:
        day = getattr(item, when)
        if best_day is None or day >= best_day:
            best, best_day = item, day
    return best


def is_running(course: BoneMedicationCourse, on: date) -> bool:
    """Started on or before the date and no end or end on or after it (RULES §0, §10)."""
    return course.start <= on and (course.end is None or course.end >= on)


def child_z(row: DxaMeasurement) -> float | None:
    """A child's Z: the height-adjusted Z when present, else the Z-score (RULES §1.2)."""
    return row.height_adjusted_z if row.height_adjusted_z is not None else row.z_score


SCORE_READERS = {
    "t": lambda r: r.t_score,
    "z": lambda r: r.z_score,
    "child_z": child_z,
}


@dataclass(frozen=True, slots=True)
class SiteValue:
    """A diagnostic site's score as the rules read it (RULES §0 *site value*), one decimal."""

    site: str
    value: float
    date: date

    def words(self, kind: str) -> str:
        return f"{SITE_LABEL[self.site]} {kind} {self.value:.1f} ({self.date})"

    def message(self, kind: str) -> dict[str, Any]:
        return {"message_key": "score.site", "params": {
            "site": {"term": f"site.{self.site}"}, "kind": kind,
            "value": {"number": float(f"{self.value:.1f}"), "decimals": 1}, "date": {"date": self.date.isoformat()}}}


def current_study_date(dxa: Sequence[DxaMeasurement], sites: tuple[str, ...], kind: str, as_of: date) -> date | None:
    """The latest DXA date with a score of the patient's type at a diagnostic site (RULES §0)."""
    read = SCORE_READERS[kind]
    days = [r.date for r in dxa if r.date <= as_of and r.site in sites and read(r) is not None]
    return max(days) if days else None


def site_values(
    dxa: Sequence[DxaMeasurement], sites: tuple[str, ...], kind: str, study_date: date | None, as_of: date
) -> dict[str, SiteValue]:
    """Each site's latest score of ``kind`` dated on or after the current study − 24 months (RULES §0).

    Values of one site on one date are one study's measurements: the lowest counts (left and right
    hip, or a repeat; policy, the conservative reading of ISCD).
    """
    if study_date is None:
        return {}
    earliest = add_months(study_date, -SITE_VALUE_MONTHS)
    read = SCORE_READERS[kind]
    out: dict[str, SiteValue] = {}
    for row in dxa:
        if row.site not in sites or not earliest <= row.date <= as_of:
            continue
        raw = read(row)
        if raw is None:
            continue
        value = score1(raw)
        held = out.get(row.site)
        if held is None or row.date > held.date or (row.date == held.date and value < held.value):  # type: ignore[operator]
            out[row.site] = SiteValue(row.site, value, row.date)  # type: ignore[arg-type]
    return out


def lowest(values: dict[str, SiteValue], sites: tuple[str, ...]) -> SiteValue | None:
    """The lowest site value; a tie goes to the site listed first in §1.3 (RULES §10)."""
    best: SiteValue | None = None
    for site in sites:
        v = values.get(site)
        if v is not None and (best is None or v.value < best.value):
            best = v
    return best


def decimal_text(value: Fraction | float) -> str:
    """A value as a plain decimal, exact up to 4 decimals, else cut (never rounded up) to 4 decimals, so
    a shown value never lands on a threshold it does not reach (49.9 is never "50")."""
    exact = value if isinstance(value, Fraction) else Fraction(repr(value))
    scaled = exact * 10_000
    whole = int(scaled)  # toward zero
    text = f"{Decimal(whole) / 10_000:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text if text != "-0" else "0"


class LatestLab:
    """A test's latest result, read in the rules' unit exactly (converted on first use)."""

    __slots__ = ("_exact", "date", "result")

    def __init__(self, result: LabResult) -> None:
        self.result = result
        self.date = result.date
        self._exact: Fraction | None = None

    @property
    def exact(self) -> Fraction:
        """In the rules' canonical unit (nmol/L for 25-OH vitamin D), exactly."""
        if self._exact is None:
            self._exact = to_canonical_exact(self.result.test, self.result.value, self.result.unit)
        return self._exact

    @property
    def value(self) -> float:
        return float(self.exact)

    @property
    def unit(self) -> str:
        return CANONICAL_UNIT[self.result.test]

    @property
    def entered(self) -> str:
        return f"{decimal_text(self.result.value)} {self.result.unit}"

    def shown(self) -> str:
        """The value at the precision the rule compares it (never rounded onto a threshold)."""
        words = f"{decimal_text(self.exact)} {self.unit}"
        converted = self.exact != _exact_decimal(self.result.value)
        return f"{words} (entered {self.entered})" if converted else words

    def shown_message(self) -> dict[str, Any]:
        """:meth:`shown` as a message: the value with the digits the rule compares, as entered."""
        params: dict[str, Any] = {"value": _json_number(decimal_text(self.exact)), "unit": self.unit}
        if self.exact != _exact_decimal(self.result.value):
            params |= {"entered_value": _json_number(decimal_text(self.result.value)), "entered_unit": self.result.unit}
            return {"message_key": "value.converted", "params": params}
        return {"message_key": "value.plain", "params": params}


def _json_number(text: str) -> int | float:
    """A decimal shown as text as a JSON number with the same digits (49.9 stays 49.9)."""
    return int(text) if "." not in text else float(text)


def _exact_decimal(value: float) -> Fraction:
    return Fraction(value) if isinstance(value, int) else Fraction(repr(value))


def latest_labs(labs: list[LabResult], as_of: date) -> dict[str, LatestLab]:
    """Each test's most recent result within 12 months before as_of; older counts as unknown.

    Of results sharing a date, the one listed last (RULES §0 *same-date entries*).
    """
    earliest = add_months(as_of, -12)
    held: dict[str, LabResult] = {}
    for lab in labs:
        if earliest <= lab.date <= as_of:
            old = held.get(lab.test)
            if old is None or lab.date >= old.date:
                held[lab.test] = lab
    return {test: LatestLab(lab) for test, lab in held.items()}


@dataclass(slots=True)
class Facts:
    doc: PatientDocument
    as_of: date
    age: float
    population: str
    score_type: str  # "T" or "Z"
    score_type_note: str | None
    study_date: date | None
    study: dict[str, list[DxaMeasurement]]  # each site's measurements in the current study
    own_values: dict[str, SiteValue]  # each diagnostic site's value of the patient's score type
    lowest_t: SiteValue | None
    lowest_z: SiteValue | None  # the patient's Z (children: height-adjusted when present)
    lowest_adult_z: SiteValue | None  # z_score site values over adult sites, any score type (§5)
    hip_t: SiteValue | None
    fracture_record: FractureRecord
    fractures: list[FractureEvent]  # the fragility fracture events the population's rules count
    gc: GlucocorticoidExposure
    mobility: str | None
    non_ambulant_since: date | None
    running_therapy: list[BoneMedicationCourse]
    labs: dict[str, LatestLab]
    postmenopausal: bool
    notes: list[str] = field(default_factory=list)
    _onsets: GlucocorticoidOnsets | None = None

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
    def vfs(self) -> list:
        return self.fracture_record.vfs

    @property
    def vitamin_d(self) -> LatestLab | None:
        return self.labs.get("25ohd")

    @property
    def egfr(self) -> LatestLab | None:
        return self.labs.get("egfr")

    @property
    def gc_onsets(self) -> GlucocorticoidOnsets:
        if self._onsets is None:
            self._onsets = glucocorticoid_onsets(self.doc.glucocorticoids, self.as_of, self.gc)
        return self._onsets

    def age_on(self, day: date) -> float:
        return exact_age(self.doc.birth_date, day)

    def birthday(self, years: int) -> date:
        return add_months(self.doc.birth_date, 12 * years)


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


def _postmenopausal(doc: PatientDocument, age: float) -> bool:
    """RULES §0: menopause `post`, or a woman ≥ 50 with none recorded; `peri` is not."""
    if doc.sex != "female":
        return False
    if doc.menopause is not None:
        return doc.menopause.status == "post"
    return age >= 50


def _mobility(doc: PatientDocument, as_of: date) -> tuple[str | None, date | None]:
    """The latest mobility status and, when non-ambulant, the start of that unbroken run (RULES §9)."""
    rows = sorted(((m.date, i, m.status) for i, m in enumerate(doc.mobility) if m.date <= as_of))
    if not rows:
        return None, None
    status = rows[-1][2]
    if status != "non_ambulant":
        return status, None
    since = rows[-1][0]
    for day, _i, s in reversed(rows):
        if s != "non_ambulant":
            break
        since = day
    return status, since


def mobility_on(doc: PatientDocument, day: date) -> str | None:
    """The status of the latest mobility entry dated on or before ``day`` (RULES §0)."""
    row = latest(m for m in doc.mobility if m.date <= day)
    return row.status if row else None


def build_facts(doc: PatientDocument, as_of: date) -> Facts:
    """Derive the shared facts of one patient on one date."""
    age = exact_age(doc.birth_date, as_of)
    population = "child" if age < 20 else "adult"
    score_type, score_note = _score_type(doc, age)
    child = population == "child"
    sites = CHILD_DIAGNOSTIC_SITES if child else ADULT_DIAGNOSTIC_SITES
    own_kind = "child_z" if child else ("t" if score_type == "T" else "z")
    study_date = current_study_date(doc.dxa, sites, own_kind, as_of)
    study: dict[str, list[DxaMeasurement]] = {}
    if study_date is not None:
        first = study_date - timedelta(days=CURRENT_STUDY_DAYS)
        for row in doc.dxa:
            if first <= row.date <= study_date:
                study.setdefault(row.site, []).append(row)
    # T site values are read for every adult: hip T (the drug holiday) is defined whatever the score type.
    t_values = {} if child else site_values(doc.dxa, sites, "t", study_date, as_of)
    z_values = site_values(doc.dxa, sites, "child_z" if child else "z", study_date, as_of)
    if child:
        adult_z: dict[str, SiteValue] = {}
    elif score_type == "Z":
        adult_z = z_values
    else:
        adult_z = site_values(doc.dxa, ADULT_DIAGNOSTIC_SITES, "z", study_date, as_of)
    hips = [v for s, v in t_values.items() if s in ("femoral_neck", "total_hip")]
    record = read_fractures(doc, as_of)
    gc = summarise_exposure(doc.glucocorticoids, as_of)
    mobility, non_ambulant_since = _mobility(doc, as_of)
    notes: list[str] = []
    if score_note:
        notes.append(score_note)
    if child:
        counted = list(record.events)
    else:
        counted, left_out = adult_counted(
            record,
            doc,
            lambda day: current_daily_pred_eq(doc.glucocorticoids, day),
            lambda day: mobility_on(doc, day),
        )
        notes.extend(left_out)
    notes.extend(record.notes)
    return Facts(
        doc=doc,
        as_of=as_of,
        age=age,
        population=population,
        score_type=score_type,
        score_type_note=score_note,
        study_date=study_date,
        study=study,
        own_values=t_values if score_type == "T" else z_values,
        lowest_t=lowest(t_values, sites),
        lowest_z=lowest(z_values, sites),
        lowest_adult_z=lowest(adult_z, ADULT_DIAGNOSTIC_SITES),
        hip_t=min(hips, key=lambda v: (v.value, v.site != "femoral_neck")) if hips else None,
        fracture_record=record,
        fractures=counted,
        gc=gc,
        mobility=mobility,
        non_ambulant_since=non_ambulant_since,
        running_therapy=[m for m in doc.bone_medications if m.drug in BONE_THERAPY and is_running(m, as_of)],
        labs=latest_labs(doc.labs, as_of),
        postmenopausal=_postmenopausal(doc, age),
        notes=notes,
    )
