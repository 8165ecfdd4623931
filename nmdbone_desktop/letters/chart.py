"""The BMD trajectory chart, rendered for print from its own off-screen figure.

Never the window's canvas: its size depends on the window and the screen's scale, so a letter
would look different on every workstation. Here a fixed-size ``Figure`` on the Agg canvas is
drawn by the charts module's ``draw_trajectory(..., for_print=True)`` at a fixed DPI.

Cost (baseline.md): a chart is ≈ 60 ms, three times a bare letter, and the first one also pays
the matplotlib import (≈ 0.3 s). So: matplotlib is imported only when a chart is drawn (GP
letters and advice sheets never pay it); one figure, canvas and set of axes are reused per
thread across a batch (``threading.local``, because a batch runs in a worker thread while the
window may preview a letter) — the charts module's ``TrajectoryPlot.update`` refills the axes
for the next patient, which skips building axes and ticks (about half the cost of a chart); the
raw RGBA buffer goes to reportlab as an image without a PNG round trip.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import cache
from typing import Any

from ..core.document import PatientDocument
from ..core.report import AssessmentReport, ReportLike, typed_report

__all__ = ["CHART_DPI", "CHART_SIZE_IN", "ChartRenderer", "chart_supported", "draw_function", "render_chart",
           "restack_fracture_labels"]

log = logging.getLogger(__name__)

CHART_DPI = 150
#: Width and height in inches; the letter scales the image to its frame width (≈ 6.7 in on A4).
CHART_SIZE_IN = (6.7, 3.4)

DrawFunction = Callable[..., Any]


@cache
def draw_function() -> DrawFunction:
    """``charts.trajectory.draw_trajectory`` (imported when the first chart is drawn: matplotlib)."""
    from ..charts.trajectory import draw_trajectory

    return draw_trajectory


def chart_supported(doc: PatientDocument) -> bool:
    """A chart needs at least one BMD value to plot."""
    return any(m.bmd_g_cm2 is not None for m in doc.dxa)


class ChartRenderer:
    """One reusable Agg figure; not thread-safe (use one per thread, see :func:`render_chart`)."""

    def __init__(self, dpi: int = CHART_DPI, size_in: tuple[float, float] = CHART_SIZE_IN) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.dpi = dpi
        self.size_in = size_in
        self.figure = Figure(figsize=size_in, dpi=dpi)
        self.canvas = FigureCanvasAgg(self.figure)
        self._plot: Any | None = None

    def _draw(self, doc: PatientDocument, report: AssessmentReport, draw: DrawFunction) -> None:
        if draw is not draw_function():  # another drawing (a test's): no reusable axes for it
            draw(self.figure, doc, report, for_print=True)
            return
        if self._plot is None:
            from ..charts.trajectory import TrajectoryPlot

            self._plot = TrajectoryPlot(self.figure, for_print=True)
        try:
            self._plot.update(doc, report)
        except Exception:
            self._plot = None  # a half-updated figure must not carry over to the next patient
            self.figure.clear()
            raise

    def render(self, doc: PatientDocument, report: ReportLike, draw: DrawFunction) -> Any:
        """Draw and return a PIL RGB image (a copy: the figure is reused for the next letter)."""
        from PIL import Image

        self._draw(doc, typed_report(report), draw)
        if doc.fractures:
            restack_fracture_labels(self.figure, self.canvas.get_renderer())
        self.canvas.draw()
        width, height = self.canvas.get_width_height()
        rgba = Image.frombuffer("RGBA", (width, height), self.canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        return rgba.convert("RGB")


def _fracture_labels(figure: Any) -> tuple[Any, list[Any]]:
    """The score axes and its fracture labels (text in the fracture colour)."""
    from matplotlib.colors import same_color

    from ..charts.styles import FRACTURE_COLOUR

    for ax in figure.axes:
        labels = [t for t in ax.texts if t.get_visible() and t.get_text().strip()
                  and same_color(t.get_color(), FRACTURE_COLOUR)]
        if labels:
            return ax, labels
    return None, []


def restack_fracture_labels(figure: Any, renderer: Any) -> int:
    """Put the fracture labels on rows so that none overprints another, measuring the text as
    it will print (the charts module estimates widths from the number of characters, which is
    not enough for labels like "T11 g3, L2 g2, T10 g2" close in time). Lowers the score axis
    when more rows are needed than it left room for. Returns the number of rows used."""
    from ..charts.trajectory_layers import LABEL_STEP
    ax, labels = _fracture_labels(figure)
    if not labels:
        return 0
    gap = 4.0  # pixels between two labels on a row
    axes_px = max(1.0, ax.get_window_extent(renderer).height)
    tallest = max(t.get_window_extent(renderer).height for t in labels)
    step = max(LABEL_STEP, (tallest + 1.5) / axes_px)
    right_edges: list[float] = []
    rows: list[int] = []
    old_rows = 1 + round(max((t.get_position()[1] - 0.07) / LABEL_STEP for t in labels))
    for text in sorted(labels, key=lambda t: t.get_window_extent(renderer).x0):
        box = text.get_window_extent(renderer)
        row = next((i for i, edge in enumerate(right_edges) if edge + gap < box.x0), len(right_edges))
        if row == len(right_edges):
            right_edges.append(box.x1)
        else:
            right_edges[row] = box.x1
        x = text.get_position()[0]
        text.set_position((x, 0.07 + row * step))
        rows.append(row)
    used = max(rows) + 1
    extra = 0.07 + used * step - (0.075 + old_rows * LABEL_STEP)
    if extra > 0:  # make room below the lowest score for the extra rows
        low, high = ax.get_ylim()
        ax.set_ylim(low - (high - low) * extra / max(0.2, 1.0 - extra), high)
    return used


_local = threading.local()


def render_chart(doc: PatientDocument, report: ReportLike) -> Any | None:
    """The chart as a PIL image, or ``None`` when it cannot be drawn (logged, letter goes on)."""
    draw = draw_function()
    renderer: ChartRenderer | None = getattr(_local, "renderer", None)
    if renderer is None:
        renderer = _local.renderer = ChartRenderer()
    try:
        return renderer.render(doc, report, draw)
    except Exception:
        log.exception("BMD chart for %s could not be drawn", doc.id)
        return None
