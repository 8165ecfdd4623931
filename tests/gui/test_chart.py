"""The trajectory figure (no Qt) and its on-screen widget (hover, toggles, PNG)."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from matplotlib import dates as mdates
from matplotlib.backend_bases import MouseEvent
from matplotlib.figure import Figure

from nmdbone_desktop.charts import draw_trajectory
from nmdbone_desktop.charts.trajectory_data import medication_lanes, score_points, time_range

from .conftest import AS_OF, LUCA, MULLER, NO_DXA, patient


def test_draw_trajectory_contract_example(contract_report: dict[str, Any]) -> None:
    fig = Figure(figsize=(7, 4.5), dpi=100)
    art = draw_trajectory(fig, patient(MULLER), contract_report)
    assert art.score_type == "T"
    assert set(art.sites) == {"femoral_neck", "lumbar_spine"}
    xs = list(art.sites["femoral_neck"].get_xdata())
    assert xs == [date(2022, 3, 1), date(2024, 3, 1)]
    assert list(art.sites["femoral_neck"].get_ydata()) == [-2.0, -2.4]
    texts = [a.get_text() for a in art.significant if hasattr(a, "get_text")]
    assert texts == ["BMD -7.5%"]  # the change of BMD, from the record (0.650 → 0.601 g/cm²)
    labels = [a.get_text() for a in art.fractures if hasattr(a, "get_text")]
    assert labels == ["T12 g2"]
    assert any("alendronate" in a.get_text() for a in art.medications if hasattr(a, "get_text"))
    assert art.dose is not None and max(art.dose.get_ydata()) == 10.0
    assert art.empty_state is not None and not art.empty_state.get_visible()
    legend = [t.get_text() for t in art.score_axes.get_legend().get_texts()]
    assert "Femoral neck" in legend and "Vertebral fracture" in legend
    assert all(isinstance(tip, (str, Sequence)) for _artist, tip in art.hover)


def test_z_scores_and_height_adjusted_for_children() -> None:
    data = copy.deepcopy(LUCA)
    data["dxa"][0]["height_adjusted_z"] = -1.5
    doc = patient(data)
    from nmdbone_desktop.core.assessment import assess

    report = assess(doc, AS_OF)
    assert report["population"] == "child" and report["densitometry"]["score_type"] == "Z"
    fig = Figure(figsize=(6, 4))
    art = draw_trajectory(fig, doc, report)
    assert art.score_type == "Z" and "height-adjusted" in art.score_label
    assert list(art.sites["lumbar_spine"].get_ydata()) == [-1.5, -2.3]
    assert art.score_axes.get_ylabel().startswith("Z-score")
    points = score_points(doc, "Z", child=False)
    assert [p.value for p in points["lumbar_spine"]] == [-1.9, -2.3]


def test_empty_state_and_site_filter(contract_report: dict[str, Any]) -> None:
    fig = Figure()
    from nmdbone_desktop.core.assessment import assess

    no_dxa = patient(NO_DXA)
    art = draw_trajectory(fig, no_dxa, assess(no_dxa, AS_OF))
    assert art.sites == {} and art.empty_state is not None and art.empty_state.get_visible()
    art = draw_trajectory(fig, patient(MULLER), contract_report, sites=["lumbar_spine"])
    assert art.sites["lumbar_spine"].get_visible()
    assert not art.sites["femoral_neck"].get_visible()
    assert all(not a.get_visible() for a in art.significant)  # femoral-neck change hidden with its site


def test_print_rendering_to_png(tmp_path: Path, contract_report: dict[str, Any]) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = Figure(figsize=(6.5, 3.6), dpi=150)
    FigureCanvasAgg(fig)
    draw_trajectory(fig, patient(MULLER), contract_report, for_print=True)
    out = tmp_path / "chart.png"
    fig.savefig(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_time_range_and_medication_lanes() -> None:
    doc = patient(MULLER)
    start, end = time_range(doc, AS_OF)
    assert start < date(2022, 3, 1) and end > AS_OF
    assert medication_lanes(doc.bone_medications, AS_OF) == [0]


def test_widget_hover_toggle_and_save(window: Any, qtbot: Any, tmp_path: Path) -> None:
    assert window.patient_list.select_patient("P0001")
    chart = window.chart
    chart.canvas.draw()
    line = chart.artists.sites["femoral_neck"]
    x, y = line.get_transform().transform((mdates.date2num(date(2024, 3, 1)), -2.4))
    event = MouseEvent("motion_notify_event", chart.canvas, x, y)
    chart._on_motion(event)
    assert chart._tip.get_visible()
    assert "Femoral neck · 2024-03-01" in chart._tip.get_text()
    assert "T-score -2.4" in chart._tip.get_text()
    chart._on_motion(MouseEvent("motion_notify_event", chart.canvas, 2, 2))
    assert not chart._tip.get_visible()

    box = chart.site_boxes["femoral_neck"]
    assert box.isEnabled() and not chart.site_boxes["radius_33"].isEnabled()
    with qtbot.waitSignal(chart.sitesChanged):
        box.setChecked(False)
    assert not line.get_visible()
    assert "femoral_neck" not in chart.selected_sites()
    assert window.patient_list.select_patient("P0002")
    assert window.patient_list.select_patient("P0001")
    assert not chart.artists.sites["femoral_neck"].get_visible()  # the choice survives a switch

    out = chart.save_png(tmp_path / "c.png")
    assert out.stat().st_size > 1000


def test_switch_reuses_the_axes(window: Any) -> None:
    assert window.patient_list.select_patient("P0001")
    axes = (window.chart.plot.score_ax, window.chart.plot.dose_ax)
    figure_axes = list(window.chart.figure.axes)
    assert window.patient_list.select_patient("P0002")
    assert (window.chart.plot.score_ax, window.chart.plot.dose_ax) == axes
    assert list(window.chart.figure.axes) == figure_axes


def test_chart_canvas_reuses_glyphs_and_draws_the_same_text(qtbot: Any) -> None:
    """The glyph cache stamps the very bitmaps Agg renders (at most half a pixel away): same ink,
    same place; a second draw renders no text anew."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from nmdbone_desktop.ui.chart_canvas import ChartCanvas

    def figure() -> Figure:
        fig = Figure(figsize=(3, 2), dpi=100, facecolor="white")
        ax = fig.add_subplot()
        ax.set_ylabel("T-score")
        ax.text(0.5, 0.5, "No glucocorticoids on record", ha="center", fontsize=9)
        return fig

    cached, plain = ChartCanvas(figure()), FigureCanvasAgg(figure())
    qtbot.addWidget(cached)
    cached.draw()
    plain.draw()
    a = np.asarray(cached.buffer_rgba())[..., :3].astype(int)
    b = np.asarray(plain.buffer_rgba())[..., :3].astype(int)
    ink_a, ink_b = (a < 128).any(axis=2), (b < 128).any(axis=2)
    assert abs(int(ink_a.sum()) - int(ink_b.sum())) <= 0.1 * ink_b.sum()
    rows_a, cols_a = np.nonzero(ink_a)
    rows_b, cols_b = np.nonzero(ink_b)
    assert abs(rows_a.mean() - rows_b.mean()) < 1.0 and abs(cols_a.mean() - cols_b.mean()) < 1.0
    renderer = cached.get_renderer()
    texts = len(renderer._glyphs)
    assert texts >= 3  # tick labels, the y label, the note
    cached.draw()
    assert len(renderer._glyphs) == texts


