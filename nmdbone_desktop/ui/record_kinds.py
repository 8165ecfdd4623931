"""Every kind of record the clinic can edit, described as data (no Qt).

One description drives the form (which editors), the record table (which columns) and the
mapping of a validation problem (``dxa[2].t_score``) back to the field it is about. Vocabularies
come from the document model itself, so a new code in the contract shows up in the forms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

from ..core import contract_names as d
from .vocabulary import display

FieldType = Literal["text", "number", "integer", "date", "choice", "bool", "multi"]
Choices = tuple[tuple[Any, str], ...]


def _words(literal: Any, vocabulary: str) -> Choices:
    """The codes of a contract vocabulary with their display names (:mod:`.vocabulary`)."""
    return tuple((value, display(vocabulary, value)) for value in get_args(literal))


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One editable field; ``key`` is its dotted path inside the record (``name.given``)."""

    key: str
    label: str
    type: FieldType = "text"
    choices: Choices = ()
    required: bool = False
    hint: str = ""
    #: For a choice whose options depend on another field (lab units on the test).
    depends_on: str = ""
    choices_by: dict[str, Choices] | None = None
    #: Only when the record is new (the patient id cannot be renamed in place).
    new_only: bool = False


@dataclass(frozen=True, slots=True)
class RecordKind:
    """A list of the patient document (``key`` = ``dxa``) or a single object (``singleton``).

    ``key == ""`` is the patient's own details, which sit at the top of the document.
    """

    key: str
    title: str
    plural: str
    fields: tuple[FieldSpec, ...]
    columns: tuple[str, ...] = ()
    singleton: bool = False
    sort_key: str = "date"

    def field(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)


DATE_HINT = "YYYY-MM-DD"
_BOOL = "bool"
_SMOKING: Choices = ((0, "non-smoker"), (1, "ex-smoker"), (2, "light (<10/day)"),
                     (3, "moderate (10–19/day)"), (4, "heavy (≥20/day)"))
_ALCOHOL: Choices = ((0, "none"), (1, "<1 unit/day"), (2, "1–2 units/day"), (3, "3–6 units/day"),
                     (4, "7–9 units/day"), (5, ">9 units/day"))
_ETHNICITY: Choices = ((1, "White or not stated"), (2, "Indian"), (3, "Pakistani"), (4, "Bangladeshi"),
                       (5, "Other Asian"), (6, "Black Caribbean"), (7, "Black African"), (8, "Chinese"),
                       (9, "Other"))
_UNITS: dict[str, Choices] = {test: tuple((u, u) for u in units) for test, units in d.LAB_UNITS.items()}


def _date(key: str = "date", label: str = "Date", required: bool = True) -> FieldSpec:
    return FieldSpec(key, label, "date", required=required, hint=DATE_HINT)


DXA = RecordKind("dxa", "DXA measurement", "DXA", (
    _date(), FieldSpec("site", "Site", "choice", _words(d.DxaSite, "dxa_site"), required=True),
    FieldSpec("t_score", "T-score", "number", hint="−8 … +6"),
    FieldSpec("z_score", "Z-score", "number", hint="−8 … +6"),
    FieldSpec("height_adjusted_z", "Height-adjusted Z", "number", hint="children"),
    FieldSpec("bmd_g_cm2", "BMD (g/cm²)", "number", hint="0.1 … 2.5"),
    FieldSpec("tbs", "TBS", "number", hint="lumbar spine only"),
    FieldSpec("manufacturer", "Scanner", "choice", _words(d.Manufacturer, "manufacturer")),
    FieldSpec("side", "Side", "choice", _words(d.Side, "side"), hint="hip, femur and forearm sites"),
), ("date", "site", "side", "t_score", "z_score", "height_adjusted_z", "bmd_g_cm2", "manufacturer"))

FRACTURES = RecordKind("fractures", "fracture", "Fractures", (
    _date(), FieldSpec("site", "Site", "choice", _words(d.FractureSite, "fracture_site"), required=True),
    FieldSpec("vertebra", "Vertebra", "text", hint="e.g. T12 (vertebral only)"),
    FieldSpec("genant_grade", "Genant grade", "choice", ((1, "1 mild"), (2, "2 moderate"), (3, "3 severe"))),
    FieldSpec("mechanism", "Mechanism", "choice", _words(d.Mechanism, "mechanism")),
    FieldSpec("found_on", "Found on", "choice", _words(d.FoundOn, "found_on")),
), ("date", "site", "vertebra", "genant_grade", "mechanism"))

SPINE = RecordKind("spine_imaging", "spine imaging", "Spine imaging", (
    _date(), FieldSpec("modality", "Modality", "choice", _words(d.ImagingModality, "modality"), required=True),
    FieldSpec("vertebral_fracture_found", "Vertebral fracture found", _BOOL),
), ("date", "modality", "vertebral_fracture_found"))

