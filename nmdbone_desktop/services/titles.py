"""What each recommendation code asks for, in plain words (contract §4's "meaning" column).

The worklist shows these titles, never the code: a nurse working down the list reads "Start
bone-targeted therapy", not ``START_BONE_THERAPY``. A code this table does not know yet (a newer
ruleset) falls back to the report's own ``title``, and only failing that to a sentence made of the
code's words — still no underscores on screen. In another language the titles come from the i18n
catalogue (``code.<CODE>``; the English catalogue holds these same words).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..i18n import translator_for

CODE_TITLES: dict[str, str] = {
    "BASELINE_BONE_ASSESSMENT": "Baseline bone assessment: DXA, spine imaging, bone labs",
    "DXA_DUE": "Follow-up DXA scan",
    "SPINE_IMAGING_DUE": "Lateral spine X-ray or VFA",
    "BONE_LABS_DUE": "Bone labs (vitamin D, calcium, phosphate, ALP, PTH, creatinine)",
    "VITAMIN_D_REPLETION": "Replete vitamin D, then maintain",
    "CALCIUM_VITAMIN_D": "Check daily calcium and vitamin D intake",
    "FALLS_PREVENTION": "Falls assessment and prevention",
    "START_BONE_THERAPY": "Start bone-targeted therapy",
    "CONSIDER_ANABOLIC": "Consider an anabolic agent first",
    "CONTINUE_BONE_THERAPY": "Continue bone therapy",
    "REVIEW_TREATMENT_FAILURE": "Review possible treatment failure",
    "DENOSUMAB_OVERDUE": "Give the overdue denosumab dose now",
    "SEQUENTIAL_ANTIRESORPTIVE": "Follow the anabolic course with an antiresorptive",
    "CONSIDER_DRUG_HOLIDAY": "Consider a bisphosphonate drug holiday",
    "REFER_BONE_SPECIALIST": "Refer to a bone-health specialist",
    "PUBERTY_ASSESSMENT": "Assess delayed or absent puberty",
    "ORAL_BISPHOSPHONATE_UNSUITABLE": "Oral bisphosphonates unsuitable",
    "RENAL_CAUTION": "Kidney function below the drug's threshold",
    "CORRECT_VITAMIN_D_FIRST": "Correct vitamin D before IV bisphosphonate or denosumab",
    "SCANNER_CHANGED": "DXA scanner changed: compare scores only",
    "CORRECT_CALCIUM_FIRST": "Correct low calcium before IV bisphosphonate or denosumab",
    "PREGNANCY_PLANNING": "Contraception and pregnancy planning on an antiresorptive",
    "DENTAL_CHECK": "Dental review before IV bisphosphonate or denosumab",
    "HOLIDAY_REVIEW": "Review fracture risk during the drug holiday",
    "VITAMIN_D_HIGH": "Vitamin D above 125 nmol/L: review the dose",
    "HYPOGONADISM_REVIEW": "Endocrine review of low testosterone",
}


def code_title(code: str, report_title: str | None = None, language: str = "en") -> str:
    """The plain-language title of ``code`` (never the code itself), in ``language``."""
    if language != "en":
        translator = translator_for(language)
        if translator.has_message(f"code.{code}"):
            return translator.message(f"code.{code}")
    found = CODE_TITLES.get(code)
    if found:
        return found
    if report_title and report_title != code:
        return report_title
    return code.replace("_", " ").capitalize()


def localized_why(why_message: Mapping[str, Any] | None, english_why: str, language: str = "en") -> str:
    """The worklist's "why" (the rationale's first fact) in ``language``: rendered from the
    recommendation's ``rationale_message`` when it has one, else the English as given."""
    from .summaries import first_fact

    if language == "en" or not why_message:
        return english_why
    return first_fact(translator_for(language).render(why_message))
