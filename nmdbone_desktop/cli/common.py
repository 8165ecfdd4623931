"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path


class InputError(ValueError):
    """Invalid input named by the user (exit code 2); nothing was written."""


class CliError(RuntimeError):
    """Any other failure (exit code 1)."""


def iso_date(text: str) -> date:
    """argparse type for ``--as-of``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date written YYYY-MM-DD: {text!r}") from None


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    # SUPPRESS keeps a --db given before the sub-command (``nmdbone-desktop --db X import ...``).
    parser.add_argument(
        "--db",
        required=required,
        type=Path,
        default=argparse.SUPPRESS,
        help="clinic database (default: the per-user data directory)",
    )


def add_as_of_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of", type=iso_date, default=None, dest="as_of", help="assessment date YYYY-MM-DD (default: today)"
    )
