"""The worklist's words in the window's language.

The services name tiers, due windows and handled marks in English for the text outputs (``--json``
keeps the codes); the window says them through its Qt catalogue (context ``Worklist``), and risk
categories with the glossary's word, as everywhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...services.triage import header_words
from ..translation import translate
from ..vocabulary import current_language, local_date, term

TIERS = {
    "act_now": QT_TRANSLATE_NOOP("Worklist", "act now"),
    "due": QT_TRANSLATE_NOOP("Worklist", "due"),
    "coming_up": QT_TRANSLATE_NOOP("Worklist", "coming up"),
    "information": QT_TRANSLATE_NOOP("Worklist", "information"),
}
DUE_WINDOW_WORDS = {
    "any": QT_TRANSLATE_NOOP("Worklist", "any time"),
    "overdue": QT_TRANSLATE_NOOP("Worklist", "overdue"),
    "30d": QT_TRANSLATE_NOOP("Worklist", "due within 30 days"),
    "90d": QT_TRANSLATE_NOOP("Worklist", "due within 90 days"),
}
#: What each code asks for (``services.titles.CODE_TITLES``), for the translators; a test keeps the
#: two tables in step.
CODE_TITLES = {
    "BASELINE_BONE_ASSESSMENT": QT_TRANSLATE_NOOP(
        "Worklist", "Baseline bone assessment: DXA, spine imaging, bone labs"
    ),
    "DXA_DUE": QT_TRANSLATE_NOOP("Worklist", "Follow-up DXA scan"),
    "SPINE_IMAGING_DUE": QT_TRANSLATE_NOOP("Worklist", "Lateral spine X-ray or VFA"),
    "BONE_LABS_DUE": QT_TRANSLATE_NOOP("Worklist", "Bone labs (vitamin D, calcium, phosphate, ALP, PTH, creatinine)"),
    "VITAMIN_D_REPLETION": QT_TRANSLATE_NOOP("Worklist", "Replete vitamin D, then maintain"),
    "CALCIUM_VITAMIN_D": QT_TRANSLATE_NOOP("Worklist", "Check daily calcium and vitamin D intake"),
    "FALLS_PREVENTION": QT_TRANSLATE_NOOP("Worklist", "Falls assessment and prevention"),
    "START_BONE_THERAPY": QT_TRANSLATE_NOOP("Worklist", "Start bone-targeted therapy"),
    "CONSIDER_ANABOLIC": QT_TRANSLATE_NOOP("Worklist", "Consider an anabolic agent first"),
    "CONTINUE_BONE_THERAPY": QT_TRANSLATE_NOOP("Worklist", "Continue bone therapy"),
    "REVIEW_TREATMENT_FAILURE": QT_TRANSLATE_NOOP("Worklist", "Review possible treatment failure"),
    "DENOSUMAB_OVERDUE": QT_TRANSLATE_NOOP("Worklist", "Give the overdue denosumab dose now"),
    "SEQUENTIAL_ANTIRESORPTIVE": QT_TRANSLATE_NOOP("Worklist", "Follow the anabolic course with an antiresorptive"),
    "CONSIDER_DRUG_HOLIDAY": QT_TRANSLATE_NOOP("Worklist", "Consider a bisphosphonate drug holiday"),
    "REFER_BONE_SPECIALIST": QT_TRANSLATE_NOOP("Worklist", "Refer to a bone-health specialist"),
    "PUBERTY_ASSESSMENT": QT_TRANSLATE_NOOP("Worklist", "Assess delayed or absent puberty"),
    "ORAL_BISPHOSPHONATE_UNSUITABLE": QT_TRANSLATE_NOOP("Worklist", "Oral bisphosphonates unsuitable"),
    "RENAL_CAUTION": QT_TRANSLATE_NOOP("Worklist", "Kidney function below the drug's threshold"),
    "CORRECT_VITAMIN_D_FIRST": QT_TRANSLATE_NOOP("Worklist", "Correct vitamin D before IV bisphosphonate or denosumab"),
    "SCANNER_CHANGED": QT_TRANSLATE_NOOP("Worklist", "DXA scanner changed: compare scores only"),
    "CORRECT_CALCIUM_FIRST": QT_TRANSLATE_NOOP("Worklist", "Correct low calcium before IV bisphosphonate or denosumab"),
    "PREGNANCY_PLANNING": QT_TRANSLATE_NOOP("Worklist", "Contraception and pregnancy planning on an antiresorptive"),
    "DENTAL_CHECK": QT_TRANSLATE_NOOP("Worklist", "Dental review before IV bisphosphonate or denosumab"),
    "HOLIDAY_REVIEW": QT_TRANSLATE_NOOP("Worklist", "Review fracture risk during the drug holiday"),
    "VITAMIN_D_HIGH": QT_TRANSLATE_NOOP("Worklist", "Vitamin D above 125 nmol/L: review the dose"),
    "HYPOGONADISM_REVIEW": QT_TRANSLATE_NOOP("Worklist", "Endocrine review of low testosterone"),
}
RISKS = {"low": "low", "moderate": "moderate", "high": "high", "very_high": "very high"}


def tier_word(tier: str) -> str:
    return translate("Worklist", TIERS[tier]) if tier in TIERS else tier.replace("_", " ")


def due_window_word(key: str, english: str) -> str:
    return translate("Worklist", DUE_WINDOW_WORDS[key]) if key in DUE_WINDOW_WORDS else english


def risk_word(category: str | None) -> str:
    if not category:
        return "—"
    return term(f"risk.{category}", RISKS.get(category, category.replace("_", " ")))


def mark_text(mark: Mapping[str, Any] | Any) -> str:
    """"booked for 2026-12-10" / "not applicable: <reason>" in the window's language."""
    record = mark.record() if hasattr(mark, "record") else mark
    if record.get("kind") == "booked":
        text = translate("Worklist", "booked for {date}").format(date=local_date(record.get("date")))
        return f"{text} ({record['reason']})" if record.get("reason") else text
    return translate("Worklist", "not applicable: {reason}").format(reason=record.get("reason") or "—")


def header_text(patients: int, counts: Mapping[str, int]) -> str:
    """"300 patients checked, 12 act now, 40 due, 85 coming up" (open items per tier)."""
    if current_language() == "en":  # the services' English, with its "1 patient"
        return header_words(patients, counts)
    return translate("Worklist", "{patients} patients checked, {act_now} act now, {due} due, {coming_up} coming up"
                     ).format(patients=f"{patients:,}", act_now=f"{counts.get('act_now', 0):,}",
                                          due=f"{counts.get('due', 0):,}", coming_up=f"{counts.get('coming_up', 0):,}")


def item_title(code: str, english: str) -> str:
    """A worklist item's title ("Follow-up DXA scan") in the window's language."""
    return translate("Worklist", CODE_TITLES[code]) if code in CODE_TITLES else english
