"""DXA tables (CSV and XLSX): one row per site and scan, as clinics copy them from scanner reports.

Columns (any order; header names compared after folding, vendors' spellings accepted):
``patient_id, date, site, side, bmd_g_cm2, t_score, z_score, height_adjusted_z, manufacturer,
scanner_model`` and optionally ``tbs`` and ``body_part`` (GE's "Scan Type", e.g. "Left Femur",
which gives the side and tells "Total" of a femur from "Total" of a forearm). CSV: comma,
semicolon or tab separated (detected), UTF-8 (with or without BOM) or Windows-1252, decimal
commas read as decimal points. Columns not listed are left out, and the preview says which.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from .model import DxaCandidate, PatientRef, ReadResult
from .vocab import fold, read_date, read_manufacturer, read_number, read_side, read_site, slash_order_hint

COLUMNS: tuple[str, ...] = (
    "patient_id", "date", "site", "side", "bmd_g_cm2", "t_score", "z_score", "height_adjusted_z",
    "manufacturer", "scanner_model",
)
OPTIONAL_COLUMNS: tuple[str, ...] = ("tbs", "body_part")

_ALIASES: dict[str, tuple[str, ...]] = {
    "patient_id": ("patient id", "patientid", "patient", "id", "pid", "mrn", "patient number", "hospital number",
                   "patientennummer", "patiëntnummer", "patient no", "identifier"),
    "date": ("scan date", "study date", "measured", "exam date", "acquisition date", "date of scan", "datum",
             "scandatum", "untersuchungsdatum", "date d'examen", "date examen", "fecha"),
    "site": ("region", "site", "skeletal site", "measurement site", "regio", "région", "messort"),
    "side": ("laterality", "side", "zijde", "seite", "côté", "cote"),
    "bmd_g_cm2": ("bmd", "bmd (g/cm2)", "bmd (g/cm²)", "bmd g/cm2", "bmd [g/cm2]", "bmd g/cm²", "bone mineral density",
                  "bmd_g_cm2", "bmd (g/cm^2)", "kmd", "bmd in g/cm2"),
    "t_score": ("t-score", "t score", "tscore", "t", "ya t-score", "young adult t-score", "t-wert", "t-waarde"),
    "z_score": ("z-score", "z score", "zscore", "z", "am z-score", "age matched z-score", "z-wert", "z-waarde"),
    "height_adjusted_z": ("height adjusted z", "height-adjusted z-score", "haz", "z-score (height adjusted)",
                          "height adjusted z-score", "hfa z", "z-score height adjusted", "bmd haz"),
    "manufacturer": ("manufacturer", "vendor", "make", "hersteller", "fabrikant"),
    "scanner_model": ("scanner model", "model", "scanner", "device", "device model", "system", "modell"),
    "tbs": ("tbs", "trabecular bone score"),
    "body_part": ("scan type", "body part", "scan", "exam", "body region", "scantyp", "onderzoek"),
}
HEADER_NAMES: dict[str, str] = {}
for _column, _names in _ALIASES.items():
    HEADER_NAMES[fold(_column)] = _column
    for _name in _names:
        HEADER_NAMES[fold(_name)] = _column

_VALUE_FIELDS = ("bmd_g_cm2", "t_score", "z_score", "height_adjusted_z", "tbs")


def template_text() -> str:
    """The import template: the header row (the file shipped in resources/dxa/ is this text)."""
    return ",".join(COLUMNS) + "\n"


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def sniff_separator(text: str) -> str:
    """The separator of the header line: the most frequent of ; , TAB outside quotes."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    counts: dict[str, int] = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else ","


def csv_rows(data: bytes) -> tuple[list[list[Any]], str]:
    text = _decode(data)
    sep = sniff_separator(text)
    return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=sep)], sep


