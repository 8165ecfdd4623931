"""A report's recommendations in a language: the words rendered from their message keys.

Works on the plain report dict (contract §3 with the 2026.12 message fields), so any layer can use
it without the rules core. Codes, dates and every other field stay as they are: only words are added.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .translator import Translator, translator_for

__all__ = ["localize_report", "localized_recommendation"]


def localized_recommendation(rec: Mapping[str, Any], translator: Translator) -> dict[str, Any]:
    """``{"language", "title", "text", "rationale", "avoid"}`` of one recommendation; the report's
    English where a recommendation carries no message key (a report from an older ruleset)."""
    key = rec.get("message_key")
    params = dict(rec.get("params") or {})
    out: dict[str, Any] = {
        "language": translator.language,
        "title": translator.message(f"{key}.title", **params) if key else rec.get("title", ""),
        "text": translator.message(f"{key}.text", **params) if key else rec.get("text", ""),
        "rationale": translator.render(rec["rationale_message"]) if rec.get("rationale_message")
        else rec.get("rationale", ""),
    }
    if rec.get("avoid"):
        out["avoid"] = [
            {"drug": a["drug"], "drug_name": translator.term(f"drug.{a['drug']}"),
             "reason": translator.render(a["reason_message"]) if a.get("reason_message") else a.get("reason", "")}
            for a in rec["avoid"]
        ]
    if rec.get("options"):
        out["options"] = [translator.term(f"drug.{d}") for d in rec["options"]]
    return out


def localize_report(report: Mapping[str, Any], language: str) -> dict[str, Any]:
    """A copy of ``report`` whose recommendations each gain ``localized`` (the English stays)."""
    translator = translator_for(language)
    out = copy.deepcopy(dict(report))
    for rec in out.get("recommendations") or []:
        rec["localized"] = localized_recommendation(rec, translator)
    return out
