"""FHIR R4 DXA Observations → DXA candidates.

Accepts a Bundle (any type), a single Observation, or a DiagnosticReport (which holds no values
itself: its Observations are read from the files given). An Observation is a DXA value when its
code is one of the LOINC DXA terms of :mod:`.codes` or the app's own code; body site and
laterality come from the LOINC term, ``bodySite`` (SNOMED CT) and mCODE's laterality qualifier.
The BMD, T- and Z-score Observations of one patient, date, site and side become one DXA row.
Other Observations (weight, labs …) are left out with a note.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from .codes import (
    LATERALITY_EXTENSION,
    LOCAL_SYSTEM,
    LOINC,
    LOINC_INDEX,
    LOINC_REGION_TO_SITE,
    PATIENT_ID_SYSTEM,
    SNOMED,
    SNOMED_TO_SIDE,
    SNOMED_TO_SITE,
)
from .model import DxaCandidate, PatientRef, ReadResult
from .vocab import read_manufacturer

_MEASURES = ("bmd_g_cm2", "t_score", "z_score", "height_adjusted_z", "tbs")


def _codings(concept: Any) -> list[dict[str, Any]]:
    if not isinstance(concept, dict):
        return []
    return [c for c in concept.get("coding", []) or [] if isinstance(c, dict)]


def _date(text: Any) -> date | None:
    if not isinstance(text, str) or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def read_fhir(path: Path, data: bytes | None = None) -> ReadResult:
    result = ReadResult(str(path), "fhir")
    try:
        resource = json.loads(data if data is not None else path.read_bytes())
    except (ValueError, RecursionError) as error:
        result.problem("", "", f"is not valid JSON: {error}")
        return result
    if not isinstance(resource, dict) or "resourceType" not in resource:
        result.problem("", "resourceType", "is missing: not a FHIR resource")
        return result
    kind = resource["resourceType"]
    if kind == "Bundle":
        resources = [e.get("resource") for e in resource.get("entry", []) or [] if isinstance(e, dict)]
        resources = [r for r in resources if isinstance(r, dict)]
    elif kind in ("Observation", "DiagnosticReport", "Patient"):
        resources = [resource]
    else:
        result.problem("", "resourceType", f"{kind} holds no DXA Observations (expected a Bundle or Observation)")
        return result
    by_ref = {f"{r.get('resourceType')}/{r.get('id')}": r for r in resources if r.get("id")}
    full_urls = {}
    if kind == "Bundle":
        for entry in resource.get("entry", []) or []:
            if isinstance(entry, dict) and isinstance(entry.get("resource"), dict) and entry.get("fullUrl"):
                full_urls[entry["fullUrl"]] = entry["resource"]
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for res in resources:
        rtype = res.get("resourceType")
        if rtype == "DiagnosticReport":
            result.notes.append(f"{path}: DiagnosticReport/{res.get('id')}: its Observations are read "
                                "from the files given")
            continue
        if rtype != "Observation":
            continue
        _observation(result, res, by_ref, full_urls, rows)
    for (_pkey, _when, _site, _side), row in rows.items():
        result.candidates.append(DxaCandidate(result.file, row.pop("_where"), row.pop("_patient"), row,
                                              row.pop("_model", None)))
    if not rows and not result.problems:
        result.notes.append(f"{path}: no DXA Observation in it")
    return result


def _resolve(ref: Any, by_ref: dict[str, Any], full_urls: dict[str, Any]) -> dict[str, Any] | None:
    if not isinstance(ref, dict) or not isinstance(ref.get("reference"), str):
        return None
    text = ref["reference"]
    return full_urls.get(text) or by_ref.get(text) or by_ref.get("/".join(text.split("/")[-2:]))


def _patient(obs: dict[str, Any], by_ref: dict[str, Any], full_urls: dict[str, Any]) -> PatientRef | None:
    subject = obs.get("subject")
    found = _resolve(subject, by_ref, full_urls)
    if found is not None and found.get("resourceType") == "Patient":
        ident = next((i.get("value") for i in found.get("identifier", []) or []
                      if isinstance(i, dict) and i.get("system") == PATIENT_ID_SYSTEM), None)
        names = [n for n in found.get("name", []) or [] if isinstance(n, dict)]
        family = names[0].get("family") if names else None
        given = " ".join(names[0].get("given", []) or []) or None if names else None
        return PatientRef(ident, family, given, _date(found.get("birthDate")))
    if isinstance(subject, dict) and isinstance(subject.get("reference"), str):
        tail = subject["reference"].rstrip("/").split("/")[-1]
        return PatientRef(tail or None)
    return None


def _observation(result: ReadResult, obs: dict[str, Any], by_ref: dict[str, Any], full_urls: dict[str, Any],
                 rows: dict[tuple[Any, ...], dict[str, Any]]) -> None:
    where = f"Observation/{obs.get('id') or '?'}"
    site = side = measure = None
    for coding in _codings(obs.get("code")):
        if coding.get("system") == LOCAL_SYSTEM and isinstance(coding.get("code"), str) and "|" in coding["code"]:
            site, measure = coding["code"].split("|", 1)
            break
        if coding.get("system") == LOINC and coding.get("code") in LOINC_INDEX:
            region, side, measure = LOINC_INDEX[coding["code"]]
            site = LOINC_REGION_TO_SITE[region]
    if site is None or measure not in _MEASURES:
        shown = ", ".join(f"{c.get('code')}" for c in _codings(obs.get("code"))) or "no code"
        result.notes.append(f"{result.file}: {where}: not a DXA value ({shown}); left out")
        return
    # LOINC's Femur covers the femoral neck and the distal femur: the body site tells them apart
    allowed = {"femoral_neck": ("femoral_neck", "lateral_distal_femur")}.get(site, (site,))
    for coding in _codings(obs.get("bodySite")):
        if coding.get("system") == SNOMED and coding.get("code") in SNOMED_TO_SITE:
            body = SNOMED_TO_SITE[coding["code"]]
            if body not in allowed:
                result.problem(where, "bodySite", f"says {body} but the code says {site}")
                return
            site = body
    body_site = obs.get("bodySite") if isinstance(obs.get("bodySite"), dict) else {}
    for ext in body_site.get("extension", []) or []:
        if isinstance(ext, dict) and ext.get("url") == LATERALITY_EXTENSION:
            for coding in _codings(ext.get("valueCodeableConcept")):
                if coding.get("code") in SNOMED_TO_SIDE:
                    found = SNOMED_TO_SIDE[coding["code"]]
                    if side is not None and side != found:
                        result.problem(where, "bodySite.laterality", f"says {found} but the code says {side}")
                        return
                    side = found
    status = obs.get("status")
    if status in ("entered-in-error", "cancelled"):
        result.notes.append(f"{result.file}: {where}: status {status}; left out")
        return
    when = _date(obs.get("effectiveDateTime")) or _date((obs.get("effectivePeriod") or {}).get("start"))
    if when is None:
        result.problem(where, "effectiveDateTime", "is missing or not a date")
        return
    quantity = obs.get("valueQuantity")
    value = quantity.get("value") if isinstance(quantity, dict) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        result.problem(where, "valueQuantity.value", "is missing or not a number")
        return
    patient = _patient(obs, by_ref, full_urls)
    if patient is None:
        result.problem(where, "subject", "is missing: whose measurement is it?")
        return
    device = _resolve(obs.get("device"), by_ref, full_urls)
    manufacturer = model = None
    if device is not None:
        model = next((n.get("name") for n in device.get("deviceName", []) or [] if isinstance(n, dict)), None)
        manufacturer = read_manufacturer(device.get("manufacturer"), model)
    key = (patient, when, site, side)
    row = rows.setdefault(key, {"date": when.isoformat(), "site": site, "side": side, "_where": where,
                                "_patient": patient})
    if row.get(measure) is not None and row[measure] != float(value):
        result.problem(where, measure, f"two different values for one scan ({row[measure]} and {value})")
        return
    row[measure] = float(value)
    if manufacturer is not None:
        row["manufacturer"] = manufacturer
        row["_model"] = model
    if row["_where"] != where and "+" not in row["_where"]:
        row["_where"] = f"{row['_where']} +"


def merge_observations(candidates: list[DxaCandidate]) -> tuple[list[DxaCandidate], list[tuple[str, str, str, str]]]:
    """One row per patient, date, site and side across files (FHIR gives one Observation per value).

    Returns (merged candidates, problems as (file, where, field, message)) — two different values
    of one measure for one scan are a problem.
    """
    from dataclasses import replace

    from .validate import validate_values

    merged: dict[tuple[Any, ...], DxaCandidate] = {}
    problems: list[tuple[str, str, str, str]] = []
    for c in candidates:
        key = (c.patient, c.values.get("date"), c.values.get("site"), c.values.get("side"))
        first = merged.get(key)
        if first is None:
            merged[key] = c
            continue
        values = dict(first.values)
        clash = False
        for name, value in c.values.items():
            if value is None:
                continue
            if values.get(name) is not None and values[name] != value:
                problems.append((c.file, c.where, name, f"differs from {first.file}: {first.where} "
                                                        f"({value} and {values[name]})"))
                clash = True
            values[name] = value
        if clash:
            continue
        files = first.file if first.file == c.file else f"{first.file}, {c.file}"
        item, _problems = validate_values(values)
        merged[key] = replace(first, file=files, where=f"{first.where} + {c.where}", values=values,
                              scanner_model=first.scanner_model or c.scanner_model, item=item or first.item)
    return list(merged.values()), problems
