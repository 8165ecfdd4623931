"""The two small dialogs that mark worklist items as handled: booked (a date) and not applicable
(a reason). They only collect the answer; the worklist view writes it (audited) to the clinic."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..translation import translate


def _summary(titles: list[str]) -> str:
    shown = titles[:6]
    more = ("\n" + translate("HandleDialogs", "… and {count} more").format(count=len(titles) - len(shown))
            if len(titles) > len(shown) else "")
    return "\n".join(f"• {t}" for t in shown) + more


class _HandleDialog(QDialog):
    def __init__(self, title: str, intro: str, items: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.setObjectName("handleButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(intro, self))
        listing = QLabel(_summary(items), self)
        listing.setObjectName("handleItems")
        layout.addWidget(listing)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


class BookDialog(_HandleDialog):
    """``bookDate`` (default: in 14 days, never before as_of) and an optional ``bookNote``."""

    def __init__(self, items: list[str], as_of: date, parent: QWidget | None = None) -> None:
        super().__init__(translate("HandleDialogs", "Mark as booked"),
                         translate("HandleDialogs", "Booked for the date below: the item leaves the worklist until "
                                   "that date has passed, then returns as overdue if it is still open."), items, parent)
        self.date = QDateEdit(self)
        self.date.setObjectName("bookDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(QDate(as_of.year, as_of.month, as_of.day))
        default = as_of + timedelta(days=14)
        self.date.setDate(QDate(default.year, default.month, default.day))
        self.note = QLineEdit(self)
        self.note.setObjectName("bookNote")
        self.note.setPlaceholderText(translate("BookDialog", "optional, e.g. DXA at the radiology department"))
        self.form.addRow(translate("BookDialog", "Booked for:"), self.date)
        self.form.addRow(translate("BookDialog", "Note:"), self.note)

    def booked_for(self) -> date:
        return self.date.date().toPython()  # type: ignore[return-value]

    def reason(self) -> str | None:
        return self.note.text().strip() or None


class NotApplicableDialog(_HandleDialog):
    """``notApplicableReason`` (required: OK is enabled once it has text)."""

    def __init__(self, items: list[str], parent: QWidget | None = None) -> None:
        super().__init__(
            translate("HandleDialogs", "Mark as not applicable"),
            translate(
                "HandleDialogs",
                "Not applicable, for the reason below: the item leaves the worklist until the "
                "reason for it changes (e.g. a new fracture or a new scan).",
            ),
            items,
            parent,
        )
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("notApplicableReason")
        self.reason_edit.setPlaceholderText(
            translate("NotApplicableDialog", "required, e.g. declined after discussion; palliative care")
        )
        self.form.addRow(translate("NotApplicableDialog", "Reason:"), self.reason_edit)
        self.reason_edit.textChanged.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        self.ok_button().setEnabled(bool(self.reason_edit.text().strip()))

    def reason(self) -> str:
        return self.reason_edit.text().strip()
