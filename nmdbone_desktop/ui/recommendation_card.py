"""One recommendation as a card: what to do and when up front, why and on what authority folded.

The clinician scans titles and due dates; the rationale (with the patient's own values) and the
references are one click away rather than always on screen, so ten cards still fit.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from .report_words import avoid_reason, recommendation_words
from .translation import translate
from .vocabulary import current_language, display, local_date

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
    """A card for one report recommendation (contract §3 ``recommendations[]``)."""

    def __init__(self, rec: dict[str, Any], as_of: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationCard")
        self.code = str(rec.get("code", ""))
        self.setProperty("code", self.code)
        kind = str(rec.get("kind", "action"))
        background, border = KIND_STYLE.get(kind, KIND_STYLE["action"])
        self.setStyleSheet(
            f"#recommendationCard {{ background: {background}; border: 1px solid {border};"
            f" border-left: 4px solid {border}; border-radius: 4px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(3)

        top = QHBoxLayout()
        top.setSpacing(6)
        priority = int(rec.get("priority") or 3)
        words = recommendation_words(rec)
        self.title = QLabel(words.title or self.code, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # plain text lays out far faster than rich
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.title.setToolTip(
            translate("RecommendationCard", "{code} · priority {priority}").format(code=self.code, priority=priority)
        )
        top.addWidget(self.title, 1)
        text, overdue = due_text(rec.get("due"), as_of)
        self.overdue = overdue
        self.due = QLabel(text, self)
        self.due.setObjectName("dueLabel")
        if overdue:
            self.due.setStyleSheet(f"color: {OVERDUE_COLOUR}; font-weight: bold;")
        top.addWidget(self.due, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        body = QLabel(words.text, self)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(body)
        extras = _options_html(rec)
        if extras:
            options = QLabel(extras, self)
            options.setWordWrap(True)
            layout.addWidget(options)

        self.toggle = QToolButton(self)
        self.toggle.setObjectName("whyToggle")
        self.toggle.setText(translate("RecommendationCard", "Why? ▸"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toggle.setAccessibleName(translate("RecommendationCard", "Rationale and references for {title}")
                                      .format(title=words.title or self.code))
        self.toggle.toggled.connect(self._set_expanded)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)

        # Rationale and references are built when first unfolded: most cards are never opened,
        # and rich text is the expensive part of showing a patient.
        self._rec = rec
        self._rationale = words.rationale
        self._details: QLabel | None = None

    @property
    def details(self) -> QLabel:
        if self._details is None:
            details = QLabel(_details_html(self._rec, self._rationale), self)
            details.setObjectName("rationale")
            details.setWordWrap(True)
            details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.setStyleSheet("color: #39424E;")
            details.setVisible(False)
            self.layout().addWidget(details)
            self._details = details
        return self._details

    @Slot(bool)
    def _set_expanded(self, expanded: bool) -> None:
        self.details.setVisible(expanded)
        self.toggle.setText(
            translate("RecommendationCard", "Why? ▾") if expanded else translate("RecommendationCard", "Why? ▸")
        )


def _options_html(rec: dict[str, Any]) -> str:
    parts = []
    if rec.get("options"):
        parts.append(translate("RecommendationCard", "<b>Options:</b> {drugs}").format(
            drugs=html.escape(", ".join(display("bone_drug", o) for o in rec["options"]))))
    if rec.get("avoid"):
        avoid = "; ".join(f"{display('bone_drug', a.get('drug'))} ({avoid_reason(a)})" for a in rec["avoid"])
        parts.append(translate("RecommendationCard", "<b>Avoid:</b> {drugs}").format(
            drugs=f"<span style='color:{OVERDUE_COLOUR}'>{html.escape(avoid)}</span>"))
    return "<br>".join(parts)


def _details_html(rec: dict[str, Any], rationale: str) -> str:
    out = f"<p>{html.escape(rationale or translate('RecommendationCard', 'No rationale given.'))}</p>"
    if rec.get("since"):  # when the reason for this recommendation began (rules core, issue 14)
        out = translate("RecommendationCard", "<p><i>Since</i> {date}</p>").format(
            date=html.escape(long_date(rec["since"]))) + out
    refs = rec.get("references") or []
    if refs:
        items = "".join(f"<li>{html.escape(str(ref))}</li>" for ref in refs)
        out += translate("RecommendationCard",
                         "<p style='margin-bottom:0'><i>References</i></p><ul style='margin-top:0'>{items}</ul>"
                         ).format(items=items)
    return out
