"""The page: letterhead on a letter's first page, running header after it, footer everywhere,
and "Page X of Y" counted per letter, so a one-file batch numbers each letter from 1.

"Page X of Y" needs the page count before the footer is drawn; :class:`NumberedCanvas` keeps
each finished page's state and draws all footers in ``save()`` (the reportlab-users recipe),
which costs no second layout pass. A zero-size :class:`LetterStart` flowable at the head of
each letter tells the canvas which letter the following pages belong to, and is where a batch
reports progress and honours cancellation.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate

from .fonts import BOLD, ITALIC, REGULAR, register_fonts
from .layout import ACCENT, MUTED, RULE
from .settings import ClinicLetterhead

__all__ = ["FIRST_FRAME_TOP", "MARGIN_X", "Cancelled", "LetterStart", "PageSpec", "build_pdf", "page_size"]

log = logging.getLogger(__name__)

# Binary (Flate only) streams instead of ASCII85 + Flate: reportlab 5 ships no C accelerator,
# and pure-Python ASCII85 of one chart image cost ≈ 25 ms per letter. Any PDF reader accepts it.
rl_config.useA85 = 0

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN_X = 20 * mm
LETTERHEAD_H = 31 * mm
TOP_MARGIN = 14 * mm
#: Distance of the first page's text frame from the top of the sheet (below the letterhead).
FIRST_FRAME_TOP = TOP_MARGIN + LETTERHEAD_H
BANNER = "#b2182b"  # the demo clinic's "SYNTHETIC DEMO PATIENT" line


class Cancelled(Exception):
    """Raised inside the layout when the caller's ``cancelled()`` says so; nothing is written."""


def page_size(name: str) -> tuple[float, float]:
    return PAGE_SIZES[name]


def bottom_margin(large_print: bool) -> float:
    """Room for the footer: the large-print footer is bigger and must stay clear of the edge."""
    return 34 * mm if large_print else 24 * mm


@dataclass(frozen=True)
class PageSpec:
    """A page size and print style; each distinct one gets its own pair of page templates."""

    size: str
    large_print: bool

    @property
    def first_id(self) -> str:
        return f"first-{self.size}-{int(self.large_print)}"

    @property
    def later_id(self) -> str:
        return f"later-{self.size}-{int(self.large_print)}"

    @property
    def bottom_margin(self) -> float:
        return bottom_margin(self.large_print)

    def frame_width(self) -> float:
        return page_size(self.size)[0] - 2 * MARGIN_X


@dataclass(frozen=True)
class LetterMark:
    """What the footer and running header of a letter's pages need."""

    index: int
    title: str
    patient_label: str
    footer: str
    large_print: bool
    #: Printed at the top of every page (the demo clinic's "SYNTHETIC DEMO PATIENT").
    banner: str = ""


class LetterStart(Flowable):
    """Zero-size marker at the head of a letter (see the module docstring)."""

    def __init__(self, mark: LetterMark, on_start: Callable[[int], None] | None) -> None:
        super().__init__()
        self.mark = mark
        self.on_start = on_start
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.on_start is not None:
            self.on_start(self.mark.index)
        self.canv._nmd_mark = self.mark  # type: ignore[attr-defined]
        self.canv._nmd_page_in_letter = 1  # type: ignore[attr-defined]


@lru_cache(maxsize=4)
def _logo(path: str, mtime: float) -> ImageReader | None:
    try:
        return ImageReader(path)
    except Exception:
        log.warning("letterhead logo %s cannot be read; printing without it", path)
        return None


def _logo_for(letterhead: ClinicLetterhead) -> ImageReader | None:
    path = letterhead.logo_path
    if not path:
        return None
    try:
        return _logo(str(path), Path(path).stat().st_mtime)
    except OSError:
        log.warning("letterhead logo %s not found; printing without it", path)
        return None


