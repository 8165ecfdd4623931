"""Work functions for the File menu, run on a worker thread through :mod:`.background`.

Each opens its own :class:`ClinicStore` (SQLite connections belong to one thread) with the
window's session (so a signed-in user's rights and name carry over) and follows the command line's
rules: an import is all or nothing and refuses every file if one is invalid,
naming each file, field and problem.

``core.validation`` is imported inside the work functions: it builds the document models, and
this module is loaded with the window, before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..store import ClinicStore, ImportResult, Session

if TYPE_CHECKING:
    from .background import Progress


class ImportRefused(ValueError):
    """At least one file is not a valid patient document; nothing was imported."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} file(s) refused, nothing imported:\n" + "\n".join(problems))


def json_files(paths: Sequence[Path]) -> list[Path]:
    """Files as given, folders expanded to their ``*.json`` files (sorted, not recursive)."""
    out: list[Path] = []
    for path in paths:
        out.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    return out


def import_work(db_path: Path, paths: Sequence[Path], as_of: date,
                session: Session | None = None) -> Callable[[Progress], ImportResult]:
    files = json_files(paths)

    def work(progress: Progress) -> ImportResult:
        from ..core.validation import DocumentInvalid, parse_document_json

        docs, problems = [], []
        for i, path in enumerate(files):
            progress.check()
            progress.report(i, len(files), f"checking {path.name}")
            try:
                docs.append(parse_document_json(path.read_bytes(), as_of=as_of, source=str(path)))
            except DocumentInvalid as invalid:
                problems.append(invalid.describe())
            except OSError as error:
                problems.append(f"{path}: cannot read ({error.strerror or error})")
        if problems:
            raise ImportRefused(problems)
        progress.check()
        progress.report(len(files), len(files), "writing to the database")
        with ClinicStore(db_path, session=session) as store:
            result = store.import_documents(docs, source=", ".join(str(p) for p in paths)[:500])
            # The list's risk, next due and flags for what came in (the import itself is done and
            # stays done: cancelling here only leaves those patients "not assessed" until F5).
            from ..services import refresh_assessments

            changed = (*result.new_ids, *result.updated_ids)
            if changed and not progress.cancelled:
                progress.report(0, len(changed), "assessing the imported patients")
                refresh_assessments(store, as_of, patient_ids=changed, progress=progress.report,
                                    cancelled=lambda: progress.cancelled)
            return result

    return work


def export_work(db_path: Path, out_dir: Path, ids: Sequence[str] | None = None,
                session: Session | None = None) -> Callable[[Progress], int]:
    def work(progress: Progress) -> int:
        from ..core.validation import canonical_json

        out_dir.mkdir(parents=True, exist_ok=True)
        with ClinicStore(db_path, session=session) as store:
            wanted = list(ids) if ids is not None else store.patient_ids()
            written = 0
            for doc in store.iter_documents(wanted):
                progress.check()
                if written % 50 == 0:
                    progress.report(written, len(wanted), doc.id)
                (out_dir / f"{doc.id}.json").write_text(canonical_json(doc), encoding="utf-8")
                written += 1
            store.record_event("export", detail={"out": str(out_dir), "patients": written})
        return written

    return work


def store_supports(method: str) -> bool:
    """Backup and restore arrive with the store; the menu only offers what exists."""
    return callable(getattr(ClinicStore, method, None))


def backup_work(db_path: Path, out_path: Path, session: Session | None = None) -> Callable[[Progress], Any]:
    def work(progress: Progress) -> Any:
        progress.report(0, 0, f"copying to {out_path.name}")
        with ClinicStore(db_path, session=session) as store:
            return store.backup(out_path)

    return work


def restore_work(db_path: Path, backup_path: Path, session: Session | None = None) -> Callable[[Progress], Any]:
    def work(progress: Progress) -> Any:
        progress.report(0, 0, f"restoring {backup_path.name}")
        with ClinicStore(db_path, session=session) as store:
            return store.restore(backup_path)

    return work
