"""``worklist``: care gaps across all patients and the clinic's quality indicators (contract §6).

The command refreshes the assessment cache on the way (only patients whose revision, date or
ruleset changed are assessed again), so a second run on the same date is quick. Without
``--json`` it prints two readable tables; ``--csv FILE`` also writes the indicators as CSV.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ..services import DEFAULT_HORIZON_DAYS, TIER_WORDS, TIERS, Overview, TriageItem, WorklistItem
from ..services.export import write_indicators_csv
from ..services.handling import describe_mark
from ..services.triage import header_words
from .common import CliError, add_as_of_option, add_db_option, clinic_errors, exists
from .data_commands import database_path, open_clinic_of

RISK_WORDS = {"low": "low", "moderate": "moderate", "high": "high", "very_high": "very high"}


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands to the parser."""
    p = sub.add_parser("worklist", help="care gaps across all patients, and the clinic's quality indicators")
    add_db_option(p)
    add_as_of_option(p)
    p.add_argument("--json", action="store_true", help="print the contract §6 JSON document")
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the quality indicators as CSV")
    p.add_argument("--all", action="store_true", help="include items marked as handled (booked, not applicable)")
    p.add_argument("--horizon", type=_days, default=DEFAULT_HORIZON_DAYS, metavar="DAYS",
                   help=f"'coming up': due within this many days (default {DEFAULT_HORIZON_DAYS})")
    p.set_defaults(handler=run_worklist)


def _days(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}")
    return int(text)


def _progress(done: int, total: int, message: str) -> None:
    """A one-line counter on an interactive terminal (never in pipes or logs)."""
    if sys.stderr.isatty() and total:
        end = "\n" if done >= total else ""
        print(f"\rassessing: {message}", end=end, file=sys.stderr, flush=True)


@clinic_errors
def run_worklist(args: argparse.Namespace) -> int:
    path = database_path(args)
    if not exists(path):
        raise CliError(f"{path}: no such database")
    as_of = args.as_of or date.today()
    with open_clinic_of(args) as clinic:
        overview = clinic.overview(as_of, progress=_progress, horizon_days=args.horizon)
    if args.csv is not None:
        try:
            with args.csv.open("w", encoding="utf-8-sig", newline="") as out:
                write_indicators_csv(overview.indicators, out)
        except OSError as error:
            raise CliError(f"cannot write {args.csv}: {error.strerror or error}") from None
    if args.json:
        json.dump(overview.to_json(include_handled=args.all), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_overview(overview, include_handled=args.all))
    return 0


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    line = "  ".join
    out = [line(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    out += [line(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return out


def _patient_row(item: WorklistItem) -> list[str]:
    return [item.patient_id, item.name, item.diagnosis_code, RISK_WORDS.get(item.risk_category or "", "—"),
            str(item.top_priority), item.earliest_due.isoformat() if item.earliest_due else "—",
            ", ".join(item.codes)]


def _item_row(item: TriageItem) -> list[str]:
    return [item.patient_id, item.name, "child" if item.population == "child" else "adult",
            RISK_WORDS.get(item.risk_category or "", "—"), str(item.priority), item.title, item.why,
            f"{item.since} ({item.waiting_days:,} d)",
            item.due.isoformat() if item.due else "—",
            describe_mark(item.handled) if item.handled else (f"returned: {describe_mark(item.lapsed)}"
                                                              if item.lapsed else "")]


def format_items(overview: Overview, *, include_handled: bool = False) -> list[str]:
    """The triaged items, grouped by tier (handled ones last, with ``--all``)."""
    wl = overview.worklist
    header = ["ID", "Name", "Age group", "Risk", "P", "To do", "Why", "Waiting since", "Due", "Note"]
    lines = [f"Worklist on {wl.as_of} (ruleset {wl.ruleset_version}): {header_words(wl.patients, wl.tier_counts())}"]
    open_items = wl.open_items()
    for tier in TIERS:
        rows = [_item_row(i) for i in open_items if i.tier == tier]
        label = TIER_WORDS[tier].capitalize()
        horizon = f" (within {wl.horizon_days} days)" if tier == "coming_up" else ""
        lines += ["", f"{label}{horizon}: {len(rows):,}"]
        if rows:
            lines += _table(header, rows)
    if include_handled:
        rows = [_item_row(i) for i in wl.triage if i.handled is not None]
        lines += ["", f"Handled: {len(rows):,}"]
        if rows:
            lines += _table(header, rows)
    return lines


def format_overview(overview: Overview, *, include_handled: bool = False) -> str:
    """The triaged items by tier, the patients, and the indicators as plain-text tables."""
    wl = overview.worklist
    lines = format_items(overview, include_handled=include_handled)
    lines += ["", f"Patients with open actions or warnings: {len(wl.items):,} of {wl.patients:,}", ""]
    lines += _table(["ID", "Name", "Diagnosis", "Risk", "P", "Next due", "Codes"],
                    [_patient_row(item) for item in wl.items])
    if wl.unassessed:
        lines += ["", f"Not assessed (changed while the list was built; run again): {', '.join(wl.unassessed)}"]
    lines += ["", "Quality indicators", ""]
    rows = []
    for result in overview.indicators:
        if result.numerator is None:
            figure, percent = f"not recordable ({len(result.eligible_ids)} concerned)", ""
        else:
            figure = f"{result.numerator}/{result.denominator}"
            percent = "—" if result.percent is None else f"{result.percent:.1f}%"
        rows.append([result.id, result.title, figure, percent])
    lines += _table(["ID", "Indicator", "n/N", "%"], rows)
    return "\n".join(lines) + "\n"
