"""``letter``: a printable letter (PDF) for one patient of the clinic database (contract §1).

The patient is assessed on ``--as-of`` exactly as the window would, the letter is written
atomically, and the letter's full text goes to the audit trail like any letter printed from the
window. An unknown patient, a missing database or a record with dates after ``--as-of`` is
invalid input (exit 2); nothing is written then.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..i18n import SUPPORTED_LANGUAGES
from .common import CliError, InputError, add_as_of_option, add_db_option, exists

PAGE_SIZES = {"a4": "A4", "letter": "Letter"}


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``letter`` to the parser."""
    p = sub.add_parser("letter", help="write a referral, GP letter or patient advice sheet (PDF)")
    add_db_option(p)
    p.add_argument("--patient", required=True, metavar="ID", help="patient id")
    p.add_argument("--kind", required=True, choices=("referral", "gp", "patient"),
                   help="referral to a bone specialist, letter to the GP, or advice sheet for the patient")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="PDF to write")
    add_as_of_option(p)
    p.add_argument("--page-size", choices=tuple(PAGE_SIZES), default=None,
                   help="paper size (default: the clinic's letterhead setting, A4 unless changed)")
    p.add_argument("--letterhead", type=Path, default=None, metavar="FILE.json",
                   help="letterhead settings (default: the per-user settings file)")
    p.add_argument("--question", default="", help="question for the specialist (referral)")
    p.add_argument("--free-text", default="", help="a paragraph of your own")
    p.add_argument("--language", choices=SUPPORTED_LANGUAGES, default=None,
                   help="the letter's language (default: the advice sheet in the patient's language, "
                        "else the clinic's, else the letterhead's)")
    p.set_defaults(handler=run_letter)


def _database(args: argparse.Namespace) -> Path | str:
    db = getattr(args, "db", None)
    if db is None:
        from ..paths import default_database_path

        db = default_database_path()
    if not exists(db):  # opening the clinic would create an empty clinic
        raise InputError(f"{db}: no such clinic database")
    return db


def run_letter(args: argparse.Namespace) -> int:
    from ..letters import LetterheadInvalid, LetterOptions, load_letterhead
    from ..services.clinic import PatientNotFound, StoreError, open_clinic

    as_of: date = args.as_of or date.today()
    db = _database(args)
    try:
        letterhead = load_letterhead(args.letterhead)
    except LetterheadInvalid as error:
        raise InputError(str(error)) from None
    page_size = PAGE_SIZES[args.page_size] if args.page_size else None
    options = LetterOptions(kind=args.kind, as_of=as_of, page_size=page_size, question=args.question,
                            free_text=args.free_text, language=args.language)
    try:
        with open_clinic(db) as clinic:
            # Signed as the user running the command, with their role; the demo clinic says so.
            doc, letter = clinic.write_letter(args.patient, options, letterhead, args.out)
    except PatientNotFound:
        raise InputError(f"{db}: no patient with id {args.patient!r}") from None
    except OSError as error:
        raise CliError(f"{args.out}: cannot write: {error.strerror or error}") from None
    except StoreError as error:
        raise CliError(str(error)) from None
    for warning in letter.warnings:  # the letter is written; say what it lacks for posting
        print(f"warning: {doc.id}: {warning}", file=sys.stderr)
    print(f"wrote {args.kind} letter for {doc.id} ({as_of.isoformat()}) to {args.out}")
    return 0
