"""A patient document → a FHIR R4 ``collection`` Bundle (plain JSON-ready dicts; no I/O).

Patient; Condition (the NMD diagnosis, ICD-10 where it has a category, the contract code as the
app's own coding); one Observation per DXA value (LOINC where LOINC has a term for that site and
measure, body site and laterality in SNOMED CT, the app's own code always, the scanner as a
Device); MedicationStatements for glucocorticoids and bone medications (ATC where one exists);
optionally the latest letter as a DocumentReference. Resource ids are stable (derived from the
patient id and the item's position), so exporting twice gives the same Bundle apart from its
timestamp. The local systems are URNs of this app, not invented codes in someone else's system.
"""

from __future__ import annotations

import base64
import hashlib
from typing import TYPE_CHECKING, Any

from .codes import (
    ATC,
    ATC_CODES,
    ICD10,
    ICD10_CODES,
    LATERALITY_EXTENSION,
    LOCAL_SYSTEM,
    LOINC,
    MEASURE_TEXT,
    MEASURE_UNITS,
    PATIENT_ID_SYSTEM,
    SNOMED,
    SNOMED_SIDE,
    SNOMED_SITE,
    UCUM,
    loinc_for,
)

if TYPE_CHECKING:
    from ..core.document import PatientDocument

DIAGNOSIS_SYSTEM = "urn:nmdbone-desktop:diagnosis"
DRUG_SYSTEM = "urn:nmdbone-desktop:drug"
_MANUFACTURER_NAMES = {"hologic": "Hologic", "ge_lunar": "GE Healthcare (Lunar)", "other": "other"}
_SITE_TEXT = {"lumbar_spine": "lumbar spine L1-L4", "femoral_neck": "femoral neck", "total_hip": "total hip",
              "radius_33": "one-third radius", "total_body_less_head": "total body less head",
              "lateral_distal_femur": "lateral distal femur"}


def _id(*parts: str) -> str:
    """A FHIR id (≤ 64 of [A-Za-z0-9.-]) that is stable for the same patient and item."""
    digest = hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]
    return f"{parts[0][:20]}-{digest}".replace("_", "-")


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": f"urn:uuid:{_uuid(resource['resourceType'], resource['id'])}", "resource": resource}


def _uuid(kind: str, rid: str) -> str:
    h = hashlib.sha1(f"{kind}/{rid}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _ref(resource: dict[str, Any]) -> dict[str, str]:
    return {"reference": f"urn:uuid:{_uuid(resource['resourceType'], resource['id'])}"}


def patient_bundle(doc: PatientDocument, *, timestamp: str,
                   letter: tuple[str, bytes, str, str] | None = None) -> dict[str, Any]:
    """The Bundle of one patient. ``letter``: (title, content, content type, instant) of the latest letter."""
    pid = doc.id
    patient = {
        "resourceType": "Patient",
        "id": _id(pid, "patient"),
        "identifier": [{"system": PATIENT_ID_SYSTEM, "value": pid}],
        "name": [{"family": doc.name.family, "given": [doc.name.given]}],
        "gender": doc.sex,
        "birthDate": doc.birth_date.isoformat(),
    }
    subject = _ref(patient)
    entries = [_entry(patient)]

    diagnosis_codings = []
    if doc.diagnosis.code in ICD10_CODES:
        code, display = ICD10_CODES[doc.diagnosis.code]
        diagnosis_codings.append({"system": ICD10, "code": code, "display": display})
    diagnosis_codings.append({"system": DIAGNOSIS_SYSTEM, "code": doc.diagnosis.code})
    condition: dict[str, Any] = {
        "resourceType": "Condition",
        "id": _id(pid, "diagnosis"),
        "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                       "code": "active"}]},
        "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                           "code": "confirmed"}]},
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                  "code": "problem-list-item"}]}],
        "code": {"coding": diagnosis_codings, "text": doc.diagnosis.label or doc.diagnosis.code},
        "subject": subject,
    }
    if doc.diagnosis.onset_date:
        condition["onsetDateTime"] = doc.diagnosis.onset_date.isoformat()
    entries.append(_entry(condition))

    devices: dict[str, dict[str, Any]] = {}
    for i, dxa in enumerate(doc.dxa):
        device_ref = None
        if dxa.manufacturer is not None:
            device = devices.get(dxa.manufacturer)
            if device is None:
                device = {"resourceType": "Device", "id": _id(pid, "device", dxa.manufacturer),
                          "manufacturer": _MANUFACTURER_NAMES[dxa.manufacturer],
                          "type": {"text": "DXA scanner"}}
                devices[dxa.manufacturer] = device
                entries.append(_entry(device))
            device_ref = _ref(device)
        for measure in ("bmd_g_cm2", "t_score", "z_score", "height_adjusted_z", "tbs"):
            value = getattr(dxa, measure)
            if value is None:
                continue
            entries.append(_entry(_dxa_observation(pid, i, dxa, measure, value, subject, device_ref)))

    for kind, courses in (("glucocorticoid", doc.glucocorticoids), ("bone", doc.bone_medications)):
        for i, course in enumerate(courses):
            entries.append(_entry(_medication(pid, kind, i, course, subject)))

    if letter is not None:
        title, content, content_type, when = letter
        entries.append(_entry({
            "resourceType": "DocumentReference",
            "id": _id(pid, "letter"),
            "status": "current",
            "type": {"text": title},
            "subject": subject,
            "date": when,
            "content": [{"attachment": {"contentType": content_type, "title": title,
                                        "data": base64.b64encode(content).decode("ascii")}}],
        }))
    return {"resourceType": "Bundle", "id": _id(pid, "bundle"), "type": "collection", "timestamp": timestamp,
            "entry": entries}


