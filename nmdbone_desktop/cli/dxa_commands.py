"""``import-dxa`` (DXA results from scanner tables, DICOM SR and FHIR) and ``export-fhir``.

``import-dxa`` prints the preview (text, or JSON with ``--json``): what will be added to which
patient, what is a duplicate and skipped, what is refused and why. Any refusal is exit code 2,
naming the file, the row or element and the field; nothing is written. ``--dry-run`` stops after
the preview. Patients matched by name and birth date only (a DICOM or FHIR file without the
clinic's id) are written only with ``--accept-name-matches``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from .common import CliError, InputError, add_db_option, add_user_option, clinic_errors, sign_in_if_asked
from .data_commands import open_clinic_of


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-dxa", help="import DXA results (CSV/XLSX tables, DICOM SR, FHIR), all or nothing")
    add_db_option(p)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show the preview, write nothing")
    p.add_argument("--json", action="store_true", help="the preview as JSON")
    p.add_argument("--patient", metavar="ID", help="put every measurement of the files to this patient")
    p.add_argument("--accept-name-matches", action="store_true",
                   help="write measurements matched to a patient by name and birth date only")
    add_user_option(p)
    p.set_defaults(handler=run_import_dxa)

    p = sub.add_parser("export-fhir", help="write a FHIR R4 collection Bundle per patient")
    add_db_option(p)
    p.add_argument("--patient", action="append", metavar="ID", help="only this patient (repeatable)")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for <id>.fhir.json files")
    p.add_argument("--with-letter", action="store_true",
                   help="add the latest letter printed or saved (its text from the audit trail) as a DocumentReference")
    p.set_defaults(handler=run_export_fhir)


@clinic_errors
def run_import_dxa(args: argparse.Namespace) -> int:
    for path in args.files:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
    with open_clinic_of(args) as clinic:
        sign_in_if_asked(clinic, args)
        plan = clinic.plan_dxa_import(args.files, as_of=date.today(), patient_id=args.patient)
        if args.json:
            print(json.dumps(plan.as_dict(), ensure_ascii=False, indent=2))
        else:
            print(plan.text())
        if not plan.valid:
            for line in plan.problem_lines():
                print(line, file=sys.stderr)
            raise InputError(f"{len(plan.problem_lines())} refused; nothing was imported")
        if args.dry_run:
            print("dry run: nothing was written", file=sys.stderr)
            return 0
        if plan.needs_confirmation and not args.accept_name_matches:
            who = ", ".join(sorted({r.patient_id or "?" for r in plan.needs_confirmation}))
            raise InputError(f"matched by name and birth date only: {who}; check them and re-run with "
                             "--accept-name-matches (nothing was imported)")
        result = clinic.commit_dxa_import(plan, confirm_name_matches=args.accept_name_matches,
                                   on_progress=lambda m: print(m, file=sys.stderr, flush=True))
    print(f"imported {result.added} DXA measurements for {len(result.patients)} patients; "
          f"{result.duplicates} duplicates skipped", file=sys.stderr)
    return 0


@clinic_errors
def run_export_fhir(args: argparse.Namespace) -> int:

    with open_clinic_of(args) as clinic:
        wanted = list(dict.fromkeys(args.patient)) if args.patient else None
        if wanted is not None:
            missing = sorted(set(wanted) - set(clinic.revisions()))
            if missing:
                raise InputError(f"no patient with id {', '.join(repr(m) for m in missing)} in {clinic.location}")
        try:
            written = clinic.write_fhir_bundles(args.out, wanted, with_letter=args.with_letter)
        except OSError as error:
            raise CliError(f"cannot write to {args.out}: {error.strerror or error}") from None
    print(f"exported {len(written)} FHIR bundles to {args.out}")
    return 0
