"""Which reader a file needs, and the per-measurement field rules every reader's output passes."""

from __future__ import annotations

from pathlib import Path

from .model import DxaCandidate, ReadResult
from .validate import validate_all

KINDS = ("csv", "xlsx", "dicom-sr", "fhir")


def sniff_kind(path: Path, head: bytes) -> str | None:
    """csv, xlsx, dicom-sr, fhir or None: by content first (DICM at 128, JSON, a zip), then by suffix."""
    if len(head) >= 132 and head[128:132] == b"DICM":
        return "dicom-sr"
    suffix = path.suffix.lower()
    if head[:2] == b"PK" or suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] == b"{" or suffix == ".json":
        return "fhir"
    if suffix in (".dcm", ".dicom"):
        return "dicom-sr"
    if suffix in (".csv", ".txt", ".tsv") or b"," in head or b";" in head:
        return "csv"
    return None


def read_file(path: Path) -> ReadResult:
    """Read one file with the reader its content needs; every candidate checked against the field rules."""
    try:
        data = path.read_bytes()
    except OSError as error:
        result = ReadResult(str(path), "unknown")
        result.problem("", "", f"cannot be read: {error.strerror or error}")
        return result
    kind = sniff_kind(path, data[:4096])
    if kind in ("csv", "xlsx"):
        from .table import read_table

        result = read_table(path, data)
    elif kind == "dicom-sr":
        from .dicom_sr import read_dicom_sr

        result = read_dicom_sr(path, data)
    elif kind == "fhir":
        from .fhir_import import read_fhir

        result = read_fhir(path, data)
    else:
        result = ReadResult(str(path), "unknown")
        result.problem("", "", "is not a DXA table (CSV, XLSX), a DICOM SR or FHIR JSON")
        return result
    items = validate_all([c.values for c in result.candidates])
    checked = []
    for candidate, (item, problems) in zip(result.candidates, items, strict=True):
        for field, message in problems:
            result.problem(candidate.where, field, message)
        if item is not None:
            checked.append(DxaCandidate(candidate.file, candidate.where, candidate.patient, candidate.values,
                                        candidate.scanner_model, item))
    result.candidates = checked
    return result
