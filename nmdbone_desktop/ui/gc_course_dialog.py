"""A glucocorticoid course in one dialog: drug, frequency and route once, then its dose steps.

A taper (60 mg for two weeks, 40, 30, 20 …) is one course with several doses. Each step runs from
its own start to the day before the next step starts; the last runs to the course's end (empty:
still taken). The steps are saved as one record each, in one save, validated like an import;
problems are shown beside the step they are about.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import contract_names as d
from .date_edit import DateEdit
from .form_fields import ERROR_STYLE, FieldRows, parse_number, save_cancel_buttons
from .record_edit import FormProblems
from .vocabulary import display

Submit = Callable[[list[dict[str, Any]]], tuple[list[FormProblems], list[str]]]
INVALID = "border: 1px solid #B00020;"
MAX_STEPS = 24


class _Step:
    def __init__(self, dialog: GcCourseDialog, n: int) -> None:
        self.dose = QLineEdit(dialog)
        self.dose.setObjectName(f"stepDose_{n}")
        self.dose.setPlaceholderText("mg per dose")
        self.dose.setAccessibleName(f"Step {n + 1} dose, mg")
        self.dose.setMaximumWidth(110)
        self.start = DateEdit(dialog, today=dialog.today)
        self.start.setObjectName(f"stepStart_{n}")
        self.start.setAccessibleName(f"Step {n + 1} from")
        self.until = QLabel("", dialog)
        self.until.setStyleSheet("color: #555;")
        self.error = QLabel("", dialog)
        self.error.setObjectName(f"stepError_{n}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.start.dateChanged.connect(dialog._update_until)


class GcCourseDialog(FieldRows, QDialog):
    """``gcCourseDialog``: ``drug``, ``frequency``, ``route``, ``steps`` (dose, from) and ``end``."""

    def __init__(self, submit: Submit, *, patient: str = "", today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gcCourseDialog")
        self.setWindowTitle(f"Add glucocorticoid course — {patient}" if patient else "Add glucocorticoid course")
        self._submit = submit
        self.today = today or date.today()
        outer = QVBoxLayout(self)
        self.general = self._head(outer, patient)

        form = QFormLayout()
        self.drug = self._combo("editor_drug", "gc_drug", d.GlucocorticoidDrug.__args__, required=True)
        self.frequency = self._combo("editor_frequency", "gc_frequency", d.GcFrequency.__args__, required=True)
        self.route = self._combo("editor_route", "route", d.Route.__args__, required=True)
        self.errors: dict[str, QLabel] = {}
        for key, label, editor in (("drug", "Drug *", self.drug), ("frequency", "Frequency *", self.frequency),
                                   ("route", "Route", self.route)):
            self.errors[key] = self._error(f"error_{key}")
            form.addRow(self._label(label, editor), self._stack(editor, self.errors[key]))
        outer.addLayout(form)

        outer.addWidget(QLabel("<b>Dose steps</b> (a taper: one row per dose; each runs until the next starts)",
                               self))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        for c, text in enumerate(("", "Dose (mg) *", "From *", "Until")):
            self.grid.addWidget(QLabel(f"<b>{text}</b>", self), 0, c)
        outer.addLayout(self.grid)
        self.steps: list[_Step] = []
        step_buttons = QHBoxLayout()
        self.add_step_button = QPushButton("Add step", self)
        self.add_step_button.setObjectName("addStepButton")
        self.add_step_button.clicked.connect(lambda: self.add_step())
        self.remove_step_button = QPushButton("Remove last step", self)
        self.remove_step_button.setObjectName("removeStepButton")
        self.remove_step_button.clicked.connect(self.remove_step)
        step_buttons.addWidget(self.add_step_button)
        step_buttons.addWidget(self.remove_step_button)
        step_buttons.addStretch(1)
        outer.addLayout(step_buttons)

        end_form = QFormLayout()
        self.end = DateEdit(self, today=self.today)
        self.end.setObjectName("editor_end")
        self.end.setAccessibleName("Course end (last dose)")
        self.end.dateChanged.connect(self._update_until)
        self.errors["end"] = self._error("error_end")
        end_form.addRow(self._label("End of course", self.end), self._stack(self.end, self.errors["end"]))
        hint = QLabel("Empty: still taken.", self)
        hint.setStyleSheet("color: #555;")
        end_form.addRow("", hint)
        outer.addLayout(end_form)

        outer.addWidget(save_cancel_buttons(self, self.try_accept))
        self.add_step()
        self.drug.setFocus()

    # -- building ---------------------------------------------------------------------------------
    def _combo(self, name: str, vocabulary: str, codes: tuple[str, ...], *, required: bool) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        if not required:
            combo.addItem("", None)
        for code in codes:
            combo.addItem(display(vocabulary, code), code)
        return combo

    def add_step(self, dose: Any = None, start: Any = None) -> _Step | None:
        if len(self.steps) >= MAX_STEPS:
            return None
        n = len(self.steps)
        step = _Step(self, n)
        row = 1 + 2 * n
        self.grid.addWidget(QLabel(f"{n + 1}.", self), row, 0)
        self.grid.addWidget(step.dose, row, 1)
        self.grid.addWidget(step.start, row, 2)
        self.grid.addWidget(step.until, row, 3)
        self.grid.addWidget(step.error, row + 1, 1, 1, 3)
        self.steps.append(step)
        if dose is not None:
            step.dose.setText(str(dose))
        if start is not None:
            step.start.set_value(start)
        self.remove_step_button.setEnabled(len(self.steps) > 1)
        self._update_until()
        step.dose.setFocus()
        return step

    def remove_step(self) -> None:
        if len(self.steps) <= 1:
            return
        step = self.steps.pop()
        for widget in (step.dose, step.start, step.until, step.error):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        number = self.grid.itemAtPosition(1 + 2 * len(self.steps), 0)
        if number is not None and number.widget() is not None:
            number.widget().deleteLater()
        self.remove_step_button.setEnabled(len(self.steps) > 1)
        self._update_until()

    def _update_until(self, *_args: Any) -> None:
        for i, step in enumerate(self.steps):
            nxt = self.steps[i + 1].start.value() if i + 1 < len(self.steps) else None
            if nxt:
                step.until.setText((date.fromisoformat(nxt) - timedelta(days=1)).isoformat())
            elif i + 1 == len(self.steps):
                step.until.setText(self.end.value() or "still taken")
            else:
                step.until.setText("")

    # -- values -----------------------------------------------------------------------------------
    def records(self) -> tuple[list[dict[str, Any]], dict[int, str]]:
        """One record per step, and the steps' own problems (order of the dates)."""
        records: list[dict[str, Any]] = []
        problems: dict[int, str] = {}
        starts = [step.start.value() for step in self.steps]
        for i, step in enumerate(self.steps):
            if i and starts[i] and starts[i - 1] and starts[i] <= starts[i - 1]:
                problems[i] = f"must start after step {i} ({starts[i - 1]})"
            record: dict[str, Any] = {"drug": self.drug.currentData(), "frequency": self.frequency.currentData(),
                                      "route": self.route.currentData(), "start": starts[i]}
            dose = parse_number(step.dose.text())
            if dose is not None:
                record["dose_mg"] = dose
            if i + 1 < len(self.steps):
                nxt = starts[i + 1]
                if nxt and starts[i] and nxt > starts[i]:
                    record["end"] = (date.fromisoformat(nxt) - timedelta(days=1)).isoformat()
            elif self.end.value():
                record["end"] = self.end.value()
            records.append(record)
        return records, problems

    def try_accept(self) -> bool:
        records, own = self.records()
        self._clear()
        if own:
            for i, message in own.items():
                self._step_error(i, "start", message)
            return False
        per_row, general = self._submit(records)
        shared: dict[str, str] = {}
        for i, problems in enumerate(per_row):
            for field, message in problems.by_field.items():
                if field in ("drug", "frequency", "route"):
                    shared.setdefault(field, message)
                elif field == "end" and i + 1 == len(self.steps):
                    shared.setdefault("end", message)
                else:
                    self._step_error(i, field, message)
            for message in problems.general:
                self._step_error(i, "", message)
        for field, message in shared.items():
            self.errors[field].setText(message)
            self.errors[field].setVisible(True)
        self.general.setText("\n".join(general))
        self.general.setVisible(bool(general))
        if general or any(per_row):
            return False
        self.accept()
        return True

    def _step_error(self, i: int, field: str, message: str) -> None:
        step = self.steps[i]
        words = {"dose_mg": "dose", "start": "from", "end": "until"}.get(field, field)
        text = f"{words}: {message}" if words else message
        step.error.setText(f"{step.error.text()}; {text}" if step.error.isVisible() else text)
        step.error.setVisible(True)
        widget = step.dose if field == "dose_mg" else step.start if field == "start" else None
        if widget is not None:
            widget.setStyleSheet(INVALID)

    def _clear(self) -> None:
        for step in self.steps:
            step.error.setText("")
            step.error.setVisible(False)
            step.dose.setStyleSheet("")
            step.start.setStyleSheet("")
        for label in self.errors.values():
            label.setVisible(False)
        self.general.setVisible(False)
