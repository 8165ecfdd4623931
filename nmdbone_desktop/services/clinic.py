"""The clinic, as the window and the command line reach it: ``open_clinic(location, user)``.

A :class:`Clinic` is bound to one clinic database (its *location*: today a SQLite file; a clinic
server later) and to the signed-in user (a :class:`Session`). It offers every use case the window
and the command line need — the patient list (page, search, sort), loading a patient, saving a
record (validate → write → re-assess → cache), import, export, letters, backup and restore, the
worklist, the history, users and the clinic's settings — and change notification
(:meth:`Clinic.data_version`). It reaches the store only through the port
(:class:`.ports.ClinicStorePort`, as does the worklist scan in :mod:`.assessments`). Roles are
checked here: every use case that changes data, prints or exports names the permission it needs
(:func:`needs`, the one table of :mod:`nmdbone_desktop.store.session`), and is refused before it
starts — whatever the entry point, window or command line; the window asks :meth:`Clinic.may` only
to disable what would be refused. (The SQLite store checks the same session again where it writes,
as any backend must guard its own data.)

Worker threads and processes get ``clinic.location`` and ``clinic.session`` and open their own
clinic with :func:`open_clinic` (a SQLite connection belongs to the thread that made it).

The window and the command line import the store's errors and value types from here too, so
that neither imports :mod:`nmdbone_desktop.store` (an import-linter contract).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from ..store import (
    DEFAULT_KEEP,
    ROLES,
    Account,
    AssessmentSummary,
    AuditEntry,
    BackupInfo,
    BackupInvalid,
    DatabaseBusy,
    HandledKind,
    HandledMark,
    ImportResult,
    LoginFailed,
    PatientListRow,
    PatientName,
    PatientNotFound,
    PermissionDenied,
    RestoreResult,
    RevisionConflict,
    Session,
    StoreError,
    auto_backup,
    inspect_backup,
    network_kind,
    network_warning,
)
from ..store.audit_text import AuditWords
from ..store.audit_text import describe as describe_audit_entry
from ..store.audit_text import entry_json as audit_entry_json
from ..store.clinic_settings import LSC_RANGE
from ..store.folding import search_terms
from ..store.locations import display_url, is_server_location, location_label, location_stem
from ..store.session import Permission
from .ports import ClinicStorePort

if TYPE_CHECKING:
    from ..core.assessment import AssessmentSettings
    from ..core.document import PatientDocument
    from ..core.report import AssessmentReport
    from ..store.dxa import DxaAddition, PatientBrief

__all__ = [
    "CLINIC_UNAVAILABLE",
    "DEFAULT_KEEP",
    "LSC_RANGE",
    "ROLES",
    "Account",
    "AuditEntry",
    "AuditWords",
    "BackupInfo",
    "BackupInvalid",
    "Clinic",
    "DatabaseBusy",
    "ImportResult",
    "Location",
    "LoginFailed",
    "PatientListRow",
    "PatientName",
    "PatientNotFound",
    "PermissionDenied",
    "RestoreResult",
    "RevisionConflict",
    "Session",
    "StoreError",
    "audit_entry_json",
    "auto_backup",
    "describe_audit_entry",
    "display_url",
    "inspect_backup",
    "is_server_location",
    "location_label",
    "location_stem",
    "network_kind",
    "network_warning",
    "open_clinic",
    "remember_server_password",
    "search_terms",
]

#: What a clinic raises when it cannot answer just now: busy (locked by a long write elsewhere), or
#: already closed (a count arriving after the window closed its clinic).
CLINIC_UNAVAILABLE: tuple[type[Exception], ...] = (StoreError, sqlite3.ProgrammingError)

#: Where a clinic's data live: the path of its SQLite file, or a clinic server's URL.
Location = str | Path

_P = ParamSpec("_P")
_R = TypeVar("_R")


def needs(
    permission: Permission,
) -> Callable[[Callable[Concatenate[Clinic, _P], _R]], Callable[Concatenate[Clinic, _P], _R]]:
    """The use case needs ``permission``: the signed-in user's role is checked before it starts
    (:class:`PermissionDenied` names the user, the role and the role that would be allowed)."""

    def wrap(method: Callable[Concatenate[Clinic, _P], _R]) -> Callable[Concatenate[Clinic, _P], _R]:
        @functools.wraps(method)
        def checked(clinic: Clinic, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
            clinic.session.require(permission)
            return method(clinic, *args, **kwargs)

        checked.permission = permission  # type: ignore[attr-defined]
        return checked

    return wrap


def open_clinic(
    location: Location, user: Session | None = None, *, name: str | None = None, role: str | None = None
) -> Clinic:
    """The clinic at ``location`` as ``user`` (the signed-in session a worker carries over), or as
    ``name``/``role`` (the command line's ``--user``), or as the operating-system user.

    ``location`` is a SQLite file, or a clinic server's ``postgresql://`` URL."""
    if is_server_location(location):
        from ..store.server import ServerClinicStore

        return Clinic(ServerClinicStore(str(location), session=user, user=name, role=role))
    from ..store import ClinicStore

    return Clinic(ClinicStore(location, session=user, user=name, role=role))


def remember_server_password(url: str, password: str) -> None:
    """The password typed at login for a clinic server, kept in this process's memory only (the
    window's workers open their own connections with it; it is never written anywhere)."""
    from ..store.server import remember_password

    remember_password(url, password)


class Clinic:
    """One clinic for one signed-in user: the use cases over the store port."""

    def __init__(self, store: ClinicStorePort) -> None:
        self._store = store

    # -- who and where ------------------------------------------------------------------------------
    @property
    def location(self) -> Location:
        """The SQLite file's path, or the server's URL (without a password)."""
        path = self._store.path
        return path if is_server_location(path) else Path(path)

    @property
    def on_server(self) -> bool:
        return is_server_location(self._store.path)

    @property
    def session(self) -> Session:
        return self._store.session

    @session.setter
    def session(self, session: Session) -> None:
        self._store.session = session

    @property
    def user(self) -> str:
        return self._store.user

    def may(self, use_case: str) -> bool:
        """Whether the signed-in user's role allows the named use case (a method of this class):
        what the window disables, so that it offers only what the clinic would do."""
        permission = self._permission(use_case)
        return permission is None or self.session.can(permission)

    def require(self, use_case: str) -> None:
        """Refuse now (:class:`PermissionDenied`, saying who may) what the use case would refuse later:
        for a command that first asks the user for a file."""
        permission = self._permission(use_case)
        if permission is not None:
            self.session.require(permission)

    @classmethod
    def _permission(cls, use_case: str) -> Permission | None:
        method = getattr(cls, use_case, None)
        if method is None:
            raise AttributeError(f"the clinic has no use case {use_case!r}")
        return getattr(method, "permission", None)

    def reopen(self) -> Clinic:
        """The same clinic, freshly opened as the same user (after a restore replaced its file)."""
        return open_clinic(self.location, self.session)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Clinic:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Clinic({str(self.location)!r}, user={self.user!r})"

    # -- assessing, as on screen --------------------------------------------------------------------
    def assessment_settings(self) -> AssessmentSettings:
        from .clinic_settings import assessment_settings

        return assessment_settings(self._store)

    def assess(self, doc: PatientDocument, as_of: date) -> tuple[AssessmentReport, AssessmentSettings]:
        """The patient's assessment as the window shows it (the clinic's settings), typed, and the
        settings it was made with."""
        from ..core.assessment import assess
        from ..core.report import typed_report

        settings = self.assessment_settings()
        return typed_report(assess(doc, as_of, settings)), settings

    @needs("edit")
    def save_record(
        self, doc: PatientDocument, *, action: str, expected_revision: int | None, as_of: date
    ) -> tuple[int, AssessmentReport, AssessmentSettings]:
        """Write a validated document, re-assess it (the clinic's settings) and cache the list's
        figures, in one transaction: if the assessment or the cache fails, nothing is written and
        nothing audited. Returns the new revision, the report and the settings it was assessed with."""
        from ..core.assessment import assess
        from ..core.report import typed_report
        from .summaries import summarise

        settings = self.assessment_settings()
        # assessed once, before the store takes its write lock (the revision is only a label of it)
        assessed = assess(doc, as_of, settings)

        def cache(revision: int) -> list[AssessmentSummary]:
            return [summarise(doc.id, revision, assessed, as_of)[0]]

        revision = self._store.save_document(doc, action=action, expected_revision=expected_revision, cache=cache)
        return revision, typed_report(assessed), settings

    @needs("cache")
    def refresh_assessments(self, as_of: date, **options: Any) -> Any:
        from .assessments import refresh_assessments

        return refresh_assessments(self._store, as_of, **options)  # type: ignore[arg-type]

    # -- import, export, DXA, FHIR ------------------------------------------------------------------
    @needs("import")
    def import_documents_from(
        self, docs: Sequence[PatientDocument], as_of: date, *, source: str, **callbacks: Any
    ) -> ImportResult:
        """The import pipeline's write and assessment (:mod:`.document_import`)."""
        from .document_import import write_documents

        return write_documents(self._store, docs, as_of, source=source, **callbacks)

    @needs("letters")
    def export_documents(self, out_dir: Path, patient_ids: Sequence[str] | None = None, **options: Any) -> int:
        from .document_export import export_documents

        return export_documents(self._store, out_dir, patient_ids, **options)

    def plan_dxa_import(self, files: Sequence[Path], **options: Any) -> Any:
        from .dxa_import import plan_dxa_import

        return plan_dxa_import(self._store, files, **options)

    @needs("import")
    def commit_dxa_import(self, plan: Any, **options: Any) -> Any:
        from .dxa_import import commit_dxa_import

        return commit_dxa_import(self._store, plan, **options)

    @needs("letters")
    def write_fhir_bundles(self, out: Path, patient_ids: Sequence[str] | None, **options: Any) -> Any:
        from .fhir_export import write_bundles

        return write_bundles(self._store, out, patient_ids, **options)

    @needs("import")
    def fill_demo_clinic(self, patients: int, *, seed: int, as_of: date) -> int:
        """Import the synthetic demo clinic, mark it as such and fill the assessment cache."""
        from ..demo import generate_clinic
        from .assessments import refresh_assessments

        docs = list(generate_clinic(patients, seed=seed, as_of=as_of))
        self._store.import_documents(docs, source=f"demo clinic ({patients} patients, seed {seed})")
        self._store.mark_demo_clinic()  # the window and every letter say so
        refresh_assessments(self._store, as_of)  # type: ignore[arg-type]
        return len(docs)

    # -- letters ------------------------------------------------------------------------------------
    def letter_signer(self) -> dict[str, Any]:
        from .letter_writing import signer

        return signer(self._store)

    def letter_assess(self) -> Callable[[PatientDocument, date], AssessmentReport]:
        from .letter_writing import clinic_assess

        return clinic_assess(self._store)

    @needs("letters")
    def write_letter(self, patient_id: str, options: Any, letterhead: Any, out: Path) -> Any:
        from .letter_writing import write_letter

        return write_letter(self._store, patient_id, options, letterhead, out)

    @needs("letters")
    def write_letters(self, batch: Any, progress: Any, assess_fn: Any = None) -> Any:
        from .letter_writing import write_batch

        return write_batch(self._store, batch, progress, assess_fn)

    # -- worklist -----------------------------------------------------------------------------------
    def overview(self, as_of: date, **options: Any) -> Any:
        from .assessments import clinic_overview

        return clinic_overview(self._store, as_of, **options)  # type: ignore[arg-type]

    def retriage(self, overview: Any, **options: Any) -> Any:
        from .assessments import retriage

        return retriage(self._store, overview, **options)  # type: ignore[arg-type]

    @needs("edit")
    def mark_booked(self, patient_id: str, code: str, until: date, **options: Any) -> Any:
        from .handling import mark_booked

        return mark_booked(self._store, patient_id, code, until, **options)

    @needs("edit")
    def mark_not_applicable(self, patient_id: str, code: str, reason: str, **options: Any) -> Any:
        from .handling import mark_not_applicable

        return mark_not_applicable(self._store, patient_id, code, reason, **options)

    @needs("edit")
    def undo_mark(self, patient_id: str, code: str) -> Any:
        from .handling import undo

        return undo(self._store, patient_id, code)

    # == the port, passed through ===================================================================
    # -- patients and their records ------------------------------------------------------------------
    def patient_count(self) -> int:
        return self._store.patient_count()

    def patient_ids(self) -> list[str]:
        return self._store.patient_ids()

    def revisions(self) -> dict[str, int]:
        return self._store.revisions()

    def get_document(self, patient_id: str) -> PatientDocument:
        return self._store.get_document(patient_id)

    def iter_documents(self, patient_ids: Iterable[str] | None = None) -> Iterator[PatientDocument]:
        return self._store.iter_documents(patient_ids)

    def search_patients(
        self, text: str = "", *, sort: str = "name", descending: bool = False, limit: int | None = None, offset: int = 0
    ) -> list[PatientListRow]:
        return self._store.search_patients(text, sort=sort, descending=descending, limit=limit, offset=offset)

    def patient_names(self) -> list[PatientName]:
        return self._store.patient_names()

    def count_patients(self, text: str = "") -> int:
        return self._store.count_patients(text)

    @needs("import")
    def import_documents(
        self, docs: Sequence[PatientDocument], *, source: str = "", on_writing: Callable[[int], None] | None = None
    ) -> ImportResult:
        return self._store.import_documents(docs, source=source, on_writing=on_writing)

    @needs("edit")
    def save_document(self, doc: PatientDocument, *, action: str = "edit", expected_revision: int | None = None) -> int:
        return self._store.save_document(doc, action=action, expected_revision=expected_revision)

    @needs("delete")
    def delete_patient(self, patient_id: str) -> None:
        self._store.delete_patient(patient_id)

    def patient_briefs(self, ids: Sequence[str]) -> dict[str, PatientBrief]:
        return self._store.patient_briefs(ids)

    def patients_born_on(self, dates: Sequence[date]) -> list[PatientBrief]:
        return self._store.patients_born_on(dates)

    @needs("import")
    def append_dxa(
        self,
        additions: Sequence[DxaAddition],
        expected_revisions: Mapping[str, int],
        *,
        source: str,
        summary: dict[str, Any] | None = None,
    ) -> dict[str, int]:
        return self._store.append_dxa(additions, expected_revisions, source=source, summary=summary)

    def dxa_keys(self, wanted: Sequence[tuple[str, str]]) -> dict[str, set[tuple[Any, ...]]]:
        return self._store.dxa_keys(wanted)

    # -- the assessment cache ------------------------------------------------------------------------
    def assessment_summaries(self) -> dict[str, AssessmentSummary]:
        return self._store.assessment_summaries()

    def stale_assessments(self, as_of: date, ruleset_version: str) -> dict[str, int]:
        return self._store.stale_assessments(as_of, ruleset_version)

    @needs("cache")
    def put_assessment_summaries(self, rows: Iterable[AssessmentSummary]) -> None:
        self._store.put_assessment_summaries(rows)

    # -- audit trail and change notification ---------------------------------------------------------
    def history(
        self, patient_id: str | None = None, *, limit: int | None = None, clinic_actions: Sequence[str] = ()
    ) -> list[AuditEntry]:
        return self._store.history(patient_id, limit=limit, clinic_actions=clinic_actions)

    @needs("letters")
    def record_event(self, action: str, *, patient_id: str | None = None, detail: dict[str, Any] | None = None) -> None:
        self._store.record_event(action, patient_id=patient_id, detail=detail)

    def last_audit_id(self) -> int:
        return self._store.last_audit_id()

    def revisions_changed_since(self, audit_id: int) -> tuple[int, dict[str, int | None] | None]:
        return self._store.revisions_changed_since(audit_id)

    def data_version(self) -> int:
        return self._store.data_version()

    def schema_migrations(self) -> list[str]:
        return self._store.schema_migrations()

    # -- worklist marks ------------------------------------------------------------------------------
    def handled_marks(self, patient_id: str | None = None) -> list[HandledMark]:
        return self._store.handled_marks(patient_id)

    @needs("edit")
    def mark_handled(
        self,
        patient_id: str,
        code: str,
        kind: HandledKind,
        *,
        until: date | None = None,
        reason: str | None = None,
        fingerprint: str | None = None,
        title: str | None = None,
    ) -> HandledMark:
        return self._store.mark_handled(
            patient_id, code, kind, until=until, reason=reason, fingerprint=fingerprint, title=title
        )

    @needs("edit")
    def undo_handled(self, patient_id: str, code: str, *, title: str | None = None) -> HandledMark:
        return self._store.undo_handled(patient_id, code, title=title)

    # -- clinic settings -----------------------------------------------------------------------------
    def is_demo_clinic(self) -> bool:
        return self._store.is_demo_clinic()

    @needs("import")
    def mark_demo_clinic(self) -> None:
        self._store.mark_demo_clinic()

    def clinic_lsc(self) -> dict[str, float]:
        return self._store.clinic_lsc()

    @needs("manage_users")
    def set_clinic_lsc(self, values: Mapping[str, Any]) -> dict[str, float]:
        return self._store.set_clinic_lsc(values)

    def clinic_language(self) -> str | None:
        """The clinic's language (GP letters and the window default to it), or ``None``."""
        return self._store.clinic_language()

    def set_clinic_language(self, language: str | None) -> str | None:
        return self._store.set_clinic_language(language)

    # -- users and sign-in ---------------------------------------------------------------------------
    def login_required(self) -> bool:
        return self._store.login_required()

    def sign_in(self, name: str, password: str) -> Session:
        return self._store.sign_in(name, password)

    def accounts(self) -> list[Account]:
        return self._store.accounts()

    @needs("manage_users")
    def add_user(self, name: str, role: str, password: str) -> Account:
        return self._store.add_user(name, role, password)

    @needs("manage_users")
    def set_user_active(self, name: str, active: bool) -> None:
        self._store.set_user_active(name, active)

    def set_password(self, name: str, password: str) -> None:
        self._store.set_password(name, password)

    @needs("manage_users")
    def set_login_required(self, required: bool) -> None:
        self._store.set_login_required(required)

    # -- backup and restore --------------------------------------------------------------------------
    @needs("backup")
    def backup(self, out: str | Path) -> BackupInfo:
        return self._store.backup(out)

    @needs("restore")
    def restore(self, backup: str | Path) -> RestoreResult:
        return self._store.restore(backup)
