"""The audit trail is append-only and readable: ``history`` (table and JSON) and its change texts.

Append-only twice over: no code path in the package can issue UPDATE, DELETE or REPLACE on the
``audit`` table (a scan of the source), and the database itself refuses them (triggers), so a
stray SQL console cannot rewrite history either.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import nmdbone_desktop
from nmdbone_desktop.store import ClinicStore
from nmdbone_desktop.store.audit_text import describe_change
from tests.strategies import rich_document

if TYPE_CHECKING:
    from tests.conftest import Cli

PACKAGE = Path(nmdbone_desktop.__file__).parent

#: SQL or sqlite-utils calls that would change or remove audit rows.
FORBIDDEN = [
    re.compile(r"\bUPDATE\s+(OR\s+\w+\s+)?[\[\"'`]?audit\b", re.IGNORECASE),
    re.compile(r"\bDELETE\s+FROM\s+[\[\"'`]?audit\b", re.IGNORECASE),
    re.compile(r"\b(REPLACE|INSERT\s+OR\s+REPLACE)\s+INTO\s+[\[\"'`]?audit\b", re.IGNORECASE),
    re.compile(r"\bDROP\s+(TABLE|TRIGGER)\s+(IF\s+EXISTS\s+)?[\[\"'`]?audit", re.IGNORECASE),
    re.compile(r"\bALTER\s+TABLE\s+[\[\"'`]?audit\b", re.IGNORECASE),
    re.compile(r"""\[\s*["']audit["']\s*\]\s*\.\s*(update|upsert|upsert_all|delete|delete_where|drop|transform)\b"""),
    re.compile(r"""\[\s*["']audit["']\s*\]\s*\.\s*insert(_all)?\([^)]*(replace|upsert)\s*=\s*True"""),
    re.compile(r"""\btable\(\s*["']audit["']"""),
]
#: The one statement allowed, where it is allowed: migration m007 rebuilds the trail in the compact
#: format (issue 19 item 8), copying every row into a new table before the old one is dropped, in
#: the one transaction of the upgrade. tests/test_store_compact_history.py checks that a file written
#: by the older format has every entry unchanged after it, and that the triggers refuse again.
ALLOWED = {("store/schema.py", "m007_compact_audit_and_cache", "DROP TABLE audit"),
           # its clinic-server twin (one schema history for both stores), the same rebuild
           ("store/server/schema.py", "m007_compact_audit_and_cache", "DROP TABLE audit")}



def test_the_scanner_recognises_what_it_forbids() -> None:
    for bad in ('db.execute("UPDATE audit SET user = ?")', "DELETE FROM [audit] WHERE id = 1",
                "INSERT OR REPLACE INTO audit VALUES (1)", 'db["audit"].delete_where("id > 3")',
                'db["audit"].insert_all(rows, replace=True)', "UPDATE OR IGNORE audit SET x = 1"):
        assert any(p.search(bad) for p in FORBIDDEN), bad
    for fine in ("BEFORE UPDATE ON audit", "INSERT INTO audit (at) VALUES (?)", "DELETE FROM patients",
                 "UPDATE users SET active = 0"):
        assert not any(p.search(fine) for p in FORBIDDEN), fine


def _function_at(text: str, offset: int) -> str:
    """The name of the top-level function the offset lies in ("" outside any)."""
    found = list(re.finditer(r"^def (\w+)", text[:offset], re.MULTILINE))
    return found[-1].group(1) if found else ""


def test_no_code_path_in_the_package_changes_or_removes_audit_rows() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        found += [(path.relative_to(PACKAGE).as_posix(), _function_at(text, m.start()), m.group(0))
                  for p in FORBIDDEN for m in p.finditer(text)]
    assert [f for f in found if f not in ALLOWED] == []
    assert sorted(found) == sorted(ALLOWED)  # each exception used once, where it is written (or removed)


@pytest.mark.parametrize("sql", [
    "UPDATE audit SET user = 'someone else'",
    "DELETE FROM audit WHERE id = 1",
    "INSERT OR REPLACE INTO audit (id, at, user, action) VALUES (1, '2020-01-01', 'x', 'forged')",
    "REPLACE INTO audit (id, at, user, action) VALUES (1, '2020-01-01', 'x', 'forged')",
    "INSERT INTO audit (id, at, user, action) VALUES (1, 'a', 'x', 'y') ON CONFLICT(id) DO UPDATE SET user = 'x'",
])
def test_the_database_refuses_to_rewrite_history(tmp_path: Path, sql: str) -> None:
    path = tmp_path / "clinic.sqlite"
    with ClinicStore(path, user="dr.a") as store:
        store.save_document(rich_document("P-1"))
        before = store.history()
    conn = sqlite3.connect(path)  # a SQL console, not our code
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(sql)
    conn.rollback()
    conn.close()
    with ClinicStore(path) as store:
        assert store.history() == before


def test_history_json_and_table(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite"
    with ClinicStore(path, user="dr.a") as store:
        store.import_documents([rich_document("P-1"), rich_document("P-2")], source="batch.json")
        doc = store.get_document("P-1")
        dxa = [*doc.dxa]
        dxa[0] = dxa[0].model_copy(update={"t_score": -2.9})
        store.save_document(doc.model_copy(update={"dxa": dxa}))
        store.record_event("letter", patient_id="P-1", detail={"kind": "gp"})
        store.delete_patient("P-2")
    code, out, err = cli("history", "--db", path, "--json")
    assert code == 0, err
    entries = json.loads(out)
    assert all(list(e) == ["at", "user", "action", "patient_id", "record", "before", "after", "detail"]
               for e in entries)
    assert [e["action"] for e in entries] == ["delete", "letter", "edit", "import", "import", "import"]
    edit = entries[2]
    assert (edit["user"], edit["patient_id"], edit["record"]) == ("dr.a", "P-1", "dxa[0]")
    assert edit["after"]["t_score"] == -2.9 and edit["before"]["t_score"] != -2.9
    assert entries[0]["before"]["id"] == "P-2" and entries[0]["after"] is None  # a deletion keeps the record

    code, out, _ = cli("history", "--db", path, "--patient", "P-1", "--json")
    assert {e["patient_id"] for e in json.loads(out)} == {"P-1"}
    code, out, _ = cli("history", "--db", path, "--patient", "P-2")  # a deleted patient keeps its history
    assert code == 0 and "delete" in out and "removed whole record" in out
    code, out, _ = cli("history", "--db", path, "--patient", "P-1")
    lines = out.splitlines()
    assert lines[0].split() == ["when", "user", "action", "patient", "record", "change"]
    assert any("dxa[0]" in line and "t_score:" in line and "→ -2.9" in line for line in lines)
    assert any("letter" in line and "kind: gp" in line for line in lines)
    code, _, err = cli("history", "--db", path, "--patient", "P-404")
    assert code == 2 and "P-404" in err
    code, _, err = cli("history", "--db", tmp_path / "missing.sqlite")
    assert code == 2 and not (tmp_path / "missing.sqlite").exists()


@pytest.mark.parametrize(("before", "after", "record", "text"), [
    ({"date": "2024-03-01", "t_score": -2.0}, {"date": "2024-03-01", "t_score": -2.5}, "dxa[1]",
     "t_score: -2.0 → -2.5"),
    (None, {"date": "2024-03-01", "site": "hip"}, "fractures[0]", "added: date 2024-03-01, site hip"),
    ({"test": "25ohd", "value": 42}, None, "labs[3]", "removed: test 25ohd, value 42"),
    ({"name": {"given": "Anna", "family": "Muller"}, "dysphagia": True},
     {"name": {"given": "Anna", "family": "Müller"}, "dysphagia": False}, "patient",
     "name.family: Muller → Müller; dysphagia: yes → no"),
    ({"falls_past_12_months": 1}, {}, "patient", "falls_past_12_months: 1 → —"),
    (None, {"id": "P-1", "name": {"given": "A", "family": "B"}, "diagnosis": {"code": "DMD"}, "dxa": [{}, {}],
            "labs": []}, "document", "whole record: B, A; DMD; dxa 2"),
    (None, None, None, ""),
])
def test_changes_read_as_one_line(before: object, after: object, record: str | None, text: str) -> None:
    assert describe_change(before, after, record) == text
