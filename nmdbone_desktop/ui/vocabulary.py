"""Display names for every code of the contract's vocabularies, as the window shows them.

Never a raw code on screen: forms, tables, the header and tooltips take their words from here.
A code this table does not know (a newer contract) falls back to its words with spaces, so it
is still readable. Pure data and functions (no Qt), so the tests can check that every code of
:mod:`nmdbone_desktop.core.contract_names` has a name.

``NAMES`` is the English; in another language the words come from the glossary of
:mod:`nmdbone_desktop.i18n` (``label.<vocabulary>.<code>``), the same file the recommendations and
letters use, so a drug or a site has one name everywhere. :func:`set_language` is called once at
start by :func:`nmdbone_desktop.ui.translation.install_language`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

NAMES: dict[str, dict[Any, str]] = {
    "sex": {"female": "Female", "male": "Male"},
    "diagnosis": {
        "DMD": "Duchenne muscular dystrophy", "BMD": "Becker muscular dystrophy",
        "SMA": "Spinal muscular atrophy", "DM1": "Myotonic dystrophy type 1", "DM2": "Myotonic dystrophy type 2",
        "FSHD": "Facioscapulohumeral muscular dystrophy", "LGMD": "Limb-girdle muscular dystrophy",
        "IIM-DM": "Dermatomyositis", "IIM-JDM": "Juvenile dermatomyositis", "IIM-PM": "Polymyositis",
        "IIM-IMNM": "Immune-mediated necrotising myopathy", "IIM-ASS": "Antisynthetase syndrome",
        "IIM-IBM": "Inclusion body myositis", "CMT": "Charcot–Marie–Tooth disease",
        "ALS": "Amyotrophic lateral sclerosis", "MG": "Myasthenia gravis",
        "CONGENITAL-MYOPATHY": "Congenital myopathy", "MITOCHONDRIAL": "Mitochondrial disease",
        "OTHER": "Other neuromuscular disease",
    },
    "menopause": {"pre": "Premenopausal", "peri": "Perimenopausal", "post": "Postmenopausal"},
    "mobility": {"ambulant": "Walks independently", "assisted": "Walks with aids", "non_ambulant": "Non-ambulant"},
    "dxa_site": {
        "lumbar_spine": "Lumbar spine L1–L4", "femoral_neck": "Femoral neck", "total_hip": "Total hip",
        "radius_33": "Radius 33%", "total_body_less_head": "Total body less head",
        "lateral_distal_femur": "Lateral distal femur",
    },
    "manufacturer": {"hologic": "Hologic", "ge_lunar": "GE Lunar", "other": "Other"},
    "side": {"left": "Left", "right": "Right"},
    "fracture_site": {
        "vertebra": "Vertebra", "hip": "Hip", "femur": "Femur", "tibia_fibula": "Tibia/fibula",
        "humerus": "Humerus", "forearm_wrist": "Forearm/wrist", "pelvis": "Pelvis", "rib": "Rib",
        "ankle": "Ankle", "hand_foot": "Hand/foot", "other": "Other",
    },
    "mechanism": {"low_trauma": "Low trauma", "high_trauma": "High trauma", "unknown": "Unknown"},
    "found_on": {"symptoms": "Symptoms", "screening_imaging": "Screening imaging"},
    "modality": {"lateral_xray": "Lateral spine X-ray", "vfa": "VFA (DXA)", "mri": "MRI", "ct": "CT"},
    "gc_drug": {
        "prednisolone": "Prednisolone", "prednisone": "Prednisone", "deflazacort": "Deflazacort",
        "methylprednisolone": "Methylprednisolone", "dexamethasone": "Dexamethasone",
        "hydrocortisone": "Hydrocortisone", "budesonide": "Budesonide",
    },
    "gc_frequency": {
        "daily": "Daily", "alternate_days": "Alternate days", "ten_days_on_ten_off": "10 days on, 10 off",
        "weekends_only": "Weekends only", "single": "Single dose (pulse)",
    },
    "route": {"oral": "Oral", "iv": "IV"},
    "bone_drug": {
        "alendronate": "Alendronate", "risedronate": "Risedronate", "ibandronate": "Ibandronate",
        "zoledronate": "Zoledronate", "pamidronate": "Pamidronate", "denosumab": "Denosumab",
        "teriparatide": "Teriparatide", "abaloparatide": "Abaloparatide", "romosozumab": "Romosozumab",
        "raloxifene": "Raloxifene", "hrt": "HRT", "testosterone": "Testosterone",
    },
    "lab": {
        "25ohd": "25-OH vitamin D", "calcium": "Calcium", "albumin": "Albumin", "phosphate": "Phosphate",
        "alp": "Alkaline phosphatase", "pth": "PTH", "creatinine": "Creatinine", "egfr": "eGFR",
        "testosterone": "Testosterone", "ctx": "CTX", "p1np": "P1NP",
    },
    "condition": {
        "asthma_copd": "Asthma or COPD", "any_cancer": "Cancer (any)",
        "cardiovascular_disease": "Cardiovascular disease", "dementia": "Dementia",
        "epilepsy_or_anticonvulsants": "Epilepsy or anticonvulsants",
        "chronic_liver_disease": "Chronic liver disease", "malabsorption": "Malabsorption",
        "parkinsons": "Parkinson's disease", "ra_or_sle": "Rheumatoid arthritis or SLE",
        "chronic_kidney_disease": "Chronic kidney disease", "endocrine_disorder": "Endocrine disorder",
        "antidepressant": "Antidepressant", "hrt_oestrogen_only": "HRT (oestrogen only)",
        "care_home": "Lives in a care home", "type1_diabetes": "Type 1 diabetes",
        "type2_diabetes": "Type 2 diabetes",
    },
    "puberty": {"prepubertal": "Prepubertal", "pubertal": "Pubertal", "delayed": "Delayed", "induced": "Induced"},
    "category": {
        "normal": "Normal", "osteopenia": "Osteopenia", "osteoporosis": "Osteoporosis",
        "within_expected_range": "Within the expected range for age", "low_for_age": "Low for age",
        "no_data": "No usable DXA",
    },
    "population": {"adult": "adult", "child": "child"},
}


_language = "en"
#: The pseudo-language of the translation tests: every name shows as "⟦English⟧", so a walk of the
#: window can tell a word that went through translation from one that did not.
PSEUDO = "qps"


def pseudo(text: str) -> str:
    return f"⟦{text}⟧"


def set_language(language: str) -> None:
    """The language :func:`display` names codes in (``en`` uses :data:`NAMES`)."""
    global _language
    _language = language


def current_language() -> str:
    return _language


def term(key: str, english: str) -> str:
    """A glossary term ("risk.high") in the window's language; ``english`` in English or when the
    glossary lacks it."""
    if _language == "en":
        return english
    if _language == PSEUDO:
        return pseudo(english)
    from ..i18n import translator_for

    translator = translator_for(_language)
    return translator.term(key) if translator.has_term(key) else english


def local_date(day: date | str | None) -> str:
    """A date as the window shows it: ISO in English (the clinic convention the window has always
    used), the language's medium style elsewhere ("03.12.2026", "3 dec 2026")."""
    if not day:
        return ""
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day)
        except ValueError:
            return day
    if _language in ("en", PSEUDO):
        return day.isoformat()
    from ..i18n import translator_for

    return translator_for(_language).date(day)


def local_number(value: float, decimals: int | None = None, *, sign: bool = False) -> str:
    """A number with ``decimals`` decimals (``None``: as it is, 7.5 and 10): "-2.5" in English,
    "−2,5" in German and Dutch."""
    if _language in ("en", PSEUDO):
        spec = "g" if decimals is None else f".{decimals}f"
        return format(value, ("+" if sign else "") + spec)
    from ..i18n import translator_for

    rounded = value if decimals is None else round(value, decimals)
    return translator_for(_language).number(rounded, decimals, sign=sign, group=False)


def display(vocabulary: str, code: Any, language: str | None = None) -> str:
    """The display name of ``code`` in ``language`` (default: the window's); unknown codes as words
    ("new_code" → "New code")."""
    if code is None:
        return ""
    language = language or _language
    if language == PSEUDO:
        return pseudo(display(vocabulary, code, "en"))
    if language != "en":
        from ..i18n import translator_for

        key = f"label.{vocabulary}.{code}"
        translator = translator_for(language)
        if translator.has_term(key):
            return translator.term(key)
    name = NAMES.get(vocabulary, {}).get(code)
    if name is not None:
        return name
    text = str(code).replace("_", " ")
    return text[:1].upper() + text[1:]
