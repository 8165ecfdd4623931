"""The assessment for the selected patient: facts on top, then warnings, actions and information.

Warnings sit apart, above the actions, because they change *how* an action may be done (no oral
bisphosphonate with dysphagia) and must be read first. Within a section cards go by priority,
then by how overdue they are. The panel is rebuilt from the report on every change — a handful of
widgets, a few milliseconds — so it can never show a stale recommendation after an edit.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from .assessment_header import AssessmentHeader
from .recommendation_card import RecommendationCard
from .report_words import disclaimer_words, due_kind
from .translation import translate
from .vocabulary import local_date

if TYPE_CHECKING:
    from ..core.document import PatientDocument

SECTIONS = (("warning", QT_TRANSLATE_NOOP("RecommendationPanel", "Warnings")),
            ("action", QT_TRANSLATE_NOOP("RecommendationPanel", "Actions")),
            ("info", QT_TRANSLATE_NOOP("RecommendationPanel", "Information")))


def ordered(recommendations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Priority first (1 most urgent), then the earliest due date; undated last; stable otherwise."""
    return sorted(recommendations, key=lambda r: (int(r.get("priority") or 3), r.get("due") or "9999"))


class RecommendationPanel(QWidget):
    """Header plus recommendation cards for one report (contract §3)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationPanel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.header = AssessmentHeader(self)
        self.header.setVisible(False)
        outer.addWidget(self.header)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        self.footer = QLabel(self)
        self.footer.setObjectName("assessmentFooter")
        self.footer.setWordWrap(True)
        self.footer.setStyleSheet("color: #666; font-size: 8pt;")
        outer.addWidget(self.footer)
        self._body: QWidget | None = None
        self._pending: QWidget | None = None
        self.clear(translate("RecommendationPanel", "Select a patient to see the assessment."))

    def _new_body(self) -> QVBoxLayout:
        """A fresh, not yet installed container; :meth:`_install` swaps it in once filled."""
        body = QWidget()
        body.setObjectName("recommendationCards")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 6, 6, 6)
        layout.setSpacing(6)
        self._pending = body  # keeps the parentless widget alive until installed
        return layout

    def _install(self, layout: QVBoxLayout) -> None:
        # Filled before it goes in, and shown explicitly: a widget put into a visible scroll area
        # is otherwise only shown later by a queued event (QScrollArea::setWidget docs).
        body = self._pending
        self.scroll.setWidget(body)  # deletes the previous body and its cards
        body.show()
        self._body = body

    def clear(self, message: str) -> None:
        self.header.setVisible(False)
        layout = self._new_body()
        note = QLabel(html.escape(message))
        note.setObjectName("panelMessage")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self._install(layout)
        self.footer.clear()

    def show_report(self, doc: PatientDocument, report: dict[str, Any]) -> None:
        self.header.show_report(doc, report)
        self.header.setVisible(True)
        as_of = date.fromisoformat(report["as_of"]) if report.get("as_of") else date.today()
        layout = self._new_body()
        recs = report.get("recommendations") or []
        for kind, title in SECTIONS:
            chosen = ordered([r for r in recs if r.get("kind", "action") == kind])
            if not chosen:
                continue
            heading = QLabel(translate("RecommendationPanel", "<b>{title}</b> ({count})").format(
                title=translate("RecommendationPanel", title), count=len(chosen)))
            heading.setObjectName(f"section_{kind}")
            layout.addWidget(heading)
            for rec in chosen:
                layout.addWidget(RecommendationCard(rec, as_of))
        if not recs:
            layout.addWidget(QLabel(translate("RecommendationPanel", "No recommendations: nothing to do now.")))
        layout.addStretch(1)
        self._install(layout)
        due = report.get("next_due") or {}
        due_text = ", ".join(f"{due_kind(k)} {local_date(v)}" for k, v in due.items() if v)
        disclaimer = disclaimer_words(report)
        self.footer.setText(html.escape(
            translate("RecommendationPanel", "Next due: {due}. Ruleset {ruleset}, as of {as_of}. {disclaimer}").format(
                due=due_text or "—", ruleset=report.get("ruleset_version", "?"),
                as_of=local_date(report.get("as_of")) or "?", disclaimer=disclaimer)))

    def cards(self) -> list[RecommendationCard]:
        return self._body.findChildren(RecommendationCard) if self._body is not None else []
