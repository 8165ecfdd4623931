"""DICOM Structured Reports of DXA results in GE Lunar enCORE's layout (pydicom).

Root CONTAINER "DXA Report" › CONTAINER per body part ("AP Spine", "Left Femur", "DualFemur" …)
› CONTAINER per region ("L1-L4", "Neck", "Total", "33%"; in a DualFemur also "Left"/"Right"
containers or regions naming their side) › NUM "BMD" (g/cm²) and TEXT or NUM "BMD_TSCORE",
"BMD_ZSCORE". A report that is an SR but not a DXA report is refused; a DualFemur region that
does not say which femur is refused (one cannot guess a side); regions that are not contract
sites (L1, Ward's, trochanter, mean of both femurs …) are left out with a note.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from .dicom_layout import body_part, site_in_part
from .model import DxaCandidate, PatientRef, ReadResult
from .vocab import read_manufacturer, read_number, read_side

SR_CLASS_PREFIX = "1.2.840.10008.5.1.4.1.1.88."
_ITEMS = {"bmd": "bmd_g_cm2", "bmdtscore": "t_score", "tscore": "t_score", "bmdzscore": "z_score", "zscore": "z_score"}


def _meaning(item: Any) -> str:
    seq = getattr(item, "ConceptNameCodeSequence", None)
    if not seq:
        return ""
    return str(getattr(seq[0], "CodeMeaning", "") or "").strip()


def _key(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _da(value: Any) -> date | None:
    text = str(value or "").strip()
    if len(text) == 8 and text.isdigit():
        try:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            return None
    return None


def read_dicom_sr(path: Path, data: bytes | None = None) -> ReadResult:
    import pydicom
    from pydicom.errors import InvalidDicomError

    result = ReadResult(str(path), "dicom-sr")
    try:
        ds = pydicom.dcmread(io.BytesIO(data) if data is not None else path, force=False)
    except (InvalidDicomError, OSError, ValueError, EOFError) as error:
        result.problem("", "", f"is not a readable DICOM file: {error}")
        return result
    sop_class = str(getattr(ds, "SOPClassUID", "") or "")
    if not sop_class.startswith(SR_CLASS_PREFIX) and str(getattr(ds, "Modality", "")) != "SR":
        result.problem("", "SOPClassUID", f"is not a DICOM Structured Report (SOP class {sop_class or 'missing'})")
        return result
    title = _meaning(ds)
    if "dxa" not in _key(title) and "densitometry" not in _key(title) and "bonedensity" not in _key(title):
        result.problem("", "ConceptNameCodeSequence",
                       f"this Structured Report is not a DXA report (its title is {title or 'missing'!r})")
        return result
    when = _da(getattr(ds, "StudyDate", None)) or _da(getattr(ds, "ContentDate", None))
    if when is None:
        result.problem("", "StudyDate", f"is missing or not a date (got {str(getattr(ds, 'StudyDate', ''))!r})")
    name = getattr(ds, "PatientName", None)
    family = str(getattr(name, "family_name", "") or "").strip() or None if name is not None else None
    given = str(getattr(name, "given_name", "") or "").strip() or None if name is not None else None
    patient = PatientRef(str(getattr(ds, "PatientID", "") or "").strip() or None, family, given,
                         _da(getattr(ds, "PatientBirthDate", None)))
    if patient.patient_id is None and (patient.family is None or patient.birth_date is None):
        result.problem("", "PatientID", "is missing, and the name and birth date are not both given")
    model = str(getattr(ds, "ManufacturerModelName", "") or "").strip() or None
    manufacturer = read_manufacturer(str(getattr(ds, "Manufacturer", "") or "") or None, model)
    if result.problems:
        return result
    for part in getattr(ds, "ContentSequence", []) or []:
        if getattr(part, "ValueType", "") != "CONTAINER":
            continue
        part_name = _meaning(part)
        _walk(result, part_name, [], part, patient, when, manufacturer, model)
    if not result.candidates and not result.problems:
        result.notes.append(f"{path}: a DXA report with no contract site in it")
    return result


def _walk(result: ReadResult, part_name: str, path: list[str], node: Any, patient: PatientRef, when: date | None,
          manufacturer: str | None, model: str | None) -> None:
    """Visit the containers under a body part; a container holding measurements is a region."""
    values: dict[str, float | None] = {}
    where = "/".join([part_name, *path])
    for child in getattr(node, "ContentSequence", []) or []:
        kind = getattr(child, "ValueType", "")
        if kind == "CONTAINER":
            _walk(result, part_name, [*path, _meaning(child)], child, patient, when, manufacturer, model)
            continue
        field = _ITEMS.get(_key(_meaning(child)))
        if field is None:
            continue
        try:
            if kind == "NUM":
                seq = getattr(child, "MeasuredValueSequence", None)
                raw = seq[0].NumericValue if seq else None
                units = seq[0].MeasurementUnitsCodeSequence[0].CodeValue if seq and getattr(
                    seq[0], "MeasurementUnitsCodeSequence", None) else None
                if field == "bmd_g_cm2" and units and _key(str(units)) not in ("gcm2", "gcm"):
                    result.problem(where, field, f"unit {units!r} is not g/cm2")
                    continue
            elif kind == "TEXT":
                raw = getattr(child, "TextValue", None)
            else:
                continue
            values[field] = read_number(None if raw is None else str(raw))
        except ValueError as error:
            result.problem(where, field, str(error))
    if not values or not path:
        return
    region = path[-1]
    kind, _ = body_part(part_name)
    site, side = site_in_part(part_name, region)
    for outer in path[:-1]:  # DualFemur › Left › Neck
        side = side or read_side(outer)
    if site is None:
        result.notes.append(f"{result.file}: {where}: not a contract site; left out")
        return
    if kind == "dualfemur" and side is None:
        result.problem(where, "side", "a DualFemur region must say which femur it is (left or right)")
        return
    values_out: dict[str, Any] = {"date": when.isoformat() if when else None, "site": site, "side": side,
                                  "manufacturer": manufacturer, **values}
    result.candidates.append(DxaCandidate(result.file, where, patient, values_out, model))
