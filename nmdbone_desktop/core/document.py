"""The patient document (contract §2, ``nmdbone/patient-v1``) as strict pydantic models.

Field-level rules (types, vocabularies, ranges, unknown fields) live on the models, so the JSON
Schema printed by ``nmdbone-desktop schema patient`` is generated from the same source that
validates. Rules that relate two fields or need the assessment date (a date after as-of or before
birth, a Genant grade on a non-vertebral fracture, a lab unit that does not fit its test) are in
:mod:`nmdbone_desktop.core.validation`, which also turns every problem into the contract's field
path form (``dxa[2].t_score``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, WithJsonSchema

# The contract's vocabularies are defined in contract_names, so that code needing only the names
# (the patient list, the forms' choices) does not build the models; they are re-exported here.
from .contract_names import LAB_UNITS as LAB_UNITS
from .contract_names import LIST_FIELDS as LIST_FIELDS
from .contract_names import (
    PATIENT_ID_PATTERN,
    VERTEBRA_INPUT_PATTERN,
    VERTEBRA_PATTERN,
    BoneDrug,
    Condition,
    DiagnosisCode,
    DxaSite,
    FoundOn,
    FractureSite,
    GcFrequency,
    GlucocorticoidDrug,
    ImagingModality,
    LabTest,
    Manufacturer,
    Mechanism,
    MenopauseStatus,
    MobilityStatus,
    Puberty,
    Route,
    Sex,
    Side,
    vertebra_key,
)
from .contract_names import SCHEMA_ID as SCHEMA_ID
from .contract_names import Language as Language

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _parse_iso_date(value: object) -> object:
    """Accept a ``date`` or a ``YYYY-MM-DD`` string only (no timestamps, no other ISO forms)."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        if not _ISO_DATE.match(value):
            raise ValueError("must be a date written YYYY-MM-DD")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError("is not a real calendar date") from None
    raise ValueError(f"must be a date written YYYY-MM-DD, not a {type(value).__name__}")


