"""Importing patient documents: the one pipeline of File ▸ Import… and ``nmdbone-desktop import``.

All or nothing: every file is read and validated before the database is opened for writing;
every problem of every file is reported (file, field path, problem) and only a fully valid set
is written, in one transaction. Both entry points refuse the same inputs with the same words
(:class:`DocumentsRefused`): a missing path, a folder without ``*.json`` files, an unreadable
file, an invalid document, NaN or Infinity in ``extra`` (Python's ``json`` reads them; JSON and
the store cannot keep them) and one patient id in two files. After the write, the imported
patients are assessed for the patient list (risk, next due, flags from the assessment cache).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.document import PatientDocument

if TYPE_CHECKING:
    from ..store import ImportResult
    from .ports import ClinicStorePort

__all__ = ["DocumentsRefused", "import_source", "input_files", "read_documents", "write_documents"]

#: The audit trail keeps at most this much of the list of paths an import came from.
SOURCE_CHARS = 500


class DocumentsRefused(ValueError):
    """Nothing was imported. ``problems``: each invalid file's problems (one entry a file);
    ``summary``: the verdict in one line."""

    def __init__(self, summary: str, problems: Sequence[str] = ()) -> None:
        self.summary = summary
        self.problems = list(problems)
        super().__init__("\n".join([*self.problems, summary]))


def input_files(inputs: Iterable[Path]) -> list[Path]:
    """Files named, and every ``*.json`` directly inside each folder named (sorted)."""
    files: list[Path] = []
    for path in inputs:
        if path.is_dir():
            found = sorted(p for p in path.glob("*.json") if p.is_file())
            if not found:
                raise DocumentsRefused(f"{path}: no .json files in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise DocumentsRefused(f"{path}: no such file or folder")
    return files


def import_source(inputs: Iterable[Path]) -> str:
    """What the audit trail says an import came from."""
    return ", ".join(str(p) for p in inputs)[:SOURCE_CHARS]


def read_documents(files: Sequence[Path], as_of: date, *,
                   on_file: Callable[[int, int, Path], None] | None = None) -> list[PatientDocument]:
    """Parse and validate every file; report every problem of every file, then refuse as a whole.

    ``on_file(i, n, path)`` is called before each file (progress; it may raise to cancel).
    """
    from ..core.validation import DocumentInvalid, Problem, parse_document_json

    docs: list[PatientDocument] = []
    invalid: list[DocumentInvalid] = []
    first_seen: dict[str, Path] = {}
    for i, path in enumerate(files):
        if on_file is not None:
            on_file(i, len(files), path)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise DocumentsRefused(f"{path}: cannot read: {error.strerror or error}") from None
        try:
            doc = parse_document_json(data, as_of=as_of, source=str(path))
        except DocumentInvalid as error:
            invalid.append(error)
            continue
        try:
            json.dumps(doc.extra, allow_nan=False)
        except ValueError:  # Python's json reads NaN/Infinity; the store (and JSON) cannot keep them
            invalid.append(DocumentInvalid(str(path), [Problem("extra", "holds NaN or Infinity, not JSON numbers")]))
            continue
        if doc.id in first_seen:
            raise DocumentsRefused(f"patient id {doc.id!r} appears in both {first_seen[doc.id]} and {path}")
        first_seen[doc.id] = path
        docs.append(doc)
    if invalid:
        raise DocumentsRefused(f"{len(invalid)} of {len(files)} files are invalid; nothing was imported",
                               [error.describe() for error in invalid])
    return docs


def write_documents(store: ClinicStorePort, docs: Sequence[PatientDocument], as_of: date, *, source: str,
                    on_writing: Callable[[int], None] | None = None,
                    on_assessing: Callable[[int], None] | None = None,
                    progress: Callable[[int, int, str], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Write the documents (one transaction, the store checks the role), then assess what changed.

    The import itself is done and stays done when ``cancelled()`` turns true during the
    assessment: those patients are only "not assessed" in the list until the next refresh.
    """
    from .assessments import refresh_assessments

    result = store.import_documents(docs, source=source, on_writing=on_writing)
    changed = (*result.new_ids, *result.updated_ids)
    if changed and not (cancelled is not None and cancelled()):
        if on_assessing is not None:
            on_assessing(len(changed))
        refresh_assessments(store, as_of, patient_ids=changed, progress=progress, cancelled=cancelled)
    return result
