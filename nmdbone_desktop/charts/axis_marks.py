"""An axis's grid lines and tick marks drawn as two lines, not two lines per tick.

Matplotlib draws every tick as its own grid line and tick mark (a ``Line2D`` each, with its own
path, transform and graphics context): with the chart's ≈ 23 ticks that was ≈ 46 line draws per
patient switch. The grid lines of one axis are one path here (the same segments, separated by
gaps) and its tick marks one line of markers, copied from the axis's own first tick (colour,
width, style, marker, transform, clipping) and placed at the very ticks the axis would draw. The
axis keeps drawing its tick labels. Only for axes whose ticks are fixed between limit changes
(:mod:`.frozen_ticks`): :meth:`AxisMarks.update` is called when the limits are set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from matplotlib import transforms as mtransforms
from matplotlib.lines import Line2D

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.axis import Axis


class AxisMarks:
    """The grid and tick-mark lines standing in for ``axis``'s own (turned off)."""

    def __init__(self, axes: Axes, axis: Axis) -> None:
        self.axis = axis
        self.vertical = axis.axis_name == "x"  # x ticks: vertical grid lines
        tick = axis.get_major_ticks(1)[0]  # carries the axis's grid and tick settings
        self.grid = self._copy(axes, tick.gridline)
        self.marks = self._copy(axes, tick.tick1line)
        axis.set_tick_params(which="major", gridOn=False, tick1On=False)

    @staticmethod
    def _copy(axes: Axes, original: Line2D) -> Line2D:
        line = Line2D([], [])
        line.update_from(original)
        line.set_label("_axis_marks")
        axes.add_artist(line)
        # Clipped as the axis's own (tick marks: not at all; grid lines: to the axes box).
        line.set_clip_path(original.get_clip_path())
        line.set_clip_box(original.get_clip_box())
        # Drawn with the axis (its z-order), before it in the axes' list: as matplotlib would.
        line.set_zorder(axes.xaxis.get_zorder())
        return line

    def update(self) -> None:
        """Put the lines at the ticks the axis would draw for its current limits and locator."""
        axis = self.axis
        low, high = sorted(axis.get_view_interval())
        transform = axis.get_transform()
        interval = transform.transform([low, high])
        locs = [loc for loc in axis.get_majorticklocs()
                if mtransforms._interval_contains_close(interval, transform.transform(loc))]
        count = len(locs)
        along = np.repeat(np.asarray(locs, dtype=float), 3)
        across = np.tile([0.0, 1.0, np.nan], count)
        along[2::3] = np.nan
        if self.vertical:
            self.grid.set_data(along, across)
            self.marks.set_data(locs, [0.0] * count)
        else:
            self.grid.set_data(across, along)
            self.marks.set_data([0.0] * count, locs)
