"""One form for a whole DXA study: date and scanner once, then a row per site (BMD, T, Z).

How a DXA report reads, so a study is typed in one go instead of one form per site. Rows left
empty are not saved; the rows that are filled are added in one save, validated like an import (all
or nothing), and every problem is shown beside its cell or its field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import contract_names as d
from .date_edit import DateEdit
from .form_fields import FieldRows, parse_number, save_cancel_buttons
from .record_edit import FormProblems
from .vocabulary import display

Submit = Callable[[list[dict[str, Any]]], tuple[list[FormProblems], list[str]]]

#: The columns of a site row: (document field, heading, placeholder).
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("bmd_g_cm2", "BMD (g/cm²)", "0.1 … 2.5"),
    ("t_score", "T-score", "−8 … +6"),
    ("z_score", "Z-score", "−8 … +6"),
    ("height_adjusted_z", "Height-adj. Z", "children"),
    ("tbs", "TBS", "spine only"),
)
SITES: tuple[str, ...] = ("lumbar_spine", "femoral_neck", "total_hip", "radius_33", "total_body_less_head",
                          "lateral_distal_femur")
INVALID = "border: 1px solid #B00020;"


def _mark(widget: QWidget, bad: bool) -> None:
    widget.setStyleSheet(INVALID if bad else "")


class DxaStudyDialog(FieldRows, QDialog):
    """``dxaStudyDialog``: ``cells[site][field]`` line edits, ``date`` and ``manufacturer``."""

    def __init__(self, submit: Submit, *, patient: str = "", child: bool = False, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dxaStudyDialog")
        self.setWindowTitle(f"Add DXA study — {patient}" if patient else "Add DXA study")
        self._submit = submit
        outer = QVBoxLayout(self)
        self.general = self._head(outer, patient)

        top = QFormLayout()
        self.date = DateEdit(self, today=today)
        self.date.setObjectName("editor_date")
        self.date.setAccessibleName("Study date")
        self.date_error = self._error("error_date")
        top.addRow(self._label("Date *", self.date), self._stack(self.date, self.date_error))
        self.manufacturer = QComboBox(self)
        self.manufacturer.setObjectName("editor_manufacturer")
        self.manufacturer.setAccessibleName("Scanner manufacturer")
        self.manufacturer.addItem("", None)
        for code in d.Manufacturer.__args__:
            self.manufacturer.addItem(display("manufacturer", code), code)
        self.manufacturer_error = self._error("error_manufacturer")
        top.addRow(self._label("Scanner", self.manufacturer), self._stack(self.manufacturer, self.manufacturer_error))
        outer.addLayout(top)

        columns = [c for c in COLUMNS if child or c[0] != "height_adjusted_z"]
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(QLabel("<b>Site</b>", self), 0, 0)
        for c, (_field, heading, _hint) in enumerate(columns, start=1):
            grid.addWidget(QLabel(f"<b>{heading}</b>", self), 0, c)
        side_column = len(columns) + 1
        grid.addWidget(QLabel("<b>Side</b>", self), 0, side_column)
        self.sides: dict[str, QComboBox] = {}
        self.cells: dict[str, dict[str, QLineEdit]] = {}
        self.row_errors: dict[str, QLabel] = {}
        for r, site in enumerate(SITES):
            row = 1 + 2 * r
            grid.addWidget(QLabel(display("dxa_site", site), self), row, 0)
            self.cells[site] = {}
            for c, (field, heading, hint) in enumerate(columns, start=1):
                if field == "tbs" and site != "lumbar_spine":
                    continue
                edit = QLineEdit(self)
                edit.setObjectName(f"{site}_{field}")
                edit.setAccessibleName(f"{display('dxa_site', site)} {heading}")
                edit.setPlaceholderText(hint)
                edit.setMaximumWidth(96)
                grid.addWidget(edit, row, c)
                self.cells[site][field] = edit
            if site in d.SIDED_SITES:
                side = QComboBox(self)
                side.setObjectName(f"{site}_side")
                side.setAccessibleName(f"{display('dxa_site', site)} side")
                side.addItem("", None)
                for code in d.Side.__args__:
                    side.addItem(display("side", code), code)
                grid.addWidget(side, row, side_column)
                self.sides[site] = side
            error = self._error(f"error_{site}")
            grid.addWidget(error, row + 1, 1, 1, len(columns) + 1)
            self.row_errors[site] = error
        outer.addLayout(grid)
        hint = QLabel("Fill in the sites measured; empty rows are not saved. Decimal comma or point.", self)
        hint.setStyleSheet("color: #555;")
        outer.addWidget(hint)
        outer.addWidget(save_cancel_buttons(self, self.try_accept))
        self.date.setFocus()

    # -- values -----------------------------------------------------------------------------------
    def fill(self, site: str, **values: Any) -> None:
        """Type values into a site's row (tests, and a future DXA-report import)."""
        for field, value in values.items():
            self.cells[site][field].setText("" if value is None else str(value))

    def rows(self) -> list[tuple[str, dict[str, Any]]]:
        """(site, record) for every row with something typed in it."""
        out = []
        for site, cells in self.cells.items():
            values = {field: parse_number(edit.text()) for field, edit in cells.items()}
            if all(v is None for v in values.values()):
                continue
            record: dict[str, Any] = {"date": self.date.value(), "site": site}
            if self.manufacturer.currentData() is not None:
                record["manufacturer"] = self.manufacturer.currentData()
            record.update({k: v for k, v in values.items() if v is not None})
            if site in self.sides and self.sides[site].currentData() is not None:
                record["side"] = self.sides[site].currentData()
            out.append((site, record))
        return out

    def try_accept(self) -> bool:
        rows = self.rows()
        self._clear()
        if not rows:
            self._show_general(["Enter at least one site's BMD, T- or Z-score."])
            return False
        per_row, general = self._submit([record for _site, record in rows])
        date_problems, maker_problems = [], []
        for (site, _record), problems in zip(rows, per_row, strict=True):
            cell_messages = []
            for field, message in problems.by_field.items():
                if field == "date":
                    date_problems.append(message)
                elif field == "manufacturer":
                    maker_problems.append(message)
                elif field == "side" and site in self.sides:
                    _mark(self.sides[site], True)
                    cell_messages.append(f"Side: {message}")
                elif field in self.cells[site]:
                    _mark(self.cells[site][field], True)
                    heading = next(h for f, h, _ in COLUMNS if f == field)
                    cell_messages.append(f"{heading}: {message}")
                else:
                    cell_messages.append(message)
            cell_messages += problems.general
            if cell_messages:
                self.row_errors[site].setText("; ".join(cell_messages))
                self.row_errors[site].setVisible(True)
        for messages, editor, label in ((date_problems, self.date, self.date_error),
                                        (maker_problems, self.manufacturer, self.manufacturer_error)):
            if messages:
                label.setText(messages[0])
                label.setVisible(True)
                _mark(editor, True)
        self._show_general(general)
        if general or any(per_row):
            return False
        self.accept()
        return True

    def _clear(self) -> None:
        for site, cells in self.cells.items():
            for edit in cells.values():
                _mark(edit, False)
            self.row_errors[site].setVisible(False)
        for editor, label in ((self.date, self.date_error), (self.manufacturer, self.manufacturer_error)):
            label.setVisible(False)
            _mark(editor, False)
        self.general.setVisible(False)

    def _show_general(self, lines: list[str]) -> None:
        self.general.setText("\n".join(lines))
        self.general.setVisible(bool(lines))
