"""The clinic database schema and its migrations (sqlite-utils' own ``Migrations``).

Why sqlite-utils' migrations: since sqlite-utils 4 the migration system that used to be the
``sqlite-migrate`` plugin is built in (``sqlite-migrate`` 0.2 is now a deprecated shim that
re-exports ``sqlite_utils.Migrations``). It records applied migrations by name in
``_sqlite_migrations``, runs each one in a transaction with its record, and gives us
``table.transform()`` for the ALTERs SQLite cannot do. No extra dependency is needed.

Rules for this file: a migration, once released, is never edited; a change is a new function
appended below (``m002_...``). The table layouts are therefore spelled out here as they were at
that migration, not derived from today's pydantic models (a test checks that the two agree).

Every table is STRICT, so SQLite itself refuses a value of the wrong type (a text in a REAL
column) instead of silently storing it.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database, Migrations
from sqlite_utils.db import ForeignKey

MIGRATION_SET = "nmdbone_desktop"
migrations = Migrations(MIGRATION_SET)

#: One table per list of the patient document (contract §2), plus ``risk_conditions`` for
#: ``risk_factors.conditions``. Columns after ``patient_id`` and ``seq``, in document order.
CHILD_TABLES_V1: dict[str, dict[str, Any]] = {
    "measurements": {"date": str, "height_cm": float, "weight_kg": float},
    "mobility": {"date": str, "status": str},
    "dxa": {
        "date": str, "site": str, "bmd_g_cm2": float, "t_score": float, "z_score": float,
        "height_adjusted_z": float, "tbs": float, "manufacturer": str,
    },
    "fractures": {
        "date": str, "site": str, "vertebra": str, "genant_grade": int, "mechanism": str, "found_on": str,
    },
    "spine_imaging": {"date": str, "modality": str, "vertebral_fracture_found": bool},
    "glucocorticoids": {
        "drug": str, "dose_mg": float, "frequency": str, "start": str, "end": str, "route": str,
    },
    "bone_medications": {"drug": str, "start": str, "end": str, "last_dose": str, "stop_reason": str},
    "labs": {"date": str, "test": str, "value": float, "unit": str},
    "frax": {
        "date": str, "major_osteoporotic_percent": float, "hip_percent": float, "with_bmd": bool,
        "country": str,
    },
    "risk_conditions": {"condition": str},
}

_CHILD_NOT_NULL_V1: dict[str, tuple[str, ...]] = {
    "measurements": ("date",),
    "mobility": ("date", "status"),
    "dxa": ("date", "site"),
    "fractures": ("date", "site"),
    "spine_imaging": ("date", "modality"),
    "glucocorticoids": ("drug", "dose_mg", "frequency", "start", "route"),
    "bone_medications": ("drug", "start"),
    "labs": ("date", "test", "value", "unit"),
    "frax": ("date", "major_osteoporotic_percent", "hip_percent"),
    "risk_conditions": ("condition",),
}

PATIENT_COLUMNS_V1: dict[str, Any] = {
    "id": str,
    "family": str,
    "given": str,
    "sex": str,
    "birth_date": str,
    "diagnosis_code": str,
    "diagnosis_onset": str,
    "diagnosis_label": str,
    "menopause_status": str,
    "menopause_age": float,
    "dysphagia": bool,
    "can_sit_upright_30_min": bool,
    "falls_past_12_months": int,
    # has_* keep "present but empty" ({"supplements": {}}) apart from "absent" (null), so a
    # document read back is equal to the one written.
    "has_supplements": bool,
    "calcium_mg_per_day": float,
    "vitamin_d_iu_per_day": float,
    "has_risk_factors": bool,
    "smoking": int,
    "alcohol": int,
    "ethnicity": int,
    "parental_osteoporosis": bool,
    "cardiovascular_event_past_12_months": bool,
    "childbearing_potential": bool,
    "puberty": str,
    "extra": str,  # JSON text of the document's free-form ``extra`` object
    "revision": int,
    "updated_at": str,  # UTC ISO timestamp of the last write
    "search_key": str,  # lower-case ASCII "family given id code label" (accent-insensitive search)
    "name_key": str,  # lower-case ASCII "family\x1fgiven" (alphabetical order across alphabets)
}


#: NOT NULL columns of m001's tables (the clinic server's migrations build the same, server/schema.py).
PATIENT_NOT_NULL_V1 = frozenset({"family", "given", "sex", "birth_date", "diagnosis_code", "has_supplements",
                                 "has_risk_factors", "extra", "revision", "updated_at", "search_key", "name_key"})
AUDIT_COLUMNS_V1: dict[str, Any] = {"id": int, "at": str, "user": str, "action": str, "patient_id": str, "record": str,
                                    "before_json": str, "after_json": str, "detail": str}
AUDIT_NOT_NULL_V1 = frozenset({"at", "user", "action"})
CACHE_COLUMNS_V1: dict[str, Any] = {
    "patient_id": str, "revision": int, "as_of": str, "ruleset_version": str, "risk_category": str, "next_due": str,
    "flags": str, "codes_json": str, "report_json": str}
CACHE_NOT_NULL_V1 = frozenset({"revision", "as_of", "ruleset_version", "flags", "codes_json"})
#: m002's tables.
USERS_COLUMNS_V2: dict[str, Any] = {"name": str, "role": str, "password_hash": str, "active": bool, "created_at": str,
                                    "changed_at": str}
USERS_NOT_NULL_V2 = frozenset({"role", "password_hash", "active", "created_at", "changed_at"})
#: m006's table.
HANDLED_COLUMNS_V6: dict[str, Any] = {"patient_id": str, "code": str, "kind": str, "until": str, "reason": str,
                                      "fingerprint": str, "by": str, "at": str}
HANDLED_NOT_NULL_V6 = frozenset({"patient_id", "code", "kind", "by", "at"})


def _cascade(table: str) -> list[ForeignKey]:
    return [ForeignKey(table, "patient_id", "patients", "id", on_delete="CASCADE")]


@migrations()
def m001_initial_schema(db: Database) -> None:
    """Patients, one table per document list, the audit trail and the assessment cache."""
    db["patients"].create(
        PATIENT_COLUMNS_V1,
        pk="id",
        not_null=set(PATIENT_NOT_NULL_V1),
        strict=True,
    )
    db["patients"].create_index(["name_key"], index_name="idx_patients_name_key")
    db["patients"].create_index(["diagnosis_code"], index_name="idx_patients_diagnosis_code")
    db["patients"].create_index(["birth_date"], index_name="idx_patients_birth_date")
    for table, columns in CHILD_TABLES_V1.items():
        # The compound primary key (patient_id, seq) is also the index on patient_id that the
        # per-patient reads and the ON DELETE CASCADE need; a second index would only slow imports.
        db[table].create(
            {"patient_id": str, "seq": int, **columns},
            pk=("patient_id", "seq"),
            foreign_keys=_cascade(table),
            not_null={"patient_id", "seq", *_CHILD_NOT_NULL_V1[table]},
            strict=True,
        )

    # The audit trail has no foreign key: it must outlive the patients it describes.
    db["audit"].create(
        AUDIT_COLUMNS_V1,
        pk="id",
        not_null=set(AUDIT_NOT_NULL_V1),
        strict=True,
    )
    db["audit"].create_index(["patient_id", "id"], index_name="idx_audit_patient_id")
    # Append-only, mechanically: no code path (ours or a stray SQL console) may rewrite history.
    db.execute(
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: rows cannot be changed'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: rows cannot be deleted'); END"
    )

    db["assessment_cache"].create(
        CACHE_COLUMNS_V1,
        pk="patient_id",
        foreign_keys=_cascade("assessment_cache"),
        not_null=set(CACHE_NOT_NULL_V1),
        strict=True,
    )
    db["assessment_cache"].create_index(["next_due"], index_name="idx_assessment_cache_next_due")


@migrations()
def m002_accounts(db: Database) -> None:
    """Local user accounts (optional login) and the database's own settings (is login required?).

    Kept in the clinic database, not on the workstation: who may change a clinic's records is a
    property of that clinic's data, and a backup restores its accounts with it. Roles are checked
    by triggers as well as by the store, so a typo in a SQL console cannot invent one.
    """
    db["users"].create(
        USERS_COLUMNS_V2,
        pk="name",
        not_null=set(USERS_NOT_NULL_V2),
        strict=True,
    )
    # sqlite-utils' create() has no CHECK constraints: two small triggers refuse an unknown role.
    db.execute(
        "CREATE TRIGGER users_role_check BEFORE INSERT ON users "
        "WHEN NEW.role NOT IN ('physician', 'nurse', 'secretary') "
        "BEGIN SELECT RAISE(ABORT, 'unknown role'); END"
    )
    db.execute(
        "CREATE TRIGGER users_role_check_update BEFORE UPDATE OF role ON users "
        "WHEN NEW.role NOT IN ('physician', 'nurse', 'secretary') "
        "BEGIN SELECT RAISE(ABORT, 'unknown role'); END"
    )
    db["settings"].create({"key": str, "value": str}, pk="key", not_null={"value"}, strict=True)


@migrations()
def m003_audit_no_replace(db: Database) -> None:
    """Close the last gap in the append-only trail: ``INSERT OR REPLACE`` with an existing id.

    SQLite's REPLACE conflict resolution deletes the old row without firing DELETE triggers
    (unless ``recursive_triggers`` is on), so ``audit_no_delete`` alone would let it overwrite
    history. A BEFORE INSERT trigger runs before conflict resolution and refuses a taken id.
    """
    db.execute(
        "CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit "
        "WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit WHERE id = NEW.id) "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: rows cannot be replaced'); END"
    )


@migrations()
def m004_covering_list_indexes(db: Database) -> None:
    """Indexes that hold the search key next to each sort order of the patient list.

    A search term that few patients match (fewer than one page) made SQLite walk the whole
    name index and fetch every patient's row to test it: about 20 ms per keystroke at 20,000
    patients. With ``search_key`` in the index the test is made on the index entry and only the
    matching rows are fetched (about 3 ms).
    """
    db.execute("DROP INDEX IF EXISTS idx_patients_name_key")
    db.execute("DROP INDEX IF EXISTS idx_patients_diagnosis_code")
    db.execute("DROP INDEX IF EXISTS idx_patients_birth_date")
    db["patients"].create_index(["name_key", "id", "search_key"], index_name="idx_patients_name_search")
    db["patients"].create_index(["diagnosis_code", "name_key", "id", "search_key"],
                                index_name="idx_patients_diagnosis_search")
    db["patients"].create_index(["birth_date", "name_key", "id", "search_key"], index_name="idx_patients_age_search")
    db["patients"].create_index(["id", "search_key"], index_name="idx_patients_id_search")


@migrations()
def m005_contract_2026_12(db: Database) -> None:
    """The contract's 2026.12 additions to the patient document: ``dxa[].side``, ``contacts``
    (kept as JSON text: an address block is read and written whole, never queried) and ``language``.
    """
    db.execute("ALTER TABLE dxa ADD COLUMN side TEXT")
    db.execute("ALTER TABLE patients ADD COLUMN contacts TEXT")
    db.execute("ALTER TABLE patients ADD COLUMN language TEXT")


@migrations()
def m006_handled_items(db: Database) -> None:
    """Worklist items a clinician marked as handled (issue 16): booked until a date, or not
    applicable while the reason for the rule is unchanged (``fingerprint``, services/handling.py).

    One row per patient and code: marking again replaces the row, undoing deletes it; every such
    change is audited (actions ``booked``, ``not_applicable``, ``handled_undone``) in the same
    transaction. No foreign key on purpose: saving a patient rewrites its ``patients`` row (delete,
    insert), and a cascade would silently drop what was handled.
    """
    db["handled_items"].create(
        HANDLED_COLUMNS_V6,
        pk=("patient_id", "code"),
        not_null=set(HANDLED_NOT_NULL_V6),
        strict=True,
    )
    db.execute(
        "CREATE TRIGGER handled_items_kind_check BEFORE INSERT ON handled_items "
        "WHEN NEW.kind NOT IN ('booked', 'not_applicable') "
        "BEGIN SELECT RAISE(ABORT, 'unknown kind of handled item'); END"
    )


AUDIT_TRIGGERS_V1 = (
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: rows cannot be changed'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: rows cannot be deleted'); END",
    "CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit "
    "WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: rows cannot be replaced'); END",
)
_MIGRATION_BATCH = 2000  # rows re-encoded per executemany (bounded memory at any clinic size)


@migrations()
def m007_compact_audit_and_cache(db: Database) -> None:
    """The smaller database (issue 19 item 8): an audit entry's before/after become one compressed
    ``change`` (store/storage_format.py), a cached report becomes a compressed ``report``.

    SQLite cannot change a STRICT column's type, so both tables are rebuilt: the new table is
    filled from the old one row by row (ids, times and order kept; the JSON values re-encoded, never
    changed), the old one dropped (DROP TABLE fires no DELETE trigger), the new one renamed, and the
    index and the three append-only triggers of m001/m003 recreated as they were. It all happens in
    the one transaction that applies pending migrations: a crash leaves the old file as it was.
    """
    from . import storage_format as fmt

    def pair(before: str | None, after: str | None) -> bytes | None:
        return fmt.pack_change(None if before is None else json.loads(before),
                               None if after is None else json.loads(after))

    db["audit_v2"].create(
        {"id": int, "at": str, "user": str, "action": str, "patient_id": str, "record": str,
         "change": bytes, "detail": str},
        pk="id", not_null={"at", "user", "action"}, strict=True,
    )
    rows = db.conn.execute("SELECT id, at, [user], action, patient_id, record, before_json, after_json, detail "
                           "FROM audit ORDER BY id")
    while batch := rows.fetchmany(_MIGRATION_BATCH):
        db.conn.executemany("INSERT INTO audit_v2 VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [(*r[:6], pair(r[6], r[7]), r[8]) for r in batch])
    db.execute("DROP TABLE audit")
    db.execute("ALTER TABLE audit_v2 RENAME TO audit")
    db["audit"].create_index(["patient_id", "id"], index_name="idx_audit_patient_id")
    for trigger in AUDIT_TRIGGERS_V1:
        db.execute(trigger)

    db["assessment_cache_v2"].create(
        {"patient_id": str, "revision": int, "as_of": str, "ruleset_version": str,
         "risk_category": str, "next_due": str, "flags": str, "codes_json": str, "report": bytes},
        pk="patient_id",
        foreign_keys=_cascade("assessment_cache_v2"),
        not_null={"revision", "as_of", "ruleset_version", "flags", "codes_json"},
        strict=True,
    )
    rows = db.conn.execute("SELECT patient_id, revision, as_of, ruleset_version, risk_category, next_due, flags, "
                           "codes_json, report_json FROM assessment_cache")
    while batch := rows.fetchmany(_MIGRATION_BATCH):
        db.conn.executemany("INSERT INTO assessment_cache_v2 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [(*r[:8], fmt.pack_report(r[8])) for r in batch])
    db.execute("DROP TABLE assessment_cache")
    db.execute("ALTER TABLE assessment_cache_v2 RENAME TO assessment_cache")
    db["assessment_cache"].create_index(["next_due"], index_name="idx_assessment_cache_next_due")


KNOWN_MIGRATIONS: tuple[str, ...] = (
    "m001_initial_schema", "m002_accounts", "m003_audit_no_replace", "m004_covering_list_indexes",
    "m005_contract_2026_12", "m006_handled_items", "m007_compact_audit_and_cache",
)
