"""The quality-indicator dashboard: one bar per indicator (percent, with n/N), clickable.

Clicking a bar lists the patients behind it — the gap first (the ones to act on), then those in
the numerator; for an indicator the record cannot support, the patients it would concern.
Double-clicking a listed patient opens them. Bars are coloured by the FLS KPI achievement bands
(< 50 %, 50–80 %, > 80 %, sources.md §9.1) with the Okabe–Ito colour-blind-safe palette, and the
figure is drawn once per overview, so hovering and clicking cost nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...services.export import write_indicator_patients_csv
from ..translation import translate
from ..vocabulary import PSEUDO, current_language, local_date, local_number, pseudo

if TYPE_CHECKING:
    from matplotlib.backend_bases import PickEvent
    from matplotlib.patches import Rectangle

    from ...services import IndicatorResult

NOT_COMPUTABLE = "#BBBBBB"
PATIENT_ROLE = Qt.ItemDataRole.UserRole + 1


def band_colour(percent: float) -> str:
    """FLS KPI bands: below 50 % vermilion, 50–80 % orange, above 80 % bluish green."""
    return "#D55E00" if percent < 50 else "#E69F00" if percent <= 80 else "#009E73"


def figure_label(result: IndicatorResult) -> str:
    """What the bar says: "68.3%  (41/60)", or why there is no figure."""
    if result.numerator is None:
        return translate("IndicatorDashboard", "not recordable — {count} concerned").format(
            count=len(result.eligible_ids)
        )
    if not result.denominator:
        return translate("IndicatorDashboard", "no patients (0/0)")
    return f"{local_number(result.percent, 1)}%  ({result.numerator}/{result.denominator})"


def indicator_title(indicator_id: str, english: str) -> str:
    """An indicator's title in the window's language (``indicator.title.<id>`` of the i18n
    catalogue); the services' English (also the CSV export's) when English or not catalogued."""
    language = current_language()
    if language == PSEUDO:
        return pseudo(english)
    if language == "en":
        return english
    from ...i18n import load_messages

    return load_messages(language).get(f"indicator.title.{indicator_id}", english)


DEFINITION_FIELDS = ("numerator", "denominator", "window", "basis", "note")


def indicator_definition(result: IndicatorResult) -> dict[str, str]:
    """An indicator's numerator, denominator, window, basis and note in the window's language
    (``indicator.<field>.<id>`` of the i18n catalogue); the services' English (also the CSV
    export's) when English or not catalogued."""
    indicator = result.indicator
    english = {name: str(getattr(indicator, name)) for name in DEFINITION_FIELDS}
    english["note"] = result.note
    language = current_language()
    if language == PSEUDO:
        return {name: pseudo(text) if text else text for name, text in english.items()}
    if language == "en":
        return english
    from ...i18n import load_messages, translator_for

    messages = load_messages(language)
    words = {name: messages.get(f"indicator.{name}.{indicator.id}", english[name]) for name in DEFINITION_FIELDS}
    if result.numerator is None:  # not computable: the note says how many patients it concerns
        words["note"] = translator_for(language).message(
            "indicator.concerned", note=words["note"], count={"number": len(result.eligible_ids)})
    return words


