"""``backup``, ``restore``, ``history`` and ``users`` (contract §1; docs/data-protection.md).

Exit codes as everywhere: 0 done; 2 invalid input (a file that is not a sound backup of a clinic
database, an unknown patient, a database that does not exist) with nothing changed; 1 anything
else (database busy, permission denied, wrong password). ``--user NAME`` signs in (password from
the environment variable ``NMDBONE_PASSWORD``, else a prompt); it is needed for changes once the
database requires login. Each command warns on stderr when the database is on a network share.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from ..paths import default_database_path
from ..services.clinic import ROLES, Clinic, is_server_location, network_warning
from ..services.clinic import audit_entry_json as entry_json
from ..services.clinic import describe_audit_entry as describe
from .common import (
    PASSWORD_ENV,
    InputError,
    add_db_option,
    add_user_option,
    clinic_errors,
    exists,
    open_at,
    sign_in_if_asked,
)

__all__ = ["PASSWORD_ENV", "open_signed_in", "register", "sign_in_if_asked"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands to the parser."""
    p = sub.add_parser("backup", help="write a verified, consistent copy of the live database")
    _common(p)
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the backup file to write")
    p.set_defaults(handler=run_backup)

    p = sub.add_parser("restore", help="verify a backup, keep the current database aside, restore")
    _common(p)
    p.add_argument("backup_file", type=Path, metavar="FILE", help="a backup written by 'backup' (or automatically)")
    p.set_defaults(handler=run_restore)

    p = sub.add_parser("history", help="the audit trail: who changed what, when, before and after")
    _common(p)
    p.add_argument("--patient", metavar="ID", help="only this patient's entries")
    p.add_argument("--json", action="store_true", help="JSON list of entries (newest first)")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="only the newest N entries")
    p.set_defaults(handler=run_history)

    _register_users(sub)


def _register_users(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help="local user accounts and roles (optional login)")
    _common(p)
    users = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    u = users.add_parser("list", help="accounts, roles, whether login is required")
    _common(u)
    u.set_defaults(handler=run_users_list)
    u = users.add_parser("add", help="add an account")
    _common(u)
    u.add_argument("name")
    u.add_argument("--role", required=True, choices=ROLES)
    u.add_argument("--password-stdin", action="store_true", help="read the new password from stdin")
    u.add_argument("--enable-login", action="store_true", help="then require login for this database")
    u.set_defaults(handler=run_users_add)
    for action, text in (("disable", "disable an account (accounts are never deleted)"),
                         ("enable", "enable a disabled account")):
        u = users.add_parser(action, help=text)
        _common(u)
        u.add_argument("name")
        u.set_defaults(handler=run_users_active, active=action == "enable")
    u = users.add_parser("passwd", help="set an account's password")
    _common(u)
    u.add_argument("name")
    u.add_argument("--password-stdin", action="store_true", help="read the new password from stdin")
    u.set_defaults(handler=run_users_passwd)
    for action, required in (("enable-login", True), ("disable-login", False)):
        u = users.add_parser(action, help=("require" if required else "stop requiring") + " login")
        _common(u)
        u.set_defaults(handler=run_users_login, required=required)


def _common(p: argparse.ArgumentParser) -> None:
    add_db_option(p)
    add_user_option(p)


# -- helpers shared with other command modules ------------------------------------------------------

_warned: set[str] = set()


def database_path(args: argparse.Namespace) -> Path | str:
    """``--db`` given before or after the sub-command, else the per-user default database.

    (As in data_commands, not imported from there, so that data_commands may import this module.)
    """
    db = getattr(args, "db", None)
    return db if db else default_database_path()


def warn_if_network(db_path: Path) -> None:
    """Print the network-share warning on stderr, once per database and process (main may call it for
    every command; these commands call it too)."""
    key = os.path.abspath(db_path)
    if key in _warned:
        return
    _warned.add(key)
    warning = network_warning(db_path)
    if warning:
        print(warning, file=sys.stderr)


def read_password(prompt: str, *, from_stdin: bool = False, confirm: bool = False) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise InputError("no password on stdin")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise InputError("no terminal to ask for a password: use --password-stdin")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("again: ") != first:
        raise InputError("the two passwords differ")
    return first