def _draw_letterhead(canvas: Canvas, letterhead: ClinicLetterhead, lines: Sequence[str]) -> None:
    """Logo and clinic name on the left, address and contact lines right-aligned, a rule below."""
    width, height = canvas._pagesize
    top = height - TOP_MARGIN
    x = MARGIN_X
    content_w = width - 2 * MARGIN_X
    logo = _logo_for(letterhead)
    if logo is not None:
        iw, ih = logo.getSize()
        logo_h = 20 * mm
        logo_w = min(40 * mm, logo_h * iw / ih)
        logo_h = logo_w * ih / iw
        canvas.drawImage(logo, x, top - logo_h, logo_w, logo_h, mask="auto")
        x += logo_w + 5 * mm
    left_w = MARGIN_X + content_w * 0.6 - x
    name_size = 13.0
    while name_size > 10 and canvas.stringWidth(letterhead.clinic_name, BOLD, name_size) > left_w:
        name_size -= 0.5  # shrink a long clinic name to one line before wrapping it
    y = top - name_size
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, name_size)
    for line in simpleSplit(letterhead.clinic_name, BOLD, name_size, left_w)[:2]:
        canvas.drawString(x, y, line)
        y -= name_size * 1.2
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 10)
    for line in simpleSplit(letterhead.department, REGULAR, 10, left_w)[:2]:
        canvas.drawString(x, y, line)
        y -= 12
    right = width - MARGIN_X
    right_w = content_w * 0.38
    canvas.setFont(REGULAR, 8.5)
    y = top - 8.5
    for line in lines[:8]:
        for part in simpleSplit(line, REGULAR, 8.5, right_w)[:2]:
            canvas.drawRightString(right, y, part)
            y -= 10.5
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    rule_y = height - TOP_MARGIN - LETTERHEAD_H + 6 * mm
    canvas.line(MARGIN_X, rule_y, right, rule_y)


class _Doc(BaseDocTemplate):
    """Letterhead on first pages via the page template's ``onPage``."""

    def __init__(self, out: Any, specs: Sequence[PageSpec], letterhead: ClinicLetterhead,
                 contact_lines: Sequence[str], after_flowable: Callable[[Flowable, int], None] | None = None,
                 **kw: Any) -> None:
        self.letterhead = letterhead
        self._after_flowable = after_flowable
        self.contact_lines = contact_lines
        first = specs[0]
        super().__init__(out, pagesize=page_size(first.size), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=TOP_MARGIN, bottomMargin=first.bottom_margin, **kw)
        templates = []
        for spec in specs:
            w, h = page_size(spec.size)
            first_top = h - TOP_MARGIN - LETTERHEAD_H
            frame1 = Frame(MARGIN_X, spec.bottom_margin, w - 2 * MARGIN_X, first_top - spec.bottom_margin,
                           leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=spec.first_id)
            later_top = h - TOP_MARGIN - 10 * mm
            frame2 = Frame(MARGIN_X, spec.bottom_margin, w - 2 * MARGIN_X, later_top - spec.bottom_margin,
                           leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=spec.later_id)
            templates.append(PageTemplate(id=spec.first_id, frames=[frame1], pagesize=(w, h),
                                          onPage=self._first_page(spec), autoNextPageTemplate=spec.later_id))
            templates.append(PageTemplate(id=spec.later_id, frames=[frame2], pagesize=(w, h)))
        self.addPageTemplates(templates)

    def afterFlowable(self, flowable: Flowable) -> None:  # reportlab's name
        if self._after_flowable is not None:
            self._after_flowable(flowable, self.page)

    def _first_page(self, spec: PageSpec) -> Callable[[Canvas, Any], None]:
        def draw(canvas: Canvas, doc: Any) -> None:
            canvas.saveState()
            _draw_letterhead(canvas, self.letterhead, self.contact_lines)
            canvas.restoreState()
        return draw


