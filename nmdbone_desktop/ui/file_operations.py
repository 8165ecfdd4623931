"""Work functions for the File menu, run on a worker thread through :mod:`.background`.

Each opens its own clinic (:func:`..services.clinic.open_clinic`: SQLite connections belong to one
thread) from the window's location and session (so a signed-in user's rights and name carry
over). An import is the command line's (:mod:`..services.document_import`): all or nothing, the
same refusals in the same words.

``core.validation`` is imported inside the work functions: it builds the document models, and
this module is loaded with the window, before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..services.clinic import ImportResult, Session, open_clinic
from .translation import translate

if TYPE_CHECKING:
    from .background import Progress


def import_work(location: Path, paths: Sequence[Path], as_of: date,
                session: Session | None = None) -> Callable[[Progress], ImportResult]:
    """The command line's import (:mod:`..services.document_import`), with progress and Cancel."""
    def work(progress: Progress) -> ImportResult:
        from ..services import document_import

        def on_file(i: int, n: int, path: Path) -> None:
            progress.check()
            progress.report(i, n, translate("FileOperations", "checking {name}").format(name=path.name))

        files = document_import.input_files(paths)
        docs = document_import.read_documents(files, as_of, on_file=on_file)
        progress.check()
        progress.report(len(files), len(files), translate("FileOperations", "writing to the database"))
        with open_clinic(location, session) as clinic:
            return clinic.import_documents_from(
                docs,
                as_of,
                source=document_import.import_source(paths),
                on_assessing=lambda n: progress.report(
                    0, n, translate("FileOperations", "assessing the imported patients")
                ),
                progress=progress.report,
                cancelled=lambda: progress.cancelled,
            )

    return work


def export_work(location: Path, out_dir: Path, ids: Sequence[str] | None = None,
                session: Session | None = None) -> Callable[[Progress], int]:
    """The command line's export (:mod:`..services.document_export`), with progress and Cancel."""
    def work(progress: Progress) -> int:
        def step(done: int, total: int, patient_id: str) -> None:
            progress.check()
            progress.report(done, total, patient_id)

        with open_clinic(location, session) as clinic:
            return clinic.export_documents(out_dir, ids, progress=step)

    return work


def backup_work(location: Path, out_path: Path, session: Session | None = None) -> Callable[[Progress], Any]:
    return _clinic_work(location, session, translate("FileOperations", "copying to {name}").format(name=out_path.name),
                        lambda clinic: clinic.backup(out_path))


def restore_work(location: Path, backup_path: Path, session: Session | None = None) -> Callable[[Progress], Any]:
    return _clinic_work(
        location,
        session,
        translate("FileOperations", "restoring {name}").format(name=backup_path.name),
        lambda clinic: clinic.restore(backup_path),
    )


def _clinic_work(location: Path, session: Session | None, message: str,
                 action: Callable[[Any], Any]) -> Callable[[Progress], Any]:
    """One call on a clinic of the worker's own, with an indefinite progress message."""
    def work(progress: Progress) -> Any:
        progress.report(0, 0, message)
        with open_clinic(location, session) as clinic:
            return action(clinic)

    return work
