"""The patient being looked at: its document, its revision and its assessment, kept together.

Every widget that shows the patient listens to ``patientShown``; every form submits through
:meth:`submit`. Keeping load → assess → show and edit → validate → save → re-assess → show in
one place is what makes the panel and the chart update immediately after any edit and never
disagree with the stored record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..core.contract_names import SCHEMA_ID
from ..services.clinic import Clinic, RevisionConflict, StoreError
from .record_edit import FormProblems, Op, add_rows, apply_edit, problems_for_form, problems_for_rows
from .record_kinds import PATIENT, RecordKind
from .store_words import conflict_message, store_error_message
from .translation import translate

if TYPE_CHECKING:
    from ..core.document import PatientDocument
    from ..core.report import AssessmentReport

# core.validation builds the pydantic document models; it is imported in the methods that edit,
# the first time a record is saved, so that the window paints its list without waiting for it.


class PatientController(QObject):
    """Loads, assesses and saves the current patient for the window."""

    patientShown = Signal(object, object)  # PatientDocument, AssessmentReport
    patientCleared = Signal(str)
    patientSaved = Signal(str)  # id: the list should refresh (risk, name, next due may change)
    patientDeleted = Signal(str)
    failed = Signal(str)

    def __init__(self, clinic: Clinic, *, today: Callable[[], date] = date.today,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self._today = today
        self.doc: PatientDocument | None = None
        self.report: AssessmentReport | None = None
        self.revision = 0
        #: The clinic's own least significant change per site, % (read with each assessment).
        self.lsc: dict[str, float] = {}

    @property
    def current_id(self) -> str | None:
        return self.doc.id if self.doc is not None else None

    def as_of(self) -> date:
        return self._today()

    # -- showing ----------------------------------------------------------------------------------
    def select(self, patient_id: str, revision: int | None = None) -> None:
        """Show a patient; a no-op when it is already shown at that revision."""
        if self.doc is not None and patient_id == self.doc.id and revision in (None, self.revision):
            return
        try:
            doc = self.clinic.get_document(patient_id)
        except StoreError as error:
            self.failed.emit(store_error_message(error))
            return
        self._show(doc, revision if revision is not None else self._revision_of(patient_id))

    def reload(self) -> None:
        if self.doc is not None:
            pid, self.doc = self.doc.id, None
            self.select(pid)

    def clear(self, message: str | None = None) -> None:
        message = translate("PatientController", "No patient selected") if message is None else message
        self.doc, self.report, self.revision = None, None, 0
        self.patientCleared.emit(message)

    def _revision_of(self, patient_id: str) -> int:
        rows = [r for r in self.clinic.search_patients(patient_id, sort="id", limit=50) if r.id == patient_id]
        return rows[0].revision if rows else 0

    def _show(self, doc: PatientDocument, revision: int) -> None:
        report, settings = self.clinic.assess(doc, self.as_of())
        self._shown(doc, revision, report, settings)

    def _shown(self, doc: PatientDocument, revision: int, report: AssessmentReport, settings: Any) -> None:
        self.doc, self.revision, self.report = doc, revision, report
        self.lsc = dict(settings.lsc_percent)
        self.patientShown.emit(doc, report)

    # -- editing ----------------------------------------------------------------------------------
    def submit(self, kind: RecordKind, op: Op, index: int | None, values: dict[str, Any]) -> FormProblems:
        """Add, change or delete one record: validate the whole new document, then save it."""
        if self.doc is None:
            return FormProblems(general=[translate("PatientController", "No patient selected.")])
        from ..core.validation import canonical_dict

        new, prefix = apply_edit(canonical_dict(self.doc), kind, op, index, values)
        action = "edit" if op != "delete" else "delete_record"
        return self._validate_and_save(new, kind, prefix, action=action, expected=self.revision)

    def add_records(self, kind: RecordKind, rows: list[dict[str, Any]]) -> tuple[list[FormProblems], list[str]]:
        """Add several records of one kind in one save (a DXA study's sites, a taper's steps):
        all or nothing, validated like an import. Returns the problems per row and in general."""
        if self.doc is None:
            return [FormProblems() for _ in rows], [translate("PatientController", "No patient selected.")]
        from ..core.validation import DocumentInvalid, canonical_dict, parse_document

        new, base = add_rows(canonical_dict(self.doc), kind, rows)
        try:
            doc = parse_document(new, as_of=self.as_of(), source="form")
        except DocumentInvalid as invalid:
            return problems_for_rows(invalid.problems, kind, base, len(rows))
        try:
            saved = self.clinic.save_record(doc, action="edit", expected_revision=self.revision, as_of=self.as_of())
        except RevisionConflict as conflict:
            return [FormProblems() for _ in rows], [conflict_message(conflict)]
        except StoreError as error:
            return [FormProblems() for _ in rows], [
                translate("PatientController", "Not saved: {error}").format(error=store_error_message(error))
            ]
        self._shown(doc, *saved)
        self.patientSaved.emit(doc.id)
        return [FormProblems() for _ in rows], []

    def create_patient(self, values: dict[str, Any]) -> FormProblems:
        """A new patient from the patient-details form; refused if the id is taken."""
        new, _ = apply_edit({"schema": SCHEMA_ID}, PATIENT, "edit", None, values)
        return self._validate_and_save(new, PATIENT, "", action="create", expected=0)

    def _validate_and_save(self, data: dict[str, Any], kind: RecordKind, prefix: str, *, action: str,
                           expected: int) -> FormProblems:
        from ..core.validation import DocumentInvalid, Problem, parse_document

        try:
            doc = parse_document(data, as_of=self.as_of(), source="form")
        except DocumentInvalid as invalid:
            return problems_for_form(invalid.problems, kind, prefix)
        try:
            saved = self.clinic.save_record(doc, action=action, expected_revision=expected, as_of=self.as_of())
        except RevisionConflict as conflict:
            if expected == 0:
                return problems_for_form(
                    [Problem("id", translate("PatientController", "a patient with this ID already exists"))],
                    kind,
                    prefix,
                )
            return FormProblems(general=[conflict_message(conflict)])
        except StoreError as error:
            message = translate("PatientController", "Not saved: {error}").format(error=store_error_message(error))
            return FormProblems(general=[message])
        self._shown(doc, *saved)  # written, re-assessed and cached by the clinic
        self.patientSaved.emit(doc.id)
        return FormProblems()

    def delete_patient(self) -> bool:
        if self.doc is None:
            return False
        pid = self.doc.id
        try:
            self.clinic.delete_patient(pid)
        except StoreError as error:
            self.failed.emit(store_error_message(error))
            return False
        self.clear(translate("PatientController", "Patient {pid} deleted.").format(pid=pid))
        self.patientDeleted.emit(pid)
        return True
