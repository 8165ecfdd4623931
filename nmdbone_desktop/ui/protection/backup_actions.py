"""File ▸ Back up… and File ▸ Restore…: the questions asked around the verified backup and restore.

:func:`ask_backup_path` asks where (default: the backups folder, a dated name);
:func:`ask_restore_path` asks which file; :func:`confirm_restore` shows what the (already checked)
backup holds and that the current database is kept aside, and asks before anything is replaced.
The window (``ui/window_file_menu.py``) runs the backup and the restore themselves on its worker.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ... import paths
from ...services.clinic import BackupInfo, is_server_location, location_stem
from ..translation import translate

FILTER = QT_TRANSLATE_NOOP("BackupActions", "Clinic database backups (*.sqlite *.db *.dump);;All files (*)")


def default_backup_name(location: Path | str, now: datetime | None = None) -> str:
    """``clinic-YYYYMMDD-HHMM.sqlite``; a clinic server's is pg_dump's custom format (``.dump``)."""
    suffix = ".dump" if is_server_location(location) else ".sqlite"
    return f"{location_stem(location)}-{(now or datetime.now()):%Y%m%d-%H%M}{suffix}"


def ask_backup_path(parent: QWidget | None, location: Path | str, *, directory: Path | None = None,
                    now: datetime | None = None) -> Path | None:
    folder = directory or paths.backups_dir()
    suggested = str(folder / default_backup_name(location, now))
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("BackupActions", "Back up the clinic database"), suggested, translate("BackupActions", FILTER)
    )
    return Path(name) if name else None


def ask_restore_path(parent: QWidget | None, *, directory: Path | None = None) -> Path | None:
    folder = directory or paths.backups_dir()
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("BackupActions", "Restore the clinic database from a backup"),
        str(folder),
        translate("BackupActions", FILTER),
    )
    return Path(name) if name else None


def confirm_restore(parent: QWidget | None, location: Path, info: BackupInfo) -> bool:
    text = translate(
        "BackupActions",
        "Replace the clinic database\n{location}\nwith the backup\n{backup}\n({summary})?\n\n"
        "The current database is kept aside beside it (…before-restore-DATE), so this can be undone.",
    ).format(location=location, backup=info.path, summary=info.summary())
    answer = QMessageBox.question(parent, translate("BackupActions", "Restore from backup"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes
