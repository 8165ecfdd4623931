"""What a reader hands on: DXA candidates in the contract's terms, and what was wrong or left out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class PatientRef:
    """The patient as a file names them: the clinic's id, else name and birth date (DICOM, FHIR)."""

    patient_id: str | None
    family: str | None = None
    given: str | None = None
    birth_date: date | None = None

    def describe(self) -> str:
        parts = [self.patient_id or "(no id)"]
        if self.family or self.given:
            parts.append(f"{self.family or ''}, {self.given or ''}".strip(", "))
        if self.birth_date:
            parts.append(f"born {self.birth_date.isoformat()}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class DxaCandidate:
    """One DXA measurement read from a file, not yet validated against a patient.

    ``values`` holds the contract's ``dxa[]`` fields (``date`` as a date or ISO text, ``site``, ``side``,
    ``bmd_g_cm2``, ``t_score``, ``z_score``, ``height_adjusted_z``, ``tbs``, ``manufacturer``);
    ``where`` is the row or element ("row 5", "AP Spine/L1-L4", "Observation/abc").
    """

    file: str
    where: str
    patient: PatientRef
    values: dict[str, Any]
    scanner_model: str | None = None
    #: the validated ``DxaMeasurement`` once the field rules passed (set by :func:`.read.read_file`)
    item: Any = None


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """Why a file, row or element cannot be imported: names the file, row/element and field."""

    file: str
    where: str
    field: str
    message: str

    def __str__(self) -> str:
        parts = [p for p in (self.file, self.where, self.field) if p]
        return f"{': '.join(parts)}: {self.message}"


@dataclass(slots=True)
class ReadResult:
    """Everything one file gave: candidates, problems (any refuses the import), notes (left out, by design)."""

    file: str
    kind: str
    candidates: list[DxaCandidate] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def problem(self, where: str, field_name: str, message: str) -> None:
        self.problems.append(ReadProblem(self.file, where, field_name, message))
