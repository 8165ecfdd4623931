"""Every kind of record the clinic can edit, described as data.

One description drives the form (which editors), the record table (which columns) and the
mapping of a validation problem (``dxa[2].t_score``) back to the field it is about. Vocabularies
come from the document model itself, so a new code in the contract shows up in the forms.

Labels, titles and hints are English source texts marked with ``QT_TRANSLATE_NOOP`` (context
``RecordKinds``); the ``*_text`` properties translate them when shown, so the language installed
at start applies. Vocabulary choices keep their codes and are named in the current language by
:func:`choice_items` (the clinical terms come from :mod:`nmdbone_desktop.i18n`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core import contract_names as d
from .translation import translate
from .vocabulary import display

FieldType = Literal["text", "number", "integer", "date", "choice", "bool", "multi"]
Choices = tuple[tuple[Any, str], ...]


class VocabularyChoices(tuple):  # type: ignore[type-arg]
    """Choices drawn from a contract vocabulary: named in the current language when shown."""

    vocabulary: str


def _words(literal: Any, vocabulary: str) -> Choices:
    """The codes of a contract vocabulary with their (English) display names (:mod:`.vocabulary`)."""
    words = VocabularyChoices((value, display(vocabulary, value, "en")) for value in get_args(literal))
    words.vocabulary = vocabulary
    return words


def choice_items(choices: Choices) -> Choices:
    """``choices`` with their labels in the current language (codes unchanged)."""
    if isinstance(choices, VocabularyChoices):
        return tuple((value, display(choices.vocabulary, value)) for value, _label in choices)
    return tuple((value, translate("RecordKinds", label)) for value, label in choices)


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

    @property
    def text(self) -> str:
        """The label in the current language."""
        return translate("RecordKinds", self.label)

    @property
    def hint_text(self) -> str:
        return translate("RecordKinds", self.hint) if self.hint else ""

    def choice_items(self) -> Choices:
        return choice_items(self.choices)


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

    @property
    def title_text(self) -> str:
        """The singular title in the current language ("DXA measurement")."""
        return translate("RecordKinds", self.title)

    @property
    def plural_text(self) -> str:
        return translate("RecordKinds", self.plural)

    def field(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)


DATE_HINT = "YYYY-MM-DD"
_BOOL = "bool"
_SMOKING: Choices = (
    (0, QT_TRANSLATE_NOOP("RecordKinds", "non-smoker")),
    (1, QT_TRANSLATE_NOOP("RecordKinds", "ex-smoker")),
    (2, QT_TRANSLATE_NOOP("RecordKinds", "light (<10/day)")),
    (3, QT_TRANSLATE_NOOP("RecordKinds", "moderate (10–19/day)")),
    (4, QT_TRANSLATE_NOOP("RecordKinds", "heavy (≥20/day)")),
)
_ALCOHOL: Choices = (
    (0, QT_TRANSLATE_NOOP("RecordKinds", "none")),
    (1, QT_TRANSLATE_NOOP("RecordKinds", "<1 unit/day")),
    (2, QT_TRANSLATE_NOOP("RecordKinds", "1–2 units/day")),
    (3, QT_TRANSLATE_NOOP("RecordKinds", "3–6 units/day")),
    (4, QT_TRANSLATE_NOOP("RecordKinds", "7–9 units/day")),
    (5, QT_TRANSLATE_NOOP("RecordKinds", ">9 units/day")),
)
_ETHNICITY: Choices = (
    (1, QT_TRANSLATE_NOOP("RecordKinds", "White or not stated")),
    (2, QT_TRANSLATE_NOOP("RecordKinds", "Indian")),
    (3, QT_TRANSLATE_NOOP("RecordKinds", "Pakistani")),
    (4, QT_TRANSLATE_NOOP("RecordKinds", "Bangladeshi")),
    (5, QT_TRANSLATE_NOOP("RecordKinds", "Other Asian")),
    (6, QT_TRANSLATE_NOOP("RecordKinds", "Black Caribbean")),
    (7, QT_TRANSLATE_NOOP("RecordKinds", "Black African")),
    (8, QT_TRANSLATE_NOOP("RecordKinds", "Chinese")),
    (9, QT_TRANSLATE_NOOP("RecordKinds", "Other")),
)
_UNITS: dict[str, Choices] = {test: tuple((u, u) for u in units) for test, units in d.LAB_UNITS.items()}


def _date(key: str = "date", label: str = QT_TRANSLATE_NOOP("RecordKinds", "Date"), required: bool = True) -> FieldSpec:
    return FieldSpec(key, label, "date", required=required, hint=DATE_HINT)


DXA = RecordKind(
    "dxa",
    QT_TRANSLATE_NOOP("RecordKinds", "DXA measurement"),
    QT_TRANSLATE_NOOP("RecordKinds", "DXA"),
    (
        _date(),
        FieldSpec(
            "site", QT_TRANSLATE_NOOP("RecordKinds", "Site"), "choice", _words(d.DxaSite, "dxa_site"), required=True
        ),
        FieldSpec(
            "t_score",
            QT_TRANSLATE_NOOP("RecordKinds", "T-score"),
            "number",
            hint=QT_TRANSLATE_NOOP("RecordKinds", "−8 … +6"),
        ),
        FieldSpec(
            "z_score",
            QT_TRANSLATE_NOOP("RecordKinds", "Z-score"),
            "number",
            hint=QT_TRANSLATE_NOOP("RecordKinds", "−8 … +6"),
        ),
        FieldSpec(
            "height_adjusted_z",
            QT_TRANSLATE_NOOP("RecordKinds", "Height-adjusted Z"),
            "number",
            hint=QT_TRANSLATE_NOOP("RecordKinds", "children"),
        ),
        FieldSpec(
            "bmd_g_cm2",
            QT_TRANSLATE_NOOP("RecordKinds", "BMD (g/cm²)"),
            "number",
            hint=QT_TRANSLATE_NOOP("RecordKinds", "0.1 … 2.5"),
        ),
        FieldSpec(
            "tbs",
            QT_TRANSLATE_NOOP("RecordKinds", "TBS"),
            "number",
            hint=QT_TRANSLATE_NOOP("RecordKinds", "lumbar spine only"),
        ),
        FieldSpec(
            "manufacturer",
            QT_TRANSLATE_NOOP("RecordKinds", "Scanner"),
            "choice",
            _words(d.Manufacturer, "manufacturer"),
        ),
        FieldSpec(
            "side",
            QT_TRANSLATE_NOOP("RecordKinds", "Side"),
            "choice",
            _words(d.Side, "side"),
            hint=QT_TRANSLATE_NOOP("RecordKinds", "hip, femur and forearm sites"),
        ),
    ),
    ("date", "site", "side", "t_score", "z_score", "height_adjusted_z", "bmd_g_cm2", "manufacturer"),
)

FRACTURES = RecordKind(
    "fractures",
    QT_TRANSLATE_NOOP("RecordKinds", "fracture"),
    QT_TRANSLATE_NOOP("RecordKinds", "Fractures"),
    (
        _date(),
        FieldSpec(
            "site",
            QT_TRANSLATE_NOOP("RecordKinds", "Site"),
            "choice",
            _words(d.FractureSite, "fracture_site"),
            required=True,
        ),
        FieldSpec(
            "vertebra",
            QT_TRANSLATE_NOOP("RecordKinds", "Vertebra"),
            "text",
            hint=QT_TRANSLATE_NOOP("RecordKinds", "e.g. T12 (vertebral only)"),
        ),
        FieldSpec(
            "genant_grade",
            QT_TRANSLATE_NOOP("RecordKinds", "Genant grade"),
            "choice",
            (
                (1, QT_TRANSLATE_NOOP("RecordKinds", "1 mild")),
                (2, QT_TRANSLATE_NOOP("RecordKinds", "2 moderate")),
                (3, QT_TRANSLATE_NOOP("RecordKinds", "3 severe")),
            ),
        ),
        FieldSpec(
            "mechanism", QT_TRANSLATE_NOOP("RecordKinds", "Mechanism"), "choice", _words(d.Mechanism, "mechanism")
        ),
        FieldSpec("found_on", QT_TRANSLATE_NOOP("RecordKinds", "Found on"), "choice", _words(d.FoundOn, "found_on")),
    ),
    ("date", "site", "vertebra", "genant_grade", "mechanism"),
)

SPINE = RecordKind(
    "spine_imaging",
    QT_TRANSLATE_NOOP("RecordKinds", "spine imaging"),
    QT_TRANSLATE_NOOP("RecordKinds", "Spine imaging"),
    (
        _date(),
        FieldSpec(
            "modality",
            QT_TRANSLATE_NOOP("RecordKinds", "Modality"),
            "choice",
            _words(d.ImagingModality, "modality"),
            required=True,
        ),
        FieldSpec("vertebral_fracture_found", QT_TRANSLATE_NOOP("RecordKinds", "Vertebral fracture found"), _BOOL),
    ),
    ("date", "modality", "vertebral_fracture_found"),
)

GLUCOCORTICOIDS = RecordKind(
    "glucocorticoids",
    QT_TRANSLATE_NOOP("RecordKinds", "glucocorticoid course"),
    QT_TRANSLATE_NOOP("RecordKinds", "Glucocorticoids"),
    (
        FieldSpec(
            "drug",
            QT_TRANSLATE_NOOP("RecordKinds", "Drug"),
            "choice",
            _words(d.GlucocorticoidDrug, "gc_drug"),
            required=True,
        ),
        FieldSpec(
            "dose_mg",
            QT_TRANSLATE_NOOP("RecordKinds", "Dose (mg)"),
            "number",
            required=True,
            hint=QT_TRANSLATE_NOOP("RecordKinds", "per dose; total for a single pulse"),
        ),
        FieldSpec(
            "frequency",
            QT_TRANSLATE_NOOP("RecordKinds", "Frequency"),
            "choice",
            _words(d.GcFrequency, "gc_frequency"),
            required=True,
        ),
        _date("start", QT_TRANSLATE_NOOP("RecordKinds", "Start")),
        _date("end", QT_TRANSLATE_NOOP("RecordKinds", "End"), required=False),
        FieldSpec("route", QT_TRANSLATE_NOOP("RecordKinds", "Route"), "choice", _words(d.Route, "route")),
    ),
    ("drug", "dose_mg", "frequency", "start", "end"),
    sort_key="start",
)

BONE_MEDICATIONS = RecordKind(
    "bone_medications",
    QT_TRANSLATE_NOOP("RecordKinds", "bone medication"),
    QT_TRANSLATE_NOOP("RecordKinds", "Bone medications"),
    (
        FieldSpec(
            "drug", QT_TRANSLATE_NOOP("RecordKinds", "Drug"), "choice", _words(d.BoneDrug, "bone_drug"), required=True
        ),
        _date("start", QT_TRANSLATE_NOOP("RecordKinds", "Start")),
        _date("end", QT_TRANSLATE_NOOP("RecordKinds", "End"), required=False),
        _date("last_dose", QT_TRANSLATE_NOOP("RecordKinds", "Last dose"), required=False),
        FieldSpec("stop_reason", QT_TRANSLATE_NOOP("RecordKinds", "Stop reason"), "text"),
    ),
    ("drug", "start", "end", "last_dose", "stop_reason"),
    sort_key="start",
)

LABS = RecordKind(
    "labs",
    QT_TRANSLATE_NOOP("RecordKinds", "lab result"),
    QT_TRANSLATE_NOOP("RecordKinds", "Labs"),
    (
        _date(),
        FieldSpec("test", QT_TRANSLATE_NOOP("RecordKinds", "Test"), "choice", _words(d.LabTest, "lab"), required=True),
        FieldSpec("value", QT_TRANSLATE_NOOP("RecordKinds", "Value"), "number", required=True),
        FieldSpec(
            "unit",
            QT_TRANSLATE_NOOP("RecordKinds", "Unit"),
            "choice",
            required=True,
            depends_on="test",
            choices_by=_UNITS,
        ),
    ),
    ("date", "test", "value", "unit"),
)

MEASUREMENTS = RecordKind(
    "measurements",
    QT_TRANSLATE_NOOP("RecordKinds", "measurement"),
    QT_TRANSLATE_NOOP("RecordKinds", "Height & weight"),
    (
        _date(),
        FieldSpec("height_cm", QT_TRANSLATE_NOOP("RecordKinds", "Height (cm)"), "number"),
        FieldSpec("weight_kg", QT_TRANSLATE_NOOP("RecordKinds", "Weight (kg)"), "number"),
    ),
    ("date", "height_cm", "weight_kg"),
)

MOBILITY = RecordKind(
    "mobility",
    QT_TRANSLATE_NOOP("RecordKinds", "mobility status"),
    QT_TRANSLATE_NOOP("RecordKinds", "Mobility"),
    (
        _date(),
        FieldSpec(
            "status",
            QT_TRANSLATE_NOOP("RecordKinds", "Status"),
            "choice",
            _words(d.MobilityStatus, "mobility"),
            required=True,
        ),
    ),
    ("date", "status"),
)

FRAX = RecordKind(
    "frax",
    QT_TRANSLATE_NOOP("RecordKinds", "FRAX entry"),
    QT_TRANSLATE_NOOP("RecordKinds", "FRAX"),
    (
        _date(),
        FieldSpec(
            "major_osteoporotic_percent",
            QT_TRANSLATE_NOOP("RecordKinds", "Major osteoporotic (%)"),
            "number",
            required=True,
        ),
        FieldSpec("hip_percent", QT_TRANSLATE_NOOP("RecordKinds", "Hip (%)"), "number", required=True),
        FieldSpec("with_bmd", QT_TRANSLATE_NOOP("RecordKinds", "With BMD"), _BOOL),
        FieldSpec("country", QT_TRANSLATE_NOOP("RecordKinds", "Country"), "text"),
    ),
    ("date", "major_osteoporotic_percent", "hip_percent", "with_bmd", "country"),
)

RISK_FACTORS = RecordKind(
    "risk_factors",
    QT_TRANSLATE_NOOP("RecordKinds", "risk factors"),
    QT_TRANSLATE_NOOP("RecordKinds", "Risk factors"),
    (
        FieldSpec("smoking", QT_TRANSLATE_NOOP("RecordKinds", "Smoking"), "choice", _SMOKING),
        FieldSpec("alcohol", QT_TRANSLATE_NOOP("RecordKinds", "Alcohol"), "choice", _ALCOHOL),
        FieldSpec("ethnicity", QT_TRANSLATE_NOOP("RecordKinds", "Ethnicity"), "choice", _ETHNICITY),
        FieldSpec(
            "parental_osteoporosis", QT_TRANSLATE_NOOP("RecordKinds", "Parental osteoporosis / hip fracture"), _BOOL
        ),
        FieldSpec(
            "conditions", QT_TRANSLATE_NOOP("RecordKinds", "Conditions"), "multi", _words(d.Condition, "condition")
        ),
    ),
    singleton=True,
)

PATIENT = RecordKind(
    "",
    QT_TRANSLATE_NOOP("RecordKinds", "patient details"),
    QT_TRANSLATE_NOOP("RecordKinds", "Patient details"),
    (
        FieldSpec("id", QT_TRANSLATE_NOOP("RecordKinds", "Patient ID"), "text", required=True, new_only=True),
        FieldSpec("name.family", QT_TRANSLATE_NOOP("RecordKinds", "Family name"), "text", required=True),
        FieldSpec("name.given", QT_TRANSLATE_NOOP("RecordKinds", "Given name"), "text", required=True),
        FieldSpec("sex", QT_TRANSLATE_NOOP("RecordKinds", "Sex"), "choice", _words(d.Sex, "sex"), required=True),
        _date("birth_date", QT_TRANSLATE_NOOP("RecordKinds", "Birth date")),
        FieldSpec(
            "diagnosis.code",
            QT_TRANSLATE_NOOP("RecordKinds", "Diagnosis"),
            "choice",
            _words(d.DiagnosisCode, "diagnosis"),
            required=True,
        ),
        FieldSpec("diagnosis.label", QT_TRANSLATE_NOOP("RecordKinds", "Diagnosis label"), "text"),
        _date("diagnosis.onset_date", QT_TRANSLATE_NOOP("RecordKinds", "Diagnosis onset"), required=False),
        FieldSpec(
            "menopause.status",
            QT_TRANSLATE_NOOP("RecordKinds", "Menopause"),
            "choice",
            _words(d.MenopauseStatus, "menopause"),
            hint=QT_TRANSLATE_NOOP("RecordKinds", "women only"),
        ),
        FieldSpec("menopause.age_years", QT_TRANSLATE_NOOP("RecordKinds", "Age at menopause"), "number"),
        FieldSpec(
            "puberty",
            QT_TRANSLATE_NOOP("RecordKinds", "Puberty"),
            "choice",
            _words(d.Puberty, "puberty"),
            hint=QT_TRANSLATE_NOOP("RecordKinds", "children"),
        ),
        FieldSpec("dysphagia", QT_TRANSLATE_NOOP("RecordKinds", "Dysphagia"), _BOOL),
        FieldSpec("can_sit_upright_30_min", QT_TRANSLATE_NOOP("RecordKinds", "Can sit upright 30 min"), _BOOL),
        FieldSpec("falls_past_12_months", QT_TRANSLATE_NOOP("RecordKinds", "Falls in past 12 months"), "integer"),
        FieldSpec(
            "cardiovascular_event_past_12_months",
            QT_TRANSLATE_NOOP("RecordKinds", "Cardiovascular event in past 12 months"),
            _BOOL,
        ),
        FieldSpec("childbearing_potential", QT_TRANSLATE_NOOP("RecordKinds", "Childbearing potential"), _BOOL),
        FieldSpec("supplements.calcium_mg_per_day", QT_TRANSLATE_NOOP("RecordKinds", "Calcium (mg/day)"), "number"),
        FieldSpec("supplements.vitamin_d_iu_per_day", QT_TRANSLATE_NOOP("RecordKinds", "Vitamin D (IU/day)"), "number"),
    ),
    singleton=True,
)

#: The record kinds in the order the record view lists them.
RECORD_KINDS: tuple[RecordKind, ...] = (
    PATIENT,
    DXA,
    FRACTURES,
    SPINE,
    GLUCOCORTICOIDS,
    BONE_MEDICATIONS,
    LABS,
    MEASUREMENTS,
    MOBILITY,
    FRAX,
    RISK_FACTORS,
)
KINDS_BY_KEY: dict[str, RecordKind] = {kind.key: kind for kind in RECORD_KINDS}