GLUCOCORTICOIDS = RecordKind("glucocorticoids", "glucocorticoid course", "Glucocorticoids", (
    FieldSpec("drug", "Drug", "choice", _words(d.GlucocorticoidDrug, "gc_drug"), required=True),
    FieldSpec("dose_mg", "Dose (mg)", "number", required=True, hint="per dose; total for a single pulse"),
    FieldSpec("frequency", "Frequency", "choice", _words(d.GcFrequency, "gc_frequency"), required=True),
    _date("start", "Start"), _date("end", "End", required=False),
    FieldSpec("route", "Route", "choice", _words(d.Route, "route")),
), ("drug", "dose_mg", "frequency", "start", "end"), sort_key="start")

BONE_MEDICATIONS = RecordKind("bone_medications", "bone medication", "Bone medications", (
    FieldSpec("drug", "Drug", "choice", _words(d.BoneDrug, "bone_drug"), required=True),
    _date("start", "Start"), _date("end", "End", required=False),
    _date("last_dose", "Last dose", required=False),
    FieldSpec("stop_reason", "Stop reason", "text"),
), ("drug", "start", "end", "last_dose", "stop_reason"), sort_key="start")

LABS = RecordKind("labs", "lab result", "Labs", (
    _date(), FieldSpec("test", "Test", "choice", _words(d.LabTest, "lab"), required=True),
    FieldSpec("value", "Value", "number", required=True),
    FieldSpec("unit", "Unit", "choice", required=True, depends_on="test", choices_by=_UNITS),
), ("date", "test", "value", "unit"))

MEASUREMENTS = RecordKind("measurements", "measurement", "Height & weight", (
    _date(), FieldSpec("height_cm", "Height (cm)", "number"), FieldSpec("weight_kg", "Weight (kg)", "number"),
), ("date", "height_cm", "weight_kg"))

MOBILITY = RecordKind("mobility", "mobility status", "Mobility", (
    _date(), FieldSpec("status", "Status", "choice", _words(d.MobilityStatus, "mobility"), required=True),
), ("date", "status"))

FRAX = RecordKind("frax", "FRAX entry", "FRAX", (
    _date(), FieldSpec("major_osteoporotic_percent", "Major osteoporotic (%)", "number", required=True),
    FieldSpec("hip_percent", "Hip (%)", "number", required=True),
    FieldSpec("with_bmd", "With BMD", _BOOL), FieldSpec("country", "Country", "text"),
), ("date", "major_osteoporotic_percent", "hip_percent", "with_bmd", "country"))

RISK_FACTORS = RecordKind("risk_factors", "risk factors", "Risk factors", (
    FieldSpec("smoking", "Smoking", "choice", _SMOKING), FieldSpec("alcohol", "Alcohol", "choice", _ALCOHOL),
    FieldSpec("ethnicity", "Ethnicity", "choice", _ETHNICITY),
    FieldSpec("parental_osteoporosis", "Parental osteoporosis / hip fracture", _BOOL),
    FieldSpec("conditions", "Conditions", "multi", _words(d.Condition, "condition")),
), singleton=True)

PATIENT = RecordKind("", "patient details", "Patient details", (
    FieldSpec("id", "Patient ID", "text", required=True, new_only=True),
    FieldSpec("name.family", "Family name", "text", required=True),
    FieldSpec("name.given", "Given name", "text", required=True),
    FieldSpec("sex", "Sex", "choice", _words(d.Sex, "sex"), required=True),
    _date("birth_date", "Birth date"),
    FieldSpec("diagnosis.code", "Diagnosis", "choice", _words(d.DiagnosisCode, "diagnosis"), required=True),
    FieldSpec("diagnosis.label", "Diagnosis label", "text"),
    _date("diagnosis.onset_date", "Diagnosis onset", required=False),
    FieldSpec("menopause.status", "Menopause", "choice", _words(d.MenopauseStatus, "menopause"), hint="women only"),
    FieldSpec("menopause.age_years", "Age at menopause", "number"),
    FieldSpec("puberty", "Puberty", "choice", _words(d.Puberty, "puberty"), hint="children"),
    FieldSpec("dysphagia", "Dysphagia", _BOOL),
    FieldSpec("can_sit_upright_30_min", "Can sit upright 30 min", _BOOL),
    FieldSpec("falls_past_12_months", "Falls in past 12 months", "integer"),
    FieldSpec("cardiovascular_event_past_12_months", "Cardiovascular event in past 12 months", _BOOL),
    FieldSpec("childbearing_potential", "Childbearing potential", _BOOL),
    FieldSpec("supplements.calcium_mg_per_day", "Calcium (mg/day)", "number"),
    FieldSpec("supplements.vitamin_d_iu_per_day", "Vitamin D (IU/day)", "number"),
), singleton=True)

#: The record kinds in the order the record view lists them.
RECORD_KINDS: tuple[RecordKind, ...] = (
    PATIENT, DXA, FRACTURES, SPINE, GLUCOCORTICOIDS, BONE_MEDICATIONS, LABS, MEASUREMENTS, MOBILITY,
    FRAX, RISK_FACTORS,
)
KINDS_BY_KEY: dict[str, RecordKind] = {kind.key: kind for kind in RECORD_KINDS}
