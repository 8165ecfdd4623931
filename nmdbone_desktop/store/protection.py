"""The store's data-protection methods: sessions, sign-in, accounts, backup and restore.

A mixin of :class:`~.clinic.ClinicStore`, kept apart so that the clinic module stays about
patients. Every method here checks the session's role first (:mod:`.session`) and writes in one
transaction with its audit row (:mod:`.users`, :mod:`.restore`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import audit, users
from .audit import audit_row, current_user, utc_now
from .backup import BackupInfo, backup_database
from .connection import write_transaction
from .errors import LoginFailed, PermissionDenied, busy_guard
from .restore import RestoreResult, restore_database
from .session import Session

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .users import Account

log = logging.getLogger(__name__)


def resolve_session(db: Database, session: Session | None, user: str | None, role: str | None) -> Session:
    """The session a new store runs as (see :class:`~.clinic.ClinicStore`)."""
    required = users.login_required(db)
    if session is not None and session.authenticated:
        current = users.account_role(db, session.user)
        if current is None:
            raise PermissionDenied(f"the account {session.user!r} is disabled or does not exist in this database")
        return Session(session.user, current, authenticated=True)
    name = session.user if session is not None else (user or current_user())
    if required:
        return Session(name, None)
    if session is not None:
        return session
    return Session(name, users.check_role(role) if role is not None else "physician")


class ProtectionMixin:
    """Sign-in, user accounts, backup and restore on the store's connection."""

    _db: Database
    path: Path
    session: Session

    def _note(self, action: str, detail: dict[str, Any], user: str | None = None) -> None:
        """Audit an event that must not make its operation fail (the database may be busy)."""
        try:
            with write_transaction(self._db) as db:
                audit.append(db, [audit_row(user or self.session.user, action, at=utc_now(), detail=detail)])
        except Exception as error:  # busy, read-only file …: the operation itself succeeded
            log.warning("could not record %s in the audit trail: %s", action, error)

    # -- sign-in and accounts ---------------------------------------------------------------------

    @busy_guard
    def login_required(self) -> bool:
        """True when this database asks everyone to sign in (the window shows the login dialog)."""
        return users.login_required(self._db)

    @busy_guard
    def sign_in(self, name: str, password: str) -> Session:
        """Check the password; this store then runs as that user (hand the session to worker stores)."""
        try:
            session = users.authenticate(self._db, name, password)
        except LoginFailed:
            self._note("sign_in_failed", {"name": name[:64]}, user=current_user())
            raise
        self.session = session
        self._note("sign_in", {"role": session.role})
        return session

    @busy_guard
    def accounts(self) -> list[Account]:
        return users.list_accounts(self._db)

    @busy_guard
    def add_user(self, name: str, role: str, password: str) -> Account:
        return users.add_account(self._db, self.session, name, role, password)

    @busy_guard
    def set_user_active(self, name: str, active: bool) -> None:
        users.set_active(self._db, self.session, name, active)

    @busy_guard
    def set_password(self, name: str, password: str) -> None:
        users.set_password(self._db, self.session, name, password)

    @busy_guard
    def set_login_required(self, required: bool) -> None:
        users.set_login_required(self._db, self.session, required)

    # -- backup and restore -----------------------------------------------------------------------

    @busy_guard
    def backup(self, out: str | Path) -> BackupInfo:
        """A verified, consistent copy of this database at ``out`` (recorded in the audit trail)."""
        self.session.require("backup")
        info = backup_database(self._db.conn, self.path, Path(out))
        self._note("backup", {"out": str(info.path), "patients": info.patients})
        return info

    @busy_guard
    def restore(self, backup: str | Path) -> RestoreResult:
        """Replace this database's content with a verified backup; the current content is kept aside.

        Raises :class:`~.errors.BackupInvalid` (nothing changed) for a corrupt or foreign file.
        Other connections to the database stay valid and see the restored data.
        """
        return restore_database(self._db, self.path, Path(backup), self.session)
