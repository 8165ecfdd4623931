"""The BMD trajectory on screen: the shared chart plus hover tooltips, site toggles and PNG export.

The figure and its axes are built once; switching patients only refills the artists
(:class:`TrajectoryPlot`) and asks for ``draw_idle``, which keeps a patient switch well inside
100 ms. Hover tooltips are a single annotation artist moved around, redrawn only when the
hovered item changes.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..charts.styles import (
    FRACTURE_COLOUR,
    MARKER_GLYPHS,
    OSTEOPENIA_FILL,
    OSTEOPOROSIS_FILL,
    SITE_ORDER,
    SITE_STYLES,
)
from ..charts.trajectory import TrajectoryArtists, TrajectoryPlot
from .bmd_change_table import BmdChangeTable
from .chart_canvas import ChartCanvas
from .chart_words import window_chart_words
from .sealed_pane import SealedPane
from .translation import translate
from .vocabulary import display

if TYPE_CHECKING:
    from matplotlib.backend_bases import MouseEvent

    from ..core.document import PatientDocument
    from ..core.report import AssessmentReport


class BmdChartWidget(SealedPane):
    """Chart canvas (``bmdChart``) with site check boxes and a save button."""

    sitesChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bmdChartPane")
        self.figure = Figure(figsize=(7, 4.6), dpi=100, facecolor="white")
        self.canvas = ChartCanvas(self.figure)  # glyphs of repeated texts rendered once
        self.canvas.setObjectName("bmdChart")
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(280, 240)
        self.canvas.setAccessibleName(translate("BmdChartWidget", "BMD trajectory chart"))
        # The legend is drawn as widgets (the coloured site boxes and the key above the chart):
        # inside the figure it would cost a third of every redraw on a patient switch.
        self.plot = TrajectoryPlot(self.figure, legend=False, words=window_chart_words())
        self.key = QLabel(self)
        self.key.setObjectName("chartKey")
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)  # else its one line sets the pane's minimum width
        # Two lines, always: a key that grew by a line for some patients would resize the canvas,
        # and so redraw the whole figure, on a patient switch.
        self.key.setFixedHeight(2 * self.key.fontMetrics().lineSpacing() + 2)
        self._key_html = ""
        self.artists: TrajectoryArtists | None = None
        self._tip = self.plot.score_ax.annotate(
            "", xy=(0, 0), xytext=(12, 12), textcoords="offset points", fontsize=8.5, zorder=20,
            bbox={"boxstyle": "round,pad=0.4", "fc": "#FFFFF0", "ec": "#888888", "alpha": 0.95},
            annotation_clip=False, visible=False)
        self._hovered: tuple[int, int] | None = None
        self.doc: PatientDocument | None = None
        self.report: AssessmentReport | None = None
        self.lsc: dict[str, float] = {}

        self.site_boxes: dict[str, QCheckBox] = {}
        toggles = QHBoxLayout()
        toggles.setSpacing(8)
        toggles.setContentsMargins(4, 0, 4, 2)
        for site in SITE_ORDER:
            style = SITE_STYLES[site]
            box = QCheckBox(f"{MARKER_GLYPHS.get(style.marker, '')} {translate('Chart', style.short)}", self)
            box.setObjectName(f"siteToggle_{site}")
            label = display("dxa_site", site)
            box.setToolTip(translate("BmdChartWidget", "Show {label}").format(label=label))
            box.setAccessibleName(label)
            box.setChecked(True)
            box.setStyleSheet(f"QCheckBox {{ color: {style.colour}; }}")
            box.toggled.connect(self._on_site_toggled)
            toggles.addWidget(box)
            self.site_boxes[site] = box
        toggles.addStretch(1)
        # Second row (the chart must fit half of a 1366-px window): the view and the export.
        view_row = QHBoxLayout()
        view_row.setSpacing(8)
        view_row.setContentsMargins(4, 0, 4, 2)
        # The other score type (Z for a patient scored by T) for every scan; scans that have only
        # the other type are always drawn, dashed, so no scan is ever missing from the chart.
        self.score_toggle = QCheckBox(translate("BmdChartWidget", "Z too"), self)
        self.score_toggle.setObjectName("scoreTypeToggle")
        self.score_toggle.toggled.connect(self._on_view_changed)
        view_row.addWidget(self.score_toggle)
        self.bmd_toggle = QCheckBox(translate("BmdChartWidget", "BMD g/cm²"), self)
        self.bmd_toggle.setObjectName("bmdToggle")
        self.bmd_toggle.setToolTip(
            translate(
                "BmdChartWidget",
                "Plot BMD (g/cm²) instead of T/Z-scores: every scan with a BMD, also those without a score",
            )
        )
        self.bmd_toggle.toggled.connect(self._on_view_changed)
        view_row.addWidget(self.bmd_toggle)
        view_row.addStretch(1)
        self.save_button = QPushButton(translate("BmdChartWidget", "Save PNG…"), self)
        self.save_button.setToolTip(translate("BmdChartWidget", "Save the chart as a PNG image (Ctrl+Shift+S)"))
        self.save_button.setObjectName("saveChartButton")
        self.save_button.clicked.connect(self.save_png_dialog)
        view_row.addWidget(self.save_button)

        layout = QVBoxLayout(self.sheet)  # sealed: a toggle's new label stays in the pane
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(toggles)
        layout.addLayout(view_row)
        self.changes = BmdChangeTable(self)
        layout.addWidget(self.changes)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("figure_leave_event", lambda _event: self._hide_tip())
        self.canvas.mpl_connect("resize_event", lambda _event: self.plot.fit_layout())
        self.clear(redraw=False)  # the first paint draws it anyway

    # -- data -------------------------------------------------------------------------------------
    def show_patient(self, doc: PatientDocument, report: AssessmentReport, *,
                     lsc: dict[str, float] | None = None) -> TrajectoryArtists:
        """Refill the chart for this patient (or the same one after an edit); ``lsc``: the clinic's
        least significant change per site (sites not given: RULES §7 default)."""
        self.doc, self.report, self.lsc = doc, report, dict(lsc or {})
        self._tip.set_visible(False)
        self._hovered = None
        self.plot.view = "bmd" if self.bmd_toggle.isChecked() else "score"
        self.plot.show_other = self.score_toggle.isChecked()
        self.artists = self.plot.update(doc, report, sites=self.selected_sites(), lsc=self.lsc)
        other = "Z" if self.artists.score_type == "T" else "T"
        other_too = translate("BmdChartWidget", "{other} too").format(other=other)
        if self.score_toggle.text() != other_too:
            self.score_toggle.setText(other_too)
        self.score_toggle.setToolTip(
            translate(
                "BmdChartWidget",
                "Also plot the {other}-score of every scan (dashed, hollow markers). Scans that have only a {other}-score are always plotted.",  # noqa: E501 (one message for the translators)
            ).format(other=other)
        )
        has_other = any((row.t_score if other == "T" else row.z_score) is not None for row in doc.dxa)
        self.score_toggle.setEnabled(has_other and not self.bmd_toggle.isChecked())
        if not has_other:
            self.score_toggle.setToolTip(
                translate("BmdChartWidget", "No scan of this patient has a {other}-score").format(other=other)
            )
        for site, box in self.site_boxes.items():
            box.setEnabled(site in self.artists.sites or site in self.artists.secondary)
        self.changes.show_changes(self.artists.changes,
                                  {site: translate("BmdChartWidget", "clinic value") for site in self.lsc})
        self._update_key()
        self.canvas.draw_idle()
        return self.artists

    @Slot(bool)
    def _on_view_changed(self, _checked: bool) -> None:
        if self.doc is not None and self.report is not None:
            self.show_patient(self.doc, self.report, lsc=self.lsc)

    def clear(self, message: str | None = None, *, redraw: bool = True) -> None:
        message = translate("BmdChartWidget", "Select a patient") if message is None else message
        self.doc, self.report, self.artists = None, None, None
        self._tip.set_visible(False)
        self.plot.clear(message)
        if hasattr(self, "changes"):
            self.changes.show_changes({})
        self._update_key()
        for box in self.site_boxes.values():
            box.setEnabled(False)
        if redraw:
            self.canvas.draw_idle()

    def _update_key(self) -> None:
        """The non-site part of the legend: bands or the Z line, fracture markers, courses."""
        art = self.artists
        parts = []
        if art is not None and art.view == "score" and art.score_type == "T":
            parts += [f"<span style='background:{OSTEOPENIA_FILL}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> "
                      + translate("BmdChartWidget", "osteopenia"),
                      f"<span style='background:{OSTEOPOROSIS_FILL}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> "
                      + translate("BmdChartWidget", "osteoporosis")]
        if art is not None and art.view == "score" and art.score_type == "Z":
            parts.append("<span style='color:#B2182B'>– – –</span> "
                         + translate("BmdChartWidget", "Z −2.0 (low for age)"))
        if art is not None and art.fractures:
            parts.append(f"<span style='color:{FRACTURE_COLOUR}'>▼</span> "
                         + translate("BmdChartWidget", "vertebral fracture")
                         + f" <span style='color:{FRACTURE_COLOUR}'>✖</span> "
                         + translate("BmdChartWidget", "other fracture"))
        if art is not None and any(line.get_visible() for line in art.secondary.values()):
            other = "Z" if art.score_type == "T" else "T"
            parts.append("<span style='color:#555'>- -○- -</span> "
                         + translate("BmdChartWidget", "{score_type}-score").format(score_type=other))
        if art is not None and art.ends:
            parts.append(translate("BmdChartWidget", "◯ baseline / <b>◯</b> latest scan"))
        if art is not None and any(a.get_visible() for a in art.significant):
            parts.append("<span style='background:#D9D9D9'>&nbsp;&nbsp;&nbsp;&nbsp;</span> "
                         + translate("BmdChartWidget", "BMD change ≥ LSC"))
        if art is not None and art.medications:
            parts.append("<span style='background:#C9D7E6'>&nbsp;&nbsp;&nbsp;&nbsp;</span> "
                         + translate("BmdChartWidget", "bone medication"))
        html = " &nbsp; ".join(parts)
        if html != self._key_html:  # rich text layout is not free: only when it changes
            self._key_html = html
            self.key.setText(html)

    # -- site toggles -----------------------------------------------------------------------------
    def selected_sites(self) -> list[str]:
        return [site for site, box in self.site_boxes.items() if box.isChecked()]

    def set_selected_sites(self, sites: Collection[str]) -> None:
        for site, box in self.site_boxes.items():
            box.blockSignals(True)
            box.setChecked(site in sites)
            box.blockSignals(False)
        self._apply_sites()

    @Slot(bool)
    def _on_site_toggled(self, _checked: bool) -> None:
        self._apply_sites()
        self.sitesChanged.emit(self.selected_sites())

    def _apply_sites(self) -> None:
        if self.artists is not None:
            self.plot.set_sites(self.selected_sites())
            self._hide_tip()
            self.canvas.draw_idle()

    # -- hover ------------------------------------------------------------------------------------
    def _on_motion(self, event: MouseEvent) -> None:
        hit = self.hit(event) if self.artists is not None and event.inaxes is not None else None
        if hit is None:
            self._hide_tip()
            return
        key, text, xy = hit
        if key == self._hovered:
            return
        self._hovered = key
        self._tip.set_text(text)
        self._tip.xy = xy
        self._tip.xycoords = "figure pixels"
        # Flip the box to the left on the right half so it stays inside the canvas.
        width = self.figure.bbox.width
        self._tip.set_position((-12, 12) if xy[0] > width * 0.6 else (12, 12))
        self._tip.set_horizontalalignment("right" if xy[0] > width * 0.6 else "left")
        self._tip.set_visible(True)
        self.canvas.draw_idle()

    def hit(self, event: MouseEvent) -> tuple[tuple[int, int], str, tuple[float, float]] | None:
        """The hovered item: (identity, tooltip text, anchor in figure pixels), or None."""
        assert self.artists is not None
        for n, (artist, text) in enumerate(self.artists.hover):
            if not artist.get_visible():
                continue
            inside, info = artist.contains(event)
            if not inside:
                continue
            if not isinstance(text, str):  # one tip per data point (LazyTips)
                indices = info.get("ind", [])
                if len(indices) == 0:
                    continue
                i = int(indices[0])
                x, y = artist.get_xydata()[i] if hasattr(artist, "get_xydata") else (event.xdata, event.ydata)
                anchor = artist.get_transform().transform((x, y))
                return (n, i), text[min(i, len(text) - 1)], (float(anchor[0]), float(anchor[1]))
            return (n, -1), text, (float(event.x), float(event.y))
        return None

    def _hide_tip(self) -> None:
        if self._tip.get_visible():
            self._tip.set_visible(False)
            self._hovered = None
            self.canvas.draw_idle()

    # -- export -----------------------------------------------------------------------------------
    @Slot()
    def save_png_dialog(self) -> None:
        default = f"{self.doc.id}-bmd.png" if self.doc is not None else "bmd-chart.png"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("BmdChartWidget", "Save chart as PNG"),
            default,
            translate("BmdChartWidget", "PNG image (*.png)"),
        )
        if path:
            self.save_png(Path(path))

    def save_png(self, path: Path, dpi: int = 200) -> Path:
        """The chart as shown (tooltip hidden), at print resolution."""
        self._hide_tip()
        self.figure.savefig(path, dpi=dpi, facecolor="white")
        return path