class IndicatorDashboard(QWidget):
    """``indicatorChart`` (the bars) above ``indicatorPatients`` (the list behind a clicked bar)."""

    patient_activated = Signal(str)
    indicator_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorDashboard")
        self.results: dict[str, IndicatorResult] = {}
        self.names: dict[str, str] = {}
        self.selected: str | None = None
        self.bars: dict[str, Rectangle] = {}
        self._unrendered = False  # results came in while hidden: drawn when shown

        self.figure = Figure(figsize=(6.2, 4.4), dpi=100, facecolor="white")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("indicatorChart")
        self.canvas.setParent(self)
        self.canvas.setAccessibleName("Quality indicators chart: click a bar to list its patients")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(360, 300)
        self.canvas.mpl_connect("pick_event", self._on_pick)

        self.caption = QLabel(translate("IndicatorDashboard", "Click a bar to list the patients behind it."), self)
        self.caption.setObjectName("indicatorCaption")
        self.patients = QListWidget(self)
        self.patients.setObjectName("indicatorPatients")
        self.patients.setAccessibleName("Patients behind the chosen indicator")
        self.patients.setUniformItemSizes(True)
        self.patients.itemDoubleClicked.connect(self._on_patient_double_clicked)
        self.export_button = QPushButton(translate("IndicatorDashboard", "Export list…"), self)
        self.export_button.setObjectName("indicatorExportButton")
        self.export_button.setToolTip(translate("IndicatorDashboard", "Save the patients behind this indicator as CSV"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_dialog)

        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 3)
        layout.addLayout(row)
        layout.addWidget(self.patients, 2)

    # -- drawing ----------------------------------------------------------------------------------

    def set_results(self, results: tuple[IndicatorResult, ...] | list[IndicatorResult], names: dict[str, str]) -> None:
        self.results = {r.id: r for r in results}
        self.names = names
        # Made and drawn only when it can be seen: even hidden, building the bars, laying them out
        # and drawing them took ≈ 0.3 s on the window's thread with every worklist build at 20,000
        # patients. showEvent draws what came in meanwhile.
        self._unrendered = not self.isVisible()
        if not self._unrendered:
            self._draw()
        if self.selected in self.results:
            self.show_indicator(self.selected)
        else:
            self.selected = None
            self.patients.clear()
            self.export_button.setEnabled(False)
            self.caption.setText(translate("IndicatorDashboard", "Click a bar to list the patients behind it."))

    def _draw(self) -> None:
        self.figure.clear()
        self.bars = {}
        ax = self.figure.add_subplot(111)
        ordered = list(self.results.values())
        ys = list(range(len(ordered)))[::-1]  # Q1 at the top
        for y, result in zip(ys, ordered, strict=True):
            if result.percent is None:
                (bar,) = ax.barh(y, 100, height=0.7, color="white", edgecolor=NOT_COMPUTABLE, hatch="///",
                                 linewidth=0.8)
            else:
                (bar,) = ax.barh(y, max(result.percent, 0.8), height=0.7, color=band_colour(result.percent))
            bar.set_gid(result.id)
            bar.set_picker(True)
            self.bars[result.id] = bar
            ax.text(1.5, y, figure_label(result), va="center", ha="left", fontsize=8,
                    color="black" if result.percent is None or result.percent < 45 else "white")
        ax.set_yticks(ys, [f"{r.id} {indicator_title(r.id, r.title)}" for r in ordered], fontsize=8)
        ax.set_xlim(0, 100)
        ax.set_xlabel(translate("IndicatorDashboard", "% of the denominator"), fontsize=8)
        ax.tick_params(axis="x", labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
        if ordered:
            ax.set_title(
                translate("IndicatorDashboard", "Quality indicators on {date}").format(
                    date=local_date(ordered[0].as_of)
                ),
                fontsize=9,
            )
        self.figure.tight_layout()
        self.canvas.draw_idle()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._unrendered:
            self._unrendered = False
            self._draw()

    # -- clicking ---------------------------------------------------------------------------------

    def _on_pick(self, event: PickEvent) -> None:
        indicator = event.artist.get_gid()
        if indicator in self.results:
            self.show_indicator(indicator)

    def show_indicator(self, indicator: str) -> None:
        """List the patients behind one indicator (gap first)."""
        result = self.results[indicator]
        self.selected = indicator
        self.patients.clear()
        definition = translate(
            "IndicatorDashboard",
            "Numerator: {numerator}.\nDenominator: {denominator}.\nWindow: {window}. Basis: {basis}.\n{note}",
        ).format(**indicator_definition(result))
        if result.numerator is None:
            groups = [(translate("IndicatorDashboard", "Concerned"), result.eligible_ids)]
        else:
            groups = [
                (translate("IndicatorDashboard", "Gap"), result.gap_ids),
                (translate("IndicatorDashboard", "Met"), result.met_ids),
            ]
        for heading, ids in groups:
            head = QListWidgetItem(f"{heading} ({len(ids)})")
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: shown, never selected
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.patients.addItem(head)
            for pid in ids:
                item = QListWidgetItem(f"{self.names.get(pid, '')}  ({pid})")
                item.setData(PATIENT_ROLE, pid)
                self.patients.addItem(item)
        self.caption.setText(f"{result.id} {indicator_title(result.id, result.title)} — {figure_label(result)}")
        self.caption.setToolTip(definition)
        self.patients.setToolTip(definition)
        self.export_button.setEnabled(True)
        self.indicator_selected.emit(indicator)

    def listed_ids(self) -> list[str]:
        """The patient ids listed now, in order (headings left out)."""
        out = []
        for row in range(self.patients.count()):
            pid = self.patients.item(row).data(PATIENT_ROLE)
            if pid:
                out.append(str(pid))
        return out

    @Slot(QListWidgetItem)
    def _on_patient_double_clicked(self, item: QListWidgetItem) -> None:
        pid = item.data(PATIENT_ROLE)
        if pid:
            self.patient_activated.emit(str(pid))

    # -- export -----------------------------------------------------------------------------------

    def export_list(self, path: Path) -> None:
        if self.selected is None:
            raise ValueError("no indicator chosen")
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            write_indicator_patients_csv(self.results[self.selected], self.names, out)

    @Slot()
    def export_dialog(self) -> None:
        if self.selected is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("IndicatorDashboard", "Export patients"),
            f"{self.selected}-patients.csv",
            translate("IndicatorDashboard", "CSV files (*.csv)"),
        )
        if name:
            self.export_list(Path(name))
