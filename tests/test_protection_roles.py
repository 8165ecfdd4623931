"""Optional login and roles: physician everything, nurse no deletions, secretary no clinical edits.

Off by default: a store opened the usual way is the operating-system user with every right, so
existing callers keep working. Enforcement is in the store, so the window, its worker threads
and the command line are all covered. Passwords are argon2id hashes; the tests use a cheap
parameter set for speed (one test checks the production hasher).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from argon2 import PasswordHasher

from nmdbone_desktop.cli import protection_commands
from nmdbone_desktop.core.validation import canonical_json
from nmdbone_desktop.store import (
    LoginFailed,
    PermissionDenied,
    Session,
    StoreError,
    users,
)
from nmdbone_desktop.store.audit import current_user
from nmdbone_desktop.store.models import AssessmentSummary
from tests.backends import open_store
from tests.strategies import rich_document

if TYPE_CHECKING:
    from tests.conftest import Cli

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    dummy = cheap.hash("nobody's password")
    monkeypatch.setattr(users, "_hasher", lambda: cheap)
    monkeypatch.setattr(users, "_dummy_hash", lambda: dummy)


@pytest.fixture
def db(clinic_location: str | Path, tmp_path: Path) -> Path:
    path = clinic_location
    with open_store(path) as store:
        store.save_document(rich_document("P-1"))
        store.save_document(rich_document("P-2"))
    return path



def _counts(path: Path) -> tuple[int, int]:
    with open_store(path) as store:
        return store.patient_count(), len(store.history())


def test_default_is_the_os_user_with_every_right(db: Path) -> None:
    with open_store(db) as store:
        assert store.session == Session(current_user(), "physician")
        assert not store.login_required()
        store.delete_patient("P-2")


def test_secretary_views_prints_and_backs_up_but_changes_no_clinical_data(db: Path, tmp_path: Path) -> None:
    before = _counts(db)
    with open_store(db, user="sam", role="secretary") as store:
        doc = store.get_document("P-1")
        with pytest.raises(PermissionDenied, match=r"sam \(secretary\) may not change clinical records: "
                                                   r"that needs the physician or nurse role"):
            store.save_document(doc.model_copy(update={"falls_past_12_months": 3}))
        with pytest.raises(PermissionDenied, match="delete patients"):
            store.delete_patient("P-1")
        with pytest.raises(PermissionDenied, match="import patients"):
            store.import_documents([rich_document("P-3")])
        with pytest.raises(PermissionDenied, match="restore"):
            store.restore(tmp_path / "whatever.sqlite")
        with pytest.raises(PermissionDenied, match="manage user accounts"):
            store.add_user("eve", "physician", PASSWORD)
        assert _counts(db) == before  # nothing written by any refused call
        store.record_event("letter", patient_id="P-1", detail={"kind": "gp"})
        store.put_assessment_summaries([AssessmentSummary("P-1", 1, date(2026, 1, 1), "test")])
        store.backup(tmp_path / "secretary-backup.sqlite")
        entries = store.history("P-1")
    assert entries[0].action == "letter" and entries[0].user == "sam"


def test_nurse_edits_and_imports_but_does_not_delete(db: Path) -> None:
    with open_store(db, user="nina", role="nurse") as store:
        doc = store.get_document("P-1")
        assert store.save_document(doc.model_copy(update={"falls_past_12_months": 2})) == 2
        store.import_documents([rich_document("P-3")])
        with pytest.raises(PermissionDenied, match="that needs the physician role"):
            store.delete_patient("P-1")
        assert store.history("P-1")[0].user == "nina"


def test_login_enabled_requires_signing_in_to_change_anything(db: Path) -> None:
    with open_store(db) as admin:
        admin.add_user("dr.who", "physician", PASSWORD)
        admin.add_user("nina", "nurse", PASSWORD)
        admin.set_login_required(True)
    with open_store(db) as store:
        assert store.login_required() and store.session.role is None
        assert store.get_document("P-1").id == "P-1"  # reading still works
        with pytest.raises(PermissionDenied, match="login is enabled for this database: sign in"):
            store.delete_patient("P-1")
        with pytest.raises(LoginFailed) as wrong:
            store.sign_in("dr.who", "not the password")
        with pytest.raises(LoginFailed) as unknown:
            store.sign_in("nobody", PASSWORD)
        assert str(wrong.value) == str(unknown.value)  # no hint which names exist
        session = store.sign_in("nina", PASSWORD)
        assert session == Session("nina", "nurse", authenticated=True)
        with pytest.raises(PermissionDenied, match="nina \\(nurse\\)"):
            store.delete_patient("P-1")
        with open_store(db, session=session) as worker:  # a worker thread's store
            worker.save_document(rich_document("P-9"))
        actions = [(e.action, e.user) for e in store.history()]
    assert ("create", "nina") in actions and ("sign_in", "nina") in actions
    assert ("sign_in_failed", current_user()) in actions


def test_a_disabled_account_cannot_be_used_any_more(db: Path) -> None:
    with open_store(db) as admin:
        for name, role in (("dr.a", "physician"), ("dr.b", "physician")):
            admin.add_user(name, role, PASSWORD)
        admin.set_login_required(True)
    with open_store(db) as window:
        session = window.sign_in("dr.b", PASSWORD)
        other = open_store(db)
        other.sign_in("dr.a", PASSWORD)
        other.set_user_active("dr.b", False)
        with pytest.raises(StoreError, match="last active physician"):
            other.set_user_active("dr.a", False)
        other.close()
        with pytest.raises(PermissionDenied, match="disabled"):
            open_store(db, session=session)
        with pytest.raises(LoginFailed):
            window.sign_in("dr.b", PASSWORD)


def test_account_rules(db: Path) -> None:
    with open_store(db) as store:
        with pytest.raises(StoreError, match="add an active physician account first"):
            store.set_login_required(True)
        with pytest.raises(StoreError, match="unknown role"):
            store.add_user("x", "surgeon", PASSWORD)
        with pytest.raises(StoreError, match="at least 8"):
            store.add_user("x", "nurse", "short")
        with pytest.raises(StoreError, match="user name"):
            store.add_user("has space", "nurse", PASSWORD)
        store.add_user("x", "nurse", PASSWORD)
        with pytest.raises(StoreError, match="already exists"):
            store.add_user("x", "nurse", PASSWORD)
        (account,) = store.accounts()
        assert (account.name, account.role, account.active) == ("x", "nurse", True)
        stored = store._db.execute("SELECT password_hash FROM users").fetchone()[0]
        assert stored.startswith("$argon2id$") and PASSWORD not in stored
        assert not any(PASSWORD in str(e.detail) for e in store.history())


def test_production_hasher_is_argon2id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real parameters, not the cheap test ones
    hasher = users._hasher()
    assert hasher.time_cost >= 2 and hasher.memory_cost >= 19 * 1024  # OWASP's argon2id minimum
    digest = hasher.hash(PASSWORD)
    assert digest.startswith("$argon2id$") and hasher.verify(digest, PASSWORD)


def test_users_command_line(cli: Cli, db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    code, out, err = cli("users", "add", "dr.who", "--role", "physician", "--password-stdin", "--enable-login",
                         "--db", db, stdin=PASSWORD + "\n")
    assert code == 0, err
    assert "login is now required" in out
    code, _, err = cli("users", "--db", db, "add", "nina", "--role", "nurse", "--password-stdin", stdin=PASSWORD)
    assert code == 1 and "login is enabled" in err and "--user" in err
    monkeypatch.setenv(protection_commands.PASSWORD_ENV, "wrong password")
    code, _, err = cli("users", "--db", db, "--user", "dr.who", "list")
    assert code == 1 and "wrong user name or password" in err
    monkeypatch.setenv(protection_commands.PASSWORD_ENV, PASSWORD)
    code, _, err = cli("users", "--db", db, "--user", "dr.who", "add", "nina", "--role", "nurse",
                       "--password-stdin", stdin=PASSWORD)
    assert code == 0, err
    code, out, _ = cli("users", "--db", db, "list")
    assert "login required" in out and "nina" in out and "nurse" in out
    assert cli("users", "--db", db, "--user", "dr.who", "disable", "nina")[0] == 0
    code, _, err = cli("users", "--db", db, "--user", "dr.who", "passwd", "nina", "--password-stdin", stdin="tiny")
    assert code == 1 and "at least 8" in err

    # Other commands: an import without signing in is refused with the reason, nothing written.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "P-7.json").write_text(canonical_json(rich_document("P-7")), encoding="utf-8")
    monkeypatch.delenv(protection_commands.PASSWORD_ENV)
    code, _, err = cli("import", "--db", db, folder)
    assert code == 1 and "login is enabled" in err
    assert _counts(db)[0] == 2
    code, out, _ = cli("history", "--db", db)  # reading needs no sign-in
    assert code == 0 and "user_add" in out
