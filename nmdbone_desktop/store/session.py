"""Who is using the store, and what their role allows.

Why the check lives in the store: every way in (the window, its worker threads, the command
line) goes through :class:`~.clinic.ClinicStore`, so one check per write method covers them all
and no caller can forget it. Without login (the default, a single-user workstation) the session
is the operating-system user with every right, so nothing changes for callers that never heard of
roles. With login enabled, a store opened without a signed-in session may still read, print
letters, refresh the assessment cache and take backups (anyone who can open the file can copy it
anyway), but it may not change clinical data.

This is accountability and protection against mistakes, not protection of the file: someone with
a SQL console and write access to the file can do anything. Protect the file with the operating
system's permissions and disk encryption (docs/data-protection.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from .errors import PermissionDenied

Role = Literal["physician", "nurse", "secretary"]
ROLES: tuple[Role, ...] = get_args(Role)

Permission = Literal["view", "letters", "cache", "backup", "edit", "import", "delete", "restore", "manage_users"]

_EVERYONE: frozenset[Role | None] = frozenset({*ROLES, None})
#: Which roles may do what. ``None`` is "login enabled, nobody signed in".
PERMISSIONS: dict[Permission, frozenset[Role | None]] = {
    "view": _EVERYONE,
    "letters": _EVERYONE,  # audit events such as "letter printed" or "exported"
    "cache": _EVERYONE,  # the assessment cache is derived data, recomputed from the records
    "backup": _EVERYONE,
    "edit": frozenset({"physician", "nurse"}),
    "import": frozenset({"physician", "nurse"}),
    "delete": frozenset({"physician"}),
    "restore": frozenset({"physician"}),
    "manage_users": frozenset({"physician"}),
}

#: How a refusal names the action.
ACTIONS: dict[Permission, str] = {
    "view": "view records", "letters": "record letters", "cache": "store assessments",
    "backup": "back up the database", "edit": "change clinical records", "import": "import patients",
    "delete": "delete patients", "restore": "restore a backup", "manage_users": "manage user accounts",
}


@dataclass(frozen=True, slots=True)
class Session:
    """The user the audit trail names and the role the store checks.

    ``role`` is ``None`` when login is enabled and nobody signed in. ``authenticated`` is True
    for a session made by :meth:`ClinicStore.sign_in` (a password was checked); such a session
    can be handed to another store on the same database (a worker thread's), which re-reads the
    account's current role and refuses a disabled account.
    """

    user: str
    role: Role | None
    authenticated: bool = False

    def can(self, permission: Permission) -> bool:
        return self.role in PERMISSIONS[permission]

    def require(self, permission: Permission) -> None:
        """Raise :class:`PermissionDenied` with a message that says what would allow it."""
        if self.can(permission):
            return
        action = ACTIONS[permission]
        if self.role is None:
            raise PermissionDenied(
                f"login is enabled for this database: sign in to {action} "
                "(in the window: the login dialog; on the command line: --user NAME)"
            )
        allowed = " or ".join(r for r in ROLES if r in PERMISSIONS[permission])
        raise PermissionDenied(f"{self.user} ({self.role}) may not {action}: that needs the {allowed} role")

    def describe(self) -> str:
        return f"{self.user} ({self.role or 'not signed in'})"
