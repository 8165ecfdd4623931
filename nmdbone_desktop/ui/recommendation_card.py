"""One recommendation as a card: what to do and when up front, why and on what authority folded.

The clinician scans titles and due dates; the rationale (with the patient's own values) and the
references are one click away rather than always on screen, so ten cards still fit.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from .report_words import avoid_reason, recommendation_words
from .translation import translate
from .vocabulary import current_language, display, local_date
from .wrap_label import WrapLabel

if TYPE_CHECKING:
    from ..core.report import RecommendationOut

OVERDUE_COLOUR = "#B00020"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def long_date(iso: Any) -> str:
    """``2026-06-30`` → ``30 June 2026`` (``30. Juni 2026`` in German); other text as it is."""
    try:
        day = date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    language = current_language()
    if language not in ("en", "qps"):  # qps: the translation tests' pseudo-language
        from ..i18n import translator_for

        return translator_for(language).date(day, "long")
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
KIND_STYLE = {
    "warning": ("#FFF4E5", "#E8A33D"),
    "action": ("#FFFFFF", "#9DB4CC"),
    "info": ("#F5F7FA", "#C9D1DA"),
}


def due_text(due: str | None, as_of: date) -> tuple[str, bool]:
    """("Overdue since 2026-03-01", True) — overdue means the due date is before the as-of date."""
    if not due:
        return "", False
    when = date.fromisoformat(due)
    if when < as_of:
        return translate("RecommendationCard", "Overdue since {date}").format(date=local_date(when)), True
    if when == as_of:
        return translate("RecommendationCard", "Due now"), False
    return translate("RecommendationCard", "Due {date}").format(date=local_date(when)), False


class RecommendationCard(QFrame):
    """A card for one report recommendation (contract §3 ``recommendations[]``).

    Cards are reused from patient to patient (:meth:`show_recommendation` refills one): creating
    a card's widgets, and above all giving each its own style sheet, cost more than a third of a
    patient switch. The card paints its own background and borders for the same reason.
    """

    def __init__(self, rec: RecommendationOut | None = None, as_of: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationCard")
        self.code = ""
        self.kind = "action"
        self.overdue = False
        layout = QVBoxLayout(self)
        # The style sheet's border (1 px, 4 px on the left) plus its padding, as before.
        layout.setContentsMargins(10 + 4, 6 + 1, 8 + 1, 6 + 1)
        layout.setSpacing(3)

        top = QHBoxLayout()
        top.setSpacing(6)
        self.title = WrapLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # plain text lays out far faster than rich
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        top.addWidget(self.title, 1)
        self.due = QLabel(self)
        self.due.setObjectName("dueLabel")
        self._due_font, self._overdue_font = self.due.font(), self.due.font()
        self._overdue_font.setBold(True)
        self._due_palette = self.due.palette()
        self._overdue_palette = self.due.palette()
        self._overdue_palette.setColor(QPalette.ColorRole.WindowText, QColor(OVERDUE_COLOUR))
        top.addWidget(self.due, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.body = WrapLabel(self)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.body)
        self.options = WrapLabel(self)
        self.options.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.options)

        self.toggle = QToolButton(self)
        self.toggle.setObjectName("whyToggle")
        self.toggle.setText(translate("RecommendationCard", "Why? ▸"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toggle.toggled.connect(self._set_expanded)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)

        # Rationale and references are built when first unfolded: most cards are never opened,
        # and rich text is the expensive part of showing a patient.
        self._rec: RecommendationOut | None = None
        self._rationale = ""
        self._details: QLabel | None = None
        self._details_for: RecommendationOut | None = None
        if rec is not None:
            self.show_recommendation(rec, as_of or date.today())

    def show_recommendation(self, rec: RecommendationOut, as_of: date) -> None:
        """Show this recommendation (folded), whatever the card showed before."""
        self._rec = rec
        self.code = rec.code
        self.setProperty("code", self.code)
        kind = rec.kind
        if kind != self.kind:
            self.kind = kind
            self.update()
        priority = rec.priority
        words = recommendation_words(rec)
        self._rationale = words.rationale
        _set_text(self.title, words.title or self.code)
        self.title.setToolTip(translate("RecommendationCard", "{code} · priority {priority}").format(
            code=self.code, priority=priority))
        text, overdue = due_text(rec.due, as_of)
        _set_text(self.due, text)
        if overdue != self.overdue:
            self.overdue = overdue
            self.due.setFont(self._overdue_font if overdue else self._due_font)
            self.due.setPalette(self._overdue_palette if overdue else self._due_palette)
        _set_text(self.body, words.text)
        extras = _options_html(rec)
        _set_text(self.options, extras)
        self.options.setVisible(bool(extras))
        self.toggle.setAccessibleName(translate("RecommendationCard", "Rationale and references for {title}")
                                      .format(title=words.title or self.code))
        self.toggle.setChecked(False)

    @property
    def details(self) -> QLabel:
        if self._details is None:
            details = WrapLabel(self)
            details.setObjectName("rationale")
            details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.setStyleSheet("color: #39424E;")
            details.setVisible(False)
            self.layout().addWidget(details)
            self._details = details
        if self._rec is not None and self._details_for is not self._rec:  # refilled since last unfolded
            self._details_for = self._rec
            self._details.setText(_details_html(self._rec, self._rationale))
        return self._details

    @Slot(bool)
    def _set_expanded(self, expanded: bool) -> None:
        if expanded or self._details is not None:
            self.details.setVisible(expanded)
        self.toggle.setText(
            translate("RecommendationCard", "Why? ▾") if expanded else translate("RecommendationCard", "Why? ▸"))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Background, a 1-px border and a 4-px bar on the left in the kind's colour, rounded."""
        background, border = KIND_STYLE.get(self.kind, KIND_STYLE["action"])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(border), 1.0))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, 4.0, 4.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(border))
        bar = QPainterPath()
        bar.addRoundedRect(QRectF(0.0, 0.0, 8.0, float(self.height())), 4.0, 4.0)
        clip = QPainterPath()
        clip.addRect(QRectF(0.0, 0.0, 4.0, float(self.height())))
        painter.drawPath(bar.intersected(clip))
        painter.end()