def db_path_of(args: argparse.Namespace, *, must_exist: bool) -> Path | str:
    path = database_path(args)
    if is_server_location(path):
        return path
    if must_exist and not exists(path):
        raise InputError(f"no database at {path}")
    warn_if_network(Path(path))
    return path


def open_signed_in(args: argparse.Namespace, *, must_exist: bool = True) -> Clinic:
    path = db_path_of(args, must_exist=must_exist)
    clinic = open_at(path)
    try:
        sign_in_if_asked(clinic, args)
    except BaseException:
        clinic.close()
        raise
    return clinic


# -- backup / restore / history ---------------------------------------------------------------------

@clinic_errors
def run_backup(args: argparse.Namespace) -> int:
    with open_signed_in(args) as clinic:
        info = clinic.backup(args.out)
    print(f"backed up {info.patients:,} patients to {info.path} ({info.size_bytes / 1e6:.1f} MB); "
          "verified: integrity ok")
    return 0


@clinic_errors
def run_restore(args: argparse.Namespace) -> int:
    existed = exists(database_path(args))
    with open_signed_in(args, must_exist=False) as clinic:
        result = clinic.restore(args.backup_file)
    if not existed:  # nothing was there before: an empty database need not be kept
        for leftover in (result.kept_aside, Path(f"{result.kept_aside}-journal")):
            leftover.unlink(missing_ok=True)
        print(f"restored {result.patients:,} patients from {result.source} into the new database {result.database}")
        return 0
    print(f"restored {result.patients:,} patients from {result.source} into {result.database}; "
          f"the previous database is kept as {result.kept_aside}")
    return 0


@clinic_errors
def run_history(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        raise InputError("--limit must be at least 1")
    with open_signed_in(args) as clinic:
        entries = clinic.history(args.patient, limit=args.limit)
        if args.patient and not entries and args.patient not in clinic.revisions():
            raise InputError(f"no patient with id {args.patient!r} and no history for that id in {clinic.location}")
    if args.json:
        print(json.dumps([entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return 0
    rows = [(e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), e.user, e.action, e.patient_id or "",
             e.record or "", describe(e, width=100)) for e in entries]
    _print_table(("when", "user", "action", "patient", "record", "change"), rows)
    return 0


def _print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    for line in (header, tuple("-" * w for w in widths), *rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())


# -- users ------------------------------------------------------------------------------------------

@clinic_errors
def run_users_list(args: argparse.Namespace) -> int:
    with open_signed_in(args) as clinic:
        accounts = clinic.accounts()
        required = clinic.login_required()
        path = clinic.location
    print(f"login {'required' if required else 'not required'} for {path}")
    _print_table(("user", "role", "active", "changed"),
                 [(a.name, a.role, "yes" if a.active else "no", a.changed_at.astimezone().strftime("%Y-%m-%d %H:%M"))
                  for a in accounts])
    return 0


@clinic_errors
def run_users_add(args: argparse.Namespace) -> int:
    with open_signed_in(args, must_exist=False) as clinic:
        password = read_password(f"password for {args.name}: ", from_stdin=args.password_stdin, confirm=True)
        account = clinic.add_user(args.name, args.role, password)
        if args.enable_login:
            clinic.set_login_required(True)
    print(f"added {account.name} ({account.role})" + ("; login is now required" if args.enable_login else ""))
    return 0


@clinic_errors
def run_users_active(args: argparse.Namespace) -> int:
    with open_signed_in(args) as clinic:
        clinic.set_user_active(args.name, args.active)
    print(f"{'enabled' if args.active else 'disabled'} {args.name}")
    return 0


@clinic_errors
def run_users_passwd(args: argparse.Namespace) -> int:
    with open_signed_in(args) as clinic:
        password = read_password(f"new password for {args.name}: ", from_stdin=args.password_stdin, confirm=True)
        clinic.set_password(args.name, password)
    print(f"password of {args.name} changed")
    return 0


@clinic_errors
def run_users_login(args: argparse.Namespace) -> int:
    with open_signed_in(args) as clinic:
        clinic.set_login_required(args.required)
    print("login is now " + ("required" if args.required else "not required"))
    return 0
