"""The BMD trajectory figure: scores per DXA site over time, with what explains them.

Top panel: T-scores (or Z-scores) per site, WHO bands, fractures on the time axis, bone-medication
courses as bars, significant changes highlighted. Bottom panel (shared time axis): the
prednisolone-equivalent daily glucocorticoid dose as a step plot.

:class:`TrajectoryPlot` builds the axes and the per-site artists once and updates their data per
patient (the window switches patients in well under 100 ms that way); :func:`draw_trajectory` is
the one-shot form the letters use on a fresh figure. Both draw the same thing. No Qt, no pyplot.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib import dates as mdates
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator, ScalarFormatter

from . import trajectory_data as data
from . import trajectory_layers as layers
from .axis_marks import AxisMarks
from .bmd_change import SiteChanges, site_changes
from .frozen_ticks import TickSource, measure_labels_for_offset_only, no_label_search, place_ylabel
from .lazy_tips import LazyTips
from .styles import (
    DOSE_COLOUR,
    OSTEOPENIA_FILL,
    OSTEOPOROSIS_FILL,
    SITE_ORDER,
    SITE_STYLES,
)
from .trajectory_layers import (
    draw_fractures,
    draw_medications,
    draw_significant,
    end_points,
    fit_bmd_limits,
    fit_score_limits,
)
from .words import ChartWords, chart_words

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Text

    from ..core.document import PatientDocument
    from ..core.report import ReportLike

#: A tooltip: one text for the whole artist, or one per data point of a Line2D (the ``ind``
#: that ``artist.contains(event)`` reports indexes it), made when first hovered (:class:`LazyTips`).
HoverText = str | Sequence[str]


def _tips(words: ChartWords, points: Sequence[Any], kind: str, site: str, shown: str) -> LazyTips:
    """One ``kind`` tip per point of ``site``, written when first hovered."""
    return LazyTips(lambda point: words.tip(kind, site, point, shown), points)


@dataclass
class TrajectoryArtists:
    """What was drawn, for hover tooltips, tests and callers that restyle."""

    score_axes: Axes
    dose_axes: Axes
    score_type: str
    score_label: str
    sites: dict[str, Line2D] = field(default_factory=dict)
    fractures: list[Artist] = field(default_factory=list)
    medications: list[Artist] = field(default_factory=list)
    significant: list[Artist] = field(default_factory=list)
    dose: Line2D | None = None
    empty_state: Text | None = None
    hover: list[tuple[Artist, HoverText]] = field(default_factory=list)
    #: ``"score"`` (T or Z) or ``"bmd"`` (g/cm²): what the upper axis shows.
    view: str = "score"
    #: The other score type's lines (dashed, hollow markers), per site.
    secondary: dict[str, Line2D] = field(default_factory=dict)
    #: Baseline and latest rings per site.
    ends: list[Artist] = field(default_factory=list)
    #: The change since previous / baseline per site (:mod:`.bmd_change`).
    changes: dict[str, SiteChanges] = field(default_factory=dict)


def draw_trajectory(
    fig: Figure,
    doc: PatientDocument,
    report: ReportLike,
    *,
    sites: Collection[str] | None = None,
    for_print: bool = False,
    lsc: Mapping[str, float] | None = None,
) -> TrajectoryArtists:
    """Draw one patient's trajectory on ``fig`` (cleared first); ``sites`` limits the DXA sites;
    ``lsc``: the clinic's least significant change per site (default: RULES §7)."""
    fig.clear()
    return TrajectoryPlot(fig, for_print=for_print).update(doc, report, sites=sites, lsc=lsc)


