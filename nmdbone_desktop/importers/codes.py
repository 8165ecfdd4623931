"""Code tables of the FHIR exchange: LOINC (DXA), SNOMED CT (body site, laterality), ATC, ICD-10.

No code here is invented. Each LOINC code was looked up in a published LOINC listing (the
OHDSI Themis list of DXA concepts with LOINC codes, findacode.com's LOINC pages, and HL7's US
Core DXA examples) and passes LOINC's mod-10 check digit (tests/test_fhir_export.py). Where
LOINC has no term for a contract site and measure (total body less head; height-adjusted Z;
TBS) the Observation carries only the app's own code (:data:`LOCAL_SYSTEM`) and a text.

LOINC names DXA regions "Lumbar spine", "Hip" (total hip), "Femur" and "Radius and Ulna", each
also with "- left" and "- right". Femoral neck and lateral distal femur are both DXA of the femur,
and the 33 % radius is a region of the forearm: they are exported with the Femur and Radius and
Ulna terms, and the exact region is in ``bodySite`` (SNOMED CT) and in the app's own code. On
import a LOINC Femur term without a body site is read as the femoral neck (what "Femur" means
beside "Hip" in DXA reports, as in HL7's US Core example).
"""

from __future__ import annotations

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
ATC = "http://www.whocc.no/atc"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
UCUM = "http://unitsofmeasure.org"
#: The app's own code system for a DXA value: "<site>|<measure>" (exact on re-import).
LOCAL_SYSTEM = "urn:nmdbone-desktop:dxa"
PATIENT_ID_SYSTEM = "urn:nmdbone-desktop:patient-id"
#: mCODE's laterality qualifier extension on a bodySite (HL7 mCODE IG; SNOMED qualifier values).
LATERALITY_EXTENSION = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier"

MEASURES = ("bmd_g_cm2", "t_score", "z_score")

#: (LOINC region, side or None) → {measure: (code, display)}.
LOINC_DXA: dict[tuple[str, str | None], dict[str, tuple[str, str]]] = {
    ("lumbar_spine", None): {
        "bmd_g_cm2": ("24966-4", "DXA Lumbar spine [Mass/Area] Bone density"),
        "t_score": ("38267-1", "DXA Lumbar spine [T-score] Bone density"),
        "z_score": ("85394-5", "DXA Lumbar spine [Z-score] Bone density"),
    },
    ("hip", None): {
        "bmd_g_cm2": ("38261-4", "DXA Hip [Mass/Area] Bone density"),
        "t_score": ("38264-8", "DXA Hip [T-score] Bone density"),
        "z_score": ("80933-5", "DXA Hip [Z-score] Bone density"),
    },
    ("hip", "left"): {
        "bmd_g_cm2": ("46278-8", "DXA Hip - left [Mass/Area] Bone density"),
        "t_score": ("80946-7", "DXA Hip - left [T-score] Bone density"),
        "z_score": ("80938-4", "DXA Hip - left [Z-score] Bone density"),
    },
    ("hip", "right"): {
        "bmd_g_cm2": ("46279-6", "DXA Hip - right [Mass/Area] Bone density"),
        "t_score": ("80945-9", "DXA Hip - right [T-score] Bone density"),
        "z_score": ("80937-6", "DXA Hip - right [Z-score] Bone density"),
    },
    ("femur", None): {
        "bmd_g_cm2": ("24701-5", "DXA Femur [Mass/Area] Bone density"),
        "t_score": ("38263-0", "DXA Femur [T-score] Bone density"),
        "z_score": ("80934-3", "DXA Femur [Z-score] Bone density"),
    },
    ("femur", "left"): {
        "bmd_g_cm2": ("80954-1", "DXA Femur - left [Mass/Area] Bone density"),
        "t_score": ("80948-3", "DXA Femur - left [T-score] Bone density"),
        "z_score": ("80940-0", "DXA Femur - left [Z-score] Bone density"),
    },
    ("femur", "right"): {
        "bmd_g_cm2": ("80953-3", "DXA Femur - right [Mass/Area] Bone density"),
        "t_score": ("80947-5", "DXA Femur - right [T-score] Bone density"),
        "z_score": ("80939-2", "DXA Femur - right [Z-score] Bone density"),
    },
    ("radius_ulna", None): {
        "bmd_g_cm2": ("24890-6", "DXA Radius and Ulna [Mass/Area] Bone density"),
        "t_score": ("38265-5", "DXA Radius and Ulna [T-score] Bone density"),
        "z_score": ("80932-7", "DXA Radius and Ulna [Z-score] Bone density"),
    },
    ("radius_ulna", "left"): {
        "bmd_g_cm2": ("80952-5", "DXA Radius and Ulna - left [Mass/Area] Bone density"),
        "t_score": ("80944-2", "DXA Radius and Ulna - left [T-score] Bone density"),
        "z_score": ("80936-8", "DXA Radius and Ulna - left [Z-score] Bone density"),
    },
    ("radius_ulna", "right"): {
        "bmd_g_cm2": ("80951-7", "DXA Radius and Ulna - right [Mass/Area] Bone density"),
        "t_score": ("80943-4", "DXA Radius and Ulna - right [T-score] Bone density"),
        "z_score": ("80935-0", "DXA Radius and Ulna - right [Z-score] Bone density"),
    },
}

