"""CSV export of the quality indicators, the patients behind one, and the worklist.

Every cell goes through :func:`.spreadsheet.safe_cell` (the one escaping function: text a
spreadsheet could run as a formula gets a leading ``'``; numbers stay numbers a spreadsheet can sum).

Files are meant to be opened with ``encoding="utf-8-sig", newline=""`` (the BOM lets Excel read
the names as UTF-8; ``csv`` writes its own CRLF line ends).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from .indicators import IndicatorResult
from .results import WorklistItem
from .spreadsheet import safe_cell

Cell = str | int | float | None


def write_rows(out: TextIO, header: list[str], rows: Iterable[list[Cell]]) -> None:
    writer = csv.writer(out)
    writer.writerow([safe_cell(h) for h in header])
    writer.writerows([safe_cell(c) for c in row] for row in rows)


def write_indicators_csv(results: Iterable[IndicatorResult], out: TextIO) -> None:
    """One row per indicator: figures, definitions and what the record cannot show."""
    write_rows(out, ["id", "title", "numerator", "denominator", "percent", "numerator_definition",
                     "denominator_definition", "window", "basis", "note", "as_of"],
               ([r.id, r.title, r.numerator, r.denominator, r.percent, r.indicator.numerator,
                 r.indicator.denominator, r.indicator.window, r.indicator.basis, r.note, r.as_of.isoformat()]
                for r in results))


def write_indicator_patients_csv(result: IndicatorResult, names: dict[str, str], out: TextIO) -> None:
    """The patients behind one indicator: in the numerator, in the gap, or concerned (not computable)."""
    rows: list[list[Cell]] = []
    for status, ids in (("met", result.met_ids), ("gap", result.gap_ids), ("concerned", result.eligible_ids)):
        rows += [[result.id, status, pid, names.get(pid, "")] for pid in ids]
    write_rows(out, ["indicator", "status", "patient_id", "name"], rows)


def write_worklist_csv(items: Iterable[WorklistItem], out: TextIO) -> None:
    """The worklist rows as shown (after any filter)."""
    write_rows(out, ["patient_id", "name", "diagnosis", "risk_category", "priority", "next_due", "flags", "codes"],
               ([i.patient_id, i.name, i.diagnosis_code, i.risk_category, i.top_priority,
                 i.earliest_due.isoformat() if i.earliest_due else None, " ".join(i.flags), " ".join(i.codes)]
                for i in items))
