"""The add/edit form for any record kind, refusing what the import would refuse.

The dialog does not know the rules: on OK it hands its values to ``submit`` (the patient
controller), which builds the new document, validates it like an import and saves it in one
go. If anything is wrong, ``submit`` returns the problems and the dialog shows each one next to
its field and stays open; nothing has been written.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .form_fields import FieldEditor, error_line, save_cancel_buttons
from .record_edit import FormProblems

if TYPE_CHECKING:
    from .record_kinds import RecordKind

Submit = Callable[[dict[str, Any]], FormProblems]


class RecordDialog(QDialog):
    """Form for one record; ``values`` fills it when editing."""

    def __init__(
        self,
        kind: RecordKind,
        submit: Submit,
        *,
        values: dict[str, Any] | None = None,
        is_new: bool = True,
        title: str | None = None,
        patient: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.kind = kind
        self._submit = submit
        verb = "Add" if is_new else "Edit"
        what = title or f"{verb} {kind.title}"
        self.setWindowTitle(f"{what} — {patient}" if patient else what)
        self.editors: dict[str, FieldEditor] = {}

        outer = QVBoxLayout(self)
        if patient:  # the title bar is easy to overlook: the patient is named in the form too
            self.patient = QLabel(f"<b>{html.escape(patient)}</b>", self)
            self.patient.setObjectName("formPatient")
            outer.addWidget(self.patient)
        self.general = error_line(self, "formErrors")
        outer.addWidget(self.general)

        body = QWidget(self)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in kind.fields:
            editor = FieldEditor(spec, body)
            if spec.new_only and not is_new:
                editor.set_read_only(True)
            label = QLabel(spec.label + (" *" if spec.required else ""), body)
            label.setBuddy(editor.editor)
            form.addRow(label, editor)
            self.editors[spec.key] = editor
        if len(kind.fields) > 9:
            scroll = QScrollArea(self)
            scroll.setWidget(body)
            scroll.setWidgetResizable(True)
            scroll.setMinimumHeight(420)
            outer.addWidget(scroll)
        else:
            outer.addWidget(body)

        for spec in kind.fields:  # choices that follow another field (lab unit ← test)
            if spec.depends_on and spec.choices_by is not None:
                source = self.editors[spec.depends_on]
                target = self.editors[spec.key]
                table = spec.choices_by

                def follow(source: FieldEditor = source, target: FieldEditor = target,
                           table: dict[str, Any] = table) -> None:
                    target.set_choices(table.get(source.value(), ()))

                source.changed.connect(follow)
                follow()

        for key, value in (values or {}).items():
            if key in self.editors:
                self.editors[key].set_value(value)

        outer.addWidget(save_cancel_buttons(self, self.try_accept))
        first = next(iter(self.editors.values()), None)
        if first is not None:
            (first.editor if is_new or not first.spec.new_only else self).setFocus()
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {key: editor.value() for key, editor in self.editors.items()}

    def try_accept(self) -> bool:
        """Validate and save through ``submit``; close only when that worked."""
        problems = self._submit(self.values())
        self.show_problems(problems)
        if problems:
            return False
        self.accept()
        return True

    def show_problems(self, problems: FormProblems) -> None:
        for key, editor in self.editors.items():
            editor.set_error(problems.by_field.get(key, ""))
        self.general.setText("\n".join(problems.general))
        self.general.setVisible(bool(problems.general))
        first_bad = next((self.editors[k] for k in self.editors if k in problems.by_field), None)
        if first_bad is not None:
            first_bad.editor.setFocus()
