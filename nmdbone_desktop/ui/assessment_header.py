"""The facts above the recommendations: who, how exposed, how at risk, by which score.

The QFracture figure is always shown with ClinRisk's disclaimer (their licence asks that it go
alongside any score); the full text folds out so it does not push the recommendations away.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

from .patient_table_model import RISK_COLOURS as LIST_RISK_COLOURS
from .recommendation_card import long_date
from .vocabulary import display

if TYPE_CHECKING:
    from ..core.document import PatientDocument
    from ..core.report import AssessmentReport, Frax, QFracture

#: The list's colours (one scale, by category only): "low" is plain text, never a reassuring green.
RISK_COLOURS = {"low": "#37474F", **LIST_RISK_COLOURS}
_BAND_WORDS = {"none": "none", "low": "low (<2.5)", "medium": "medium (2.5–7.5)", "high": "high (≥7.5)"}


def _pct(value: Any) -> str:
    return "—" if value is None else f"{float(value):.1f}%"


def _risk_line(name: str, includes: str, block: QFracture | Frax) -> str:
    label = f"{name} <span style='color:#555'>({html.escape(includes)})</span>"
    if block.major_osteoporotic_percent is None:
        notes = "; ".join(block.notes) or "not available"
        return f"{label}: <span style='color:#666'>{html.escape(notes)}</span>"
    return (f"{label}: major osteoporotic {_pct(block.major_osteoporotic_percent)}, "
            f"hip {_pct(block.hip_percent)}")


def frax_includes(doc: PatientDocument, block: Frax) -> str:
    """What the FRAX figure includes: with or without BMD (the entry's ``with_bmd``), and the
    adjustments the assessment applied."""
    entries = sorted(doc.frax, key=lambda f: f.date)
    latest = entries[-1] if entries else None
    with_bmd = getattr(latest, "with_bmd", None)
    parts = ["with femoral neck BMD" if with_bmd else "clinical factors, no BMD" if with_bmd is False
             else "BMD not stated"]
    if latest is not None:
        parts.append(f"entered {long_date(latest.date.isoformat())}")
    if block.adjustments:
        parts.append("adjusted: " + "; ".join(block.adjustments))
    return ", ".join(parts)


def risk_text(report: AssessmentReport) -> tuple[str, str]:
    """The category with the one criterion that set it and since when (rich text), and a
    tooltip listing every criterion met."""
    risk = report.risk_category
    colour = RISK_COLOURS.get(risk, "#333")
    words = risk.replace("_", " ").upper()
    reasons = report.risk_reasons
    text = f"<b style='color:{colour}; font-size:11pt'>{html.escape(words)}</b>"
    if reasons:
        text += f" — {html.escape(reasons[0])}"
    since = report.risk_category_since
    if since:
        text += f" <span style='color:#555'>(since {html.escape(long_date(since))})</span>"
    tip = "Risk category criteria met:\n" + "\n".join(f"• {r}" for r in reasons) if reasons else ""
    return text, tip


def latest_mobility(doc: PatientDocument) -> str:
    if not doc.mobility:
        return "not recorded"
    latest = max(doc.mobility, key=lambda m: m.date)
    return f"{display('mobility', latest.status)} (since {latest.date.isoformat()})"


class AssessmentHeader(QFrame):
    """Patient facts and risk from one assessment report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentHeader")
        self.setStyleSheet("#assessmentHeader { background: #F3F6F9; border-radius: 4px; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(4)
        self.name = QLabel(self)
        self.name.setObjectName("patientName")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.name)
        self.risk = QLabel(self)
        self.risk.setObjectName("riskCategory")
        self.risk.setWordWrap(True)
        self.risk.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.risk)
        # One rich-text label, not a grid of wrapped labels: QLabel computes its height for the
        # width it gets, which a QGridLayout of word-wrapped labels does not, and rows overlapped.
        self.facts = QLabel(self)
        self.facts.setObjectName("headerFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.facts)
        self.scores = QLabel(self)
        self.scores.setObjectName("header_scores")
        self.scores.setWordWrap(True)
        outer.addWidget(self.scores)
        self.disclaimer_toggle = QToolButton(self)
        self.disclaimer_toggle.setText("QFracture-2012 © ClinRisk Ltd — disclaimer ▸")
        self.disclaimer_toggle.setCheckable(True)
        self.disclaimer_toggle.setAutoRaise(True)
        self.disclaimer_toggle.setStyleSheet("color: #555; font-size: 8pt;")
        self.disclaimer_toggle.toggled.connect(self._show_disclaimer)
        outer.addWidget(self.disclaimer_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.disclaimer = QLabel(self)  # ClinRisk's text, set with the first report
        self.disclaimer.setObjectName("clinriskDisclaimer")
        self.disclaimer.setWordWrap(True)
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
        self.name.setText(f"<span style='font-size:13pt; font-weight:600'>{esc(doc.display_name)}</span>"
                          f" &nbsp;<span style='color:#555'>{esc(doc.id)} · {esc(display('sex', doc.sex))}"
                          f" · born {doc.birth_date.isoformat()}</span>")
        rows: dict[str, str] = {}
        rows["Age"] = esc(f"{report.age_years:.1f} years ({report.population})")
        name = display("diagnosis", doc.diagnosis.code)
        label = doc.diagnosis.label
        diagnosis = f"{label} ({name})" if label and label.casefold() != name.casefold() else name
        onset = f", onset {doc.diagnosis.onset_date.isoformat()}" if doc.diagnosis.onset_date else ""
        rows["Diagnosis"] = esc(f"{diagnosis}{onset}")
        rows["Mobility"] = esc(latest_mobility(doc))
        gc = report.glucocorticoids
        mg = gc.current_daily_mg_pred_eq
        band = gc.current_dose_band
        gc_text = "none now" if not mg else f"{mg:g} mg/day prednisolone-eq, {_BAND_WORDS.get(band, band)}"
        if gc.cumulative_mg_pred_eq:
            gc_text += f"; cumulative {gc.cumulative_mg_pred_eq / 1000:.1f}\u00a0g"
        rows["Steroids"] = esc(gc_text)
        dens = report.densitometry
        category = display("category", dens.category)
        if dens.lowest_score is not None:
            category += (f", lowest {dens.score_type} {dens.lowest_score:+.1f} at "
                         f"{display('dxa_site', dens.lowest_site or '').lower()} ({dens.date})")
        rows["DXA"] = esc(category)
        self.facts.setText("<table cellspacing='0' cellpadding='1'>" + "".join(
            f"<tr><td style='color:#555; padding-right:8px'>{k}</td><td>{v}</td></tr>" for k, v in rows.items())
            + "</table>")
        risk_html, risk_tip = risk_text(report)
        self.risk.setText(f"<span style='color:#555'>Risk</span>&nbsp; {risk_html}")
        self.risk.setToolTip(risk_tip)
        fr = report.fracture_risk
        frax = fr.frax
        frax_line = _risk_line("FRAX", frax_includes(doc, frax), frax) if frax else "FRAX: none entered"
        self.scores.setText(
            "<b>10-year fracture risk</b> <span style='color:#555'>(for information: the category above "
            "comes from its criterion)</span><br>"
            f"{_risk_line('QFracture', 'clinical factors, no BMD', fr.qfracture)}<br>{frax_line}")