def test_chart_canvas_shows_exactly_the_agg_buffer(qtbot: Any) -> None:
    """The opaque copy to the screen (no blending over an erased rectangle) changes no pixel."""
    import numpy as np
    from PySide6.QtGui import QImage

    from nmdbone_desktop.ui.chart_canvas import ChartCanvas

    fig = Figure(figsize=(3, 2), dpi=100, facecolor="white")
    fig.add_subplot().plot([0, 1, 2], [2, 0, 1], color="#D95F02", linewidth=3)
    canvas = ChartCanvas(fig)
    qtbot.addWidget(canvas)
    canvas.resize(300, 200)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.draw()
    shown = canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    width, height = shown.width(), shown.height()
    screen = np.frombuffer(shown.constBits(), np.uint8).reshape(height, shown.bytesPerLine())[:, :width * 3]
    agg = np.asarray(canvas.buffer_rgba())[:height, :width, :3]
    assert np.array_equal(screen.reshape(height, width, 3), agg)


def test_tick_labels_measured_only_for_an_offset_text() -> None:
    """The axis skips measuring its tick labels while drawing when it has no offset text, and
    draws the very same pixels; with an offset text ("2024-Mar") it measures and places it; so
    it does for a label placed beside the tick labels."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from nmdbone_desktop.charts.frozen_ticks import measure_labels_for_offset_only

    def figure(days: int, skip: bool) -> tuple[FigureCanvasAgg, list[int]]:
        fig = Figure(figsize=(4, 2.5), dpi=100, facecolor="white")
        ax = fig.add_subplot()
        ax.grid(True)
        start = date(2024, 3, 1)
        ax.plot([mdates.date2num(start), mdates.date2num(start) + days], [-1.0, -2.5])
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        measured = [0]
        real = ax.xaxis._get_ticklabel_bboxes

        def counting(*args: Any) -> Any:
            measured[0] += 1
            return real(*args)

        ax.xaxis._get_ticklabel_bboxes = counting
        if skip:
            measure_labels_for_offset_only(ax.xaxis)
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        return canvas, measured

    for days, offset in ((3 * 365, False), (20, True)):
        (fast, fast_measured), (plain, _) = figure(days, True), figure(days, False)
        assert np.array_equal(np.asarray(fast.buffer_rgba()), np.asarray(plain.buffer_rgba()))
        for canvas in (fast, plain):
            canvas.figure.axes[0].set_xlabel("When")  # placed below the tick labels: measured
            canvas.draw()
        assert fast_measured[0] > 0
        assert np.array_equal(np.asarray(fast.buffer_rgba()), np.asarray(plain.buffer_rgba()))
        (fast, fast_measured), (plain, _) = figure(days, True), figure(days, False)
        assert np.array_equal(np.asarray(fast.buffer_rgba()), np.asarray(plain.buffer_rgba()))
        axis = fast.figure.axes[0].xaxis
        assert bool(axis.get_major_formatter().get_offset()) is offset
        assert (fast_measured[0] > 0) is offset
        before = fast_measured[0]
        fast.figure.get_tightbbox(fast.get_renderer())  # outside a draw: measured as ever
        assert fast_measured[0] > before


def test_chart_renderer_lays_texts_out_exactly_as_agg(qtbot: Any) -> None:
    """The canvas's renderer answers each font's line metrics from a table it fills once; every
    text's layout (box, lines, offsets) is the one matplotlib works out itself."""
    from matplotlib.backends.backend_agg import RendererAgg

    from nmdbone_desktop.ui.chart_canvas import GlyphCachingRenderer

    fig = Figure(figsize=(3, 2), dpi=100)
    texts = [fig.text(0.1, 0.1, "T-score\nsecond line", fontsize=8.5),
             fig.text(0.5, 0.5, "No glucocorticoids on record", fontsize=11.5, rotation=90, ha="center"),
             fig.text(0.2, 0.8, "BMD −7.5%", fontsize=8, fontweight="bold", va="bottom")]
    cached, plain = GlyphCachingRenderer(300, 200, 100), RendererAgg(300, 200, 100)
    for _ in range(2):  # the second time from the table
        for text in texts:
            ours, theirs = text._get_layout(cached), text._get_layout(plain)
            assert ours[0].bounds == theirs[0].bounds
            assert ours[1:] == theirs[1:]
    assert len(cached._line_metrics) == 3


