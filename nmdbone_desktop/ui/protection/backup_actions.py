"""File ▸ Back up… and File ▸ Restore… : the dialogs around the store's verified backup and restore.

``backup_now(parent, store)`` asks where (default: the backups folder, a dated name), writes a
verified backup and says what it holds. ``restore_now(parent, store)`` asks which file, checks it
*before* asking for confirmation (a corrupt or foreign file is refused with the reason and
nothing changes), shows what the backup holds and that the current database is kept aside, then
restores. Both run on the GUI thread (a backup of a few thousand patients takes about a second);
the window may instead run ``store.backup`` / ``store.restore`` on its worker and use only
:func:`ask_backup_path`, :func:`ask_restore_path` and :func:`confirm_restore`. Each returns None
when the user cancelled or the operation was refused (the message box already told them why).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ... import paths
from ...store import BackupInfo, BackupInvalid, ClinicStore, RestoreResult, StoreError, auto_backup, inspect_backup
from ...store.rotation import DEFAULT_KEEP

log = logging.getLogger(__name__)
FILTER = "Clinic database backups (*.sqlite *.db);;All files (*)"


def default_backup_name(db_path: Path, now: datetime | None = None) -> str:
    return f"{db_path.stem}-{(now or datetime.now()):%Y%m%d-%H%M}.sqlite"


def ask_backup_path(parent: QWidget | None, db_path: Path, *, directory: Path | None = None,
                    now: datetime | None = None) -> Path | None:
    folder = directory or paths.backups_dir()
    suggested = str(folder / default_backup_name(db_path, now))
    name, _ = QFileDialog.getSaveFileName(parent, "Back up the clinic database", suggested, FILTER)
    return Path(name) if name else None


def ask_restore_path(parent: QWidget | None, *, directory: Path | None = None) -> Path | None:
    folder = directory or paths.backups_dir()
    name, _ = QFileDialog.getOpenFileName(parent, "Restore the clinic database from a backup", str(folder), FILTER)
    return Path(name) if name else None


def confirm_restore(parent: QWidget | None, db_path: Path, info: BackupInfo) -> bool:
    text = (f"Replace the clinic database\n{db_path}\nwith the backup\n{info.path}\n({info.summary()})?\n\n"
            "The current database is kept aside beside it (…before-restore-DATE), so this can be undone.")
    answer = QMessageBox.question(parent, "Restore from backup", text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class _WaitCursor:
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def backup_now(parent: QWidget | None, store: ClinicStore, *, directory: Path | None = None) -> BackupInfo | None:
    target = ask_backup_path(parent, store.path, directory=directory)
    if target is None:
        return None
    try:
        with _WaitCursor():
            info = store.backup(target)
    except StoreError as error:
        QMessageBox.critical(parent, "Backup failed", str(error))
        return None
    QMessageBox.information(parent, "Backup written", f"{info.path}\n{info.summary()}\nVerified: integrity ok.")
    return info


def restore_now(parent: QWidget | None, store: ClinicStore, *, directory: Path | None = None) -> RestoreResult | None:
    """After a successful restore the window should reload its list and current patient."""
    try:
        store.session.require("restore")
    except StoreError as error:
        QMessageBox.critical(parent, "Restore not possible", str(error))
        return None
    source = ask_restore_path(parent, directory=directory)
    if source is None:
        return None
    try:
        with _WaitCursor():
            info = inspect_backup(source)
    except BackupInvalid as error:
        QMessageBox.critical(parent, "Not a usable backup", f"{error}\n\nNothing was changed.")
        return None
    if not confirm_restore(parent, store.path, info):
        return None
    try:
        with _WaitCursor():
            result = store.restore(source)
    except BackupInvalid as error:
        QMessageBox.critical(parent, "Not a usable backup", f"{error}\n\nNothing was changed.")
        return None
    except StoreError as error:
        QMessageBox.critical(parent, "Restore failed", f"{error}\n\nThe database was not changed.")
        return None
    QMessageBox.information(parent, "Restored", str(result))
    return result


def auto_backup_on_close(db_path: Path, *, keep: int = DEFAULT_KEEP, backups_dir: Path | None = None) -> Path | None:
    """For the window's closeEvent: the daily automatic backup; a failure is logged, never raised."""
    try:
        return auto_backup(db_path, backups_dir or paths.backups_dir(), keep=keep)
    except (StoreError, OSError, ValueError) as error:
        log.warning("automatic backup of %s failed: %s", db_path, error)
        return None
