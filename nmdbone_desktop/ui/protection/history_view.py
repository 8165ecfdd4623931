"""The audit trail of one patient (or of the whole clinic): who changed what, when, from what to what.

A table, newest first — when (local time), who, what (action), which record, and the change in
one readable line (the same text as ``nmdbone-desktop history``) — and below it the selected
entry's before and after in full, as indented JSON. Imports, letters printed, exports and
restores appear too: a restore (a clinic-wide entry) is listed in every patient's history, since
it replaced every record at once; the whole clinic's trail is shown when no patient is chosen.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.clinic import AuditEntry, AuditWords, StoreError, describe_audit_entry
from ..store_words import store_error_message
from ..translation import translate
from ..vocabulary import PSEUDO, current_language


def history_words(language: str | None = None) -> AuditWords:
    """The connecting words of the change descriptions ("added: …", "whole record: …", yes/no) in
    the window's language, from the i18n catalogue (``history.*``); the record's field names and
    values stay as stored. English (and the pseudo-language) keep the command line's words."""
    language = language or current_language()
    if language in ("en", PSEUDO):
        return AuditWords()
    from ...i18n import load_messages

    messages = load_messages(language)
    return AuditWords(**{name: messages[f"history.{name}"] for name in AuditWords.__dataclass_fields__})


def describe(entry: AuditEntry, *, width: int | None = None) -> str:
    """One entry's change in the window's language."""
    return describe_audit_entry(entry, width=width, words=history_words())

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryView", "When"),
    QT_TRANSLATE_NOOP("HistoryView", "Who"),
    QT_TRANSLATE_NOOP("HistoryView", "What"),
    QT_TRANSLATE_NOOP("HistoryView", "Record"),
    QT_TRANSLATE_NOOP("HistoryView", "Change"),
)
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("HistoryView", "created"),
    "edit": QT_TRANSLATE_NOOP("HistoryView", "edited"),
    "import": QT_TRANSLATE_NOOP("HistoryView", "imported"),
    "delete": QT_TRANSLATE_NOOP("HistoryView", "deleted"),
    "restore": QT_TRANSLATE_NOOP("HistoryView", "restored backup"),
    "backup": QT_TRANSLATE_NOOP("HistoryView", "backed up"),
    "letter": QT_TRANSLATE_NOOP("HistoryView", "letter printed"),
    "export": QT_TRANSLATE_NOOP("HistoryView", "exported"),
    "sign_in": QT_TRANSLATE_NOOP("HistoryView", "signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("HistoryView", "sign-in failed"),
    "booked": QT_TRANSLATE_NOOP("HistoryView", "marked booked"),
    "not_applicable": QT_TRANSLATE_NOOP("HistoryView", "marked not applicable"),
    "handled_undone": QT_TRANSLATE_NOOP("HistoryView", "mark undone"),
}


def _action(action: str) -> str:
    return translate("HistoryView", ACTIONS[action]) if action in ACTIONS else action


#: Clinic-wide events shown in every patient's history too (a restore replaces every record).
CLINIC_EVENTS = ("restore",)


class HistorySource(Protocol):
    def history(self, patient_id: str | None = None, *, limit: int | None = None,
                clinic_actions: Sequence[str] = ()) -> list[AuditEntry]: ...


def _pretty(value: Any) -> str:
    return "—" if value is None else json.dumps(value, ensure_ascii=False, indent=2)


class HistoryView(QWidget):
    """``set_patient(id)`` shows that patient's trail; ``set_patient(None)`` the whole clinic's."""

    def __init__(self, clinic: HistorySource | None = None, parent: QWidget | None = None, *,
                 limit: int = 1000) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.clinic, self.limit = clinic, limit
        self.patient_id: str | None = None
        self.entries: list[AuditEntry] = []
        self.title = QLabel(self)
        self.title.setObjectName("historyTitle")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([translate("HistoryView", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("historyDetail")
        self.detail.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(splitter)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        self._show_title()

    def set_clinic(self, clinic: HistorySource | None) -> None:
        """After a restore the window opens a new clinic: show the same patient from it."""
        self.clinic = clinic
        self.refresh()

    def set_patient(self, patient_id: str | None) -> None:
        self.patient_id = patient_id
        self.refresh()

    def refresh(self) -> None:
        try:
            self.entries = (self.clinic.history(self.patient_id, limit=self.limit, clinic_actions=CLINIC_EVENTS)
                            if self.clinic else [])
        except StoreError as error:  # busy: keep what is shown, say why it is not current
            self.title.setText(
                translate("HistoryView", "History not refreshed: {error}").format(error=store_error_message(error)))
            return
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(self.row_texts(entry)):
                item = QTableWidgetItem(text)
                if column == len(COLUMNS) - 1:
                    item.setToolTip(describe(entry))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._show_title()
        if self.entries:
            self.table.selectRow(0)
        self._show_detail(0 if self.entries else -1)

    @staticmethod
    def row_texts(entry: AuditEntry) -> tuple[str, ...]:
        return (entry.at.astimezone().strftime("%Y-%m-%d %H:%M"), entry.user, _action(entry.action),
                entry.record or "", describe(entry, width=160))

    def rows(self) -> list[tuple[str, ...]]:
        """The texts shown, row by row (for tests and for copying)."""
        return [tuple(self.table.item(r, c).text() for c in range(len(COLUMNS))) for r in range(self.table.rowCount())]

    def _show_title(self) -> None:
        who = (translate("HistoryView", "patient {patient_id}").format(patient_id=self.patient_id) if self.patient_id
               else translate("HistoryView", "the whole clinic"))
        self.title.setText(
            translate("HistoryView", "History of {who}: {n_entries} entries, newest first").format(
                who=who, n_entries=len(self.entries)
            )
        )

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            self.detail.setPlainText("")
            return
        entry = self.entries[row]
        parts = [f"{entry.at.astimezone():%Y-%m-%d %H:%M:%S} — {entry.user} — {_action(entry.action)}"
                 + (f" — {entry.record}" if entry.record else "")]
        if entry.before is not None or entry.after is not None:
            parts += [translate("HistoryView", "Before:") + f"\n{_pretty(entry.before)}",
                      translate("HistoryView", "After:") + f"\n{_pretty(entry.after)}"]
        if entry.detail:
            parts.append(translate("HistoryView", "Detail:") + f"\n{_pretty(entry.detail)}")
        self.detail.setPlainText("\n\n".join(parts))