def xlsx_rows(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = next((s for s in book.worksheets if fold(s.title) in ("dxa", "dxaresults", "bmd")), book.worksheets[0])
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if type(cell) is str:
        return cell.strip()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def read_table(path: Path, data: bytes | None = None) -> ReadResult:
    """Read a CSV or XLSX DXA table."""
    is_xlsx = path.suffix.lower() in (".xlsx", ".xlsm")
    result = ReadResult(str(path), "xlsx" if is_xlsx else "csv")
    try:
        if is_xlsx:
            rows = xlsx_rows(path)
        else:
            rows, sep = csv_rows(data if data is not None else path.read_bytes())
            if sep != ",":
                result.notes.append(f"{path}: separator {'TAB' if sep == chr(9) else sep!r} detected")
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        result.problem("", "", f"cannot be read as a {'spreadsheet' if is_xlsx else 'CSV table'}: {error}")
        return result
    header_at = next((i for i, row in enumerate(rows) if any(_text(c) for c in row)), None)
    if header_at is None:
        result.problem("", "", "is empty")
        return result
    columns: dict[str, int] = {}
    unknown: list[str] = []
    for i, cell in enumerate(rows[header_at]):
        name = _text(cell)
        if not name:
            continue
        column = HEADER_NAMES.get(fold(name))
        if column is None:
            unknown.append(name)
        elif column in columns:
            result.problem(f"row {header_at + 1}", column, f"column given twice ({name!r})")
        else:
            columns[column] = i
    for needed in ("patient_id", "date", "site"):
        if needed not in columns:
            result.problem(f"row {header_at + 1}", needed, "column is missing from the header "
                           f"(expected {', '.join(COLUMNS)})")
    if not any(f in columns for f in _VALUE_FIELDS):
        result.problem(f"row {header_at + 1}", "bmd_g_cm2", "no value column (bmd_g_cm2, t_score, z_score) "
                       "in the header")
    if unknown:
        result.notes.append(f"{path}: columns not read: {', '.join(unknown)}")
    if result.problems:
        return result

    width = max(columns.values()) + 1
    at = {c: columns.get(c) for c in (*COLUMNS, *OPTIONAL_COLUMNS)}
    body = rows[header_at + 1:]
    date_at = at["date"]
    values_at = tuple((field, i) for field in _VALUE_FIELDS if (i := at[field]) is not None)
    order = slash_order_hint([_text(r[date_at]) for r in body if date_at is not None and date_at < len(r)])
    for offset, row in enumerate(body):
        if len(row) < width:
            row = [*row, *([None] * (width - len(row)))]
        if not any(c not in (None, "") and (not isinstance(c, str) or c.strip()) for c in row):
            continue
        candidate = _read_row(result, f"row {header_at + 2 + offset}", row, at, values_at, order)
        if candidate is not None:
            result.candidates.append(candidate)
    return result


def _read_row(result: ReadResult, line: str, row: list[Any], at: dict[str, int | None],
              values_at: tuple[tuple[str, int], ...], order: str | None) -> DxaCandidate | None:
    def cell(column: str) -> Any:
        i = at[column]
        return None if i is None else row[i]

    ok = True
    patient_id = _text(cell("patient_id"))
    if not patient_id:
        result.problem(line, "patient_id", "is empty")
        ok = False
    try:
        when = read_date(cell("date"), order)
        if when is None:
            result.problem(line, "date", "is empty")
            ok = False
    except ValueError as error:
        result.problem(line, "date", str(error))
        when, ok = None, False
    site_text = _text(cell("site"))
    part = _text(cell("body_part"))
    site, side_in_name = _site_in_context(site_text, part)
    if not site_text:
        result.problem(line, "site", "is empty")
        ok = False
    elif site is None:
        where = f"{part}/{site_text}" if part else site_text
        result.notes.append(f"{result.file}: {line}: site {where!r} is not a contract site; left out")
        return None
    side_text = _text(cell("side"))
    side = side_in_name
    if side_text:
        side = read_side(side_text)
        if side is None:
            result.problem(line, "side", f"must be left or right (got {side_text!r})")
            ok = False
        elif side_in_name is not None and side != side_in_name:
            result.problem(line, "side", f"says {side} but the site name says {side_in_name} ({site_text!r})")
            ok = False
    values: dict[str, Any] = {"date": when, "site": site, "side": side}
    for field, i in values_at:
        try:
            values[field] = read_number(row[i])
        except ValueError as error:
            result.problem(line, field, str(error))
            ok = False
    model = _text(cell("scanner_model")) or None
    values["manufacturer"] = read_manufacturer(_text(cell("manufacturer")) or None, model)
    if not ok:
        return None
    return DxaCandidate(result.file, line, PatientRef(patient_id), values, model)


def _site_in_context(region: str, part: str) -> tuple[str | None, str | None]:
    """A region read with the body part it belongs to ("Left Femur" + "Total" is the left total hip)."""
    if not part:
        return read_site(region)
    from .dicom_layout import site_in_part

    return site_in_part(part, region)
