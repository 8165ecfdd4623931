"""The facts above the recommendations: who, how exposed, how at risk, by which score.

The QFracture figure is always shown with ClinRisk's disclaimer (their licence asks that it go
alongside any score); the full text folds out so it does not push the recommendations away.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import QFrame, QToolButton, QVBoxLayout, QWidget

from .patient_table_model import RISK_COLOURS as LIST_RISK_COLOURS
from .recommendation_card import long_date
from .report_words import frax_adjustments, risk_notes, risk_reasons
from .translation import translate
from .vocabulary import display, local_date, local_number, term
from .wrap_label import WrapLabel

if TYPE_CHECKING:
    from ..core.document import PatientDocument
    from ..core.report import AssessmentReport, Frax, QFracture

#: The list's colours (one scale, by category only): "low" is plain text, never a reassuring green.
RISK_COLOURS = {"low": "#37474F", **LIST_RISK_COLOURS}
_BAND_WORDS = {"none": QT_TRANSLATE_NOOP("AssessmentHeader", "none"),
               "low": QT_TRANSLATE_NOOP("AssessmentHeader", "low (<2.5)"),
               "medium": QT_TRANSLATE_NOOP("AssessmentHeader", "medium (2.5–7.5)"),
               "high": QT_TRANSLATE_NOOP("AssessmentHeader", "high (≥7.5)")}


def _pct(value: Any) -> str:
    return "—" if value is None else f"{local_number(float(value), 1)}%"


def _risk_line(name: str, includes: str, block: QFracture | Frax) -> str:
    label = f"{name} <span style='color:#555'>({html.escape(includes)})</span>"
    if block.major_osteoporotic_percent is None:
        notes = "; ".join(risk_notes(block)) or translate("AssessmentHeader", "not available")
        return f"{label}: <span style='color:#666'>{html.escape(notes)}</span>"
    return translate("AssessmentHeader", "{label}: major osteoporotic {major}, hip {hip}").format(
        label=label, major=_pct(block.major_osteoporotic_percent), hip=_pct(block.hip_percent))


def frax_includes(doc: PatientDocument, block: Frax) -> str:
    """What the FRAX figure includes: with or without BMD (the entry's ``with_bmd``), and the
    adjustments the assessment applied."""
    entries = sorted(doc.frax, key=lambda f: f.date)
    latest = entries[-1] if entries else None
    with_bmd = getattr(latest, "with_bmd", None)
    parts = [translate("AssessmentHeader", "with femoral neck BMD") if with_bmd
             else translate("AssessmentHeader", "clinical factors, no BMD") if with_bmd is False
             else translate("AssessmentHeader", "BMD not stated")]
    if latest is not None:
        parts.append(translate("AssessmentHeader", "entered {date}").format(date=long_date(latest.date.isoformat())))
    if block.adjustments:
        parts.append(translate("AssessmentHeader", "adjusted: {adjustments}").format(
            adjustments="; ".join(frax_adjustments(block))))
    return ", ".join(parts)


def risk_text(report: AssessmentReport) -> tuple[str, str]:
    """The category with the one criterion that set it and since when (rich text), and a
    tooltip listing every criterion met."""
    risk = report.risk_category
    colour = RISK_COLOURS.get(risk, "#333")
    words = (term(f"risk.{risk}", risk.replace("_", " ")) if risk
             else translate("AssessmentHeader", "not assessed")).upper()
    reasons = risk_reasons(report)
    text = f"<b style='color:{colour}; font-size:11pt'>{html.escape(words)}</b>"
    if reasons:
        text += f" — {html.escape(reasons[0])}"
    since = report.risk_category_since
    if since:
        text += translate("AssessmentHeader", " <span style='color:#555'>(since {date})</span>").format(
            date=html.escape(long_date(since)))
    tip = (translate("AssessmentHeader", "Risk category criteria met:") + "\n" + "\n".join(f"• {r}" for r in reasons)
           if reasons else "")
    return text, tip


def _site_in_sentence(site: str) -> str:
    """The site as a word inside a sentence: the glossary's ``site.*`` (German keeps its capital)."""
    return term(f"site.{site}", display("dxa_site", site).lower())


def latest_mobility(doc: PatientDocument) -> str:
    if not doc.mobility:
        return translate("AssessmentHeader", "not recorded")
    latest = max(doc.mobility, key=lambda m: m.date)
    return translate("AssessmentHeader", "{status} (since {date})").format(
        status=display("mobility", latest.status), date=local_date(latest.date))


class AssessmentHeader(QFrame):
    """Patient facts and risk from one assessment report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentHeader")
        self.setStyleSheet("#assessmentHeader { background: #F3F6F9; border-radius: 4px; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(4)
        self.name = WrapLabel(self)
        self.name.setObjectName("patientName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.name)
        self.risk = WrapLabel(self)
        self.risk.setObjectName("riskCategory")
        self.risk.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.risk)
        # One rich-text label, not a grid of wrapped labels: QLabel computes its height for the
        # width it gets, which a QGridLayout of word-wrapped labels does not, and rows overlapped.
        self.facts = WrapLabel(self)
        self.facts.setObjectName("headerFacts")
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.facts)
        self.scores = WrapLabel(self)
        self.scores.setObjectName("header_scores")
        outer.addWidget(self.scores)
        self.disclaimer_toggle = QToolButton(self)
        self.disclaimer_toggle.setText(translate("AssessmentHeader", "QFracture-2012 © ClinRisk Ltd — disclaimer ▸"))
        self.disclaimer_toggle.setCheckable(True)
        self.disclaimer_toggle.setAutoRaise(True)
        self.disclaimer_toggle.setStyleSheet("color: #555; font-size: 8pt;")
        self.disclaimer_toggle.toggled.connect(self._show_disclaimer)
        outer.addWidget(self.disclaimer_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.disclaimer = WrapLabel(self)  # ClinRisk's text, set with the first report
        self.disclaimer.setObjectName("clinriskDisclaimer")
        self.disclaimer.setStyleSheet("color: #555; font-size: 8pt;")
        self.disclaimer.setVisible(False)
        outer.addWidget(self.disclaimer)

    @Slot(bool)
    def _show_disclaimer(self, shown: bool) -> None:
        self.disclaimer.setVisible(shown)
        self.disclaimer_toggle.setText(
            "QFracture-2012 © ClinRisk Ltd — disclaimer " + ("▾" if shown else "▸"))

    def show_report(self, doc: PatientDocument, report: AssessmentReport) -> None:
        esc = html.escape
        if not self.disclaimer.text():
            from ..core.qfracture import DISCLAIMER as CLINRISK_DISCLAIMER

            self.disclaimer.setText(esc(CLINRISK_DISCLAIMER))
        self.name.setText(
            translate(
                "AssessmentHeader",
                "<span style='font-size:13pt; font-weight:600'>{name}</span> &nbsp;<span style='color:#555'>{patient_id} · {sex} · born {birth_date}</span>",  # noqa: E501 (one message for the translators)
            ).format(
                name=esc(doc.display_name),
                patient_id=esc(doc.id),
                sex=esc(display("sex", doc.sex)),
                birth_date=local_date(doc.birth_date),
            )
        )
        rows: dict[str, str] = {}
        rows[translate("AssessmentHeader", "Age")] = esc(
            translate("AssessmentHeader", "{age} years ({population})").format(
                age=local_number(report.age_years, 1), population=display("population", report.population)
            )
        )
        name = display("diagnosis", doc.diagnosis.code)
        label = doc.diagnosis.label
        diagnosis = f"{label} ({name})" if label and label.casefold() != name.casefold() else name
        onset = (translate("AssessmentHeader", ", onset {date}").format(date=local_date(doc.diagnosis.onset_date))
                 if doc.diagnosis.onset_date else "")
        rows[translate("AssessmentHeader", "Diagnosis")] = esc(f"{diagnosis}{onset}")
        rows[translate("AssessmentHeader", "Mobility")] = esc(latest_mobility(doc))
        gc = report.glucocorticoids
        mg = gc.current_daily_mg_pred_eq
        band = gc.current_dose_band
        band_words = translate("AssessmentHeader", _BAND_WORDS[band]) if band in _BAND_WORDS else band
        gc_text = (translate("AssessmentHeader", "none now") if not mg else
                   translate("AssessmentHeader", "{dose} mg/day prednisolone-eq, {band}").format(
                       dose=local_number(mg), band=band_words))
        if gc.cumulative_mg_pred_eq:
            gc_text += translate("AssessmentHeader", "; cumulative {grams}\u00a0g").format(
                grams=local_number(gc.cumulative_mg_pred_eq / 1000, 1))
        rows[translate("AssessmentHeader", "Steroids")] = esc(gc_text)
        dens = report.densitometry
        category = display("category", dens.category)
        if dens.lowest_score is not None:
            category += translate("AssessmentHeader", ", lowest {score_type} {score} at {site} ({date})").format(
                score_type=dens.score_type, score=local_number(float(dens.lowest_score), 1, sign=True),
                site=_site_in_sentence(dens.lowest_site or ""), date=local_date(dens.date))
        rows[translate("AssessmentHeader", "DXA")] = esc(category)
        self.facts.setText("<table cellspacing='0' cellpadding='1'>" + "".join(
            f"<tr><td style='color:#555; padding-right:8px'>{k}</td><td>{v}</td></tr>" for k, v in rows.items())
            + "</table>")
        risk_html, risk_tip = risk_text(report)
        self.risk.setText(
            translate("AssessmentHeader", "<span style='color:#555'>Risk</span>&nbsp; {risk_html}").format(
                risk_html=risk_html
            )
        )
        self.risk.setToolTip(risk_tip)
        fr = report.fracture_risk
        frax = fr.frax
        frax_line = (_risk_line("FRAX", frax_includes(doc, frax), frax) if frax
                     else translate("AssessmentHeader", "FRAX: none entered"))
        self.scores.setText(
            translate(
                "AssessmentHeader",
                "<b>10-year fracture risk</b> <span style='color:#555'>(for information: the category above comes from its criterion)</span><br>{risk_line}<br>{frax_line}",  # noqa: E501 (one message for the translators)
            ).format(
                risk_line=_risk_line("QFracture", translate("AssessmentHeader", "clinical factors, no BMD"),
                                     fr.qfracture),
                frax_line=frax_line,
            )
        )
