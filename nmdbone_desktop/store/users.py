"""Local user accounts: argon2id password hashes, roles, and the "login required" switch.

Why argon2 (argon2-cffi's ``PasswordHasher`` defaults, argon2id): a stolen copy of the database
must not give away passwords that staff reuse elsewhere. Hashes are re-computed on sign-in when
the library's recommended parameters have grown. An unknown user name costs the same time as a
wrong password (a dummy hash is checked), so the login dialog does not reveal which names exist.

Accounts are never deleted, only disabled: the audit trail names them for ever. Every change
is audited (without the hash) in the same transaction as the change itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from . import audit, sql
from .audit import audit_row, utc_now
from .connection import write_transaction
from .errors import LoginFailed, StoreError
from .session import ROLES, Role, Session
from .sql import put_setting

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD_LENGTH = 8
LOGIN_KEY = "login_required"
FAILED = "wrong user name or password, or the account is disabled"


@dataclass(frozen=True, slots=True)
class Account:
    """One user account as listed (never the password hash)."""

    name: str
    role: Role
    active: bool
    created_at: datetime
    changed_at: datetime


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher().hash("not a password anyone has")


def check_name(name: str) -> str:
    if not NAME_PATTERN.fullmatch(name):
        raise StoreError(f"user name {name!r}: use 1–64 letters, digits, '.', '_', '@' or '-' (no spaces)")
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StoreError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    return password


def check_role(role: str) -> Role:
    if role not in ROLES:
        raise StoreError(f"unknown role {role!r} (one of: {', '.join(ROLES)})")
    return role  # type: ignore[return-value]


def login_required(db: Database) -> bool:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [LOGIN_KEY]).fetchone()
    return row is not None and row[0] == "1"


def list_accounts(db: Database) -> list[Account]:
    return [
        Account(name, role, bool(active), datetime.fromisoformat(created), datetime.fromisoformat(changed))
        for name, role, active, created, changed in db.execute(
            "SELECT name, role, active, created_at, changed_at FROM users ORDER BY name")
    ]


def account_role(db: Database, name: str) -> Role | None:
    """The role of an active account, or None (unknown or disabled)."""
    row = db.execute("SELECT role FROM users WHERE name = ? AND active = 1", [name]).fetchone()
    return None if row is None else row[0]


def _active_physicians(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM users WHERE role = 'physician' AND active = 1").fetchone()[0])


def add_account(db: Database, acting: Session, name: str, role: str, password: str) -> Account:
    acting.require("manage_users")
    check_name(name)
    role = check_role(role)
    digest = _hasher().hash(check_password(password))
    at = utc_now()
    with write_transaction(db):
        if db.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone():
            raise StoreError(f"a user named {name!r} already exists (accounts are disabled, never deleted)")
        db.execute(sql.insert("users", ("name", "role", "password_hash", "active", "created_at", "changed_at")),
                   [name, role, digest, 1, at, at])
        audit.append(db, [audit_row(acting.user, "user_add", at=at, detail={"name": name, "role": role})])
    return Account(name, role, True, datetime.fromisoformat(at), datetime.fromisoformat(at))


def set_active(db: Database, acting: Session, name: str, active: bool) -> None:
    acting.require("manage_users")
    at = utc_now()
    with write_transaction(db):
        row = db.execute("SELECT role, active FROM users WHERE name = ?", [name]).fetchone()
        if row is None:
            raise StoreError(f"no user named {name!r}")
        if not active and row[0] == "physician" and row[1] and login_required(db) and _active_physicians(db) == 1:
            raise StoreError(f"{name!r} is the last active physician: with login enabled nobody could manage "
                             "accounts any more; add another physician first (or disable login)")
        db.execute("UPDATE users SET active = ?, changed_at = ? WHERE name = ?", [int(active), at, name])
        audit.append(db, [audit_row(acting.user, "user_enable" if active else "user_disable", at=at,
                                    detail={"name": name})])


def set_password(db: Database, acting: Session, name: str, password: str) -> None:
    """A physician may set anyone's password; a signed-in user may change their own."""
    if not (acting.authenticated and acting.user == name):
        acting.require("manage_users")
    digest = _hasher().hash(check_password(password))
    at = utc_now()
    with write_transaction(db):
        if not db.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone():
            raise StoreError(f"no user named {name!r}")
        db.execute("UPDATE users SET password_hash = ?, changed_at = ? WHERE name = ?", [digest, at, name])
        audit.append(db, [audit_row(acting.user, "user_password", at=at, detail={"name": name})])


def set_login_required(db: Database, acting: Session, required: bool) -> None:
    """Switch login on (needs an active physician account, or nobody could manage accounts) or off."""
    acting.require("manage_users")
    at = utc_now()
    with write_transaction(db):
        if required and _active_physicians(db) == 0:
            raise StoreError("add an active physician account first (nmdbone-desktop users add NAME --role physician)")
        put_setting(db, LOGIN_KEY, "1" if required else "0")
        audit.append(db, [audit_row(acting.user, "login_enabled" if required else "login_disabled", at=at)])


def authenticate(db: Database, name: str, password: str) -> Session:
    """A signed-in session, or :class:`LoginFailed` (same message and cost whatever was wrong)."""
    row = db.execute("SELECT role, password_hash, active FROM users WHERE name = ?", [name]).fetchone()
    digest = row[1] if row is not None else _dummy_hash()
    try:
        _hasher().verify(digest, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        raise LoginFailed(FAILED) from None
    if row is None or not row[2]:
        raise LoginFailed(FAILED)
    if _hasher().check_needs_rehash(digest):
        with write_transaction(db):
            db.execute("UPDATE users SET password_hash = ? WHERE name = ?", [_hasher().hash(password), name])
    return Session(name, row[0], authenticated=True)
