"""One DXA import flow for the window and the command line: read → map → preview → confirm → write.

:func:`plan_dxa_import` reads every file (CSV, XLSX, DICOM SR, FHIR), matches each measurement
to a patient (by the clinic's id; a DICOM or FHIR file's name and birth date when its id is not
the clinic's, which needs confirming), checks its dates against the patient and today, and sorts
it into *add*, *duplicate* (the same patient, date, site, side and values are on record, or
earlier in the files) or *refused* (with the file, row/element, field and reason). Any refusal
refuses the whole import. :func:`commit_dxa_import` writes the additions in one audited
transaction (the store checks that no patient changed since the preview), then re-assesses the
patients so the list's risk and next-due columns are current.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..importers import ReadProblem, read_file
from ..store.dxa import DxaAddition, dxa_key
from ..store.folding import fold

if TYPE_CHECKING:
    from ..core.document import DxaMeasurement
    from .ports import ClinicStorePort

ADD, DUPLICATE, REFUSED = "add", "duplicate", "refused"


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One line of the preview."""

    status: str  # add | duplicate | refused
    file: str
    where: str
    patient_id: str | None
    patient_name: str | None
    match: str  # id | name_and_birth_date | chosen | none
    item: DxaMeasurement | None
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        item = self.item.model_dump(mode="json", exclude_none=True) if self.item is not None else None
        return {"status": self.status, "file": self.file, "where": self.where, "patient_id": self.patient_id,
                "patient_name": self.patient_name, "match": self.match, "dxa": item, "reason": self.reason}


@dataclass(slots=True)
class DxaImportPlan:
    """The preview: what would be added, skipped as duplicate, refused; plus notes (rows left out)."""

    files: list[str]
    as_of: date
    rows: list[PreviewRow] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    revisions: dict[str, int] = field(default_factory=dict)

    @property
    def additions(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.status == ADD]

    @property
    def duplicates(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.status == DUPLICATE]

    @property
    def refused(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.status == REFUSED]

    @property
    def valid(self) -> bool:
        """No refusal anywhere: the import may be confirmed."""
        return not self.problems and not self.refused

    @property
    def needs_confirmation(self) -> list[PreviewRow]:
        """Additions matched to a patient by name and birth date only."""
        return [r for r in self.additions if r.match == "name_and_birth_date"]

    def problem_lines(self) -> list[str]:
        lines = [str(p) for p in self.problems]
        lines += [f"{r.file}: {r.where}: {r.reason}" for r in self.refused]
        return lines

    def counts(self) -> dict[str, int]:
        return {"add": len(self.additions), "duplicate": len(self.duplicates),
                "refused": len(self.refused) + len(self.problems),
                "patients": len({r.patient_id for r in self.additions})}

    def as_dict(self) -> dict[str, Any]:
        return {"files": self.files, "as_of": self.as_of.isoformat(), "valid": self.valid, "counts": self.counts(),
                "rows": [r.as_dict() for r in self.rows],
                "problems": [{"file": p.file, "where": p.where, "field": p.field, "message": p.message}
                             for p in self.problems],
                "needs_confirmation": sorted({r.patient_id or "" for r in self.needs_confirmation}),
                "notes": self.notes}

    def text(self) -> str:
        """The preview as the command line prints it."""
        out = []
        for row in self.rows:
            item = row.item
            what = ""
            if item is not None:
                values = ", ".join(f"{k}={getattr(item, k)}" for k in ("bmd_g_cm2", "t_score", "z_score",
                                                                        "height_adjusted_z", "tbs")
                                   if getattr(item, k) is not None)
                side = f" {item.side}" if item.side else ""
                what = f"{item.date} {item.site}{side} {values}"
            who = row.patient_id or "?"
            if row.match == "name_and_birth_date":
                who += " (matched by name and birth date: confirm)"
            reason = f" — {row.reason}" if row.reason else ""
            out.append(f"{row.status:9} {who:12} {what}  [{row.file}: {row.where}]{reason}")
        for problem in self.problems:
            out.append(f"refused   {problem}")
        out.extend(f"note      {n}" for n in self.notes)
        c = self.counts()
        out.append(f"{c['add']} to add for {c['patients']} patients, {c['duplicate']} duplicates skipped, "
                   f"{c['refused']} refused")
        return "\n".join(out)


