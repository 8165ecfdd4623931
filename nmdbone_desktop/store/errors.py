"""Store exceptions: what the window and the command line can tell the user.

SQLite's own exceptions are translated here so that callers never need to parse SQLite error
messages: a locked database becomes :class:`DatabaseBusy`, whose message says what to do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

BUSY_MESSAGE = "the database is being written by another window or program; try again"


class StoreError(RuntimeError):
    """Anything the store refuses or cannot do (the command line maps it to exit code 1)."""


class PatientNotFound(StoreError, LookupError):
    """No patient with that id (anymore: another window may have deleted it)."""

    def __init__(self, patient_id: str) -> None:
        self.patient_id = patient_id
        super().__init__(f"no patient with id {patient_id!r}")


class RevisionConflict(StoreError):
    """The patient was saved by someone else since it was read (optimistic locking)."""

    def __init__(self, patient_id: str, expected: int, actual: int | None, *, by: str | None = None,
                 at: str | None = None, records: tuple[str, ...] = ()) -> None:
        self.patient_id = patient_id
        self.expected = expected
        self.actual = actual
        self.by, self.at, self.records = by, at, records
        now = "deleted" if actual is None else f"at revision {actual}"
        who = ""
        if by is not None:  # who changed what and when: the audit trail's last change of the patient
            what = "deleted it" if actual is None else f"changed {', '.join(records) or 'it'}"
            who = f": {by} {what} on {_when(at)}"
        super().__init__(
            f"patient {patient_id!r} was changed by someone else{who} (expected revision {expected}, now {now}); "
            "nothing was saved: reload it and make the change again"
        )


def _when(at: str | None) -> str:
    """``2026-12-03 12:55 UTC`` from the audit trail's UTC ISO time."""
    return f"{at[:10]} at {at[11:16]} UTC" if at and len(at) >= 16 else "an unknown time"


class DatabaseBusy(StoreError):
    """Another connection held the write lock for longer than the busy timeout."""

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(BUSY_MESSAGE)


class PermissionDenied(StoreError):
    """The signed-in user's role does not allow this (or login is enabled and nobody signed in)."""


class LoginFailed(PermissionDenied):
    """Wrong user name or password, or a disabled account (the message never says which)."""


class BackupInvalid(StoreError):
    """A file offered as a backup is not a sound copy of a clinic database (corrupt, foreign, newer).

    Nothing was changed; the command line maps it to exit code 2 (invalid input).
    """


def is_busy(error: sqlite3.Error) -> bool:
    """True for SQLITE_BUSY / SQLITE_LOCKED (any extended code), i.e. "database is locked"."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    text = str(error).lower()
    return "database is locked" in text or "database table is locked" in text or "database is busy" in text


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn a locked-database error into :class:`DatabaseBusy`; let everything else through."""
    try:
        yield
    except sqlite3.OperationalError as error:
        if is_busy(error):
            raise DatabaseBusy(str(error)) from error
        raise


def busy_guard(method: Callable[P, T]) -> Callable[P, T]:
    """Decorator form of :func:`translate_errors` for the store's public methods."""
    @wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        with translate_errors():
            return method(*args, **kwargs)

    return wrapper
