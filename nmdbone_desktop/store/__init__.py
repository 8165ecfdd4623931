"""The clinic store: patients, audit trail and assessment cache in one SQLite file (sqlite-utils).

Only the document model of :mod:`nmdbone_desktop.core` is imported here; the window reaches the
store through the services layer, never with SQL of its own. Data protection (roles, sign-in,
backup, restore, automatic backups, network-share detection, CSV cell escaping) is described in
docs/data-protection.md.
"""

from .audit import AuditEntry
from .backup import BackupInfo, inspect_backup
from .clinic import ClinicStore
from .errors import (
    BackupInvalid,
    DatabaseBusy,
    LoginFailed,
    PatientNotFound,
    PermissionDenied,
    RevisionConflict,
    StoreError,
)
from .filesystem import is_network_filesystem, network_kind, network_warning
from .handled import HANDLED_KINDS, HandledKind, HandledMark
from .models import AssessmentSummary, ImportResult, PatientListRow, PatientName
from .restore import RestoreResult
from .rotation import DEFAULT_KEEP, auto_backup
from .session import ROLES, Role, Session
from .users import Account

__all__ = [
    "DEFAULT_KEEP",
    "HANDLED_KINDS",
    "ROLES",
    "Account",
    "AssessmentSummary",
    "AuditEntry",
    "BackupInfo",
    "BackupInvalid",
    "ClinicStore",
    "DatabaseBusy",
    "HandledKind",
    "HandledMark",
    "ImportResult",
    "LoginFailed",
    "PatientListRow",
    "PatientName",
    "PatientNotFound",
    "PermissionDenied",
    "RestoreResult",
    "RevisionConflict",
    "Role",
    "Session",
    "StoreError",
    "auto_backup",
    "inspect_backup",
    "is_network_filesystem",
    "network_kind",
    "network_warning",
]