IsoDate = Annotated[
    date,
    BeforeValidator(_parse_iso_date),
    PlainSerializer(lambda d: d.isoformat(), return_type=str),
    WithJsonSchema({"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}),
]

# Plausibility ranges of the contract (§2: "a value that cannot be right is an error").
Score = Annotated[float, Field(ge=-8.0, le=6.0)]
Bmd = Annotated[float, Field(ge=0.1, le=2.5)]
NonNegative = Annotated[float, Field(ge=0.0)]
Percent = Annotated[float, Field(ge=0.0, le=100.0)]



def _check_vertebra(value: object) -> object:
    """Keep the label as written, but it must read as C1–C7, T1–T12, L1–L5 or S1 (contract §2)."""
    if isinstance(value, str) and not re.match(VERTEBRA_PATTERN, vertebra_key(value)):
        raise ValueError("must be a vertebra label C1–C7, T1–T12, L1–L5 or S1 (case and spaces ignored)")
    return value


VertebraLabel = Annotated[
    str, AfterValidator(_check_vertebra), WithJsonSchema({"type": "string", "pattern": VERTEBRA_INPUT_PATTERN})
]


class _Strict(BaseModel):
    """Unknown fields are errors (contract: a typo must never be silently ignored)."""

    model_config = ConfigDict(
        extra="forbid", strict=True, frozen=True, str_strip_whitespace=True, allow_inf_nan=False, defer_build=True
    )


class Name(_Strict):
    given: str = Field(min_length=1, max_length=100)
    family: str = Field(min_length=1, max_length=100)


class Diagnosis(_Strict):
    code: DiagnosisCode
    onset_date: IsoDate | None = None
    label: str | None = Field(default=None, max_length=200)


class Menopause(_Strict):
    status: MenopauseStatus
    age_years: float | None = Field(default=None, ge=0, le=100)


class Measurement(_Strict):
    date: IsoDate
    height_cm: float | None = Field(default=None, ge=30, le=250)
    weight_kg: float | None = Field(default=None, ge=1, le=400)


class MobilityEntry(_Strict):
    date: IsoDate
    status: MobilityStatus


class DxaMeasurement(_Strict):
    date: IsoDate
    site: DxaSite
    bmd_g_cm2: Bmd | None = None
    t_score: Score | None = None
    z_score: Score | None = None
    height_adjusted_z: Score | None = None
    tbs: float | None = Field(default=None, gt=0, le=3)
    manufacturer: Manufacturer | None = None
    side: Side | None = None


class Fracture(_Strict):
    date: IsoDate
    site: FractureSite
    vertebra: VertebraLabel | None = Field(default=None, max_length=10)
    genant_grade: int | None = Field(default=None, ge=1, le=3)
    mechanism: Mechanism | None = None
    found_on: FoundOn | None = None


class SpineImaging(_Strict):
    date: IsoDate
    modality: ImagingModality
    vertebral_fracture_found: bool | None = None


class GlucocorticoidCourse(_Strict):
    drug: GlucocorticoidDrug
    dose_mg: NonNegative
    frequency: GcFrequency
    start: IsoDate
    end: IsoDate | None = None
    route: Route = "oral"


class BoneMedicationCourse(_Strict):
    drug: BoneDrug
    start: IsoDate
    end: IsoDate | None = None
    last_dose: IsoDate | None = None
    stop_reason: str | None = Field(default=None, max_length=200)


class Supplements(_Strict):
    calcium_mg_per_day: NonNegative | None = None
    vitamin_d_iu_per_day: NonNegative | None = None


class LabResult(_Strict):
    date: IsoDate
    test: LabTest
    value: NonNegative
    unit: str = Field(min_length=1)


class RiskFactors(_Strict):
    smoking: int | None = Field(default=None, ge=0, le=4)
    alcohol: int | None = Field(default=None, ge=0, le=5)
    ethnicity: int | None = Field(default=None, ge=1, le=9)
    parental_osteoporosis: bool | None = None
    conditions: list[Condition] = Field(default_factory=list)


class FraxEntry(_Strict):
    date: IsoDate
    major_osteoporotic_percent: Percent
    hip_percent: Percent
    with_bmd: bool | None = None
    country: str | None = Field(default=None, max_length=60)


class Address(_Strict):
    lines: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(min_length=1, max_length=4)
    postcode: str | None = Field(default=None, max_length=20)
    city: str | None = Field(default=None, max_length=100)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")


class GeneralPractitioner(_Strict):
    name: str | None = Field(default=None, min_length=1, max_length=120)
    practice: str | None = Field(default=None, min_length=1, max_length=200)
    address: Address | None = None


class Clinician(_Strict):
    name: str | None = Field(default=None, min_length=1, max_length=120)
    role: str | None = Field(default=None, min_length=1, max_length=120)


class Contacts(_Strict):
    """Where letters go and who signs them (contract §2, added in 2026.12; every member optional)."""

    patient_address: Address | None = None
    gp: GeneralPractitioner | None = None
    responsible_clinician: Clinician | None = None


class PatientDocument(_Strict):
    """One patient (contract §2). Every list is optional and may be empty."""

    schema_: Literal["nmdbone/patient-v1"] = Field(alias="schema", serialization_alias="schema")
    id: str = Field(pattern=PATIENT_ID_PATTERN)
    name: Name
    sex: Sex
    birth_date: IsoDate
    diagnosis: Diagnosis
    menopause: Menopause | None = None
    measurements: list[Measurement] = Field(default_factory=list)
    mobility: list[MobilityEntry] = Field(default_factory=list)
    dysphagia: bool | None = None
    can_sit_upright_30_min: bool | None = None
    falls_past_12_months: int | None = Field(default=None, ge=0, le=366)
    dxa: list[DxaMeasurement] = Field(default_factory=list)
    fractures: list[Fracture] = Field(default_factory=list)
    spine_imaging: list[SpineImaging] = Field(default_factory=list)
    glucocorticoids: list[GlucocorticoidCourse] = Field(default_factory=list)
    bone_medications: list[BoneMedicationCourse] = Field(default_factory=list)
    supplements: Supplements | None = None
    labs: list[LabResult] = Field(default_factory=list)
    risk_factors: RiskFactors | None = None
    cardiovascular_event_past_12_months: bool | None = None
    childbearing_potential: bool | None = None
    puberty: Puberty | None = None
    frax: list[FraxEntry] = Field(default_factory=list)
    contacts: Contacts | None = None
    language: Language | None = None
    extra: dict[str, Any] = Field(default_factory=dict)

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        str_strip_whitespace=True,
        populate_by_name=True,
        allow_inf_nan=False,
        defer_build=True,
        title="NMD Bone patient document (nmdbone/patient-v1)",
    )

    @property
    def display_name(self) -> str:
        return f"{self.name.family}, {self.name.given}"
