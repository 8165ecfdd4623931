"""Helpers shared by the letter tests (no tests here): sample patients, PDF text, fake audit sink."""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pypdf

from nmdbone_desktop.core.document import PatientDocument
from nmdbone_desktop.letters import ClinicLetterhead, LetterOptions
from nmdbone_desktop.letters.samples import (
    SAMPLE_AS_OF,
    sample_child,
    sample_child_report,
    sample_document,
    sample_report,
)

AS_OF: date = SAMPLE_AS_OF
NAME = "Zoë Łukasiewicz-Müller"

LETTERHEAD = ClinicLetterhead(
    clinic_name="Centre for Neuromuscular Diseases", department="Neuromuscular Bone Clinic",
    address_lines=["Queen Square 8", "London WC1N 3BG"], phone="+44 20 7946 0000",
    email="nmd.bone@example.org", clinician_name="Dr Ágnes Szőke-Nowak", clinician_title="Consultant Neurologist",
)

__all__ = [
    "AS_OF", "LETTERHEAD", "NAME", "FakeAudit", "batch_patients", "options", "pdf_pages", "pdf_text",
    "sample_child", "sample_child_report", "sample_document", "sample_report",
]


def options(kind: str = "referral", **changes: Any) -> LetterOptions:
    return LetterOptions(kind=kind, as_of=AS_OF, **changes)


def _reader(pdf: bytes | Path | io.BytesIO) -> pypdf.PdfReader:
    if isinstance(pdf, bytes):
        pdf = io.BytesIO(pdf)
    return pypdf.PdfReader(pdf)


def pdf_pages(pdf: bytes | Path | io.BytesIO) -> list[str]:
    """Text of each page, whitespace (incl. no-break spaces) collapsed to single spaces."""
    return [" ".join((page.extract_text() or "").split()) for page in _reader(pdf).pages]


def pdf_text(pdf: bytes | Path | io.BytesIO) -> str:
    return " ".join(pdf_pages(pdf))


def page_sizes(pdf: bytes | Path | io.BytesIO) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in _reader(pdf).pages]


def image_count(pdf: bytes | Path | io.BytesIO) -> int:
    count = 0
    for page in _reader(pdf).pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        count += sum(1 for ref in xobjects.values() if ref.get_object().get("/Subtype") == "/Image")
    return count


def font_names(pdf: bytes | Path | io.BytesIO) -> set[str]:
    names: set[str] = set()
    for page in _reader(pdf).pages:
        for font in page.get("/Resources", {}).get("/Font", {}).values():
            names.add(str(font.get_object().get("/BaseFont")))
    return names


class FakeAudit:
    """Stands in for ``ClinicStore.record_event``."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str | None, Mapping[str, Any] | None]] = []

    def record_event(self, action: str, *, patient_id: str | None = None,
                     detail: Mapping[str, Any] | None = None) -> None:
        self.events.append((action, patient_id, detail))


NAMES = [("Zoë", "Łukasiewicz-Müller"), ("Søren", "Ødegaard"), ("Karel", "Čapek"), ("Şule", "Yılmaz"),
         ("Αλέξης", "Παπαδόπουλος"), ("Ioana", "Țăranu"), ("José", "Núñez"), ("Frédérique", "Lefèvre")]


def batch_patients(n: int) -> list[tuple[PatientDocument, dict[str, Any]]]:
    """``n`` variants of the adult sample with different ids and European names."""
    out = []
    for i in range(n):
        given, family = NAMES[i % len(NAMES)]
        pid = f"B{i:04d}"
        doc = sample_document(id=pid, name={"given": given, "family": family})
        out.append((doc, sample_report(patient_id=pid)))
    return out
