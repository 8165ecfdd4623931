"""Turn a :class:`Letter` into platypus flowables: styles, tables, lists, chart, signature.

Every table cell is a Paragraph, so long text wraps inside its column instead of running over
the margin, and tables repeat their header row when they break across pages. Two style sets:
the clinical letters (10 pt) and the large-print advice sheet (16 pt body, 22 pt titles, less space above its headings).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from . import content as c
from .fonts import BOLD, ITALIC, REGULAR, register_fonts

__all__ = ["ChartFlowable", "Styles", "WindowSpec", "column_widths", "letter_flowables", "styles_for"]

INK = colors.HexColor("#1b1b1b")
ACCENT = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#5a6470")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#e8edf3")
TABLE_PAD_X = 9.0  # left + right cell padding of the data tables, in points


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    strong: ParagraphStyle
    subheading: ParagraphStyle
    lead: ParagraphStyle
    title: ParagraphStyle
    subject: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    kv_label: ParagraphStyle
    kv_value: ParagraphStyle
    right: ParagraphStyle
    large_print: bool
    #: pyphen's dictionary for the letter's language: long words in table cells (:func:`_cell`).
    hyphenation: str = ""

    def para(self, name: str) -> ParagraphStyle:
        return getattr(self, name)


def _make_styles(size: float, large_print: bool, language: str = "en") -> Styles:
    register_fonts()
    lead = size * (1.3 if large_print else 1.36)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=size, leading=lead, textColor=INK,
                          spaceAfter=size * (0.35 if large_print else 0.45))
    small_size = size - 1.5
    cell_size = size - 1.5 if not large_print else size - 2
    kv_size = size - 0.5
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=small_size, leading=small_size * 1.3, textColor=MUTED),
        note=ParagraphStyle("note", parent=body, fontName=ITALIC, fontSize=size - 3, leading=(size - 3) * 1.3,
                            textColor=MUTED, spaceBefore=2),
        strong=ParagraphStyle("strong", parent=body, fontName=BOLD),
        subheading=ParagraphStyle("subheading", parent=body, fontName=BOLD, spaceBefore=size * 0.3,
                                  spaceAfter=size * 0.3),
        lead=ParagraphStyle("lead", parent=body, fontName=BOLD, leftIndent=8, borderPadding=(4, 0, 4, 6),
                            borderColor=ACCENT, borderWidth=0, textColor=ACCENT),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=size * 1.4, leading=size * 1.75,
                             textColor=ACCENT, spaceAfter=size * 0.4),
        subject=ParagraphStyle("subject", parent=body, spaceBefore=size * 0.6, spaceAfter=size * 0.8),
        heading=ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=size * 1.15,
                               leading=size * 1.45, textColor=ACCENT,
                               spaceBefore=size * (0.6 if large_print else 0.9),
                               spaceAfter=size * 0.3),
        cell=ParagraphStyle("cell", parent=body, fontSize=cell_size, leading=cell_size * 1.25, spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", parent=body, fontName=BOLD, fontSize=cell_size,
                                 leading=cell_size * 1.25, spaceAfter=0),
        cell_right=ParagraphStyle("cell_right", parent=body, fontSize=cell_size, leading=cell_size * 1.25,
                                  spaceAfter=0, alignment=TA_RIGHT),
        kv_label=ParagraphStyle("kv_label", parent=body, fontSize=kv_size, leading=kv_size * 1.3,
                                textColor=MUTED, spaceAfter=0),
        kv_value=ParagraphStyle("kv_value", parent=body, fontSize=kv_size, leading=kv_size * 1.3, spaceAfter=0),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        large_print=large_print,
        hyphenation=HYPHENATION.get(language, ""),
    )


#: pyphen's dictionary of each letter language.
HYPHENATION = {"en": "en_GB", "nl": "nl_NL", "de": "de_DE", "fr": "fr", "it": "it_IT", "es": "es"}
_STYLES: dict[tuple[bool, str], Styles] = {}


def styles_for(large_print: bool, language: str = "en") -> Styles:
    """Styles are immutable once made; build each set once per process."""
    key = (large_print, language)
    if key not in _STYLES:
        _STYLES[key] = _make_styles(16.0 if large_print else 10.0, large_print, language)
    return _STYLES[key]


class ChartFlowable(Flowable):
    """A fixed-aspect image drawn lazily: the chart is rendered when its page is laid out, so a
    one-file batch reports progress letter by letter instead of rendering 500 charts first."""

    def __init__(self, render: Callable[[], Any], aspect: float, max_width: float) -> None:
        super().__init__()
        self._render = render
        self._aspect = aspect
        self._max_width = max_width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(avail_width, self._max_width)
        self.height = self.width * self._aspect
        return self.width, self.height

    def draw(self) -> None:
        from reportlab.lib.utils import ImageReader

        image = self._render()
        if image is None:
            self.canv.setStrokeColor(RULE)
            self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
            return
        self.canv.drawImage(ImageReader(image), 0, 0, self.width, self.height)


def _cell(text: str, style: ParagraphStyle, width: float, hyphenation: str = "") -> str | Paragraph:
    """A plain string when the text has no markup and fits its column on one line, else a
    wrapping Paragraph. Tables wrap every Paragraph cell several times while measuring rows;
    short cells (dates, scores, doses) as strings make a table several times cheaper."""
    if "<" not in text and "\n" not in text:
        plain = html.unescape(text)
        if stringWidth(plain, style.fontName, style.fontSize) <= width:
            return plain
    return Paragraph(_soft_hyphens(text, style, width, hyphenation), style)


_WORD = re.compile(r"(<[^>]+>|\s+)")
SOFT_HYPHEN = "\u00ad"


@cache
def _hyphenator(dictionary: str) -> Any:
    import pyphen

    return pyphen.Pyphen(lang=dictionary)


def _soft_hyphens(text: str, style: ParagraphStyle, width: float, dictionary: str) -> str:
    """Soft hyphens at the language's hyphenation points (pyphen) in the words of ``text`` that
    are wider than the column on their own, so such a word breaks with a hyphen ("Niedrigenergie-
    / trauma") instead of being cut anywhere ("Niedrigenergietrau / ma"). Only those words: the
    others wrap between words as before — a hyphenation point in every word would break names
    and words that fit the next line ("Ge-/nant"). Markup and entities are left alone."""
    if not dictionary:
        return text
    parts = _WORD.split(text)
    for n, part in enumerate(parts):
        if not part or part.startswith("<") or part.isspace() or "&" in part:
            continue
        if stringWidth(part, style.fontName, style.fontSize) > width:
            parts[n] = _hyphenator(dictionary).inserted(part, hyphen=SOFT_HYPHEN)
    return "".join(parts)


def _cell_styles(style: ParagraphStyle, cells: tuple[int, int, int, int]) -> list[tuple[Any, ...]]:
    """Table commands that make string cells look like the Paragraph cells beside them."""
    c0, r0, c1, r1 = cells
    return [("FONTNAME", (c0, r0), (c1, r1), style.fontName), ("FONTSIZE", (c0, r0), (c1, r1), style.fontSize),
            ("LEADING", (c0, r0), (c1, r1), style.leading), ("TEXTCOLOR", (c0, r0), (c1, r1), style.textColor)]


_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class WindowSpec:
    """The envelope window on the first page, relative to the top-left of the text frame (points)."""

    offset: float
    left: float
    width: float
    height: float
    return_height: float


def column_widths(block: c.Table, st: Styles, width: float) -> list[float]:
    """The table's column widths: its relative widths, then every ``nowrap`` column widened to
    its longest cell (taken from the wrapping columns in proportion), so a date never wraps."""
    total = sum(block.widths)
    widths = [width * w / total for w in block.widths]
    need: dict[int, float] = {}
    for i in block.nowrap:
        longest = max((stringWidth(html.unescape(row[i]), st.cell.fontName, st.cell.fontSize) for row in block.rows),
                      default=0.0)
        head = stringWidth(html.unescape(block.header[i]), st.cell_head.fontName, st.cell_head.fontSize)
        need[i] = max(longest, min(head, longest * 1.6)) + TABLE_PAD_X + 0.5
    for i in range(len(widths)):  # no word is broken inside (a header such as "Significant")
        words = html.unescape(_TAG.sub(" ", block.header[i])).split()
        word = max((stringWidth(w, st.cell_head.fontName, st.cell_head.fontSize) for w in words), default=0.0)
        need[i] = max(need.get(i, 0.0), word + TABLE_PAD_X + 0.5)
    extra = sum(max(0.0, need[i] - widths[i]) for i in need)
    if extra > 0:
        flexible = [i for i in range(len(widths)) if i not in block.nowrap and widths[i] > need[i]]
        spare = sum(widths[i] - need[i] for i in flexible)
        for i in flexible:
            widths[i] -= extra * (widths[i] - need[i]) / spare if spare else 0.0
        for i in need:
            widths[i] = max(widths[i], need[i])
    return widths


def _table(block: c.Table, st: Styles, width: float) -> Table:
    col_widths = column_widths(block, st, width)
    room = [w - TABLE_PAD_X for w in col_widths]
    head_right = ParagraphStyle("cell_head_right", parent=st.cell_head, alignment=TA_RIGHT)
    hy = st.hyphenation
    head = [_cell(h, head_right if i in block.numeric else st.cell_head, room[i], hy)
            for i, h in enumerate(block.header)]
    rows = [[_cell(cell, st.cell_right if i in block.numeric else st.cell, room[i], hy) for i, cell in enumerate(row)]
            for row in block.rows]
    table = Table([head, *rows], colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        *_cell_styles(st.cell, (0, 1, -1, -1)),
        *_cell_styles(st.cell_head, (0, 0, -1, 0)),
        *(("ALIGN", (i, 0), (i, -1), "RIGHT") for i in block.numeric),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PAD_X - 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
    ]
    table.setStyle(TableStyle(commands))
    return table


def _key_values(block: c.KeyValues, st: Styles, width: float) -> Table:
    widths = [width * 0.34, width * 0.66]
    hy = st.hyphenation
    rows = [[_cell(label, st.kv_label, widths[0] - 4, hy), _cell(value, st.kv_value, widths[1] - 4, hy)]
            for label, value in block.rows]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        *_cell_styles(st.kv_label, (0, 0, 0, -1)),
        *_cell_styles(st.kv_value, (1, 0, 1, -1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
    ]))
    return table


def _bullets(block: c.Bullets, st: Styles) -> ListFlowable:
    notes = block.notes or ("",) * len(block.items)
    items = []
    for text, note in zip(block.items, notes, strict=True):
        parts: list[Flowable] = [Paragraph(text, st.body)]
        if note:
            parts = [Paragraph(text, ParagraphStyle("item", parent=st.body, spaceAfter=1)), Paragraph(note, st.small)]
        items.append(ListItem(parts, leftIndent=st.body.fontSize * 1.6))
    kwargs: dict[str, Any] = {"bulletFontName": REGULAR, "bulletFontSize": st.body.fontSize,
                              "leftIndent": st.body.fontSize * 1.6}
    if block.numbered:
        return ListFlowable(items, bulletType="1", bulletFormat="%s.", **kwargs)
    return ListFlowable(items, bulletType="bullet", start="•", **kwargs)


def _block(block: c.Block, st: Styles, width: float, chart: Callable[[], Any] | None,
           chart_aspect: float) -> list[Flowable]:
    if isinstance(block, c.Para):
        para = Paragraph(block.text, st.para(block.style))
        # A sub-heading must not be the last line of a page: ask for room for a few lines more.
        return [CondPageBreak(st.body.leading * 5), para] if block.style == "subheading" else [para]
    if isinstance(block, c.Bullets):
        return [_bullets(block, st), Spacer(1, st.body.fontSize * 0.3)]
    if isinstance(block, c.KeyValues):
        return [_key_values(block, st, width), Spacer(1, st.body.fontSize * 0.4)]
    if isinstance(block, c.Table):
        return [_table(block, st, width), Spacer(1, st.body.fontSize * 0.6)]
    if isinstance(block, c.Chart) and chart is not None:
        return [KeepTogether([ChartFlowable(chart, chart_aspect, width), Paragraph(block.caption, st.small)])]
    return []


ADDRESS = ParagraphStyle("address", fontName=REGULAR, fontSize=10, leading=12, textColor=INK)
RETURN_LINE = ParagraphStyle("return_line", fontName=REGULAR, fontSize=6.5, leading=8, textColor=MUTED)


def _window_head(letter: c.Letter, st: Styles, width: float, window: WindowSpec) -> list[Flowable]:
    """Recipient at the envelope window's position, date and reference beside it. The block has
    the window's height, so what follows starts below the window whatever the address's length."""
    register_fonts()
    address: list[Flowable] = [Spacer(1, window.offset)]
    if letter.return_address:
        # one line, however long the clinic's name and address: the type shrinks to fit the window
        size = RETURN_LINE.fontSize
        while size > 4.5 and stringWidth(letter.return_address, REGULAR, size) > window.width - 2:
            size -= 0.25
        style = ParagraphStyle("return_fit", parent=RETURN_LINE, fontSize=size)
        address.append(Paragraph(f"<u>{html.escape(letter.return_address, quote=False)}</u>", style))
        address.append(Spacer(1, max(0.0, window.return_height - RETURN_LINE.leading)))
    # up to 9 lines fit the window: a long address is set smaller rather than run out of the window
    room = window.height - (window.return_height if letter.return_address else 0.0)
    size = ADDRESS.fontSize
    while size > 7 and len(letter.recipient) * size * 1.2 > room:
        size -= 0.5
    address.append(Paragraph("<br/>".join(letter.recipient),
                             ParagraphStyle("address_fit", parent=ADDRESS, fontSize=size, leading=size * 1.2)))
    right_style = ParagraphStyle("right_small", parent=st.right, fontSize=min(st.body.fontSize, 10),
                                 leading=min(st.body.leading, 13.6))
    right: list[Flowable] = [Spacer(1, window.offset),
                             Paragraph("<br/>".join(x for x in (letter.date_line, letter.reference) if x), right_style)]
    if letter.title_beside_address:
        right += [Spacer(1, window.return_height), Paragraph(letter.title, st.title)]
    left_w = window.left + window.width
    block = Table([[address, right]], colWidths=[left_w, width - left_w],
                  rowHeights=[window.offset + window.height], hAlign="LEFT")
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (0, 0), window.left), ("LEFTPADDING", (1, 0), (1, 0), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [block, Spacer(1, st.body.fontSize * 1.0)]


def _head(letter: c.Letter, st: Styles, width: float, window: WindowSpec | None = None) -> list[Flowable]:
    flow: list[Flowable] = []
    title_done = False
    if letter.recipient and window is not None:
        flow += _window_head(letter, st, width, window)
        title_done = letter.title_beside_address
    elif letter.recipient or letter.date_line:
        left = Paragraph("<br/>".join(letter.recipient), st.body)
        right = Paragraph("<br/>".join(x for x in (letter.date_line, letter.reference) if x), st.right)
        block = Table([[left, right]], colWidths=[width * 0.6, width * 0.4], hAlign="LEFT")
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        flow += [block, Spacer(1, st.body.fontSize * 1.2)]
    if not title_done:
        flow.append(Paragraph(letter.title, st.title))
    if letter.subject:
        flow.append(Paragraph(letter.subject, st.subject if letter.salutation else st.body))
    if letter.salutation:
        flow.append(Paragraph(letter.salutation, st.body))
    return flow


class SignOff(KeepTogether):
    """The closing, signature and provenance, kept together with the last block of the letter
    before them, so no page holds only a sign-off (a marker class: tests find it by type)."""


def _sign(letter: c.Letter, st: Styles) -> list[Flowable]:
    sign: list[Flowable] = [Spacer(1, st.body.fontSize * 0.8), Paragraph(letter.closing, st.body)]
    if letter.signature:
        if letter.signature_space:
            sign.append(Spacer(1, st.body.fontSize * 2.6))  # room for a handwritten signature
        first, *rest = letter.signature
        sign.append(Paragraph(f"<b>{first}</b>" + "".join(f"<br/>{line}" for line in rest), st.body))
    if letter.provenance:
        sign.append(Paragraph(letter.provenance, st.note))
    for flowable in sign:
        flowable._nmd_signoff = True  # type: ignore[attr-defined]  # what a test of the pages looks for
    return sign


def _tail(flow: list[Flowable], letter: c.Letter, st: Styles) -> list[Flowable]:
    """Keep-with-next for the sign-off: the last block of the body goes with it. A table or a
    chart is too big to move as a whole; their last part stays where it falls."""
    kept: list[Flowable] = []
    while flow and isinstance(flow[-1], Spacer | CondPageBreak):
        kept.insert(0, flow.pop())
    if flow and isinstance(flow[-1], Paragraph | ListFlowable):
        kept.insert(0, flow.pop())
        # and the heading above it, when the section has just this one block
        if flow and isinstance(flow[-1], Paragraph) and flow[-1].style.name == "heading":
            kept.insert(0, flow.pop())
    return [*flow, SignOff([*kept, *_sign(letter, st)])]


def _sections(sections: tuple[c.Section, ...], st: Styles, width: float, chart: Callable[[], Any] | None,
              chart_aspect: float) -> list[Flowable]:
    flow: list[Flowable] = []
    for section in sections:
        body: list[Flowable] = []
        for block in section.blocks:
            body += _block(block, st, width, chart, chart_aspect)
        if section.title:
            # No heading alone at the foot of a page. Not KeepTogether(heading, first block): a
            # long table or list would then jump to the next page and leave half a page empty.
            lines = 3 if st.large_print else 4
            flow += [CondPageBreak(st.heading.leading + st.body.leading * lines), Paragraph(section.title, st.heading)]
        flow += body
    return flow


def letter_flowables(letter: c.Letter, width: float, chart: Callable[[], Any] | None = None,
                     chart_aspect: float = 0.43, window: WindowSpec | None = None) -> list[Flowable]:
    """All flowables of one letter; ``chart`` renders the BMD chart image on demand, ``window``
    places the recipient in the envelope window."""
    st = styles_for(letter.large_print, letter.language)
    flow = _head(letter, st, width, window)
    flow += _sections(letter.sections, st, width, chart, chart_aspect)
    flow = _tail(flow, letter, st)
    if letter.appendix:
        flow += [PageBreak(), Paragraph(letter.appendix_title, st.title)]
        flow += _sections(letter.appendix, st, width, chart, chart_aspect)
    return flow
