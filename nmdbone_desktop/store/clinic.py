"""``ClinicStore``: the clinic's patients in one SQLite file, with an append-only audit trail.

One store object owns one connection; use one per thread (sqlite3's rule). Every write is one
``BEGIN IMMEDIATE`` transaction, all or nothing, audited in the same transaction, so the trail
can never disagree with the data. Reads of many patients run in chunks, each chunk inside one
read transaction, so every document comes from a single committed state.

Every write method first checks the session's role (:mod:`.session`); without login (the
default) the session is the operating-system user with every right. Backup, restore, sign-in and
accounts are in :mod:`.protection`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from . import audit, listing
from .audit import AuditEntry, Change, audit_row, diff_documents, utc_now
from .changes import ChangesMixin
from .clinic_settings import ClinicSettingsMixin
from .connection import connect, pipelined, read_snapshot, write_transaction
from .dxa import DxaMixin
from .errors import PatientNotFound, StoreError, busy_guard, translate_errors
from .handled import HandledMixin
from .locations import is_server_location
from .models import AssessmentSummary, ImportResult, PatientListRow, PatientName
from .protection import ProtectionMixin, resolve_session
from .sql import put_setting

# ``bulk`` (documents ↔ rows) and ``core.validation`` build the pydantic document models; they are
# imported inside the methods that read or write documents, so opening the store and listing
# patients (the window's first paint) does not wait for them.

#: ``settings`` key: "1" when the clinic is the synthetic demo clinic.
DEMO_KEY = "demo_clinic"

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..core.document import PatientDocument
    from .bulk import DocumentRows
    from .session import Session


def _whole(doc: PatientDocument) -> dict[str, Any]:
    """A whole document as audited (canonical form: contract order, nulls left out)."""
    from ..core.validation import canonical_dict

    return canonical_dict(doc)


@dataclass(frozen=True, slots=True)
class _PreparedWrite:
    """A save made ready before the write lock: for ``revision`` (the one read), the rows of the
    next revision and its audit entries (none: the document is unchanged)."""

    revision: int
    rows: DocumentRows
    trail: list[tuple[Any, ...]]


class ClinicStore(HandledMixin, ChangesMixin, ProtectionMixin, ClinicSettingsMixin, DxaMixin):
    """The clinic database. Opening it creates the file and applies pending migrations.

    Who writes: ``session`` (from :meth:`sign_in` of another store on the same database, e.g.
    the window's, for a worker thread), else ``user`` (default: the operating-system user) with
    ``role`` (default: physician, every right). When the database requires login, a store opened
    without a signed-in session may read but not change clinical data (:mod:`.session`).
    """

    @busy_guard
    def __init__(self, path: str | Path, *, user: str | None = None, role: str | None = None,
                 session: Session | None = None) -> None:
        if is_server_location(path):  # Path() would make "postgresql:/host/…" a relative file name
            raise StoreError(f"{path} is a clinic server: open it with open_clinic (services.clinic)")
        self.path = Path(path)
        self._db = connect(self.path)
        try:
            self.session = resolve_session(self._db, session, user, role)
        except BaseException:
            self._db.close()
            raise

    @property
    def user(self) -> str:
        """The user name the audit trail records for this store's writes."""
        return self.session.user

    # -- lifetime -------------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ClinicStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ClinicStore({str(self.path)!r}, user={self.user!r}, role={self.session.role!r})"

    # -- reading --------------------------------------------------------------------------------

    @busy_guard
    def patient_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM patients").fetchone()[0])

    @busy_guard
    def patient_ids(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT id FROM patients ORDER BY id")]

    @busy_guard
    def revisions(self) -> dict[str, int]:
        from . import bulk

        return bulk.current_revisions(self._db)

    @busy_guard
    def get_document(self, patient_id: str) -> PatientDocument:
        from . import bulk

        with read_snapshot(self._db):
            found = bulk.load_documents(self._db, bulk.Selection(ids=[patient_id]))
        if patient_id not in found:
            raise PatientNotFound(patient_id)
        return found[patient_id]

    def iter_documents(self, patient_ids: Iterable[str] | None = None) -> Iterator[PatientDocument]:
        """Every patient (by id) or the given ones (in the given order; unknown ids are skipped).

        Reads ``bulk.CHUNK`` patients at a time with one query per table; no transaction stays
        open between chunks, so the caller may write while iterating.
        """
        from . import bulk

        if patient_ids is None:
            with translate_errors():
                chunks = bulk.range_chunks(self._db)
            for selection in chunks:
                with translate_errors(), read_snapshot(self._db):
                    found = bulk.load_documents(self._db, selection)
                yield from found.values()  # ids ascending: the chunk query orders by id
            return
        wanted = list(dict.fromkeys(patient_ids))
        for start in range(0, len(wanted), bulk.CHUNK):
            part = wanted[start:start + bulk.CHUNK]
            with translate_errors(), read_snapshot(self._db):
                found = bulk.load_documents(self._db, bulk.Selection(ids=part))
            yield from (found[pid] for pid in part if pid in found)

    @busy_guard
    def search_patients(self, text: str = "", *, sort: str = "name", descending: bool = False,
                        limit: int | None = None, offset: int = 0) -> list[PatientListRow]:
        """The patient list: rows whose search key holds every term of ``text``, sorted in SQL.

        ``sort``: name, id, age, diagnosis, risk, next_due (see :data:`listing.SORT_KEYS`).
        """
        return listing.search(self._db, text, sort, descending, limit, offset)

    @busy_guard
    def patient_names(self) -> list[PatientName]:
        """Every patient's name and diagnosis, by id (what the worklist shows of a patient)."""
        return listing.names(self._db)

    @busy_guard
    def count_patients(self, text: str = "") -> int:
        return listing.count(self._db, text)

    @busy_guard
    def history(self, patient_id: str | None = None, *, limit: int | None = None,
                clinic_actions: Sequence[str] = ()) -> list[AuditEntry]:
        """The audit trail, newest first (of one patient, or of the whole clinic).

        ``clinic_actions``: with a patient, also show clinic-wide entries of these actions (the
        history view shows restores, which replace every patient's record at once).
        """
        return audit.read(self._db, patient_id, limit, clinic_actions)

    def schema_migrations(self) -> list[str]:
        """The schema changes applied to this database, oldest first (``schema-version``)."""
        from .schema import migrations

        return [m.name for m in migrations.applied(self._db)]

    @busy_guard
    def data_version(self) -> int:
        """Changes when *another* connection commits (not on this store's own writes)."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    @busy_guard
    def assessment_summaries(self) -> dict[str, AssessmentSummary]:
        """Cached summaries computed from each patient's current revision."""
        return listing.read_cache(self._db)

    def stale_assessments(self, as_of: date, ruleset_version: str) -> dict[str, int]:
        """Patient id → revision for every patient whose cached assessment is not current."""
        return listing.stale_patients(self._db, as_of, ruleset_version)

    # -- writing --------------------------------------------------------------------------------

    @busy_guard
    def import_documents(self, docs: Sequence[PatientDocument], *, source: str = "",
                         on_writing: Callable[[int], None] | None = None) -> ImportResult:
        """Add or replace many patients in one transaction (all or nothing).

        A patient whose id exists is replaced when its document differs (revision + 1, one audit
        row per changed record); an identical document is left alone. ``on_writing(n)`` is called
        once the write lock is held, before the first row is written (progress reporting).
        """
        from . import bulk

        self.session.require("import")
        seen: set[str] = set()
        for doc in docs:
            if doc.id in seen:
                raise StoreError(f"patient id {doc.id!r} appears twice in one import")
            seen.add(doc.id)
        ids = [doc.id for doc in docs]
        at = utc_now()
        new: list[str] = []
        updated: list[str] = []
        unchanged: list[str] = []
        with write_transaction(self._db) as db:
            if on_writing is not None:
                on_writing(len(docs))
            revisions = bulk.current_revisions(db, ids)
            old = bulk.load_documents(db, bulk.Selection(ids=list(revisions))) if revisions else {}
            rows: list[tuple[Any, ...]] = []
            to_insert: list[tuple[PatientDocument, int]] = []
            for doc in docs:
                if doc.id not in revisions:
                    new.append(doc.id)
                    to_insert.append((doc, 1))
                    rows.append(audit_row(self.user, "import", at=at, patient_id=doc.id, record="document",
                                          after=_whole(doc), detail={"source": source}))
                elif old[doc.id] == doc:
                    unchanged.append(doc.id)
                else:
                    updated.append(doc.id)
                    to_insert.append((doc, revisions[doc.id] + 1))
                    rows.extend(audit_row(self.user, "import", at=at, patient_id=doc.id, record=c.record,
                                          before=c.before, after=c.after, detail={"source": source})
                                for c in diff_documents(old[doc.id], doc))
            bulk.delete_patients(db, updated)
            bulk.insert_documents(db, to_insert, at)
            rows.append(audit_row(self.user, "import", at=at, detail={
                "source": source, "new": len(new), "updated": len(updated), "unchanged": len(unchanged)}))
            audit.append(db, rows)
        return ImportResult(str(self.path), tuple(new), tuple(updated), tuple(unchanged))

    @busy_guard
    def save_document(self, doc: PatientDocument, *, action: str = "edit", expected_revision: int | None = None,
                      cache: Callable[[int], Iterable[AssessmentSummary]] | None = None) -> int:
        """Write one patient; return its revision (unchanged if the document is identical).

        ``expected_revision`` is the revision the editor started from (0 for a new patient);
        if someone saved in between, :class:`RevisionConflict` (a :class:`StoreError`) is raised
        and nothing is written. A new patient is audited as one "document" record (action
        "create" when the default "edit" was given); a change as one row per changed record.
        ``cache(revision)`` gives the assessment cache's rows for the written revision; they are
        stored in the same transaction, so a failure there leaves neither the record nor its audit.
        (It is called before the transaction, with the revision the save will most likely write,
        and again only if another one was written: it must not depend on being called once.)
        """
        self.session.require("edit")
        if cache is not None:
            self.session.require("cache")
        at = utc_now()
        early = self._prepare_write(doc, action, at, expected_revision)
        # The cache's rows too are made before the lock, for the revision this save will most
        # likely write (made again under the lock if another one was written).
        likely = 1 if early is None else early.revision + (1 if early.trail else 0)
        cached = listing.cache_rows(cache(likely)) if cache is not None else []
        with write_transaction(self._db) as db:
            revision = self._write_document(db, doc, action, expected_revision, at, early)
            if cache is not None:
                rows = cached if revision == likely else listing.cache_rows(cache(revision))
                with pipelined(db):  # sent with the record's rows and the commit
                    listing.put_cache(db, rows, present={doc.id})
            return revision

    def _prepare_write(self, doc: PatientDocument, action: str, at: str,
                       expected_revision: int | None) -> _PreparedWrite | None:
        """Read, compare and make every row (records and compressed audit entries) before taking the
        write lock, so the lock is held only to check the revision and write (other workstations
        queue on it); redone under the lock if the patient changed in between. None for a new
        patient. A save whose revision is already not the current one in this committed read is
        refused here, without taking the lock: the edit started from a stale version either way."""
        from . import bulk

        revisions: dict[str, int] = {}
        with read_snapshot(self._db):
            before = bulk.load_documents(self._db, bulk.Selection(ids=[doc.id]), revisions).get(doc.id)
            seen = revisions.get(doc.id)
            if expected_revision is not None and expected_revision != (seen or 0):
                refusal = audit.conflict(self._db, doc.id, expected_revision, seen)  # who changed what, when
            else:
                refusal = None
        if refusal is not None:
            raise refusal
        if seen is None or before is None:
            return None
        return self._rows_for(doc, action, at, seen, diff_documents(before, doc))

    def _rows_for(self, doc: PatientDocument, action: str, at: str, current: int,
                  changes: list[Change]) -> _PreparedWrite:
        from . import bulk

        if not changes:
            return _PreparedWrite(current, {}, [])
        trail = [audit_row(self.user, action, at=at, patient_id=doc.id, record=c.record, before=c.before,
                           after=c.after) for c in changes]
        return _PreparedWrite(current, bulk.document_rows([(doc, current + 1)], at), trail)

    def _write_document(self, db: Database, doc: PatientDocument, action: str, expected_revision: int | None,
                        at: str, early: _PreparedWrite | None = None) -> int:
        from . import bulk

        current = self._revision_under_lock(db, doc.id, early, expected_revision)
        if expected_revision is not None and expected_revision != (current or 0):
            raise audit.conflict(db, doc.id, expected_revision, current)  # who changed what and when
        if current is None:
            bulk.insert_documents(db, [(doc, 1)], at)
            audit.append(db, [audit_row(self.user, "create" if action == "edit" else action, at=at,
                                        patient_id=doc.id, record="document", after=_whole(doc))])
            return 1
        if early is None or early.revision != current:  # changed since it was read: compare again
            old = bulk.load_documents(db, bulk.Selection(ids=[doc.id]))[doc.id]
            early = self._rows_for(doc, action, at, current, diff_documents(old, doc))
        if not early.trail:
            return current
        with pipelined(db):  # sent with the COMMIT: one round trip to a clinic server
            bulk.delete_patients(db, [doc.id])
            bulk.insert_rows(db, early.rows)
            audit.append(db, early.trail)
        return current + 1

    def _revision_under_lock(self, db: Database, patient_id: str, early: _PreparedWrite | None,
                             expected_revision: int | None) -> int | None:
        """The patient's revision now that the write lock is held (None: no such patient). The
        clinic server checks ``early``'s revision inside the transaction instead of reading it
        (:class:`.server.store.ServerClinicStore`)."""
        from . import bulk

        return bulk.current_revisions(db, [patient_id]).get(patient_id)

    @busy_guard
    def delete_patient(self, patient_id: str) -> None:
        """Delete a patient; the audit row keeps the whole document so nothing is lost."""
        from . import bulk

        self.session.require("delete")
        at = utc_now()
        with write_transaction(self._db) as db:
            found = bulk.load_documents(db, bulk.Selection(ids=[patient_id]))
            if patient_id not in found:
                raise PatientNotFound(patient_id)
            bulk.delete_patients(db, [patient_id])
            audit.append(db, [audit_row(self.user, "delete", at=at, patient_id=patient_id, record="document",
                                        before=_whole(found[patient_id]))])

    @busy_guard
    def record_event(self, action: str, *, patient_id: str | None = None,
                     detail: dict[str, Any] | None = None) -> None:
        """Audit something that changes no data (a letter printed, a backup restored)."""
        self.session.require("letters")
        with write_transaction(self._db) as db:
            audit.append(db, [audit_row(self.user, action, at=utc_now(), patient_id=patient_id,
                                        detail=detail)])

    # -- the clinic's own flags ------------------------------------------------------------------

    @busy_guard
    def is_demo_clinic(self) -> bool:
        """True when the database was filled with the synthetic demo clinic (``demo``)."""
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [DEMO_KEY]).fetchone()
        return row is not None and row[0] == "1"

    @busy_guard
    def mark_demo_clinic(self) -> None:
        """Remember that this clinic holds synthetic demo patients (window title, every letter)."""
        self.session.require("import")
        with write_transaction(self._db) as db:
            put_setting(db, DEMO_KEY, "1")
            audit.append(db, [audit_row(self.user, "demo_clinic", at=utc_now())])

    @busy_guard
    def put_assessment_summaries(self, rows: Iterable[AssessmentSummary]) -> None:
        """Store cached assessment summaries (replacing older ones of the same patients)."""
        self.session.require("cache")
        prepared = listing.cache_rows(rows)
        with write_transaction(self._db) as db:
            listing.put_cache(db, prepared)
