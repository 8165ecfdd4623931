"""Ticks worked out once per patient instead of on every draw.

Matplotlib asks an axis's locator and formatter for its ticks several times per draw (to draw
them, to measure the tick labels, to place the axis label beside them, once more per shared
axis); with a date axis that is ``AutoDateLocator`` (dateutil rules) and ``ConciseDateFormatter``
six times a draw — a fifth of a patient switch. The chart sets its limits itself, once per
patient, and has no pan or zoom, so the ticks only change when the limits do: they are computed
here right after the limits are set, with the very same locator and formatter, and handed to the
axis as fixed ticks and labels. What is drawn is identical; it is only no longer recomputed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from matplotlib.ticker import FixedFormatter, FixedLocator, Formatter, Locator
from matplotlib.transforms import offset_copy

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.axis import Axis


class TickSource:
    """The real locator and formatter of one axis, kept aside; :meth:`freeze` installs their result."""

    def __init__(self, axis: Axis, locator: Locator, formatter: Formatter) -> None:
        self.axis = axis
        self.locator = locator
        self.formatter = formatter
        locator.set_axis(axis)
        formatter.set_axis(axis)

    def freeze(self) -> None:
        """Ticks and labels for the axis's current view limits, fixed until the next call."""
        ticks = self.locator()
        labels = FixedFormatter(self.formatter.format_ticks(ticks))
        labels.set_offset_string(self.formatter.get_offset())
        self.axis.set_major_locator(FixedLocator(ticks))
        self.axis.set_major_formatter(labels)
        # set_major_* re-point the locator at the axis; ours keep theirs for the next freeze.
        self.locator.set_axis(self.axis)
        self.formatter.set_axis(self.axis)


def no_label_search(axes: Axes) -> None:
    """The x axes carry no label: stop matplotlib from measuring every tick label of the shared
    axes on each draw to place an empty label below them (a fixed position turns that off)."""
    axes.xaxis.set_label_coords(0.5, 0.0)


def place_ylabel(axes: Axes, left_pt: float) -> None:
    """The y label at the figure's left edge (``left_pt``: the axes' left margin in points), its
    text starting 3 pt in: the labels of both panels line up, and matplotlib no longer measures
    the tick labels on each draw to put the label beside them."""
    label = axes.yaxis.label
    label.set_verticalalignment("top")  # rotated 90°: "top" is the text's left side
    fig = axes.get_figure()
    axes.yaxis.set_label_coords(0.0, 0.5, transform=offset_copy(
        axes.transAxes, fig=fig, x=-(left_pt - 3.0), y=0.0, units="points"))


def measure_labels_for_offset_only(axis: Axis) -> None:
    """Skip measuring the tick labels on each draw when nothing uses the measure.

    ``Axis.draw`` works out the bounding box of every tick label (a text layout each: a third of
    the chart's draw) only to place the offset text ("2024", "1e3") beside them; the axis label
    is placed at fixed coordinates (:func:`no_label_search`, :func:`place_ylabel`). Most patients'
    axes have no offset text, and an empty text is not drawn wherever it sits, so while the axis
    draws, its offset is empty and its label (if any) has a fixed place, the boxes are not
    measured. Anything else that asks for them (a tight bounding box when saving) gets them as
    before; so does a draw with an offset text.
    """
    measure = getattr(axis, "_get_ticklabel_bboxes", None)
    if measure is None:  # another matplotlib: leave it be
        return
    draw = axis.draw
    drawing = [False]

    def boxes(ticks: Any, renderer: Any) -> Any:
        label_placed = not getattr(axis, "_autolabelpos", True) or not axis.label.get_text()
        if drawing[0] and label_placed and not axis.major.formatter.get_offset():
            return [], []
        return measure(ticks, renderer)

    def draw_axis(renderer: Any, *args: Any, **kwargs: Any) -> Any:
        drawing[0] = True
        try:
            return draw(renderer, *args, **kwargs)
        finally:
            drawing[0] = False

    axis._get_ticklabel_bboxes = boxes  # type: ignore[method-assign]
    axis.draw = draw_axis  # type: ignore[method-assign]
