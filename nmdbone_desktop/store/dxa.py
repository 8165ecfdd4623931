"""DXA rows added to existing patients (the DXA import), without rewriting their documents.

A mixin of :class:`~.clinic.ClinicStore`. Adding scans to 20,000 patients must cost about what
inserting those rows costs, so the import appends rows to the ``dxa`` table (``seq`` after the
patient's last), bumps each patient's revision (their cached assessment becomes stale) and
audits one row per added measurement (record ``dxa[i]``, as the editor's audit names it) plus
one summary row, all in one transaction. The revisions the preview was made from are checked
inside that transaction: if anyone changed one of these patients in between, nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from . import audit, storage_format
from .audit import audit_row, utc_now
from .connection import read_snapshot, write_transaction
from .errors import busy_guard
from .sql import IDS_PARAM

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..core.document import DxaMeasurement
    from .session import Session

#: The values that make two measurements the same scan (with patient, date, site and side).
DXA_KEY_COLUMNS = ("date", "site", "side", "bmd_g_cm2", "t_score", "z_score", "height_adjusted_z", "tbs")
_DXA_COLUMNS = ("date", "site", "bmd_g_cm2", "t_score", "z_score", "height_adjusted_z", "tbs", "manufacturer",
                "side")
#: The audit trail's JSON of a ``dxa[i]`` record is the item's canonical form (the columns above
#: are the model's fields in order; nulls left out), compact, as ``storage_format.json_text`` writes it.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


@dataclass(frozen=True, slots=True)
class PatientBrief:
    """What the DXA import needs to know of a patient to match and check a row."""

    id: str
    family: str
    given: str
    birth_date: date
    revision: int


@dataclass(frozen=True, slots=True)
class DxaAddition:
    """One measurement to add, and where it came from (for the audit trail)."""

    patient_id: str
    item: DxaMeasurement
    source: str
    where: str


def _ids_param(ids: Sequence[str]) -> str:
    return json.dumps(list(ids))


def _briefs(db: Database, sql_where: str, params: list[Any]) -> list[PatientBrief]:
    return [PatientBrief(pid, family, given, date.fromisoformat(birth), revision) for pid, family, given, birth,
            revision in db.execute(f"SELECT id, family, given, birth_date, revision FROM patients {sql_where}",
                                   params)]


class DxaMixin:
    _db: Database
    session: Session
    user: str

    @busy_guard
    def patient_briefs(self, ids: Sequence[str]) -> dict[str, PatientBrief]:
        """Patients by id (ids not in the clinic are absent)."""
        with read_snapshot(self._db):
            found = _briefs(self._db, "WHERE id IN " + IDS_PARAM, [_ids_param(ids)])
        return {b.id: b for b in found}

    @busy_guard
    def patients_born_on(self, dates: Sequence[date]) -> list[PatientBrief]:
        """Patients whose birth date is one of ``dates`` (to match a scan by name and birth date)."""
        with read_snapshot(self._db):
            return _briefs(self._db, "WHERE birth_date IN " + IDS_PARAM,
                           [json.dumps([d.isoformat() for d in dates])])

    @busy_guard
    def dxa_keys(self, wanted: Sequence[tuple[str, str]]) -> dict[str, set[tuple[Any, ...]]]:
        """The DXA rows on record of these (patient id, ISO date) pairs, per patient, as
        :data:`DXA_KEY_COLUMNS` tuples (only a row of the same patient and date can be a duplicate;
        SQLite filters the others out without handing them to Python)."""
        out: dict[str, set[tuple[Any, ...]]] = {}
        cols = ", ".join(f"d.[{c}]" for c in DXA_KEY_COLUMNS)
        with read_snapshot(self._db):
            # "id|date" keys: the date is always the last ten characters, so a "|" in an id cannot
            # make two pairs one key; the patient_id test alone uses the primary key's index.
            pairs = sorted(set(wanted))
            rows = self._db.execute(
                f"SELECT d.patient_id, {cols} FROM dxa AS d WHERE d.patient_id IN {IDS_PARAM} "
                f"AND d.patient_id || '|' || d.date IN {IDS_PARAM}",
                [json.dumps(sorted({p for p, _ in pairs})), json.dumps([f"{p}|{d}" for p, d in pairs])])
            for pid, *values in rows:
                out.setdefault(pid, set()).add(tuple(values))
        return out

    @busy_guard
    def append_dxa(self, additions: Sequence[DxaAddition], expected_revisions: Mapping[str, int], *,
                   source: str, summary: dict[str, Any] | None = None) -> dict[str, int]:
        """Add the measurements in one transaction; returns each changed patient's new revision.

        Raises :class:`RevisionConflict` (nothing written) when a patient's revision is not the
        one the preview was made from.
        """
        self.session.require("import")
        ids = sorted({a.patient_id for a in additions})
        at = utc_now()
        with write_transaction(self._db) as db:
            # bump each revision only if it is still the preview's; any other → nothing is written
            bumped = db.conn.executemany("UPDATE patients SET revision = revision + 1, updated_at = ? "
                                         "WHERE id = ? AND revision = ?",
                                         [(at, pid, expected_revisions.get(pid, -1)) for pid in ids]).rowcount
            if bumped != len(ids):  # name the first patient changed since
                found = dict(db.execute("SELECT id, CASE WHEN updated_at = ? THEN NULL ELSE revision END "
                                        f"FROM patients WHERE id IN {IDS_PARAM}",
                                        [at, _ids_param(ids)]).fetchall())
                # changed since (not bumped here), or deleted since (absent)
                pid = next(p for p in ids if p not in found or found[p] is not None)
                raise audit.conflict(db, pid, expected_revisions.get(pid, 0), found.get(pid))
            next_seq = dict(db.execute("SELECT patient_id, max(seq) + 1 FROM dxa WHERE patient_id IN "
                                       f"{IDS_PARAM} GROUP BY patient_id",
                                       [_ids_param(ids)]).fetchall())
            rows: list[tuple[Any, ...]] = []
            trail: list[tuple[Any, ...]] = []
            detail = _DetailJson()
            for addition in additions:
                seq = next_seq.get(addition.patient_id) or 0
                next_seq[addition.patient_id] = seq + 1
                item = addition.item
                values = [getattr(item, c) for c in _DXA_COLUMNS]
                values[0] = item.date.isoformat()
                rows.append((addition.patient_id, seq, *values))
                trail.append((at, self.user, "import-dxa", addition.patient_id, f"dxa[{seq}]",
                              storage_format.pack_change_text("null", _after_json(values)),
                              detail(addition.source, addition.where)))
            names = ", ".join(f"[{c}]" for c in ("patient_id", "seq", *_DXA_COLUMNS))
            marks = ", ".join("?" for _ in range(2 + len(_DXA_COLUMNS)))
            db.conn.executemany(f"INSERT INTO dxa ({names}) VALUES ({marks})", rows)
            trail.append(audit_row(self.user, "import-dxa", at=at, detail={
                "source": source, "added": len(additions), "patients": len(ids), **(summary or {})}))
            audit.append(db, trail)
        return {pid: expected_revisions[pid] + 1 for pid in ids}


_KEYS = [f'"{c}":' for c in _DXA_COLUMNS]
_STRINGS: dict[str, str] = {}


def _after_json(values: list[Any]) -> str:
    """``storage_format.json_text`` of the item's canonical dict (nulls left out), written directly: the
    values are the ISO date, contract vocabulary and finite floats, whose JSON is ``repr`` (as json's own)."""
    parts = []
    for key, value in zip(_KEYS, values, strict=True):
        if value is None:
            continue
        if isinstance(value, str):
            text = _STRINGS.get(value)
            if text is None:
                text = _ENCODE(value)
                if len(_STRINGS) < 4096:
                    _STRINGS[value] = text
            parts.append(key + text)
        elif type(value) is float:
            parts.append(key + float.__repr__(value))
        else:
            parts.append(key + _ENCODE(value))
    return "{" + ",".join(parts) + "}"


class _DetailJson:
    """``{"source": …, "where": …}`` as JSON; the source's encoding reused (20,000 rows, a few files)."""

    def __init__(self) -> None:
        self._sources: dict[str, str] = {}

    def __call__(self, source: str, where: str) -> str:
        head = self._sources.get(source)
        if head is None:
            head = self._sources[source] = '{"source": ' + _ENCODE(source) + ', "where": '
        return head + _ENCODE(where) + "}"


def dxa_key(item: DxaMeasurement) -> tuple[Any, ...]:
    """A measurement as :data:`DXA_KEY_COLUMNS` (REAL columns give back the very floats written)."""
    return (item.date.isoformat(), item.site, item.side, item.bmd_g_cm2, item.t_score, item.z_score,
            item.height_adjusted_z, item.tbs)
