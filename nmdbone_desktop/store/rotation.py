"""Automatic rotating backups: at most one a day, the last N kept (the window calls this on close).

Why on close and at most once a day: closing the window is the natural end of a working session,
the database is then quiet, and a day's work is what a clinic can afford to lose at most. The
backups are ordinary verified backups (:mod:`.backup`) named
``<database stem>-<8 hex digits>-auto-YYYYMMDD-HHMMSS.sqlite`` in the backups folder, the digits
identifying the database's folder (two databases both called ``clinic.sqlite`` must not share one
series: the once-a-day rule and the rotation would mix them up). Rotation only ever deletes
files of exactly that pattern for that database, never a manual backup or anything else there.
Auto backups are not written to the audit trail (a daily housekeeping row would drown the trail).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from .backup import backup_database
from .connection import BUSY_TIMEOUT_S
from .errors import StoreError, translate_errors

log = logging.getLogger(__name__)

DEFAULT_KEEP = 14
_STAMP = "%Y%m%d-%H%M%S"


def series_name(db_path: Path) -> str:
    """``clinic-1a2b3c4d``: the database's name and a short digest of its absolute path."""
    digest = hashlib.sha256(os.path.abspath(db_path).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{db_path.stem}-{digest}"


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(series_name(db_path)) + r"-auto-(\d{8}-\d{6})\.sqlite")


def auto_backups(db_path: Path, backups_dir: Path) -> list[tuple[datetime, Path]]:
    """This database's automatic backups in ``backups_dir``, oldest first."""
    if not backups_dir.is_dir():
        return []
    pattern = _pattern(db_path)
    found = []
    for path in backups_dir.iterdir():
        match = pattern.fullmatch(path.name)
        if match and path.is_file():
            try:
                found.append((datetime.strptime(match.group(1), _STAMP), path))
            except ValueError:
                continue
    return sorted(found)


def auto_backup(db_path: str | Path, backups_dir: str | Path, *, keep: int = DEFAULT_KEEP,
                now: datetime | None = None) -> Path | None:
    """Back up ``db_path`` into ``backups_dir`` unless it already has a backup from today; keep the newest ``keep``.

    Returns the new backup, or None (no database yet, or already backed up today). Raises
    :class:`StoreError` when the backup fails (the window logs it and closes anyway).
    """
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    if keep < 1:
        raise ValueError(f"keep must be at least 1 (got {keep})")
    if not db_path.is_file():
        return None
    now = now or datetime.now()
    existing = auto_backups(db_path, backups_dir)
    if any(stamp.date() == now.date() for stamp, _ in existing):
        return None
    target = backups_dir / f"{series_name(db_path)}-auto-{now:{_STAMP}}.sqlite"
    with translate_errors():
        try:
            source = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_S)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open {db_path} for its automatic backup: {error}") from None
        try:
            info = backup_database(source, db_path, target)
        finally:
            source.close()
    for _stamp, old in auto_backups(db_path, backups_dir)[:-keep]:
        try:
            old.unlink()
        except OSError as error:  # a backup open in another program: try again next time
            log.warning("could not remove old automatic backup %s: %s", old, error)
    log.info("automatic backup %s", info)
    return info.path
