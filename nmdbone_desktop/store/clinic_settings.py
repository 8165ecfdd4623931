"""The clinic's own settings that every workstation must share, kept in the database.

Stored as key/value rows of the ``settings`` table (migration m002), next to the login switch:
a setting in the clinic database travels with backups and is the same on every workstation that
opens the file, which a per-user INI file is not. Today: the least significant change (LSC, %)
per DXA site from the clinic's own precision study (RULES §7.2), and the clinic's language (the
GP letter's default; a workstation's letterhead file only applies where the clinic set none).

Changing the LSC changes what the assessment calls significant, so the assessment cache is
emptied in the same transaction (the next refresh recomputes every patient).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..i18n import SUPPORTED_LANGUAGES
from . import audit
from .audit import audit_row, utc_now
from .connection import write_transaction
from .errors import StoreError, busy_guard
from .sql import put_setting

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .session import Session

LSC_KEY = "lsc_percent"
LANGUAGE_KEY = "language"
#: Plausible LSC range, %: below 0.5 % no DXA is that precise; above 20 % nothing is significant.
LSC_RANGE = (0.5, 20.0)


def read_lsc(db: Database) -> dict[str, float]:
    """Site → clinic LSC %; sites the clinic has not set are absent (the ruleset default applies)."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [LSC_KEY]).fetchone()
    if row is None:
        return {}
    try:
        data = json.loads(row[0])
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): float(v) for k, v in data.items() if isinstance(v, int | float) and not isinstance(v, bool)}


def check_lsc(values: Mapping[str, Any]) -> dict[str, float]:
    """The values as floats, or :class:`StoreError` naming the first impossible one."""
    out: dict[str, float] = {}
    lo, hi = LSC_RANGE
    for site, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise StoreError(f"{site}: the LSC must be a number")
        if not lo <= float(value) <= hi:
            raise StoreError(f"{site}: the LSC must be between {lo:g} and {hi:g} %")
        out[str(site)] = float(value)
    return out


def write_lsc(db: Database, acting: Session, values: Mapping[str, Any]) -> dict[str, float]:
    """Replace the clinic's LSC (an empty mapping: back to the ruleset defaults); audited."""
    acting.require("manage_users")  # a clinic-wide clinical setting: physicians only
    clean = check_lsc(values)
    with write_transaction(db):
        before = read_lsc(db)
        if clean:
            put_setting(db, LSC_KEY, json.dumps(clean, sort_keys=True))
        else:
            db.execute("DELETE FROM settings WHERE key = ?", [LSC_KEY])
        db.execute("DELETE FROM assessment_cache")  # significance (and risk) may change
        audit.append(db, [audit_row(acting.user, "clinic_settings", at=utc_now(),
                                    detail={"lsc_percent": {"before": before, "after": clean}})])
    return clean


def read_language(db: Database) -> str | None:
    """The clinic's language code, or ``None`` when it has set none."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [LANGUAGE_KEY]).fetchone()
    return row[0] if row is not None and row[0] in SUPPORTED_LANGUAGES else None


def write_language(db: Database, acting: Session, language: str | None) -> str | None:
    """Set (or with ``None`` clear) the clinic's language; audited."""
    acting.require("manage_users")  # clinic-wide, like the LSC: what every GP letter is written in
    if language is not None and language not in SUPPORTED_LANGUAGES:
        raise StoreError(f"language: {language!r} is not one of {', '.join(SUPPORTED_LANGUAGES)}")
    with write_transaction(db):
        before = read_language(db)
        if language is None:
            db.execute("DELETE FROM settings WHERE key = ?", [LANGUAGE_KEY])
        else:
            put_setting(db, LANGUAGE_KEY, language)  # the SQL both backends share
        audit.append(db, [audit_row(acting.user, "clinic_settings", at=utc_now(),
                                    detail={"language": {"before": before, "after": language}})])
    return language


class ClinicSettingsMixin:
    """The store's clinic-settings methods (a mixin of :class:`~.clinic.ClinicStore`)."""

    _db: Database
    session: Session

    @busy_guard
    def clinic_lsc(self) -> dict[str, float]:
        """The clinic's least significant change per DXA site, % (only the sites it has set)."""
        return read_lsc(self._db)

    @busy_guard
    def set_clinic_lsc(self, values: Mapping[str, Any]) -> dict[str, float]:
        """Store the clinic's LSC per site (physicians); empties the assessment cache."""
        return write_lsc(self._db, self.session, values)

    @busy_guard
    def clinic_language(self) -> str | None:
        """The clinic's language ("de"), or ``None`` when it has set none."""
        return read_language(self._db)

    @busy_guard
    def set_clinic_language(self, language: str | None) -> str | None:
        """Store the clinic's language (physicians); ``None`` clears it."""
        return write_language(self._db, self.session, language)