def test_axis_marks_draw_the_grid_and_ticks_matplotlib_would() -> None:
    """Grid lines and tick marks as one line each per axis: the same pixels as matplotlib's own
    per-tick lines, for two sets of limits; the axis itself no longer draws them."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from nmdbone_desktop.charts.axis_marks import AxisMarks

    def canvas(marks: bool, days: int) -> FigureCanvasAgg:
        fig = Figure(figsize=(4, 3), dpi=100, facecolor="white")
        ax = fig.add_subplot()
        ax.grid(True, color="#E4E4E4", linewidth=0.6)
        ax.set_axisbelow(True)
        ax.axhspan(-2.5, -1.0, color="#FCE8C8", zorder=0)
        start = mdates.date2num(date(2020, 1, 1))
        ax.plot([start, start + days], [-1.0, -2.8], zorder=4)
        ax.set_xlim(start - 30, start + days + 30)
        ax.set_ylim(-3.3, 0.5)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        if marks:
            drawn = [AxisMarks(ax, ax.xaxis), AxisMarks(ax, ax.yaxis)]
            for m in drawn:
                m.update()
            assert not any(t.gridline.get_visible() or t.tick1line.get_visible() for t in ax.xaxis.get_major_ticks())
            assert len(drawn[0].marks.get_xdata()) >= 3
        result = FigureCanvasAgg(fig)
        result.draw()
        return result

    for days in (5 * 365, 400):
        fast, plain = canvas(True, days), canvas(False, days)
        assert np.array_equal(np.asarray(fast.buffer_rgba()), np.asarray(plain.buffer_rgba()))
