"""Plain value types the store hands out (immutable: safe to pass to the window and threads)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .folding import search_key as _search_key


@dataclass(frozen=True, slots=True)
class PatientListRow:
    """One line of the patient list: enough to show and sort it without loading documents.

    ``risk_category``, ``next_due`` and ``flags`` come from the assessment cache and are ``None``
    / empty when the patient has not been assessed at its current revision.
    """

    id: str
    family: str
    given: str
    sex: str
    birth_date: date
    diagnosis_code: str
    diagnosis_label: str | None
    revision: int
    risk_category: str | None = None
    next_due: date | None = None
    flags: tuple[str, ...] = ()
    #: ``patients.search_key`` as stored, when the query read it (the list's narrowing then tests
    #: the very key the SQL search tests, without folding 200 rows on a keystroke).
    stored_search_key: str | None = field(default=None, compare=False, repr=False)

    @property
    def display_name(self) -> str:
        return f"{self.family}, {self.given}"

    @property
    def search_key(self) -> str:
        """The store's search key of this row (same fields, same folding as ``patients.search_key``)."""
        if self.stored_search_key is not None:
            return self.stored_search_key
        return _search_key(self.family, self.given, self.id, self.diagnosis_code, self.diagnosis_label)


@dataclass(frozen=True, slots=True)
class PatientName:
    """A patient's name and diagnosis, as the worklist shows them (no assessment, no search key)."""

    id: str
    family: str
    given: str
    diagnosis_code: str
    diagnosis_label: str | None

    @property
    def display_name(self) -> str:
        return f"{self.family}, {self.given}"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What one import did; ids keep the order of the imported documents."""

    path: str
    new_ids: tuple[str, ...] = ()
    updated_ids: tuple[str, ...] = ()
    unchanged_ids: tuple[str, ...] = ()

    @property
    def new(self) -> int:
        return len(self.new_ids)

    @property
    def updated(self) -> int:
        return len(self.updated_ids)

    @property
    def unchanged(self) -> int:
        return len(self.unchanged_ids)

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged

    def summary(self) -> str:
        text = f"imported {self.total} patients ({self.new} new, {self.updated} updated"
        if self.unchanged:
            text += f", {self.unchanged} unchanged"
        return f"{text}) into {self.path}"


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """The cached outcome of assessing one patient at one revision (filled by the services layer).

    ``flags`` are short words for the list (e.g. ``("overdue", "urgent")``); ``codes`` are the
    recommendation codes; ``report_json`` is the full report as JSON text, kept unparsed so that
    loading the list of 20,000 patients does not parse 20,000 reports.
    """

    patient_id: str
    revision: int
    as_of: date
    ruleset_version: str
    risk_category: str | None = None
    next_due: date | None = None
    flags: tuple[str, ...] = ()
    codes: tuple[str, ...] = field(default=())
    report_json: str | None = None