def plan_dxa_import(store: ClinicStorePort, files: Sequence[Path], *, as_of: date,
                    patient_id: str | None = None) -> DxaImportPlan:
    """Read and check every file; nothing is written. ``patient_id``: put every measurement to this patient."""
    plan = DxaImportPlan([str(f) for f in files], as_of)
    results = [read_file(Path(f)) for f in files]
    candidates = []
    observations = []
    for result in results:
        plan.problems.extend(result.problems)
        plan.notes.extend(result.notes)
        (observations if result.kind == "fhir" else candidates).extend(result.candidates)
    if observations:
        from ..importers.fhir_import import merge_observations

        merged, clashes = merge_observations(observations)
        candidates.extend(merged)
        plan.problems.extend(ReadProblem(*clash) for clash in clashes)

    ids = {patient_id} if patient_id else {c.patient.patient_id for c in candidates if c.patient.patient_id}
    briefs = store.patient_briefs(sorted(ids)) if ids else {}
    if patient_id and patient_id not in briefs:
        plan.problems.append(ReadProblem("", "", "patient", f"no patient with id {patient_id!r} in the clinic"))
        return plan
    by_birth: dict[date, list[Any]] = {}
    unmatched_births = sorted({c.patient.birth_date for c in candidates
                               if not patient_id and c.patient.patient_id not in briefs and c.patient.birth_date})
    for brief in store.patients_born_on(unmatched_births) if unmatched_births else []:
        by_birth.setdefault(brief.birth_date, []).append(brief)

    matched: list[tuple[Any, Any, str]] = []  # (candidate, brief, match)
    for c in candidates:
        if patient_id:
            matched.append((c, briefs[patient_id], "chosen"))
            continue
        brief = briefs.get(c.patient.patient_id or "")
        if brief is not None:
            matched.append((c, brief, "id"))
            continue
        found = [b for b in by_birth.get(c.patient.birth_date, []) if c.patient.family and
                 fold(b.family) == fold(c.patient.family) and
                 (not c.patient.given or fold(b.given).split()[:1] == fold(c.patient.given).split()[:1])]
        if len(found) == 1:
            matched.append((c, found[0], "name_and_birth_date"))
            continue
        reason = (f"{len(found)} patients have this name and birth date" if found else
                  f"no patient {c.patient.describe()} in the clinic")
        plan.rows.append(PreviewRow(REFUSED, c.file, c.where, c.patient.patient_id, None, "none", c.item,
                                    f"patient: {reason}"))

    on_record = store.dxa_keys([(b.id, c.item.date.isoformat()) for c, b, _m in matched]) if matched else {}
    seen: dict[tuple[Any, ...], str] = {}
    for c, brief, match in matched:
        item = c.item
        name = f"{brief.family}, {brief.given}"
        plan.revisions[brief.id] = brief.revision
        if item.date > as_of:
            plan.rows.append(PreviewRow(REFUSED, c.file, c.where, brief.id, name, match, item,
                                        f"date: is in the future of {as_of} ({item.date})"))
            continue
        if item.date < brief.birth_date:
            plan.rows.append(PreviewRow(REFUSED, c.file, c.where, brief.id, name, match, item,
                                        f"date: is before the patient's birth_date {brief.birth_date} ({item.date})"))
            continue
        key = (brief.id, *dxa_key(item))
        if key[1:] in on_record.get(brief.id, ()):
            plan.rows.append(PreviewRow(DUPLICATE, c.file, c.where, brief.id, name, match, item,
                                        "already on record"))
        elif key in seen:
            plan.rows.append(PreviewRow(DUPLICATE, c.file, c.where, brief.id, name, match, item,
                                        f"same as {seen[key]}"))
        else:
            seen[key] = f"{c.file}: {c.where}"
            plan.rows.append(PreviewRow(ADD, c.file, c.where, brief.id, name, match, item))
    return plan


class ImportRefused(ValueError):
    """The plan has refusals, or needs a confirmation that was not given; nothing was written."""


@dataclass(frozen=True, slots=True)
class DxaImportResult:
    added: int
    duplicates: int
    patients: tuple[str, ...]


def commit_dxa_import(store: ClinicStorePort, plan: DxaImportPlan, *, confirm_name_matches: bool = False,
                      reassess: bool = True,
                      on_progress: Callable[[str], None] | None = None) -> DxaImportResult:
    """Write the plan's additions in one audited transaction, then re-assess those patients."""
    if not plan.valid:
        raise ImportRefused("\n".join(plan.problem_lines()))
    if plan.needs_confirmation and not confirm_name_matches:
        who = ", ".join(sorted({r.patient_id or "?" for r in plan.needs_confirmation}))
        raise ImportRefused(f"patients matched by name and birth date only, not confirmed: {who}")
    additions = [DxaAddition(r.patient_id or "", r.item, r.file, r.where) for r in plan.additions
                 if r.item is not None]
    if not additions:
        return DxaImportResult(0, len(plan.duplicates), ())
    ids = sorted({a.patient_id for a in additions})
    if on_progress:
        on_progress(f"writing {len(additions)} DXA measurements for {len(ids)} patients")
    store.append_dxa(additions, {pid: plan.revisions[pid] for pid in ids}, source=", ".join(plan.files),
                     summary={"duplicates_skipped": len(plan.duplicates)})
    if reassess:
        from .assessments import refresh_assessments

        if on_progress:
            on_progress(f"assessing {len(ids)} patients")
        refresh_assessments(store, date.today(), patient_ids=ids)
    return DxaImportResult(len(additions), len(plan.duplicates), tuple(ids))


TEMPLATE_NAME = "dxa_import_template.csv"


def template_text() -> str:
    """The DXA table template (header row), as shipped in ``resources/dxa/``."""
    from ..importers.table import template_text as text

    return text()


def save_template(target: Path) -> Path:
    """File → Import DXA results… → Save template: copy the shipped template to ``target``."""
    from ..letters.resources import resource_path

    shipped = resource_path("dxa", TEMPLATE_NAME)
    data = shipped.read_bytes() if shipped.is_file() else template_text().encode("utf-8")
    target.write_bytes(data)
    return target


def supported_suffixes() -> Iterable[str]:
    return (".csv", ".txt", ".tsv", ".xlsx", ".dcm", ".dicom", ".json")
