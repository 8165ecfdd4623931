"""A letter as data: sections of paragraphs, lists and tables, before any PDF exists.

The builders (``compose_*``) produce a :class:`Letter`; :mod:`.layout` turns it into platypus
flowables. Keeping the text separate from the layout gives one source for three things: the
printed PDF, the editor's live text view, and the audit trail (:meth:`Letter.plain_text` is
exactly the words that were printed).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from .formatting import Markup, strip_markup

__all__ = ["Block", "Bullets", "Chart", "KeyValues", "Letter", "Para", "Section", "Table"]

ParaStyle = Literal["body", "lead", "small", "note", "strong", "subheading"]


@dataclass(frozen=True)
class Para:
    text: Markup
    style: ParaStyle = "body"


@dataclass(frozen=True)
class Bullets:
    items: tuple[Markup, ...]
    numbered: bool = False
    #: Optional small print under each item (references); empty string for none.
    notes: tuple[Markup, ...] = ()


@dataclass(frozen=True)
class KeyValues:
    """Two columns, label and value (e.g. diagnosis, mobility, falls)."""

    rows: tuple[tuple[Markup, Markup], ...]


@dataclass(frozen=True)
class Table:
    header: tuple[Markup, ...]
    rows: tuple[tuple[Markup, ...], ...]
    #: Relative column widths (they are scaled to the frame width).
    widths: tuple[float, ...]
    #: Columns whose text is right-aligned (numbers).
    numeric: frozenset[int] = frozenset()
    #: Columns that never wrap (dates): the layout widens them to their longest cell.
    nowrap: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Chart:
    """The BMD trajectory, rendered for print when the letter is laid out."""

    caption: Markup


Block = Para | Bullets | KeyValues | Table | Chart


@dataclass(frozen=True)
class Section:
    key: str
    title: Markup
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Letter:
    """Everything printed, in order; ``footer`` repeats on every page."""

    kind: str
    title: Markup
    recipient: tuple[Markup, ...]
    date_line: Markup
    reference: Markup
    subject: Markup
    salutation: Markup
    sections: tuple[Section, ...]
    closing: Markup
    signature: tuple[Markup, ...]
    provenance: Markup
    #: Patient identification for the running header and footer of every page.
    patient_label: str
    footer: Markup
    large_print: bool = False
    #: The letter's language (``en``, ``de``…): its words are hyphenated by that language's rules.
    language: str = "en"
    #: Leave room for a handwritten signature (letters), not on the advice sheet.
    signature_space: bool = True
    #: After the sign-off, on a new page: material for reference (full tables, the source list).
    appendix_title: str = ""
    appendix: tuple[Section, ...] = ()
    #: Printed at the top of every page ("SYNTHETIC DEMO PATIENT — not a real person").
    banner: str = ""
    #: The sender in one line, printed small above the recipient in the envelope window.
    return_address: str = ""
    #: With an envelope window: the title prints beside the address, not below it (the
    #: large-print sheet needs the room).
    title_beside_address: bool = False
    #: What is missing for the letter to be posted and signed (not printed; the dialog and the
    #: command line show it before printing).
    warnings: tuple[str, ...] = ()
    #: The language the letter is worded in (its chart prints in it too).
    language: str = "en"

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def _lines(self) -> Iterator[str]:
        if self.banner:
            yield self.banner
        yield strip_markup(self.title)
        yield from (strip_markup(line) for line in self.recipient)
        yield from (strip_markup(x) for x in (self.date_line, self.reference, self.subject) if x)
        if self.salutation:
            yield strip_markup(self.salutation)
        yield from _section_lines(self.sections)
        yield ""
        yield strip_markup(self.closing)
        yield from (strip_markup(line) for line in self.signature)
        yield ""
        if self.provenance:
            yield strip_markup(self.provenance)
        if self.appendix:
            yield ""
            yield strip_markup(self.appendix_title)
            yield from _section_lines(self.appendix)
            yield ""
        yield strip_markup(self.footer)

    def plain_text(self) -> str:
        """The printed words as plain text (what the audit trail keeps)."""
        return "\n".join(self._lines()).strip() + "\n"


def _section_lines(sections: Iterable[Section]) -> Iterator[str]:
    for section in sections:
        yield ""
        if section.title:
            yield strip_markup(section.title)
        for block in section.blocks:
            yield from _block_lines(block)


def _block_lines(block: Block) -> Iterator[str]:
    if isinstance(block, Para):
        yield strip_markup(block.text)
    elif isinstance(block, Bullets):
        notes = block.notes or ("",) * len(block.items)
        for n, (item, note) in enumerate(zip(block.items, notes, strict=True), 1):
            yield f"{n}. {strip_markup(item)}" if block.numbered else f"- {strip_markup(item)}"
            if note:
                yield strip_markup(note)
    elif isinstance(block, KeyValues):
        for label, value in block.rows:
            yield f"{strip_markup(label)}: {strip_markup(value)}"
    elif isinstance(block, Table):
        yield " | ".join(strip_markup(c) for c in block.header)
        for row in block.rows:
            yield " | ".join(strip_markup(c) for c in row)
    elif isinstance(block, Chart):
        yield f"[{strip_markup(block.caption)}]"