def _set_text(label: QLabel, text: str) -> None:
    """``setText`` only when the text changes: a label re-lays itself out on every call."""
    if label.text() != text:
        label.setText(text)


def _options_html(rec: RecommendationOut) -> str:
    parts = []
    if rec.options:
        parts.append(translate("RecommendationCard", "<b>Options:</b> {drugs}").format(
            drugs=html.escape(", ".join(display("bone_drug", o) for o in rec.options))))
    if rec.avoid:
        avoid = "; ".join(f"{display('bone_drug', a.drug)} ({avoid_reason(a)})" for a in rec.avoid)
        parts.append(translate("RecommendationCard", "<b>Avoid:</b> {drugs}").format(
            drugs=f"<span style='color:{OVERDUE_COLOUR}'>{html.escape(avoid)}</span>"))
    return "<br>".join(parts)


def _details_html(rec: RecommendationOut, rationale: str) -> str:
    out = f"<p>{html.escape(rationale or translate('RecommendationCard', 'No rationale given.'))}</p>"
    if rec.since:  # when the reason for this recommendation began (rules core, issue 14)
        out = translate("RecommendationCard", "<p><i>Since</i> {date}</p>").format(
            date=html.escape(long_date(rec.since))) + out
    refs = rec.references
    if refs:
        items = "".join(f"<li>{html.escape(ref)}</li>" for ref in refs)
        out += translate("RecommendationCard",
                         "<p style='margin-bottom:0'><i>References</i></p><ul style='margin-top:0'>{items}</ul>"
                         ).format(items=items)
    return out
