"""The facts above the recommendations: who, how exposed, how at risk, by which score.

The QFracture figure is always shown with ClinRisk's disclaimer (their licence asks that it go
alongside any score); the full text folds out so it does not push the recommendations away.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ..core.document import PatientDocument

RISK_COLOURS = {"low": "#2E7D32", "moderate": "#B26A00", "high": "#D84315", "very_high": "#B00020"}
_BAND_WORDS = {"none": "none", "low": "low (<2.5)", "medium": "medium (2.5–7.5)", "high": "high (≥7.5)"}


def _pct(value: Any) -> str:
    return "—" if value is None else f"{float(value):.1f}%"


def _risk_line(name: str, block: dict[str, Any] | None) -> str:
    if not block or block.get("major_osteoporotic_percent") is None:
        notes = "; ".join((block or {}).get("notes") or []) or "not available"
        return f"{name}: <span style='color:#666'>{html.escape(notes)}</span>"
    return (f"{name}: major osteoporotic {_pct(block.get('major_osteoporotic_percent'))}, "
            f"hip {_pct(block.get('hip_percent'))}")


def latest_mobility(doc: PatientDocument) -> str:
    if not doc.mobility:
        return "not recorded"
    latest = max(doc.mobility, key=lambda m: m.date)
    return f"{latest.status.replace('_', ' ')} (since {latest.date.isoformat()})"


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

    def show_report(self, doc: PatientDocument, report: dict[str, Any]) -> None:
        esc = html.escape
        if not self.disclaimer.text():
            from ..core.qfracture import DISCLAIMER as CLINRISK_DISCLAIMER

            self.disclaimer.setText(esc(CLINRISK_DISCLAIMER))
        self.name.setText(f"<span style='font-size:13pt; font-weight:600'>{esc(doc.display_name)}</span>"
                          f" &nbsp;<span style='color:#555'>{esc(doc.id)} · {esc(doc.sex)}"
                          f" · born {doc.birth_date.isoformat()}</span>")
        rows: dict[str, str] = {}
        age = report.get("age_years")
        rows["Age"] = esc(f"{age:.1f} years ({report.get('population', '')})" if age is not None else "—")
        diagnosis = doc.diagnosis.label or doc.diagnosis.code
        onset = f", onset {doc.diagnosis.onset_date.isoformat()}" if doc.diagnosis.onset_date else ""
        rows["Diagnosis"] = esc(f"{diagnosis} ({doc.diagnosis.code}){onset}")
        rows["Mobility"] = esc(latest_mobility(doc))
        gc = report.get("glucocorticoids") or {}
        mg = gc.get("current_daily_mg_pred_eq")
        band = str(gc.get("current_dose_band") or "none")
        gc_text = "none now" if not mg else f"{mg:g} mg/day prednisolone-eq, {_BAND_WORDS.get(band, band)}"
        if gc.get("cumulative_mg_pred_eq"):
            gc_text += f"; cumulative {gc['cumulative_mg_pred_eq'] / 1000:.1f} g"
        rows["Steroids"] = esc(gc_text)
        dens = report.get("densitometry") or {}
        category = str(dens.get("category") or "no_data").replace("_", " ")
        if dens.get("lowest_score") is not None:
            category += (f", lowest {dens.get('score_type')} {float(dens['lowest_score']):+.1f} at "
                         f"{str(dens.get('lowest_site', '')).replace('_', ' ')} ({dens.get('date')})")
        rows["DXA"] = esc(category)
        risk = report.get("risk_category")
        colour = RISK_COLOURS.get(str(risk), "#333")
        rows["Risk"] = (f"<b style='color:{colour}'>"
                        f"{esc(str(risk or 'not assessed').replace('_', ' ').upper())}</b>")
        self.facts.setText("<table cellspacing='0' cellpadding='1'>" + "".join(
            f"<tr><td style='color:#555; padding-right:8px'>{k}</td><td>{v}</td></tr>" for k, v in rows.items())
            + "</table>")
        self.facts.setToolTip("Risk: " + "; ".join(report.get("risk_reasons") or []))
        fr = report.get("fracture_risk") or {}
        frax = fr.get("frax")
        frax_line = _risk_line("FRAX (adjusted)", frax) if frax else "FRAX: none entered"
        self.scores.setText(f"<b>10-year fracture risk</b><br>{_risk_line('QFracture', fr.get('qfracture'))}"
                            f"<br>{frax_line}")
