"""Readers of DXA results from outside the app, and the FHIR R4 export (pure: no Qt, no SQLite).

Each reader turns one file into :class:`~.model.ReadResult`: DXA candidates in the contract's
terms (site, side, values; the patient as the file names it) and problems naming the file, the
row or element, and the field. Matching patients, duplicates and writing are the services'
(:mod:`nmdbone_desktop.services.dxa_import`); the FHIR Bundle is built in :mod:`.fhir_export`.
"""

from .model import DxaCandidate, PatientRef, ReadProblem, ReadResult
from .read import read_file, sniff_kind

__all__ = ["DxaCandidate", "PatientRef", "ReadProblem", "ReadResult", "read_file", "sniff_kind"]
