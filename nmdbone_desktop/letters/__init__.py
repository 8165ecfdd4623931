"""Printable letters: referral, GP letter and patient advice sheet (reportlab platypus).

No Qt here (an import-linter contract forbids it): the dialogs live in ``ui/letters``. Typical use::

    options = LetterOptions(kind="referral", as_of=date.today(), question="…")
    letter = render_letter(doc, report, options, load_letterhead(), Path("referral.pdf"))
    record_letter(store, doc.id, letter, options, output="pdf", path="referral.pdf")
"""

from __future__ import annotations

from .audit import AUDIT_ACTION, audit_detail, record_letter
from .compose import compose_letter
from .content import Letter
from .options import KINDS, SECTIONS, LetterKind, LetterOptions
from .render import BatchResult, LetterJob, WrittenLetter, batch_filename, render_batch, render_letter
from .resources import resource_path
from .settings import ClinicLetterhead, LetterheadInvalid, default_letterhead_path, load_letterhead, save_letterhead

__all__ = [
    "AUDIT_ACTION",
    "KINDS",
    "SECTIONS",
    "BatchResult",
    "ClinicLetterhead",
    "Letter",
    "LetterJob",
    "LetterKind",
    "LetterOptions",
    "LetterheadInvalid",
    "WrittenLetter",
    "audit_detail",
    "batch_filename",
    "compose_letter",
    "default_letterhead_path",
    "load_letterhead",
    "record_letter",
    "render_batch",
    "render_letter",
    "resource_path",
    "save_letterhead",
]