#: Contract site → LOINC region (absent: LOINC has no DXA term for it).
SITE_TO_LOINC_REGION: dict[str, str] = {
    "lumbar_spine": "lumbar_spine",
    "total_hip": "hip",
    "femoral_neck": "femur",
    "lateral_distal_femur": "femur",
    "radius_33": "radius_ulna",
}
#: LOINC region → contract site when no body site says otherwise.
LOINC_REGION_TO_SITE: dict[str, str] = {
    "lumbar_spine": "lumbar_spine", "hip": "total_hip", "femur": "femoral_neck", "radius_ulna": "radius_33",
}

#: LOINC code → (region, side, measure).
LOINC_INDEX: dict[str, tuple[str, str | None, str]] = {
    code: (region, side, measure)
    for (region, side), measures in LOINC_DXA.items()
    for measure, (code, _display) in measures.items()
}

#: Contract site → SNOMED CT body structure (code, display).
SNOMED_SITE: dict[str, tuple[str, str]] = {
    "lumbar_spine": ("122496007", "Lumbar spine structure"),
    "femoral_neck": ("29627003", "Structure of neck of femur"),
    "total_hip": ("24136001", "Hip joint structure"),
    "radius_33": ("62413002", "Bone structure of radius"),
    "lateral_distal_femur": ("71341001", "Bone structure of femur"),
    "total_body_less_head": ("38266002", "Entire body as a whole"),
}
SNOMED_TO_SITE = {code: site for site, (code, _d) in SNOMED_SITE.items()}
#: SNOMED CT laterality qualifiers (as in HL7 mCODE's LateralityQualifierVS).
SNOMED_SIDE: dict[str, tuple[str, str]] = {"left": ("7771000", "Left"), "right": ("24028007", "Right")}
SNOMED_TO_SIDE = {code: side for side, (code, _d) in SNOMED_SIDE.items()}

MEASURE_UNITS: dict[str, tuple[str, str]] = {
    "bmd_g_cm2": ("g/cm2", "g/cm2"),
    "t_score": ("{T-score}", "T-score"),
    "z_score": ("{Z-score}", "Z-score"),
    "height_adjusted_z": ("{Z-score}", "Z-score"),
    "tbs": ("1", "TBS"),
}
MEASURE_TEXT = {"bmd_g_cm2": "BMD", "t_score": "T-score", "z_score": "Z-score",
                "height_adjusted_z": "height-adjusted Z-score", "tbs": "trabecular bone score"}

#: WHO ATC (substance level) of the contract's drugs. ``budesonide`` (its ATC depends on the
#: formulation: A07EA06 oral for the gut, R03BA02 inhaled) and ``hrt`` (a class) have none.
ATC_CODES: dict[str, tuple[str, str]] = {
    "prednisolone": ("H02AB06", "prednisolone"),
    "prednisone": ("H02AB07", "prednisone"),
    "deflazacort": ("H02AB13", "deflazacort"),
    "methylprednisolone": ("H02AB04", "methylprednisolone"),
    "dexamethasone": ("H02AB02", "dexamethasone"),
    "hydrocortisone": ("H02AB09", "hydrocortisone"),
    "alendronate": ("M05BA04", "alendronic acid"),
    "risedronate": ("M05BA07", "risedronic acid"),
    "ibandronate": ("M05BA06", "ibandronic acid"),
    "zoledronate": ("M05BA08", "zoledronic acid"),
    "pamidronate": ("M05BA03", "pamidronic acid"),
    "denosumab": ("M05BX04", "denosumab"),
    "teriparatide": ("H05AA02", "teriparatide"),
    "abaloparatide": ("H05AA04", "abaloparatide"),
    "romosozumab": ("M05BX06", "romosozumab"),
    "raloxifene": ("G03XC01", "raloxifene"),
    "testosterone": ("G03BA03", "testosterone"),
}

#: WHO ICD-10 of the contract's diagnoses, where ICD-10 has a category for it.
ICD10_CODES: dict[str, tuple[str, str]] = {
    "DMD": ("G71.0", "Muscular dystrophy"),
    "BMD": ("G71.0", "Muscular dystrophy"),
    "FSHD": ("G71.0", "Muscular dystrophy"),
    "LGMD": ("G71.0", "Muscular dystrophy"),
    "DM1": ("G71.1", "Myotonic disorders"),
    "DM2": ("G71.1", "Myotonic disorders"),
    "CONGENITAL-MYOPATHY": ("G71.2", "Congenital myopathies"),
    "MITOCHONDRIAL": ("G71.3", "Mitochondrial myopathy, not elsewhere classified"),
    "SMA": ("G12.9", "Spinal muscular atrophy, unspecified"),
    "ALS": ("G12.2", "Motor neuron disease"),
    "MG": ("G70.0", "Myasthenia gravis"),
    "CMT": ("G60.0", "Hereditary motor and sensory neuropathy"),
    "IIM-DM": ("M33.1", "Other dermatomyositis"),
    "IIM-JDM": ("M33.0", "Juvenile dermatomyositis"),
    "IIM-PM": ("M33.2", "Polymyositis"),
}


def loinc_check_digit_ok(code: str) -> bool:
    """LOINC's mod-10 check digit (the Luhn scheme on the digits before the hyphen)."""
    body, _, check = code.partition("-")
    if not body.isdigit() or not check.isdigit() or len(check) != 1:
        return False
    total = 0
    for i, ch in enumerate(reversed(body)):
        digit = int(ch)
        if i % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10 == int(check)


def loinc_for(site: str, side: str | None, measure: str) -> tuple[str, str] | None:
    region = SITE_TO_LOINC_REGION.get(site)
    if region is None or measure not in MEASURES:
        return None
    return LOINC_DXA[(region, side)][measure]
