"""The chart's Qt canvas: the glyphs of its texts rendered once and reused, the figure copied.

Tick labels, axis labels and notes ("2024", "−2", "T-score", "No glucocorticoids on record") are
mostly the same from one patient to the next, yet Agg lays out and rasterises every glyph of every
text on every draw: half of the chart's draw time after the ticks were frozen. Here the glyph
bitmaps of a text are kept (per text, font, size, angle and dpi) and stamped again at the text's
position rounded to a whole pixel — at most half a pixel from where matplotlib would put them,
which no one can see. Mathtext and any matplotlib whose private glyph API differs from 3.11's go
the ordinary way.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from matplotlib.backends import backend_agg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.colors import to_rgba
from matplotlib.font_manager import fontManager, get_font
from matplotlib.transforms import Bbox
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter

_GLYPH_API = all(hasattr(backend_agg, name) for name in ("get_hinting_flag", "RenderMode")) and hasattr(
    backend_agg.RendererAgg, "_draw_text_glyphs_and_boxes")
_MAX_TEXTS = 4000  # a few kilobytes each; a long session's distinct labels stay far below this

Glyphs = list[tuple[Any, int, int]]  # bitmap, left and top (pixels, y up) from the text's origin


class GlyphCachingRenderer(backend_agg.RendererAgg):
    """``RendererAgg`` that keeps the rasterised glyphs of each text it has drawn."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._glyphs: dict[tuple[Any, ...], Glyphs] = {}
        self._line_metrics: dict[tuple[Any, ...], tuple[Any, Any, Any]] = {}

    def _get_font_height_metrics(self, prop: Any) -> tuple[Any, Any, Any]:
        """A font's ascent, descent and line gap at its size, read once per font and size.

        ``Text`` lays every text out again on each draw and, unless the renderer answers this,
        finds the font file and reads two of its tables each time (a third of the chart's text
        layout). The answer is the very computation ``Text._get_layout`` does, kept.
        """
        key = (tuple(prop.get_family()), prop.get_slant(), prop.get_variant(), prop.get_weight(),
               prop.get_stretch(), prop.get_size_in_points(), prop.get_file(), prop.get_math_fontfamily(),
               self.dpi)
        metrics = self._line_metrics.get(key)
        if metrics is None:
            metrics = self._line_metrics[key] = _font_height_metrics(prop, self.dpi)
        return metrics

    def draw_text(self, gc: Any, x: float, y: float, s: str, prop: Any, angle: float,
                  ismath: Any = False, mtext: Any = None) -> None:
        if ismath or not _GLYPH_API or (mtext is not None and (mtext.get_fontfeatures() or mtext.get_language())):
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        key = (s, hash(prop), prop.get_size_in_points(), angle, self.dpi, bool(gc.get_antialiased()))
        glyphs = self._glyphs.get(key)
        if glyphs is None:
            if len(self._glyphs) >= _MAX_TEXTS:
                self._glyphs.clear()
            glyphs = self._glyphs[key] = self._rasterise(s, prop, angle, bool(gc.get_antialiased()))
        origin_x, origin_y = round(x), round(self.height - y)  # y up, as FreeType has it
        height = int(self.height)
        for bitmap, left, top in glyphs:
            self._renderer.draw_text_image(bitmap, origin_x + left, height - (origin_y + top) + bitmap.shape[0], 0, gc)

    def _rasterise(self, s: str, prop: Any, angle: float, antialiased: bool) -> Glyphs:
        """What ``RendererAgg.draw_text`` renders, with the text's origin at (0, 0)."""
        font = self._prepare_font(prop)
        flags = backend_agg.get_hinting_flag()
        size = prop.get_size_in_points()
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        matrix = (0x10000 * np.array([[cos, -sin], [sin, cos]])).round().astype(int)
        mode = backend_agg.RenderMode.NORMAL if antialiased else backend_agg.RenderMode.MONO
        out: Glyphs = []
        for item in font._layout(s, flags=flags, features=None, language=None):
            glyph_font, dx, dy = item.ft_object, item.x, item.y
            glyph_font.set_size(size, self.dpi)
            offset = [round(0x40 * (dx * cos - dy * sin)), round(0x40 * (dx * sin + dy * cos))]
            glyph_font._set_transform(matrix, offset)
            bitmap = glyph_font._render_glyph(item.glyph_index, flags, mode)
            buffer = np.array(bitmap.buffer, copy=True)
            if not antialiased:
                buffer *= 0xff
            out.append((buffer, int(bitmap.left), int(bitmap.top)))
        return out


def _font_height_metrics(prop: Any, dpi: float) -> tuple[Any, Any, Any]:
    """``(min_ascent, min_descent, line_gap)`` exactly as matplotlib 3.11's ``Text._get_layout``
    works them out from the font's OS/2 or hhea table; ``None``s make it measure "lp" instead."""
    font = get_font(fontManager._find_fonts_by_props(prop))
    for table_name, gap_key, ascent_key, descent_key in (
        ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
        ("hhea", "lineGap", "ascent", "descent"),
    ):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        scale = 1 / font.get_sfnt_table("head")["unitsPerEm"] * prop.get_size_in_points() * dpi / 72
        return table[ascent_key] * scale, -table[descent_key] * scale, table[gap_key] * scale
    return None, None, None


class ChartCanvas(FigureCanvasQTAgg):
    """``FigureCanvasQTAgg`` drawing with a :class:`GlyphCachingRenderer`, and copying its
    opaque figure to the screen without blending it over the widgets underneath."""

    def __init__(self, figure: Any) -> None:
        super().__init__(figure)
        # The figure covers the whole canvas with an opaque face: Qt need not paint what is
        # behind the canvas first (the pane and window backgrounds, on every patient switch).
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, self._opaque())

    def _opaque(self) -> bool:
        patch = self.figure.patch
        return bool(patch.get_visible() and to_rgba(patch.get_facecolor())[3] >= 1.0)

    def paintEvent(self, event: Any) -> None:
        """Matplotlib's copy of the Agg buffer, as an image without alpha when the figure is opaque
        (every pixel's alpha is 255): Qt then converts it instead of blending a million pixels
        over an erased rectangle. A figure with transparency goes the ordinary way."""
        if not self._opaque():
            super().paintEvent(event)
            return
        self._draw_idle()  # only does something if a draw is pending
        if not hasattr(self, "renderer"):
            return
        painter = QPainter(self)
        try:
            rect = event.rect()
            ratio = self.device_pixel_ratio
            left, top = self.mouseEventCoords(rect.topLeft())
            bbox = Bbox([[left, top - rect.height() * ratio], [left + rect.width() * ratio, top]])
            buf = memoryview(self.copy_from_bbox(bbox))
            image = QImage(buf, buf.shape[1], buf.shape[0], QImage.Format.Format_RGBX8888)
            image.setDevicePixelRatio(ratio)
            painter.drawImage(QPoint(rect.left(), rect.top()), image)
            self._draw_rect_callback(painter)
        finally:
            painter.end()

    def get_renderer(self) -> Any:
        w, h = self.get_width_height(physical=True)
        key = w, h, self.figure.dpi
        if self._lastKey != key:
            self.renderer = GlyphCachingRenderer(w, h, self.figure.dpi)
            self._lastKey = key
        return self.renderer
