"""Sub-commands for a clinic server: ``schema-version``, ``migrate-to``, ``server-grants``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services import clinic_server
from ..services.clinic import is_server_location
from .common import InputError, add_db_option, clinic_errors
from .data_commands import database_path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("schema-version", help="the schema changes applied to the clinic database (file or server)")
    add_db_option(p)
    p.set_defaults(handler=run_schema_version)

    p = sub.add_parser("migrate-to", help="move a SQLite clinic onto an empty clinic server database, verified")
    p.add_argument("target", metavar="postgresql://HOST/DB", help="the clinic server's (empty) database")
    add_db_option(p)
    p.set_defaults(handler=run_migrate_to)

    p = sub.add_parser("server-grants", help="print the SQL that gives the workstations' role its rights "
                                             "(append-only audit trail); IT runs it as the database owner")
    p.add_argument("role", help="the workstations' PostgreSQL role")
    p.set_defaults(handler=run_server_grants)


@clinic_errors
def run_schema_version(args: argparse.Namespace) -> int:
    location = database_path(args)
    if not is_server_location(location) and not Path(location).is_file():
        # asking for a version must not leave a new, empty clinic behind (a mistyped path)
        raise InputError(f"--db {location}: there is no clinic database at this path")
    names = clinic_server.schema_version(location)
    print(f"{names[-1] if names else 'empty'} ({len(names)} schema changes applied)")
    return 0


@clinic_errors
def run_migrate_to(args: argparse.Namespace) -> int:
    if not is_server_location(args.target):
        raise InputError(f"target {args.target!r}: give the clinic server as postgresql://HOST/DATABASE")
    source = database_path(args)
    if is_server_location(source) or not Path(source).is_file():
        raise InputError(f"--db {source}: give the SQLite clinic file to move")
    print(clinic_server.move_clinic(Path(source), args.target))
    return 0


@clinic_errors
def run_server_grants(args: argparse.Namespace) -> int:
    for statement in clinic_server.grant_statements(args.role):
        print(statement + ";")
    return 0
