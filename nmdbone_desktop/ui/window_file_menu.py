"""The File menu's long commands (import, export, backup, restore, clinic re-assessment).

They run through :func:`.background.run_with_progress` — the window keeps painting and each can
be cancelled — and finish on the GUI thread by refreshing the list and the current patient.
A part of :class:`MainWindow` (:mod:`.window_part`), kept apart so the window module stays about
layout and wiring.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from ..services.clinic import BackupInvalid, ImportResult, StoreError, inspect_backup, open_clinic
from .background import BackgroundTask, Progress, run_with_progress
from .file_operations import (
    backup_work,
    export_work,
    import_work,
    restore_work,
)
from .protection.backup_actions import ask_backup_path, ask_restore_path, confirm_restore
from .store_words import store_error_message
from .translation import translate
from .vocabulary import local_count
from .window_part import WindowPart

if TYPE_CHECKING:
    from ..services.clinic import Clinic
    from .main_window import MainWindow


class FileCommands(WindowPart):
    """Import / export / DXA import / backup / restore / refresh: the File menu's long work."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.task: BackgroundTask | None = None

    def run_task(self, title: str, work: Callable[[Progress], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None] | None = None) -> BackgroundTask:
        """One long job at a time, with progress and Cancel; failures are reported, not raised."""
        def failed(error: BaseException) -> None:
            self.message(title, str(error), error=True)

        def cancelled() -> None:
            self.statusBar().showMessage(translate("FileCommands", "{title}: cancelled").format(title=title), 5000)

        self.task = run_with_progress(self.window, title, work, on_done=on_done,
                                      on_error=on_error or failed, on_cancel=cancelled)
        return self.task

    def busy(self) -> bool:
        if self.task is not None and self.task.running:
            self.statusBar().showMessage(
                translate("FileCommands", "Please wait: another long operation is still running."), 5000
            )
            return True
        return False

    # -- import / export --------------------------------------------------------------------------
    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.window, translate("FileCommands", "Import patient documents"), "",
                                                translate("FileCommands", "Patient documents (*.json)"))
        if files:
            self.import_paths([Path(f) for f in files])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, translate("FileCommands", "Import every patient document of a folder")
        )
        if folder:
            self.import_paths([Path(folder)])

    def show_import_result(self, result: ImportResult) -> None:
        self.statusBar().showMessage(translate(
            "FileCommands",
            "Imported {total} patients ({new} new, {updated} updated, {unchanged} unchanged) into {path}",
        ).format(total=local_count(result.total), new=local_count(result.new), updated=local_count(result.updated),
                 unchanged=local_count(result.unchanged), path=result.path), 10000)

    def import_paths(self, paths: list[Path]) -> BackgroundTask | None:
        if self.busy():
            return None

        def done(result: ImportResult) -> None:
            self.refresh_list()
            self.controller.reload()
            self.show_import_result(result)

        def failed(error: BaseException) -> None:
            from ..services.document_import import DocumentsRefused

            if isinstance(error, DocumentsRefused):
                text = "\n\n".join([*error.problems[:20], error.summary])
            else:
                text = str(error)
            self.message(translate("FileCommands", "Import refused — nothing was imported"), text, error=True)

        work = import_work(self.location, paths, self.today(), self.clinic.session)
        return self.run_task(translate("FileCommands", "Importing"), work, done, failed)

    def export_patient(self) -> BackgroundTask | None:
        if self.controller.current_id is None:
            return None
        return self._export([self.controller.current_id])

    def export_all(self) -> BackgroundTask | None:
        return self._export(None)

    def _export(self, ids: list[str] | None) -> BackgroundTask | None:
        folder = QFileDialog.getExistingDirectory(
            self.window, translate("FileCommands", "Export patient documents to folder")
        )
        if not folder or self.busy():
            return None
        return self.run_task(
            translate("FileCommands", "Exporting"),
            export_work(self.location, Path(folder), ids, self.clinic.session),
            lambda n: self.statusBar().showMessage(
                translate("FileCommands", "Exported {n} patient(s) to {folder}").format(n=n, folder=folder), 10000
            ),
        )

    def import_dxa(self) -> BackgroundTask | None:
        """File → Import DXA results…: preview in the dialog, then write on a worker thread."""
        from .dxa_import_dialog import DxaImportDialog

        if self.busy():
            return None
        dialog = DxaImportDialog(self.clinic, self.today(), self.window, self.controller.current_id)
        if dialog.exec() != DxaImportDialog.DialogCode.Accepted or dialog.plan is None:
            return None
        return self.commit_dxa(dialog.plan, dialog.confirmed)

    def commit_dxa(self, plan: Any, confirmed: bool) -> BackgroundTask | None:
        location, session = self.location, self.clinic.session

        def work(progress: Progress) -> Any:
            with open_clinic(location, session) as clinic:
                return clinic.commit_dxa_import(plan, confirm_name_matches=confirmed,
                                                on_progress=lambda m: progress.report(0, 0, m))

        def done(result: Any) -> None:
            self.refresh_list()
            self.controller.reload()
            self.statusBar().showMessage(
                translate(
                    "FileCommands",
                    "Imported {added} DXA measurement(s) for {n_patients} patient(s); {duplicates} duplicate(s) skipped",  # noqa: E501 (one message for the translators)
                ).format(added=result.added, n_patients=len(result.patients), duplicates=result.duplicates),
                10000,
            )

        return self.run_task(translate("FileCommands", "Importing DXA results"), work, done)

    # -- backup / restore -------------------------------------------------------------------------
    def backup(self) -> BackgroundTask | None:
        """A verified copy, written on the worker, to a file chosen here (dated, in the backups folder)."""
        out = ask_backup_path(self.window, self.location)
        if out is None or self.busy():
            return None
        return self.run_task(
            translate("FileCommands", "Backing up"),
            backup_work(self.location, out, self.clinic.session),
            lambda result: self.message(
                translate("FileCommands", "Backup"),
                translate("FileCommands", "Backup written and verified:\n{result}").format(result=result),
            ),
        )

    def restore(self) -> BackgroundTask | None:
        """Check the chosen backup, say what it holds and ask (always) before replacing the database."""
        try:
            self.clinic.require("restore")  # the clinic's check, before a file is even chosen
        except StoreError as error:
            self.message(translate("FileCommands", "Restore not possible"), str(error), error=True)
            return None
        if self.clinic.on_server:  # replacing a shared database is IT's job, with the owner's role
            self.message("Restore a clinic server", "A clinic server is restored by IT with the database owner's "
                         "role:\n  nmdbone-desktop restore --db URL BACKUP.dump\n"
                         "(docs/install-workstation.md, \"clinic server\").", error=True)
            return None
        path = ask_restore_path(self.window)
        if path is None or self.busy():
            return None
        try:
            info = inspect_backup(path)
        except BackupInvalid as error:
            self.message(
                translate("FileCommands", "Not a usable backup"),
                translate("FileCommands", "{error}\n\nNothing was changed.").format(error=store_error_message(error)),
                error=True,
            )
            return None
        if not confirm_restore(self.window, self.location, info):
            return None

        def done(result: Any) -> None:
            self.reopen_clinic()
            self.statusBar().showMessage(
                translate("FileCommands", "Restored from {path}: {result}").format(path=path, result=result), 10000
            )
            self.message(translate("FileCommands", "Restore"), str(result))

        return self.run_task(
            translate("FileCommands", "Restoring"), restore_work(self.location, path, self.clinic.session), done
        )

    def open_server(self) -> Any:
        """File → Open clinic server…: ask for the URL and password, connect, switch to it."""
        from .server_dialog import ServerDialog

        if self.busy():
            return None
        dialog = ServerDialog(self.window.settings.value("clinic/serverUrl", "", type=str), self.window)
        self.window.server_dialog = dialog  # tests drive it; the window keeps the one shown last
        if dialog.exec() and dialog.clinic is not None:
            self.window.settings.setValue("clinic/serverUrl", dialog.location())  # never the password
            self.switch_clinic(dialog.clinic)
        return dialog

    def switch_clinic(self, clinic: Clinic) -> None:
        """Work on another clinic (a server opened from the File menu) from now on."""
        old = self.clinic
        self.window.clinic, self.window.location = clinic, clinic.location
        self.model.set_clinic(clinic)
        self.controller.clinic = clinic
        self.window.watcher.set_clinic(clinic)
        self.window.worklist.location, self.window.worklist.session = clinic.location, clinic.session
        self.window.status_db.setText(translate("MainWindow", "Database: {location}").format(location=clinic.location))
        self.window.set_title()
        old.close()
        self.controller.clear(translate("FileCommands", "Opened {location}: choose a patient.").format(
            location=clinic.location))
        self.refresh_list()
        if clinic.login_required() and not clinic.session.authenticated:
            self.window.ask_sign_in()

    def reopen_clinic(self) -> None:
        """After a restore the file under our connection was replaced: open it afresh."""
        old = self.clinic
        self.window.clinic = old.reopen()
        self.model.set_clinic(self.clinic)
        self.controller.clinic = self.clinic
        self.window.watcher.set_clinic(self.clinic)
        old.close()
        self.controller.clear(translate("FileCommands", "Database restored: choose a patient."))
        self.refresh_list()

    # -- assessments ------------------------------------------------------------------------------
    def refresh_assessments(self) -> BackgroundTask | None:
        """Re-assess patients whose cached list figures are missing or out of date."""
        if self.busy():
            return None

        def done(result: Any) -> None:
            self.refresh_list()
            self.statusBar().showMessage(
                translate("FileCommands", "Assessed {computed} patient(s), {reused} up to date").format(
                    computed=local_count(result.computed), reused=local_count(result.reused)
                ),
                8000,
            )

        today, location, session = self.today(), self.location, self.clinic.session

        def work(progress: Progress) -> Any:
            with open_clinic(location, session) as clinic:
                result = clinic.refresh_assessments(today, progress=progress.report,
                                                    cancelled=lambda: progress.cancelled)
            progress.check()  # a cancelled refresh ends as "cancelled", keeping what was written
            return result

        return self.run_task(translate("FileCommands", "Assessing patients"), work, done)