class TrajectoryPlot:
    """Axes and long-lived artists on one figure, refilled per patient."""

    def __init__(self, fig: Figure, *, for_print: bool = False, legend: bool = True,
                 words: ChartWords | None = None) -> None:
        """``legend=False`` leaves the legend to the caller (the window shows it as widgets: a
        matplotlib legend is a third of the cost of every redraw); ``words``: the language of the
        printed words (default English)."""
        self.words = words or chart_words("en")
        self.fig = fig
        self.for_print = for_print
        self.legend = legend
        #: What the legend shows: (artist, label) pairs, also when it is not drawn in the figure.
        self.legend_entries: list[tuple[Artist, str]] = []
        self.font = 7.5 if for_print else 8.5
        self.grid = fig.add_gridspec(2, 1, height_ratios=(3.3, 1.0), hspace=0.07,
                                     left=0.085, right=0.985, top=0.86, bottom=0.11)
        self.score_ax: Axes = fig.add_subplot(self.grid[0])
        self.dose_ax: Axes = fig.add_subplot(self.grid[1], sharex=self.score_ax)
        self._legend_rows = 1 if legend else 0
        self._ylabel_left_pt = 0.0
        self._build_static()
        self._transient: list[Artist] = []
        self._site_extras: dict[str, list[Artist]] = {}
        self._visible_sites: Collection[str] | None = None
        self.artists: TrajectoryArtists | None = None
        #: ``"score"`` or ``"bmd"``; and whether the other score type is drawn for every scan.
        self.view = "score"
        self.show_other = False

    def _build_static(self) -> None:
        ax, dose_ax, font, words = self.score_ax, self.dose_ax, self.font, self.words
        for axis in (ax, dose_ax):
            axis.tick_params(labelsize=font)
            axis.grid(True, color="#E4E4E4", linewidth=0.6)
            axis.set_axisbelow(True)
            for side in ("top", "right"):
                axis.spines[side].set_visible(False)
        ax.tick_params(labelbottom=False)
        # Grid lines and tick marks: one line each per axis instead of two per tick (axis_marks).
        self._marks = [AxisMarks(axes, axis) for axes in (ax, dose_ax) for axis in (axes.xaxis, axes.yaxis)]
        self._t_bands = [
            ax.axhspan(-2.5, -1.0, color=OSTEOPENIA_FILL, zorder=0, label=words.osteopenia_band),
            ax.axhspan(-99.0, -2.5, color=OSTEOPOROSIS_FILL, zorder=0, label=words.osteoporosis_band),
        ]
        self._z_line = ax.axhline(-2.0, color="#B2182B", linestyle="--", linewidth=1.0, zorder=1,
                                  label=words.z_line)
        ax.axhline(0.0, color="#9A9A9A", linewidth=0.6, zorder=1)
        self._site_lines: dict[str, Line2D] = {}
        for site in SITE_ORDER:
            style = SITE_STYLES[site]
            (line,) = ax.plot([], [], color=style.colour, marker=style.marker, markersize=6,
                              linewidth=1.6, label=words.site(site), zorder=4, pickradius=6)
            self._site_lines[site] = line
        self._other_lines: dict[str, Line2D] = {}
        for site in SITE_ORDER:
            style = SITE_STYLES[site]
            (line,) = ax.plot([], [], color=style.colour, marker=style.marker, markersize=5.5,
                              markerfacecolor="white", linewidth=1.1, linestyle=(0, (4, 2)),
                              label=f"_{style.label} (other score)", zorder=4, pickradius=6)
            self._other_lines[site] = line
        # Baseline rings (one colour per site) and latest rings (dark), two long-lived artists for
        # every site: per-site artists would be a dozen more to draw on each patient switch.
        self._base_rings = ax.scatter([], [], s=13.0 ** 2, facecolors="none", linewidths=1.6, zorder=5,
                                      label="_baseline")
        (self._latest_rings,) = ax.plot([], [], linestyle="none", marker="o", markersize=16,
                                        markerfacecolor="none", markeredgewidth=1.4, markeredgecolor="#222222",
                                        zorder=5, label="_latest", pickradius=7)
        self._ends: list[tuple[str, data.ScorePoint, data.ScorePoint]] = []
        self._end_tips: list[tuple[Artist, list[str]]] = []
        # Legend-only handles (never added to the axes).
        self._proxy_other = Line2D([], [], color="#555555", marker="o", markersize=5, markerfacecolor="white",
                                   linewidth=1.1, linestyle=(0, (4, 2)), label=words.other_score)
        self._proxy_ends = Line2D([], [], linestyle="none", marker="o", markersize=9, markerfacecolor="none",
                                  markeredgecolor="#222222", label=words.ends)
        self._proxy_significant = Line2D([], [], color="#777777", linewidth=6, alpha=0.35,
                                         label=words.significant)
        self._empty = ax.text(0.5, 0.5, words.no_dxa, transform=ax.transAxes, ha="center",
                              va="center", fontsize=font + 3, color="#707070", visible=False)
        (self._dose_line,) = dose_ax.plot([], [], drawstyle="steps-post", color=DOSE_COLOUR,
                                          linewidth=1.8, pickradius=6)
        dose_ax.set_ylabel(words.dose_axis, fontsize=font)
        self._message = self.fig.text(0.5, 0.5, "", ha="center", va="center", fontsize=font + 3,
                                      color="#707070", visible=False)
        self._dose_empty = dose_ax.text(0.5, 0.5, words.no_glucocorticoids, transform=dose_ax.transAxes,
                                        ha="center", va="center", fontsize=font, color="#707070")
        # Few ticks: every tick label is text to lay out and render on each patient switch. They are
        # worked out once per patient, when the limits are set (frozen_ticks: not on every draw).
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        self._x_ticks = TickSource(dose_ax.xaxis, locator, mdates.ConciseDateFormatter(locator))
        self._y_ticks = TickSource(ax.yaxis, MaxNLocator(nbins=6, steps=[1, 2, 5, 10]), ScalarFormatter())
        self._dose_ticks = TickSource(dose_ax.yaxis, MaxNLocator(nbins=3, steps=[1, 2, 5, 10]), ScalarFormatter())
        for axis in (ax, dose_ax):
            no_label_search(axis)
            measure_labels_for_offset_only(axis.xaxis)
            measure_labels_for_offset_only(axis.yaxis)

    def update(
        self, doc: PatientDocument, report: ReportLike, *, sites: Collection[str] | None = None,
        lsc: Mapping[str, float] | None = None,
    ) -> TrajectoryArtists:
        """Show another patient (or the same one after an edit); returns the drawn artists."""
        for artist in self._transient:
            artist.remove()
        self._transient = []
        self._site_extras = {}
        from ..core.report import typed_report  # pydantic: not on the window-open path

        report = typed_report(report)  # the window and the letters pass it typed already
        score_type = data.score_type_of(report)
        child = report.population == "child"
        as_of = data.as_of_of(report)
        other = data.other_type(score_type)
        bmd_view = self.view == "bmd"
        if bmd_view:
            points, secondary = data.bmd_points(doc), {}
            label = self.words.bmd_axis
        else:
            points = data.score_points(doc, score_type, child=child)
            secondary = data.secondary_points(doc, score_type, child=child, every_row=self.show_other)
            label = self.words.t_axis if score_type == "T" else (self.words.z_axis_child if child
                                                                  else self.words.z_axis)
        art = TrajectoryArtists(self.score_ax, self.dose_ax, score_type, label, view=self.view)
        # Imported here: the assessment package builds the document models, which the window must
        # not wait for before its first paint (by the first patient they are built).
        from ..core.assessment.densitometry import DEFAULT_LSC_PERCENT

        art.changes = site_changes(doc.dxa, {**DEFAULT_LSC_PERCENT, **(lsc or {})}, as_of)
        self.score_ax.set_ylabel(label, fontsize=self.font)
        for band in self._t_bands:
            band.set_visible(not bmd_view and score_type == "T")
        self._z_line.set_visible(not bmd_view and score_type == "Z")

        for site, line in self._site_lines.items():
            site_points = points.get(site, [])
            line.set_data([p.when for p in site_points], [p.value for p in site_points])
            if site_points:
                art.sites[site] = line
                shown = "BMD" if bmd_view else score_type
                art.hover.append((line, _tips(self.words, site_points, "point", site, shown)))
        for site, line in self._other_lines.items():
            site_points = secondary.get(site, [])
            line.set_data([p.when for p in site_points], [p.value for p in site_points])
            line.set_label(f"_{SITE_STYLES[site].label} ({other}-score)")
            if site_points:
                art.secondary[site] = line
                art.hover.append((line, _tips(self.words, site_points, "point", site, other)))
        self._message.set_visible(False)
        for axes in (self.score_ax, self.dose_ax):
            axes.set_visible(True)
        if not doc.dxa:
            self._empty.set_text(self.words.no_dxa)
        elif not points and not secondary:
            self._empty.set_text(self.words.no_scores if not bmd_view else self.words.no_bmd)
        self._empty.set_visible(not points and not secondary)
        art.empty_state = self._empty

        start, end = data.time_range(doc, as_of)
        self.score_ax.set_xlim(start, end)
        values = [p.value for pts in (*points.values(), *secondary.values()) for p in pts]
        courses = sorted(doc.bone_medications, key=lambda c: c.start)
        lanes = data.medication_lanes(courses, as_of, label_days=(end - start).days // 7)
        top_room = (0.075 * (max(lanes) + 1) + 0.03) if lanes else 0.0
        axes_width_pt = self.fig.get_size_inches()[0] * 72.0 * self.score_ax.get_position().width
        levels = layers.label_levels(layers.fracture_labels(doc.fractures, self.words), start, end, axes_width_pt,
                                     self.font - 0.5)
        bottom_room = 0.075 + (max(levels, default=0) + 1) * layers.LABEL_STEP if doc.fractures else 0.0
        if bmd_view:
            fit_bmd_limits(self.score_ax, values, top_room=top_room, bottom_room=bottom_room)
        else:
            fit_score_limits(self.score_ax, values, score_type, top_room=top_room, bottom_room=bottom_room)
        self._x_ticks.freeze()
        self._y_ticks.freeze()

        for layer, drawn in (
            (draw_fractures(self.score_ax, doc.fractures, self.font, levels, self.words), art.fractures),
            (draw_medications(self.score_ax, courses, lanes, as_of, self.font, self.words), art.medications),
        ):
            drawn.extend(layer.artists)
            self._transient.extend(layer.artists)
            art.hover.extend(layer.hover)
        self._ends = end_points(art.changes, points, secondary)
        if self._ends:
            art.ends = [self._base_rings, self._latest_rings]
        for site, artists, tip in draw_significant(self.score_ax, art.changes, points, self.font, self.words):
            art.significant.extend(artists)
            self._transient.extend(artists)
            self._site_extras.setdefault(site, []).extend(artists)
            art.hover.append((artists[0], tip))

        self._update_dose(doc, start, as_of, art)
        for marks in self._marks:  # every limit is set now
            marks.update()
        self.artists = art
        self.set_sites(sites)
        return art

    def clear(self, message: str | None = None) -> None:
        """No patient: only the message, axes hidden (kept for the next patient, and drawing
        empty axes with their ticks would cost as much as drawing a patient)."""
        for artist in self._transient:
            artist.remove()
        self._transient, self._site_extras, self.artists = [], {}, None
        for line in (*self._site_lines.values(), *self._other_lines.values(), self._dose_line):
            line.set_data([], [])
            line.set_visible(False)
        self._ends = []
        self._show_ends(None)
        self._message.set_text(self.words.no_patient if message is None else message)
        self._message.set_visible(True)
        for axes in (self.score_ax, self.dose_ax):
            axes.set_visible(False)
        legend = self.score_ax.get_legend()
        if legend is not None:
            legend.remove()

    def _update_dose(self, doc: PatientDocument, start: date, as_of: date, art: TrajectoryArtists) -> None:
        steps = data.dose_steps(doc.glucocorticoids, start, as_of)
        if steps:
            xs = [when for when, _ in steps] + [as_of]
            ys = [mg for _, mg in steps] + [steps[-1][1]]
        else:
            xs, ys = [], []
        self._dose_line.set_data(xs, ys)
        self._dose_line.set_visible(bool(xs))
        self._dose_empty.set_visible(not doc.glucocorticoids)
        top = max(ys, default=0.0)
        self.dose_ax.set_ylim(0.0, max(top * 1.25, 10.0))
        self._dose_ticks.freeze()
        art.dose = self._dose_line
        if steps:
            tip = self.words.tip
            dose_tips = LazyTips(lambda step: tip("dose", step[1], step[0]), [*steps, steps[-1]])
            art.hover.append((self._dose_line, dose_tips))

    def _legend_columns(self, handles: list[Artist]) -> int:
        """As many columns as fit across the axes (labels measured roughly, in points)."""
        width_pt = self.fig.get_size_inches()[0] * 72.0 * 0.9
        widest = max((len(str(h.get_label())) for h in handles), default=10)
        item_pt = widest * self.font * 0.55 + 34.0
        return int(max(1, min(len(handles), width_pt // item_pt)))

    def fit_layout(self) -> None:
        """Margins fixed in points, not fractions, so the legend and tick labels keep their room
        whatever the canvas size (a tall window must not grow an empty band above the legend)."""
        width_in, height_in = self.fig.get_size_inches()
        if width_in <= 0 or height_in <= 0:
            return
        pt_w, pt_h = width_in * 72.0, height_in * 72.0
        legend_pt = self._legend_rows * (self.font * 1.55) + (8.0 if self._legend_rows else 12.0)
        left = min(0.3, 58.0 / pt_w)
        self.grid.update(left=left, right=1.0 - min(0.1, 10.0 / pt_w),
                         bottom=min(0.3, 30.0 / pt_h), top=max(0.5, 1.0 - legend_pt / pt_h))
        if left * pt_w != self._ylabel_left_pt:
            self._ylabel_left_pt = left * pt_w
            for axes in (self.score_ax, self.dose_ax):
                place_ylabel(axes, left * pt_w)
        # GridSpec.update only repositions axes of pyplot-managed figures; ours are not.
        for ax in (self.score_ax, self.dose_ax):
            spec = ax.get_subplotspec()
            if spec is not None:
                ax.set_position(spec.get_position(self.fig))

    def set_sites(self, sites: Collection[str] | None) -> None:
        """Show only these DXA sites (None: all); the legend follows."""
        self._visible_sites = sites
        for site, line in self._site_lines.items():
            shown = sites is None or site in sites
            line.set_visible(shown and len(line.get_xdata()) > 0)
            other = self._other_lines[site]
            other.set_visible(shown and len(other.get_xdata()) > 0)
            for extra in self._site_extras.get(site, []):
                extra.set_visible(shown)
        self._show_ends(sites)
        self._rebuild_legend()

    def _show_ends(self, sites: Collection[str] | None) -> None:
        """Baseline and latest rings of the shown sites (hover tips kept in step)."""
        ends = [e for e in self._ends if sites is None or e[0] in sites]
        bases = [(site, base) for site, base, latest in ends if base is not latest]
        self._base_rings.set_offsets([(mdates.date2num(p.when), p.value) for _s, p in bases] or np.empty((0, 2)))
        self._base_rings.set_edgecolors([SITE_STYLES[s].colour for s, _p in bases] or "none")
        self._latest_rings.set_data([e[2].when for e in ends], [e[2].value for e in ends])
        self._base_rings.set_visible(bool(bases))
        self._latest_rings.set_visible(bool(ends))
        art = self.artists
        if art is not None:
            art.hover = [h for h in art.hover if h[0] not in (self._base_rings, self._latest_rings)]
            tip = self.words.tip
            if bases:
                base_tips = LazyTips(lambda b: tip("end", b[0], b[1].when, latest=False), bases)
                art.hover.append((self._base_rings, base_tips))
            if ends:
                latest_tips = LazyTips(lambda e: tip("end", e[0], e[2].when, latest=True), ends)
                art.hover.append((self._latest_rings, latest_tips))

    def _rebuild_legend(self) -> None:
        art = self.artists
        handles: list[Artist] = [line for line in self._site_lines.values() if line.get_visible()]
        if art is not None and art.view == "score" and art.score_type == "T":
            handles += self._t_bands
        if art is not None and self._z_line.get_visible():
            handles.append(self._z_line)
        if art is not None and art.fractures:
            handles += [a for a in art.fractures if isinstance(a, Line2D) and a.get_label()[:1] != "_"]
        if art is not None:
            if any(line.get_visible() for line in art.secondary.values()):
                self._proxy_other.set_label(self.words.other_legend_for(data.other_type(art.score_type)))
                handles.append(self._proxy_other)
            if art.ends:
                handles.append(self._proxy_ends)
            if any(a.get_visible() for a in art.significant):
                handles.append(self._proxy_significant)
        self.legend_entries = [(h, str(h.get_label())) for h in handles]
        if not self.legend:
            self._legend_rows = 0
            self.fit_layout()
            return
        ncol = self._legend_columns(handles)
        self._legend_rows = max(1, -(-len(handles) // ncol))
        self.fit_layout()
        self.score_ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.0, 1.01), ncol=ncol,
                             fontsize=self.font - 0.5, frameon=False, borderaxespad=0.0,
                             handlelength=1.6, columnspacing=1.2)
