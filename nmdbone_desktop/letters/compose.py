"""From record + assessment + the clinician's options to a :class:`Letter` (no PDF yet).

This is what the editor dialog calls on every keystroke to show the text as it will print, and
what the audit trail stores, so it must stay fast (no matplotlib, no reportlab).
"""

from __future__ import annotations

from dataclasses import replace

from ..core.document import PatientDocument
from ..core.report import ReportLike, typed_report
from .chart import chart_supported
from .compose_gp import build_gp
from .compose_patient import build_patient
from .compose_referral import build_referral
from .content import Letter
from .context import LetterContext
from .formatting import strip_markup
from .options import LetterOptions
from .settings import ClinicLetterhead
from .templates import available_languages, load_templates

__all__ = ["compose_letter"]


def compose_letter(doc: PatientDocument, report: ReportLike, options: LetterOptions,
                   letterhead: ClinicLetterhead | None = None, *, chart: bool | None = None) -> Letter:
    """The letter's content. ``chart=None`` includes the BMD chart when it can be drawn."""
    letterhead = letterhead or ClinicLetterhead()
    language, note = _language(doc, options, letterhead)
    templates = load_templates(language)
    chart_available = (chart_supported(doc) if chart is None else chart) and options.kind == "referral"
    ctx = LetterContext(doc, typed_report(report), options, letterhead, templates, chart_available)
    if options.kind == "referral":
        return build_referral(ctx)
    if options.kind == "gp":
        return build_gp(ctx)
    letter = build_patient(ctx)
    if note:
        letter = replace(letter, warnings=(*letter.warnings, strip_markup(ctx.word("missing.language", language=note))))
    return letter


def _language(doc: PatientDocument, options: LetterOptions, letterhead: ClinicLetterhead) -> tuple[str, str]:
    """The wording's language, and the patient's language when the advice sheet cannot be in it:
    the option, else (advice sheet) the patient's own language when its wording is installed,
    else the letterhead's."""
    if options.language:
        return options.language, ""
    if options.kind == "patient" and doc.language and doc.language != letterhead.language:
        if doc.language in available_languages():
            return doc.language, ""
        return letterhead.language, doc.language
    return letterhead.language, ""
