"""Every store operation that writes is exactly one ``BEGIN IMMEDIATE`` … ``COMMIT``, audit included.

Checked from SQLite's side: the connection's trace callback records every statement, and each
write method must issue all of its INSERT/UPDATE/DELETE statements inside one immediate
transaction, none outside. A failure half-way leaves nothing behind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

from nmdbone_desktop.store import ClinicStore, StoreError, bulk, users
from nmdbone_desktop.store.audit import append
from nmdbone_desktop.store.models import AssessmentSummary
from tests.strategies import rich_document

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.IGNORECASE)


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(users, "_hasher", lambda: cheap)


def _write_transactions(store: ClinicStore, action: Callable[[], Any]) -> list[list[str]]:
    """The write statements of ``action``, grouped by transaction; fails on a write outside one."""
    statements: list[str] = []
    store._db.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        store._db.conn.set_trace_callback(None)
    groups: list[list[str]] = []
    current: list[str] | None = None
    for sql in statements:
        head = sql.strip().upper()
        if head.startswith("BEGIN"):
            current = [head]
        elif head.startswith(("COMMIT", "ROLLBACK")):
            assert current is not None
            if len(current) > 1:
                groups.append(current)
            current = None
        elif WRITE.match(sql):
            assert current is not None, f"write outside a transaction: {sql[:80]}"
            assert current[0] == "BEGIN IMMEDIATE", f"write in a deferred transaction: {sql[:80]}"
            current.append(sql)
    assert current is None, "a transaction was left open"
    return groups


def test_every_write_method_is_one_immediate_transaction(tmp_path: Path) -> None:
    store = ClinicStore(tmp_path / "clinic.sqlite", user="dr.t")
    doc = rich_document("P-1")
    edited = doc.model_copy(update={"falls_past_12_months": 4})
    operations: dict[str, Callable[[], Any]] = {
        "import": lambda: store.import_documents([doc, rich_document("P-2")], source="t"),
        "edit": lambda: store.save_document(edited),
        "create": lambda: store.save_document(rich_document("P-3")),
        "delete": lambda: store.delete_patient("P-3"),
        "event": lambda: store.record_event("letter", patient_id="P-1"),
        "cache": lambda: store.put_assessment_summaries([AssessmentSummary("P-1", 2, date(2026, 1, 1), "t")]),
        "add user": lambda: store.add_user("dr.t", "physician", "long enough"),
        "disable user": lambda: store.set_user_active("dr.t", False),
        "password": lambda: store.set_password("dr.t", "another long one"),
        "login switch": lambda: store.set_login_required(False),
    }
    for name, operation in operations.items():
        groups = _write_transactions(store, operation)
        assert len(groups) == 1, (name, groups)
        written = " ".join(groups[0])
        if name not in ("cache",):
            assert "INSERT INTO audit" in written, f"{name} is not audited in its own transaction"
    store.close()


def test_a_failure_half_way_through_an_import_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with ClinicStore(tmp_path / "clinic.sqlite") as store:
        store.import_documents([rich_document("P-1")])
        before = (store.patient_count(), len(store.history()), store._db.execute("SELECT count(*) FROM dxa").fetchone())
        real = bulk.insert_documents

        def insert_then_fail(*args: Any, **kwargs: Any) -> None:
            real(*args, **kwargs)  # the rows are in …
            raise OSError("disk full")  # … and then the disk fills up

        monkeypatch.setattr(bulk, "insert_documents", insert_then_fail)
        with pytest.raises(OSError):
            store.import_documents([rich_document("P-2"), rich_document("P-1", falls_past_12_months=9)])
        after = (store.patient_count(), len(store.history()), store._db.execute("SELECT count(*) FROM dxa").fetchone())
        assert after == before
        assert store.get_document("P-1") == rich_document("P-1")
        assert not store._db.conn.in_transaction


def test_audit_rows_are_only_written_inside_a_transaction(tmp_path: Path) -> None:
    with ClinicStore(tmp_path / "clinic.sqlite") as store, pytest.raises(StoreError, match="own transaction"):
        append(store._db, [("2026-01-01T00:00:00+00:00", "x", "stray", None, None, None, None, None)])
