"""``import``, ``export``, ``demo`` and ``schema`` (contract §1).

Imports go through the window's pipeline (:mod:`..services.document_import`): all or nothing,
every problem of every file reported (file, field path, problem), one transaction. Exports write
the canonical JSON form, so export → import → export gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ..core.document import PatientDocument
from ..paths import default_database_path
from ..services.clinic import Clinic
from .common import CliError, InputError, add_db_option, add_user_option, clinic_errors, open_at, sign_in_if_asked

DEFAULT_DEMO_PATIENTS = 300
DEFAULT_DEMO_SEED = 1


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands to the parser."""
    p = sub.add_parser("import", help="import patient documents (JSON files or folders), all or nothing")
    add_db_option(p)
    p.add_argument("inputs", nargs="+", type=Path, metavar="FILE.json|DIR",
                   help="patient documents; a folder means every *.json file directly inside it")
    add_user_option(p)
    p.set_defaults(handler=run_import)

    p = sub.add_parser("export", help="write patient documents, one canonical JSON file per patient")
    add_db_option(p)
    p.add_argument("--patient", action="append", metavar="ID", help="only this patient (repeatable)")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for <id>.json files")
    p.set_defaults(handler=run_export)

    p = sub.add_parser("demo", help="create a synthetic demo clinic in an empty database")
    add_db_option(p)
    p.add_argument("--patients", type=_positive_int, default=DEFAULT_DEMO_PATIENTS, metavar="N")
    p.add_argument("--seed", type=int, default=DEFAULT_DEMO_SEED, metavar="S")
    p.set_defaults(handler=run_demo)

    p = sub.add_parser("schema", help="print the JSON Schema of a patient document or an assessment report")
    p.add_argument("kind", choices=("patient", "assessment"))
    p.set_defaults(handler=run_schema)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def database_path(args: argparse.Namespace) -> Path | str:
    """``--db`` given before or after the sub-command (a file or a server URL), else the per-user
    default database."""
    db = getattr(args, "db", None)
    return db if db else default_database_path()


def open_clinic_of(args: argparse.Namespace) -> Clinic:
    return open_at(database_path(args))



def input_files(inputs: Iterable[Path]) -> list[Path]:
    """Files named, and every ``*.json`` directly inside each folder named (the window's rule)."""
    from ..services import document_import

    try:
        return document_import.input_files(inputs)
    except document_import.DocumentsRefused as refused:
        raise InputError(refused.summary) from None


def read_documents(files: list[Path], as_of: date) -> list[PatientDocument]:
    """Parse and validate every file (services' one import pipeline); print every problem of
    every file, then fail as a whole."""
    from ..services import document_import

    try:
        return document_import.read_documents(files, as_of)
    except document_import.DocumentsRefused as refused:
        for problem in refused.problems:
            print(problem, file=sys.stderr)
        raise InputError(refused.summary) from None


@clinic_errors
def run_import(args: argparse.Namespace) -> int:
    files = input_files(args.inputs)
    docs = read_documents(files, date.today())
    from ..services import document_import

    with open_clinic_of(args) as clinic:
        sign_in_if_asked(clinic, args)
        result = clinic.import_documents_from(
            docs, date.today(), source=document_import.import_source(args.inputs),
            on_writing=lambda n: print(f"writing {n} patients to {clinic.location}", file=sys.stderr, flush=True),
            on_assessing=lambda n: print(f"assessing {n} patients for the patient list", file=sys.stderr, flush=True),
        )
    print(result.summary())
    return 0


@clinic_errors
def run_export(args: argparse.Namespace) -> int:
    from ..services.document_export import ExportRefused, UnknownPatients

    out: Path = args.out
    with open_clinic_of(args) as clinic:
        try:
            written = clinic.export_documents(out, args.patient)
        except UnknownPatients as unknown:
            raise InputError(str(unknown)) from None
        except ExportRefused as refused:
            raise CliError(str(refused)) from None
    print(f"exported {written} patients to {out}")
    return 0


@clinic_errors
def run_demo(args: argparse.Namespace) -> int:
    with open_clinic_of(args) as clinic:
        existing = clinic.patient_count()
        if existing:
            raise CliError(f"{clinic.location} already holds {existing} patients; "
                           "the demo clinic is only created in an empty database")
        total = clinic.fill_demo_clinic(args.patients, seed=args.seed, as_of=date.today())
    print(f"created a demo clinic of {total} patients (seed {args.seed}) in {clinic.location}")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    if args.kind == "patient":
        schema = PatientDocument.model_json_schema(by_alias=True)
    else:
        try:
            from ..core.report import AssessmentReport
        except ImportError as error:
            raise CliError(f"the assessment report model is not available in this installation ({error})") from None
        schema = AssessmentReport.model_json_schema(by_alias=True)
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0
