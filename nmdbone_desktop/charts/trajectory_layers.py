"""The per-patient layers of the trajectory chart that are recreated on every update.

Fractures, medication courses and significant changes vary in number per patient, so they are
drawn afresh (a handful of artists); the per-site score lines live in :mod:`.trajectory` and only
get new data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from matplotlib import dates as mdates
from matplotlib.patches import Rectangle
from matplotlib.transforms import blended_transform_factory

from .lazy_tips import LazyTips
from .styles import FRACTURE_COLOUR, MEDICATION_COLOUR, SITE_STYLES, pretty
from .words import ChartWords, chart_words

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes

    from ..core.document import BoneMedicationCourse, Fracture
    from .bmd_change import SiteChanges
    from .trajectory_data import ScorePoint

ANABOLICS = frozenset({"teriparatide", "abaloparatide", "romosozumab"})
ANABOLIC_COLOUR = "#2E8B57"


@dataclass
class Layer:
    artists: list[Artist] = field(default_factory=list)
    hover: list[tuple[Artist, str | Sequence[str]]] = field(default_factory=list)


def fit_score_limits(
    ax: Axes, values: Sequence[float], score_type: str, *, top_room: float, bottom_room: float
) -> None:
    """Y-limits that always show the decision lines and leave room for the bars and markers."""
    lo = min([*values, -3.0 if score_type == "T" else -2.6]) - 0.3
    hi = max([*values, 0.5]) + 0.3
    span = (hi - lo) / max(0.3, 1.0 - top_room - bottom_room)
    ax.set_ylim(lo - bottom_room * span, hi + top_room * span)


def _fracture_label(f: Fracture, words: ChartWords | None = None) -> str:
    if f.site == "vertebra":
        level = f.vertebra or "VF"
        return f"{level} g{f.genant_grade}" if f.genant_grade else level
    return words.fracture_site(f.site) if words is not None else pretty(f.site)


LABEL_LEVELS = 3
LABEL_STEP = 0.045  # axes fraction between stacked labels


def fracture_labels(fractures: Sequence[Fracture], words: ChartWords | None = None) -> dict[date, str]:
    """One label per fracture date ("T11 g1, T12 g2"), oldest first."""
    by_date: dict[date, list[str]] = {}
    for f in sorted(fractures, key=lambda f: f.date):
        by_date.setdefault(f.date, []).append(_fracture_label(f, words))
    return {when: ", ".join(labels) for when, labels in by_date.items()}


def label_levels(labels: dict[date, str], start: date, end: date, axes_width_pt: float,
                 font: float) -> list[int]:
    """A text row per label so that labels of fractures close in time do not overprint.

    Each label takes the lowest row where it clears the previous label of that row (widths
    estimated from the text length, in points); after :data:`LABEL_LEVELS` rows it goes back to
    the lowest (rare: many fractures within months).
    """
    span = max((end - start).days, 1)
    right_edges = [float("-inf")] * LABEL_LEVELS
    levels = []
    for when, text in labels.items():
        centre = (when - start).days / span * axes_width_pt
        half = len(text) * font * 0.3 + 3.0
        level = next((i for i, edge in enumerate(right_edges) if edge < centre - half), 0)
        right_edges[level] = centre + half
        levels.append(level)
    return levels


def draw_fractures(ax: Axes, fractures: Sequence[Fracture], font: float, levels: Sequence[int] = (),
                   words: ChartWords | None = None) -> Layer:
    """Markers on the time axis: vertebral (▼) set apart from other fractures (✕), labelled."""
    layer = Layer()
    if not fractures:
        return layer
    words = words or chart_words("en")
    blend = blended_transform_factory(ax.transData, ax.transAxes)
    for vertebral, marker, label in ((True, "v", words.vertebral_fracture), (False, "X", words.other_fracture)):
        chosen = [f for f in fractures if (f.site == "vertebra") == vertebral]
        if not chosen:
            continue
        xs = [mdates.date2num(f.date) for f in chosen]
        (line,) = ax.plot(xs, [0.035] * len(xs), linestyle="none", marker=marker, markersize=8,
                          color=FRACTURE_COLOUR, markeredgecolor="white", transform=blend,
                          label=label, zorder=6, clip_on=False, pickradius=6)
        layer.artists.append(line)
        layer.hover.append((line, LazyTips(partial(words.tip, "fracture"), chosen)))
    labels = fracture_labels(fractures, words)
    rows = list(levels) or [0] * len(labels)
    for (when, label), level in zip(labels.items(), rows, strict=True):
        text = ax.text(mdates.date2num(when), 0.07 + level * LABEL_STEP, label, transform=blend,
                       ha="center", va="bottom", fontsize=font - 0.5, color=FRACTURE_COLOUR, zorder=6)
        layer.artists.append(text)
    return layer


def draw_medications(
    ax: Axes, courses: Sequence[BoneMedicationCourse], lanes: Sequence[int], as_of: date, font: float,
    words: ChartWords | None = None,
) -> Layer:
    """Bone-medication courses as bars along the top, the drug named in the bar."""
    layer = Layer()
    words = words or chart_words("en")
    blend = blended_transform_factory(ax.transData, ax.transAxes)
    for course, lane in zip(courses, lanes, strict=True):
        end = course.end or as_of
        x0, x1 = mdates.date2num(course.start), mdates.date2num(end)
        y0 = 1.0 - 0.03 - 0.075 * (lane + 1)
        colour = ANABOLIC_COLOUR if course.drug in ANABOLICS else MEDICATION_COLOUR
        bar = Rectangle((x0, y0), max(x1 - x0, 1.0), 0.06, transform=blend, facecolor=colour, alpha=0.28,
                        edgecolor=colour, linewidth=0.8, zorder=2)
        ax.add_patch(bar)
        drug = words.drug(course.drug)
        name = drug if course.end else f"{drug} →"  # the arrow: still taken
        text = ax.text(x0, y0 + 0.03, f" {name}", transform=blend, ha="left", va="center",
                       fontsize=font - 0.5, color="#1F3B57", zorder=3, clip_on=True)
        layer.artists += [bar, text]
        layer.hover.append((bar, words.tip("course", course)))
    return layer


def draw_significant(
    ax: Axes, changes: Mapping[str, SiteChanges], points: dict[str, list[ScorePoint]], font: float,
    words: ChartWords | None = None,
) -> list[tuple[str, list[Artist], str]]:
    """A broad band under the line between the previous and the latest scan of a site whose BMD
    changed by at least the site's LSC, labelled "BMD −7.5%".

    The change is of BMD (g/cm²), never of the plotted score: a growing child's BMD may rise while
    the Z-score falls, so the label names BMD. On a score axis the band joins the scores of the same
    two scans; a scan without a plotted value there gets no band (the change table still says it).
    """
    out: list[tuple[str, list[Artist], str]] = []
    words = words or chart_words("en")
    for site, site_change in changes.items():
        change = site_change.since_previous
        if change is None or not change.significant:
            continue
        by_date = {p.when: p for p in points.get(site, [])}
        first, last = by_date.get(change.start), by_date.get(change.end)
        if first is None or last is None:
            continue
        colour = SITE_STYLES[site].colour if site in SITE_STYLES else "#333333"
        xs = [mdates.date2num(first.when), mdates.date2num(last.when)]
        (segment,) = ax.plot(xs, [first.value, last.value], color=colour, linewidth=7, alpha=0.3,
                             solid_capstyle="round", zorder=3, label="_significant", pickradius=5)
        text = ax.annotate(words.bmd_change_label(change.percent),
                           xy=((xs[0] + xs[1]) / 2, (first.value + last.value) / 2),
                           xytext=(0, 7), textcoords="offset points", ha="center", va="bottom",
                           fontsize=font - 0.5, fontweight="bold", color=colour, zorder=7)
        out.append((site, [segment, text], words.tip("significant", site, change)))
    return out


def end_points(
    changes: Mapping[str, SiteChanges], points: dict[str, list[ScorePoint]],
    secondary: dict[str, list[ScorePoint]] | None = None,
) -> list[tuple[str, ScorePoint, ScorePoint]]:
    """Per site its baseline scan (first on the latest scan's manufacturer) and its latest, as
    plotted: the baseline is found on whichever series shows that scan (a Z-only baseline sits on
    the dashed Z line). Ringed on the chart so "since baseline" can be read off it."""
    out: list[tuple[str, ScorePoint, ScorePoint]] = []
    for site in [s for s in SITE_STYLES if s in points or s in (secondary or {})]:
        shown = sorted([*points.get(site, []), *(secondary or {}).get(site, [])], key=lambda p: p.when)
        if not shown:
            continue
        site_change = changes.get(site)
        base = None
        if site_change is not None and site_change.baseline is not None:
            base = next((p for p in shown if p.when == site_change.baseline.date), None)
        main = points.get(site, [])
        latest = main[-1] if main and main[-1].when == shown[-1].when else shown[-1]
        out.append((site, base or shown[0], latest))
    return out


def fit_bmd_limits(ax: Axes, values: Sequence[float], *, top_room: float, bottom_room: float) -> None:
    """Y-limits for BMD (g/cm²): the values with a margin, and room for bars and markers."""
    lo = min(values, default=0.6) - 0.05
    hi = max(values, default=1.0) + 0.05
    span = (hi - lo) / max(0.3, 1.0 - top_room - bottom_room)
    ax.set_ylim(lo - bottom_room * span, hi + top_room * span)


__all__ = [
    "Layer",
    "draw_fractures",
    "draw_medications",
    "draw_significant",
    "end_points",
    "fit_bmd_limits",
    "fit_score_limits",
]
