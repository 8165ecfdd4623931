"""Small clinics and generated DXA files for the DXA import and FHIR export tests."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from nmdbone_desktop.core.validation import parse_document
from tests.backends import open_store

MAKE_SR = Path("/work/shared/tools/make_dxa_sr.py")

PATIENTS = [
    ("P001", "Müller", "Anna", "female", "1961-04-12", "IIM-DM"),
    ("P002", "de Vries", "Jan", "male", "1998-02-03", "DMD"),
    ("P003", "Rossi", "Giulia", "female", "1975-09-30", "DM1"),
]


def document(pid: str, family: str, given: str, sex: str, birth: str, code: str, **more: Any) -> Any:
    data = {"schema": "nmdbone/patient-v1", "id": pid, "name": {"given": given, "family": family}, "sex": sex,
            "birth_date": birth, "diagnosis": {"code": code}, **more}
    return parse_document(data, as_of=date.today())


def clinic(path: Path | str, extra: dict[str, dict[str, Any]] | None = None) -> Path | str:
    with open_store(path) as store:
        store.import_documents([document(*p, **(extra or {}).get(p[0], {})) for p in PATIENTS], source="test")
    return path


def make_sr(out: Path, *args: str) -> Path:
    subprocess.run([sys.executable, str(MAKE_SR), str(out), *args], check=True, capture_output=True)
    return out