def _dxa_observation(pid: str, index: int, dxa: Any, measure: str, value: float, subject: dict[str, str],
                     device_ref: dict[str, str] | None) -> dict[str, Any]:
    codings = []
    loinc = loinc_for(dxa.site, dxa.side, measure)
    if loinc is not None:
        codings.append({"system": LOINC, "code": loinc[0], "display": loinc[1]})
    codings.append({"system": LOCAL_SYSTEM, "code": f"{dxa.site}|{measure}"})
    side_text = f" {dxa.side}" if dxa.side else ""
    unit_code, unit_text = MEASURE_UNITS[measure]
    site_code, site_display = SNOMED_SITE[dxa.site]
    body_site: dict[str, Any] = {"coding": [{"system": SNOMED, "code": site_code, "display": site_display}],
                                 "text": f"{_SITE_TEXT[dxa.site]}{side_text}"}
    if dxa.side is not None:
        side_code, side_display = SNOMED_SIDE[dxa.side]
        body_site["extension"] = [{"url": LATERALITY_EXTENSION, "valueCodeableConcept": {
            "coding": [{"system": SNOMED, "code": side_code, "display": side_display}]}}]
    obs: dict[str, Any] = {
        "resourceType": "Observation",
        "id": _id(pid, "dxa", str(index), measure),
        "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                  "code": "imaging", "display": "Imaging"}]}],
        "code": {"coding": codings, "text": f"DXA {_SITE_TEXT[dxa.site]}{side_text} {MEASURE_TEXT[measure]}"},
        "subject": subject,
        "effectiveDateTime": dxa.date.isoformat(),
        "valueQuantity": {"value": value, "unit": unit_text, "system": UCUM, "code": unit_code},
        "bodySite": body_site,
    }
    if device_ref is not None:
        obs["device"] = device_ref
    return obs


def _medication(pid: str, kind: str, index: int, course: Any, subject: dict[str, str]) -> dict[str, Any]:
    codings = []
    if course.drug in ATC_CODES:
        code, display = ATC_CODES[course.drug]
        codings.append({"system": ATC, "code": code, "display": display})
    codings.append({"system": DRUG_SYSTEM, "code": course.drug})
    period: dict[str, str] = {"start": course.start.isoformat()}
    if course.end is not None:
        period["end"] = course.end.isoformat()
    statement: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "id": _id(pid, kind, str(index)),
        "status": "completed" if course.end is not None else "active",
        "medicationCodeableConcept": {"coding": codings, "text": course.drug},
        "subject": subject,
        "effectivePeriod": period,
    }
    if kind == "glucocorticoid":
        route = {"oral": ("26643006", "Oral route"), "iv": ("47625008", "Intravenous route")}[course.route]
        statement["dosage"] = [{
            "text": f"{course.dose_mg:g} mg {course.frequency.replace('_', ' ')}",
            "route": {"coding": [{"system": SNOMED, "code": route[0], "display": route[1]}]},
            "doseAndRate": [{"doseQuantity": {"value": course.dose_mg, "unit": "mg", "system": UCUM,
                                              "code": "mg"}}],
        }]
    return statement
