"""The assessment for the selected patient: facts on top, then warnings, actions and information.

Warnings sit apart, above the actions, because they change *how* an action may be done (no oral
bisphosphonate with dysphagia) and must be read first. Within a section cards go by priority,
then by how overdue they are. The panel is refilled from the whole report on every change (its
cards are reused, not recreated: that was most of a patient switch), so it can never show a stale
recommendation after an edit.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from .assessment_header import AssessmentHeader
from .recommendation_card import RecommendationCard
from .report_words import disclaimer_words, due_kind
from .sealed_pane import SealedPane
from .translation import translate
from .vocabulary import local_date
from .wrap_label import WrapLabel

if TYPE_CHECKING:
    from ..core.document import PatientDocument
    from ..core.report import AssessmentReport, RecommendationOut

SECTIONS = (("warning", QT_TRANSLATE_NOOP("RecommendationPanel", "Warnings")),
            ("action", QT_TRANSLATE_NOOP("RecommendationPanel", "Actions")),
            ("info", QT_TRANSLATE_NOOP("RecommendationPanel", "Information")))


def ordered(recommendations: list[RecommendationOut]) -> list[RecommendationOut]:
    """Priority first (1 most urgent), then the earliest due date; undated last; stable otherwise."""
    return sorted(recommendations, key=lambda r: (r.priority, r.due or "9999"))


class RecommendationPanel(SealedPane):
    """Header plus recommendation cards for one report (contract §3)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationPanel")
        outer = QVBoxLayout(self.sheet)  # sealed: the panel's size changes stay in the panel
        outer.setContentsMargins(0, 0, 0, 0)
        self.header = AssessmentHeader(self)
        self.header.setVisible(False)
        outer.addWidget(self.header)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        self.footer = WrapLabel(self)
        self.footer.setObjectName("assessmentFooter")
        self.footer.setStyleSheet("color: #666; font-size: 8pt;")
        outer.addWidget(self.footer)
        self._body: QWidget | None = None
        self._build_body()
        self.clear(translate("RecommendationPanel", "Select a patient to see the assessment."))

    def _build_body(self) -> None:
        """One container for the whole life of the panel: headings, cards and the message are
        reused and reordered, never recreated (new widgets cost most of a patient switch)."""
        body = QWidget()
        body.setObjectName("recommendationCards")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 6, 6, 6)
        layout.setSpacing(6)
        self._headings: dict[str, QLabel] = {}
        for kind, _title in SECTIONS:
            heading = QLabel(body)
            heading.setObjectName(f"section_{kind}")
            heading.setTextFormat(Qt.TextFormat.RichText)
            self._headings[kind] = heading
        self._message = WrapLabel(body)
        self._message.setObjectName("panelMessage")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pool: list[RecommendationCard] = []
        self._shown: list[RecommendationCard] = []
        self.scroll.setWidget(body)
        self._body = body

    def _arrange(self, widgets: list[QWidget]) -> None:
        """The body shows exactly these widgets, in this order, then a stretch. Only what changed
        is touched: showing a widget lays it out, and a new order relays out the whole body."""
        body = self._body
        assert body is not None
        layout = body.layout()
        current = [layout.itemAt(i).widget() for i in range(layout.count())]
        if [id(w) for w in current] != [*map(id, widgets), id(None)]:  # the stretch has no widget
            while layout.count():
                layout.takeAt(0)  # items only: the widgets stay children of the body
            for widget in widgets:
                layout.addWidget(widget)
            layout.addStretch(1)
        keep = set(map(id, widgets))
        for child in (*self._headings.values(), self._message, *self._pool):
            hidden = id(child) not in keep
            if child.isHidden() != hidden:
                child.setVisible(not hidden)

    def _card(self, n: int) -> RecommendationCard:
        while len(self._pool) <= n:
            self._pool.append(RecommendationCard(parent=self._body))
        return self._pool[n]

    def clear(self, message: str) -> None:
        self.header.setVisible(False)
        self._message.setText(html.escape(message))
        self._shown = []
        self._arrange([self._message])
        self.footer.clear()

    def show_report(self, doc: PatientDocument, report: AssessmentReport) -> None:
        self.header.show_report(doc, report)
        self.header.setVisible(True)
        as_of = date.fromisoformat(report.as_of)
        recs = report.recommendations
        widgets: list[QWidget] = []
        shown: list[RecommendationCard] = []
        for kind, title in SECTIONS:
            chosen = ordered([r for r in recs if r.kind == kind])
            if not chosen:
                continue
            heading = self._headings[kind]
            heading.setText(translate("RecommendationPanel", "<b>{title}</b> ({count})").format(
                title=translate("RecommendationPanel", title), count=len(chosen)))
            widgets.append(heading)
            for rec in chosen:
                card = self._card(len(shown))
                card.show_recommendation(rec, as_of)
                shown.append(card)
                widgets.append(card)
        if not recs:
            self._message.setText(translate("RecommendationPanel", "No recommendations: nothing to do now."))
            widgets.append(self._message)
        self._shown = shown
        self._arrange(widgets)
        due = report.next_due
        planned = (("dxa", due.dxa), ("spine_imaging", due.spine_imaging), ("bone_labs", due.bone_labs))
        due_text = ", ".join(f"{due_kind(what)} {local_date(when)}" for what, when in planned if when)
        self.footer.setText(html.escape(
            translate("RecommendationPanel", "Next due: {due}. Ruleset {ruleset}, as of {as_of}. {disclaimer}").format(
                due=due_text or "—", ruleset=report.ruleset_version, as_of=local_date(report.as_of) or "?",
                disclaimer=disclaimer_words(report))))

    def cards(self) -> list[RecommendationCard]:
        """The cards showing the current report, in order (spare cards of the pool are hidden)."""
        return list(self._shown)
