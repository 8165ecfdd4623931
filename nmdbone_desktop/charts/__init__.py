"""Matplotlib figures shared by the window and the letters.

No Qt here: the letters render the same figures to PNG at a fixed DPI with the Agg backend, so
everything in this package works on a bare :class:`matplotlib.figure.Figure`.
"""

from __future__ import annotations

from .trajectory import TrajectoryArtists, TrajectoryPlot, draw_trajectory

__all__ = ["TrajectoryArtists", "TrajectoryPlot", "draw_trajectory"]
