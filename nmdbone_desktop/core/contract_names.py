"""Names fixed by the patient-document contract (vocabularies, list fields, patterns), importable
without the pydantic models.

The window lists patients and the store opens its database before any document is read; both
need these names, neither should pay for building the models (``core.document`` re-exports them).
"""

from __future__ import annotations

from typing import Literal

#: The ``schema`` value of every patient document (contract §1).
SCHEMA_ID = "nmdbone/patient-v1"

#: The list fields of the document, in contract order (the store keeps one table per list).
LIST_FIELDS: tuple[str, ...] = (
    "measurements",
    "mobility",
    "dxa",
    "fractures",
    "spine_imaging",
    "glucocorticoids",
    "bone_medications",
    "labs",
    "frax",
)

Sex = Literal["female", "male"]
DiagnosisCode = Literal[
    "DMD",
    "BMD",
    "SMA",
    "DM1",
    "DM2",
    "FSHD",
    "LGMD",
    "IIM-DM",
    "IIM-JDM",
    "IIM-PM",
    "IIM-IMNM",
    "IIM-ASS",
    "IIM-IBM",
    "CMT",
    "ALS",
    "MG",
    "CONGENITAL-MYOPATHY",
    "MITOCHONDRIAL",
    "OTHER",
]
MenopauseStatus = Literal["pre", "peri", "post"]
MobilityStatus = Literal["ambulant", "assisted", "non_ambulant"]
DxaSite = Literal[
    "lumbar_spine",
    "femoral_neck",
    "total_hip",
    "radius_33",
    "total_body_less_head",
    "lateral_distal_femur",
]
Manufacturer = Literal["hologic", "ge_lunar", "other"]
FractureSite = Literal[
    "vertebra",
    "hip",
    "femur",
    "tibia_fibula",
    "humerus",
    "forearm_wrist",
    "pelvis",
    "rib",
    "ankle",
    "hand_foot",
    "other",
]
Mechanism = Literal["low_trauma", "high_trauma", "unknown"]
FoundOn = Literal["symptoms", "screening_imaging"]
ImagingModality = Literal["lateral_xray", "vfa", "mri", "ct"]
GlucocorticoidDrug = Literal[
    "prednisolone",
    "prednisone",
    "deflazacort",
    "methylprednisolone",
    "dexamethasone",
    "hydrocortisone",
    "budesonide",
]
GcFrequency = Literal["daily", "alternate_days", "ten_days_on_ten_off", "weekends_only", "single"]
Route = Literal["oral", "iv"]
BoneDrug = Literal[
    "alendronate",
    "risedronate",
    "ibandronate",
    "zoledronate",
    "pamidronate",
    "denosumab",
    "teriparatide",
    "abaloparatide",
    "romosozumab",
    "raloxifene",
    "hrt",
    "testosterone",
]
LabTest = Literal[
    "25ohd",
    "calcium",
    "albumin",
    "phosphate",
    "alp",
    "pth",
    "creatinine",
    "egfr",
    "testosterone",
    "ctx",
    "p1np",
]
Condition = Literal[
    "asthma_copd",
    "any_cancer",
    "cardiovascular_disease",
    "dementia",
    "epilepsy_or_anticonvulsants",
    "chronic_liver_disease",
    "malabsorption",
    "parkinsons",
    "ra_or_sle",
    "chronic_kidney_disease",
    "endocrine_disorder",
    "antidepressant",
    "hrt_oestrogen_only",
    "care_home",
    "type1_diabetes",
    "type2_diabetes",
]
Puberty = Literal["prepubertal", "pubertal", "delayed", "induced"]
Side = Literal["left", "right"]
#: Sites measured per side (contract §2: `side` for hip, femur and forearm sites only).
SIDED_SITES: tuple[str, ...] = ("femoral_neck", "total_hip", "radius_33", "lateral_distal_femur")
Language = Literal["en", "nl", "de", "fr", "it", "es"]

#: Accepted units per lab test (contract §2). Conversions live in :mod:`nmdbone_desktop.core.units`.
LAB_UNITS: dict[str, tuple[str, ...]] = {
    "25ohd": ("nmol/L", "ng/mL"),
    "calcium": ("mmol/L", "mg/dL"),
    "albumin": ("g/L", "g/dL"),
    "phosphate": ("mmol/L", "mg/dL"),
    "alp": ("U/L",),
    "pth": ("pmol/L", "pg/mL", "ng/L"),
    "creatinine": ("umol/L", "µmol/L", "mg/dL"),
    "egfr": ("mL/min/1.73m2", "mL/min/1.73m²"),
    "testosterone": ("nmol/L", "ng/dL"),
    "ctx": ("ng/L", "pg/mL", "ng/mL"),
    "p1np": ("ug/L", "µg/L", "ng/mL"),
}

#: A vertebra label once spaces are removed and letters upper-cased (contract §2: "t 12" is T12).
VERTEBRA_PATTERN = r"^(C[1-7]|T(?:[1-9]|1[0-2])|L[1-5]|S1)$"
#: The same, as written in a document: any case, spaces anywhere (for the JSON Schema).
VERTEBRA_INPUT_PATTERN = r"^ *(?:[Cc] *[1-7]|[Tt] *(?:1 *[0-2]|[1-9])|[Ll] *[1-5]|[Ss] *1) *$"
PATIENT_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"


def vertebra_key(label: str) -> str:
    """The contract's reading of a vertebra label: spaces removed, upper case ("t 12" → "T12")."""
    return "".join(label.split()).upper()
