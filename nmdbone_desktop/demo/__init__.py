"""Deterministic synthetic NMD bone-health clinic for demos, tests and benchmarks (pure; no I/O).

``generate_clinic(n, seed=1, as_of=None)`` yields :class:`~nmdbone_desktop.core.document.PatientDocument`
objects; see :mod:`.cohort` for how a patient is built and :mod:`.diseases` for the case mix.
"""

from .cohort import SYNTHETIC_MARK, build_patient, generate_clinic
from .diseases import EXPECTED_SHARE

__all__ = ["EXPECTED_SHARE", "SYNTHETIC_MARK", "build_patient", "generate_clinic"]
