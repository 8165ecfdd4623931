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
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from ..core.document import PatientDocument

__all__ = ["CHART_DPI", "CHART_SIZE_IN", "ChartRenderer", "chart_supported", "draw_function", "render_chart"]

log = logging.getLogger(__name__)

CHART_DPI = 150
#: Width and height in inches; the letter scales the image to its frame width (≈ 6.7 in on A4).
CHART_SIZE_IN = (6.7, 3.4)

DrawFunction = Callable[..., Any]


@cache
def draw_function() -> DrawFunction | None:
    """``charts.trajectory.draw_trajectory`` when the charts module is installed, else ``None``."""
    try:
        from ..charts.trajectory import draw_trajectory
    except ImportError:
        log.info("charts.trajectory not available: letters print without the BMD chart")
        return None
    return draw_trajectory


def chart_supported(doc: PatientDocument) -> bool:
    """A chart needs the drawing code and at least one BMD value to plot."""
    return draw_function() is not None and any(m.bmd_g_cm2 is not None for m in doc.dxa)


@cache
def _plot_class() -> Any | None:
    """The charts module's reusable ``TrajectoryPlot`` (same drawing as ``draw_trajectory``)."""
    try:
        from ..charts.trajectory import TrajectoryPlot
    except ImportError:
        return None
    return TrajectoryPlot if hasattr(TrajectoryPlot, "update") else None


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

    def _draw(self, doc: PatientDocument, report: Mapping[str, Any], draw: DrawFunction) -> None:
        plot_class = _plot_class()
        if plot_class is None:
            draw(self.figure, doc, report, for_print=True)
            return
        if self._plot is None:
            self._plot = plot_class(self.figure, for_print=True)
        try:
            self._plot.update(doc, report)
        except Exception:
            self._plot = None  # a half-updated figure must not carry over to the next patient
            self.figure.clear()
            raise

    def render(self, doc: PatientDocument, report: Mapping[str, Any], draw: DrawFunction) -> Any:
        """Draw and return a PIL RGB image (a copy: the figure is reused for the next letter)."""
        from PIL import Image

        self._draw(doc, report, draw)
        self.canvas.draw()
        width, height = self.canvas.get_width_height()
        rgba = Image.frombuffer("RGBA", (width, height), self.canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        return rgba.convert("RGB")


_local = threading.local()


def render_chart(doc: PatientDocument, report: Mapping[str, Any]) -> Any | None:
    """The chart as a PIL image, or ``None`` when it cannot be drawn (logged, letter goes on)."""
    draw = draw_function()
    if draw is None:
        return None
    renderer: ChartRenderer | None = getattr(_local, "renderer", None)
    if renderer is None:
        renderer = _local.renderer = ChartRenderer()
    try:
        return renderer.render(doc, report, draw)
    except Exception:
        log.exception("BMD chart for %s could not be drawn", doc.id)
        return None
