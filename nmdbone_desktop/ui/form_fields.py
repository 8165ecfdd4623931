"""One editor per :class:`FieldSpec`, each with its error line right under it.

Numbers are typed into plain line edits, not spin boxes: a spin box silently clamps a T-score of 12
to 6, which hides the mistake instead of explaining it. The text goes to the document validation
as typed and its verdict is shown next to the field. Dates have a calendar popup where typing
still works (:class:`.date_edit.DateEdit`); a date that cannot exist cannot be entered, and a date
the record cannot hold (before birth, after today) is explained next to the field.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .date_edit import DateEdit

if TYPE_CHECKING:
    from .record_kinds import Choices, FieldSpec

ERROR_STYLE = "color: #B00020;"


def error_line(parent: QWidget, name: str) -> QLabel:
    """A hidden, red, wrapping line for a form's error (shown when there is one)."""
    label = QLabel("", parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def save_cancel_buttons(dialog: QDialog, try_accept: Callable[[], object]) -> QDialogButtonBox:
    """A record form's Save and Cancel (``recordButtons``): Save validates first (``try_accept``)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.setObjectName("recordButtons")
    buttons.accepted.connect(try_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FieldRows:
    """The small builders a form with errors beside its fields needs (the DXA study and the
    glucocorticoid course dialogs): a hidden error line, a label bound to its editor, and the two
    stacked."""

    def _error(self, name: str) -> QLabel:
        return error_line(self, name)  # type: ignore[arg-type]

    def _head(self, outer: QVBoxLayout, patient: str) -> QLabel:
        """The patient the form is for (when named) and the form's own error line, which it returns."""
        if patient:
            label = QLabel(f"<b>{html.escape(patient)}</b>", self)  # type: ignore[call-overload]
            label.setObjectName("formPatient")
            outer.addWidget(label)
        general = self._error("formErrors")
        outer.addWidget(general)
        return general

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)  # type: ignore[call-overload]
        label.setBuddy(buddy)
        return label

    def _stack(self, editor: QWidget, error: QLabel) -> QWidget:
        box = QWidget(self)  # type: ignore[call-overload]
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        layout.addWidget(error)
        return box


def parse_number(text: str, integer: bool = False) -> Any:
    """Parse what a clinician types (``-2,4``, ``−2.4``); anything else goes on as text so the
    validation can say what is wrong with it."""
    cleaned = text.strip().replace("−", "-").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return text.strip()
    if integer:
        return int(value) if value.is_integer() else text.strip()
    return value


class FieldEditor(QWidget):
    """An editor and its error line. ``value()`` gives the JSON value (None = empty)."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"field_{spec.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.editor = self._build_editor(spec)
        self.editor.setObjectName(f"editor_{spec.key}")
        self.editor.setAccessibleName(spec.label)
        layout.addWidget(self.editor)
        self.error = QLabel("", self)
        self.error.setObjectName(f"error_{spec.key}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)

    def _build_editor(self, spec: FieldSpec) -> QWidget:
        if spec.type in ("choice", "bool"):
            combo = QComboBox(self)
            self._fill(combo, spec.choices if spec.type == "choice" else ((True, "yes"), (False, "no")))
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if spec.type == "multi":
            box = QListWidget(self)
            for value, label in spec.choices:
                item = QListWidgetItem(label, box)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            box.setMaximumHeight(150)
            box.itemChanged.connect(self.changed)
            return box
        if spec.type == "date":
            picker = DateEdit(self)
            picker.dateChanged.connect(self.changed)
            return picker
        line = QLineEdit(self)
        line.setPlaceholderText(spec.hint)
        line.textChanged.connect(self.changed)
        return line

    def _fill(self, combo: QComboBox, choices: Choices) -> None:
        combo.clear()
        if not self.spec.required or not choices:
            combo.addItem("", None)
        for value, label in choices:
            combo.addItem(label, value)

    def set_choices(self, choices: Choices) -> None:
        """New options (lab units follow the test); keeps the current value when still offered."""
        if isinstance(self.editor, QComboBox):
            keep = self.value()
            self._fill(self.editor, choices)
            if keep in {value for value, _label in choices}:
                self.set_value(keep)

    def value(self) -> Any:
        editor, spec = self.editor, self.spec
        if isinstance(editor, DateEdit):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QListWidget):
            return [editor.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.count())
                    if editor.item(i).checkState() == Qt.CheckState.Checked]
        text = editor.text() if isinstance(editor, QLineEdit) else ""
        if spec.type in ("number", "integer"):
            return parse_number(text, spec.type == "integer")
        return text.strip() or None

    def set_value(self, value: Any) -> None:
        editor = self.editor
        if isinstance(editor, DateEdit):
            editor.set_value(value)
        elif isinstance(editor, QComboBox):
            index = editor.findData(value) if value is not None else 0
            if index < 0 and value is not None:  # a stored value the form does not offer: keep it
                editor.addItem(str(value), value)
                index = editor.count() - 1
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QListWidget):
            chosen = set(value or [])
            for i in range(editor.count()):
                item = editor.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else _format(value))

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.editor.setProperty("invalid", bool(message))
        self.editor.setStyleSheet("border: 1px solid #B00020;" if message else "")

    def set_read_only(self, read_only: bool) -> None:
        if isinstance(self.editor, QLineEdit | DateEdit):
            self.editor.setReadOnly(read_only)
        else:
            self.editor.setEnabled(not read_only)


def _format(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e6:
        return f"{value:.1f}"
    return str(value)
