"""The patient list (filter and sort in SQL) and the assessment cache it joins.

Search is accent-insensitive: the query is folded exactly like ``patients.search_key``
(anyascii, lower case) and every whitespace-separated term must occur in it. ``instr`` rather
than ``LIKE``: no wildcard escaping, and a substring match cannot use a B-tree index anyway (a
scan of 20,000 short keys takes milliseconds).

The cache row only counts when it was computed from the patient's current revision, so a list
never shows the risk of a record that has since been edited.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from . import storage_format
from .folding import search_terms
from .models import AssessmentSummary, PatientListRow, PatientName
from .sql import IDS_PARAM, NO_LIMIT, upsert

if TYPE_CHECKING:
    from sqlite_utils import Database

_RISK_RANK = "CASE c.risk_category WHEN 'low' THEN 1 WHEN 'moderate' THEN 2 WHEN 'high' THEN 3 " \
             "WHEN 'very_high' THEN 4 END"

#: sort key → SQL expression. Unknown values (no current cached assessment) always sort last;
#: ties fall back to the name, then the id, so paging with LIMIT/OFFSET is stable.
_SORTS: dict[str, str] = {
    "name": "p.name_key",
    "id": "p.id",
    "age": "p.birth_date",  # ascending age = latest birth date first, handled below
    "diagnosis": "p.diagnosis_code",
    "risk": _RISK_RANK,
    "next_due": "c.next_due",
}
SORT_KEYS: tuple[str, ...] = tuple(_SORTS)
_NULLABLE_SORTS = frozenset({"risk", "next_due"})  # from the assessment cache, missing until computed

_FROM = (
    " FROM patients p LEFT JOIN assessment_cache c"
    " ON c.patient_id = p.id AND c.revision = p.revision"
)


def _where(text: str) -> tuple[str, list[Any]]:
    terms = search_terms(text)
    if not terms:
        return "", []
    return " WHERE " + " AND ".join("instr(p.search_key, ?) > 0" for _ in terms), terms


def _order(sort: str, descending: bool) -> str:
    if sort not in _SORTS:
        raise ValueError(f"unknown sort key {sort!r} (one of: {', '.join(SORT_KEYS)})")
    expr = _SORTS[sort]
    desc = descending if sort != "age" else not descending
    direction = "DESC" if desc else "ASC"
    # Only the cache columns can be NULL; an "IS NULL" term on the others would stop SQLite using
    # their index (90 ms instead of 2 ms for the first page of 20,000 patients).
    parts = [f"{expr} IS NULL"] if sort in _NULLABLE_SORTS else []
    parts.append(f"{expr} {direction}")
    if sort != "name":
        parts.append("p.name_key ASC")
    if sort != "id":
        parts.append("p.id ASC")
    return " ORDER BY " + ", ".join(parts)


def search(db: Database, text: str, sort: str, descending: bool, limit: int | None,
           offset: int) -> list[PatientListRow]:
    where, params = _where(text)
    order = _order(sort, descending)
    columns = (
        "SELECT p.id, p.family, p.given, p.sex, p.birth_date, p.diagnosis_code, p.diagnosis_label,"
        " p.revision, c.risk_category, c.next_due, c.flags, p.search_key"
    )
    paged = limit is not None or offset
    page = " LIMIT ? OFFSET ?" if paged else ""
    if paged:
        params += [NO_LIMIT if limit is None else int(limit), int(offset)]
    if sort in _NULLABLE_SORTS:
        sql = columns + _FROM + where + order + page
    else:
        # Sort and cut the page on the patients table alone, then join the cache for those rows
        # only: ~7 ms instead of ~30 ms per keystroke at 20,000 patients. The page is cut from the
        # covering list index alone (its ids), and only its rows are read: PostgreSQL then scans
        # the index without visiting the table (7 ms instead of 18 ms for a rare three letters).
        inner = "(SELECT p.id FROM patients p" + where + order + page + ") k JOIN patients p ON p.id = k.id"
        sql = columns + " FROM " + inner + " LEFT JOIN assessment_cache c" \
            " ON c.patient_id = p.id AND c.revision = p.revision" + order
    return [
        PatientListRow(
            id=pid, family=family, given=given, sex=sex, birth_date=date.fromisoformat(birth),
            diagnosis_code=code, diagnosis_label=label, revision=revision, risk_category=risk,
            next_due=date.fromisoformat(due) if due else None,
            flags=tuple(f for f in (flags or "").split(",") if f), stored_search_key=key,
        )
        for pid, family, given, sex, birth, code, label, revision, risk, due, flags, key
        in db.execute(sql, params)
    ]


def names(db: Database) -> list[PatientName]:
    """Every patient's name and diagnosis, by id: the patients table alone (a worklist built from
    cached assessments needs no more; the patient list's query also joins the assessment cache,
    whose rows are large: 2 s instead of a tenth at 20,000 patients)."""
    return [PatientName(pid, family, given, code, label) for pid, family, given, code, label in db.execute(
        "SELECT id, family, given, diagnosis_code, diagnosis_label FROM patients ORDER BY id")]


def count(db: Database, text: str) -> int:
    where, params = _where(text)
    return int(db.execute("SELECT count(*) FROM patients p" + where, params).fetchone()[0])


_CACHE_COLUMNS = ("patient_id", "revision", "as_of", "ruleset_version", "risk_category", "next_due",
                  "flags", "codes_json", "report")


def cache_rows(rows: Iterable[AssessmentSummary]) -> list[tuple[Any, ...]]:
    out = []
    for r in rows:
        if any("," in f for f in r.flags):
            raise ValueError(f"a flag cannot contain a comma: {r.flags!r}")
        out.append((r.patient_id, r.revision, r.as_of.isoformat(), r.ruleset_version, r.risk_category,
                    r.next_due.isoformat() if r.next_due else None, ",".join(r.flags),
                    json.dumps(list(r.codes)), storage_format.pack_report(r.report_json)))
    return out


_CACHE_UPSERT = upsert("assessment_cache", _CACHE_COLUMNS, ("patient_id",))


def put_cache(db: Database, rows: list[tuple[Any, ...]], present: Collection[str] = ()) -> None:
    """Upsert (inside the caller's transaction); rows of patients deleted meanwhile are skipped.
    ``present``: patients known to exist (written in this transaction), not looked up (a save's
    own patient: no round trip to a clinic server while the write lock is held).

    One prepared statement over plain tuples: sqlite-utils' ``insert_all`` would inspect every value
    first, and a cold worklist caches 20,000 rows of ≈ 9 KB."""
    unknown = sorted({row[0] for row in rows} - set(present))  # only these: a warm refresh writes one
    existing = set(present)
    if unknown:
        existing.update(pid for (pid,) in db.execute("SELECT id FROM patients WHERE id IN " + IDS_PARAM,
                                                      [json.dumps(unknown)]))
    kept = [row for row in rows if row[0] in existing]
    if kept:
        db.conn.executemany(_CACHE_UPSERT, kept)


def read_cache(db: Database) -> dict[str, AssessmentSummary]:
    """Summaries computed from each patient's current revision (stale ones are left out)."""
    sql = (
        "SELECT c.patient_id, c.revision, c.as_of, c.ruleset_version, c.risk_category, c.next_due,"
        " c.flags, c.codes_json, c.report FROM assessment_cache c"
        " JOIN patients p ON p.id = c.patient_id AND p.revision = c.revision"
    )
    return {
        pid: AssessmentSummary(
            patient_id=pid, revision=rev, as_of=date.fromisoformat(as_of), ruleset_version=ruleset,
            risk_category=risk, next_due=date.fromisoformat(due) if due else None,
            flags=tuple(f for f in flags.split(",") if f), codes=tuple(json.loads(codes)),
            report_json=storage_format.unpack_report(report),
        )
        for pid, rev, as_of, ruleset, risk, due, flags, codes, report in db.execute(sql)
    }


def stale_patients(db: Database, as_of: date, ruleset_version: str) -> dict[str, int]:
    """Patients whose cached assessment is missing or was made for another revision, date or ruleset.

    One anti-join reading no report text, so an incremental refresh stays well under 200 ms.
    """
    sql = (
        "SELECT p.id, p.revision FROM patients p LEFT JOIN assessment_cache c"
        " ON c.patient_id = p.id AND c.revision = p.revision AND c.as_of = ? AND c.ruleset_version = ?"
        " WHERE c.patient_id IS NULL"
    )
    return {pid: rev for pid, rev in db.execute(sql, [as_of.isoformat(), ruleset_version])}
