"""Helpers shared by the sub-commands: options, exit codes, opening and signing in to the clinic."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import date
from functools import wraps
from pathlib import Path

from ..services.clinic import BackupInvalid, Clinic, StoreError, is_server_location, open_clinic

#: Where ``--user NAME`` finds the password (else a prompt in a terminal).
PASSWORD_ENV = "NMDBONE_PASSWORD"

Handler = Callable[[argparse.Namespace], int]


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


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", default=argparse.SUPPRESS, metavar="NAME",
                        help=f"sign in as NAME when login is enabled (password from ${PASSWORD_ENV} or a prompt)")


def sign_in_if_asked(clinic: Clinic, args: argparse.Namespace) -> None:
    """``--user NAME``: check the password (``$NMDBONE_PASSWORD`` or a prompt); the clinic then runs as NAME."""
    name = getattr(args, "user", None)
    if not name:
        return
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise InputError(f"--user {name}: set {PASSWORD_ENV} or run in a terminal to be asked the password")
        password = getpass.getpass(f"password for {name}: ")
    clinic.sign_in(name, password)


def open_at(path: Path | str) -> Clinic:
    try:
        return open_clinic(path)
    except OSError as error:
        raise CliError(f"cannot open the database {path}: {error}") from None


def clinic_errors(handler: Handler) -> Handler:
    """The exit code of a clinic failure: a refused backup is invalid input (2, nothing changed); any
    other (database busy, newer schema, a patient deleted meanwhile, a role refused) is 1."""

    @wraps(handler)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except BackupInvalid as error:
            raise InputError(f"{error}; nothing was changed") from None
        except StoreError as error:
            raise CliError(str(error)) from None

    return wrapper


def add_as_of_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of", type=iso_date, default=None, dest="as_of", help="assessment date YYYY-MM-DD (default: today)"
    )
