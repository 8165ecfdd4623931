"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..services.clinic import is_server_location


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


def location(text: str) -> Path | str:
    """argparse type for ``--db``: a SQLite file's path, or a clinic server's ``postgresql://`` URL."""
    return text if is_server_location(text) else Path(text)


def exists(location: Path | str) -> bool:
    """Whether the clinic is there already (a server database is: opening it creates nothing new)."""
    return is_server_location(location) or Path(location).is_file()


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    # SUPPRESS keeps a --db given before the sub-command (``nmdbone-desktop --db X import ...``).
    parser.add_argument(
        "--db",
        required=required,
        type=location,
        default=argparse.SUPPRESS,
        help="clinic database: a file, or a clinic server postgresql://host/clinic (default: the per-user data "
             "directory)",
    )


def add_as_of_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of", type=iso_date, default=None, dest="as_of", help="assessment date YYYY-MM-DD (default: today)"
    )
