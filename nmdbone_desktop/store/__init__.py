"""The clinic store: patients, audit trail and assessment cache in one SQLite file (sqlite-utils).

Only the document model of :mod:`nmdbone_desktop.core` is imported here; the window reaches the
store through the services layer, never with SQL of its own.
"""

from .audit import AuditEntry
from .clinic import ClinicStore
from .errors import DatabaseBusy, PatientNotFound, RevisionConflict, StoreError
from .models import AssessmentSummary, ImportResult, PatientListRow

__all__ = [
    "AssessmentSummary",
    "AuditEntry",
    "ClinicStore",
    "DatabaseBusy",
    "ImportResult",
    "PatientListRow",
    "PatientNotFound",
    "RevisionConflict",
    "StoreError",
]