class NumberedCanvas(Canvas):
    """Defers page furniture until the page count of every letter is known."""

    def __init__(self, *args: Any, page_of: str = "Page {page} of {pages}", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_of = page_of
        self._pages: list[dict[str, Any]] = []
        self._nmd_mark: LetterMark | None = None
        self._nmd_page_in_letter = 0

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._nmd_page_in_letter += 1
        self._startPage()

    def save(self) -> None:
        counts = Counter(state["_nmd_mark"].index for state in self._pages if state["_nmd_mark"])
        for state in self._pages:
            self.__dict__.update(state)
            mark: LetterMark | None = state["_nmd_mark"]
            if mark is not None:
                self._furniture(mark, state["_nmd_page_in_letter"], counts[mark.index])
            Canvas.showPage(self)
        Canvas.save(self)

    def _furniture(self, mark: LetterMark, page: int, pages: int) -> None:
        width, height = self._pagesize
        right = width - MARGIN_X
        big = mark.large_print
        self.saveState()
        if mark.banner:
            self.setFont(BOLD, 10 if big else 8.5)
            self.setFillColor(BANNER)
            self.drawCentredString(width / 2, height - 8 * mm, mark.banner)
        if page > 1:  # running header: the patient on every page, in case pages get separated
            y = height - TOP_MARGIN - 4 * mm
            self.setFont(REGULAR, 10 if big else 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, y, mark.patient_label)
            self.drawRightString(right, y, mark.title)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN_X, y - 2.5 * mm, right, y - 2.5 * mm)
        base = bottom_margin(big)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN_X, base - 4 * mm, right, base - 4 * mm)
        size = 11 if big else 7.5
        number = self._page_of.format(page=page, pages=pages)
        self.setFont(BOLD if big else REGULAR, size + 1)
        self.setFillColor(MUTED)
        self.drawRightString(right, base - 4 * mm - (size + 4), number)
        number_w = self.stringWidth(number, BOLD if big else REGULAR, size + 1) + 6 * mm
        self.setFont(ITALIC, size)
        y = base - 4 * mm - (size + 4)
        for line in simpleSplit(mark.footer, ITALIC, size, width - 2 * MARGIN_X - number_w)[:3]:
            self.drawString(MARGIN_X, y, line)
            y -= size * 1.3
        self.setFont(REGULAR, size - 0.5)
        self.drawString(MARGIN_X, y - 1, mark.patient_label)
        self.restoreState()


@dataclass
class PdfLetter:
    """One letter ready for layout."""

    spec: PageSpec
    mark: LetterMark
    flowables: list[Flowable]


def build_pdf(out: str | IO[bytes], letters: Iterable[PdfLetter], letterhead: ClinicLetterhead, *,
              page_of: str, contact_lines: Sequence[str] = (), on_start: Callable[[int], None] | None = None,
              title: str = "", subject: str = "",
              after_flowable: Callable[[Flowable, int], None] | None = None) -> None:
    """Lay out one or more letters into one PDF (each starts on a new page with the letterhead).
    ``after_flowable(flowable, page)`` is told where each flowable was drawn (tests of the pages)."""
    register_fonts()
    letters = list(letters)
    specs = list(dict.fromkeys(letter.spec for letter in letters))
    story: list[Flowable] = []
    for n, letter in enumerate(letters):
        if n:
            story += [NextPageTemplate(letter.spec.first_id), PageBreak()]
        elif letter.spec != specs[0]:  # pragma: no cover - specs[0] is always letters[0]'s
            raise AssertionError("first page template mismatch")
        story.append(LetterStart(letter.mark, on_start))
        story += letter.flowables
    doc = _Doc(out, specs, letterhead, contact_lines, after_flowable, title=title, subject=subject,
               author=letterhead.clinic_name,
               creator="NMD Bone Desktop", initialFontName=REGULAR)

    def canvasmaker(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, page_of=page_of, **kwargs)

    doc.build(story, canvasmaker=canvasmaker)
