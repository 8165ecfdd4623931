"""The database privileges of the workstations' role on a clinic server (run by IT, as the owner).

The owner role (IT's) creates and upgrades the schema; the workstations connect as an
application role that may read and write the clinical tables but may only *add* to the audit
trail: no UPDATE, DELETE or TRUNCATE on ``audit``, so not even a stolen workstation password can
rewrite history. (The audit table's trigger refuses those for the owner too: :mod:`.schema`.)
"""

from __future__ import annotations

import re

from ..errors import StoreError
from .copy import CLINIC_TABLES

_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def grant_statements(app_role: str) -> list[str]:
    """SQL granting ``app_role`` what a workstation needs in the current database."""
    if not _ROLE.fullmatch(app_role):
        raise StoreError(f"role name {app_role!r}: use lower-case letters, digits and '_' (PostgreSQL's plain names)")
    writable = ", ".join(t for t in CLINIC_TABLES if t != "audit")
    return [
        f"GRANT USAGE ON SCHEMA public TO {app_role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {writable} TO {app_role}",
        f"GRANT SELECT, INSERT ON audit TO {app_role}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM {app_role}",
        f"GRANT SELECT ON schema_migrations TO {app_role}",
    ]
