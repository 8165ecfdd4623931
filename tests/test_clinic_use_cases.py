"""The clinic's use cases (issue 18): saving a record is one transaction, and roles are checked by the
clinic (services), once, whatever the entry point — the window only disables what it would refuse."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from unittest.mock import MagicMock

import pytest
from argon2 import PasswordHasher

from nmdbone_desktop.cli import protection_commands
from nmdbone_desktop.core.report import AssessmentReport
from nmdbone_desktop.core.validation import canonical_json
from nmdbone_desktop.services.clinic import Clinic, PermissionDenied, Session, StoreError, open_clinic
from nmdbone_desktop.services.ports import ClinicStorePort
from tests.strategies import rich_document

if TYPE_CHECKING:
    from tests.conftest import Cli

AS_OF = date(2026, 11, 21)
PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    from nmdbone_desktop.store import users

    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(users, "_hasher", lambda: cheap)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite"
    with open_clinic(path) as clinic:
        clinic.import_documents([rich_document("P-1"), rich_document("P-2")], source="test")
        clinic.refresh_assessments(AS_OF)
    return path


def _state(clinic: Clinic, patient_id: str) -> tuple[str, int, int, Any]:
    """The stored record, its revision, the last audit row and its cached summary."""
    row = next(r for r in clinic.search_patients(patient_id, sort="id") if r.id == patient_id)
    return (canonical_json(clinic.get_document(patient_id)), row.revision, clinic.last_audit_id(),
            clinic.assessment_summaries().get(patient_id))


# -- save a record: validate → write → re-assess → cache, one transaction -------------------------------

def test_save_record_writes_reassesses_and_caches_together(db: Path) -> None:
    with open_clinic(db) as clinic:
        doc = clinic.get_document("P-1")
        before = _state(clinic, "P-1")
        changed = doc.model_copy(update={"falls_past_12_months": (doc.falls_past_12_months or 0) + 2})
        revision, report, settings = clinic.save_record(changed, action="edit", expected_revision=before[1],
                                                        as_of=AS_OF)
        assert isinstance(report, AssessmentReport) and report.patient_id == "P-1" and report.as_of == "2026-11-21"
        after = _state(clinic, "P-1")
    assert revision == before[1] + 1 == after[1]
    assert after[2] > before[2]  # audited
    assert after[3] is not None and after[3].revision == revision  # the list's figures are of the new revision
    assert settings.lsc_percent is not None


@pytest.mark.parametrize("failing", ["assessment", "cache"])
def test_a_failure_after_the_write_leaves_neither_record_nor_audit(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     failing: str) -> None:
    from nmdbone_desktop.core import assessment
    from nmdbone_desktop.store import listing

    def boom(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError(f"{failing} failed")

    with open_clinic(db) as clinic:
        doc = clinic.get_document("P-1")
        before = _state(clinic, "P-1")
        monkeypatch.setattr(*((assessment, "assess") if failing == "assessment" else (listing, "put_cache")), boom)
        changed = doc.model_copy(update={"falls_past_12_months": (doc.falls_past_12_months or 0) + 2})
        with pytest.raises(RuntimeError, match=f"{failing} failed"):
            clinic.save_record(changed, action="edit", expected_revision=before[1], as_of=AS_OF)
        monkeypatch.undo()
        assert _state(clinic, "P-1") == before  # same record, revision, audit trail and cache
        clinic.save_record(changed, action="edit", expected_revision=before[1], as_of=AS_OF)  # and it still works
        assert _state(clinic, "P-1")[1] == before[1] + 1


# -- roles: the clinic refuses, before it starts -----------------------------------------------------------

#: Every use case that changes data or audits an output, with arguments that would do it.
CHANGES: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("save_record", (rich_document("P-1"),), {"action": "edit", "expected_revision": 1, "as_of": AS_OF},
     "change clinical records"),
    ("save_document", (rich_document("P-1"),), {}, "change clinical records"),
    ("delete_patient", ("P-1",), {}, "delete patients"),
    ("import_documents", ([rich_document("P-3")],), {}, "import patients"),
    ("import_documents_from", ([rich_document("P-3")], AS_OF), {"source": "x"}, "import patients"),
    ("commit_dxa_import", (object(),), {}, "import patients"),
    ("append_dxa", ([], {}), {"source": "x"}, "import patients"),
    ("fill_demo_clinic", (3,), {"seed": 1, "as_of": AS_OF}, "import patients"),
    ("mark_demo_clinic", (), {}, "import patients"),
    ("mark_booked", ("P-1", "DXA_DUE", AS_OF), {}, "change clinical records"),
    ("mark_not_applicable", ("P-1", "DXA_DUE", "done elsewhere"), {}, "change clinical records"),
    ("undo_mark", ("P-1", "DXA_DUE"), {}, "change clinical records"),
    ("mark_handled", ("P-1", "DXA_DUE", "booked"), {}, "change clinical records"),
    ("undo_handled", ("P-1", "DXA_DUE"), {}, "change clinical records"),
    ("restore", ("backup.sqlite",), {}, "restore a backup"),
    ("set_clinic_lsc", ({"lumbar_spine": 3.0},), {}, "manage user accounts"),
    ("add_user", ("eve", "physician", PASSWORD), {}, "manage user accounts"),
    ("set_user_active", ("eve", False), {}, "manage user accounts"),
    ("set_login_required", (True,), {}, "manage user accounts"),
]


@pytest.mark.parametrize(("use_case", "args", "kwargs", "action"), CHANGES, ids=[c[0] for c in CHANGES])
def test_the_clinic_refuses_a_secretary_before_reaching_the_store(use_case: str, args: tuple[Any, ...],
                                                                    kwargs: dict[str, Any], action: str) -> None:
    """The check is the clinic's own: the store behind the port (a mock that checks nothing) is never reached."""
    port = MagicMock(spec=ClinicStorePort)
    port.session = Session("sam", "secretary", authenticated=True)
    clinic = Clinic(port)
    with pytest.raises(PermissionDenied, match=rf"sam \(secretary\) may not {action}: that needs the "):
        getattr(clinic, use_case)(*args, **kwargs)
    assert not clinic.may(use_case)
    touched = [c for c in port.mock_calls if not c[0].startswith("session")]
    assert touched == [], touched


def test_not_signed_in_is_told_how_to_sign_in() -> None:
    port = MagicMock(spec=ClinicStorePort)
    port.session = Session("os-user", None)
    with pytest.raises(PermissionDenied, match=r"sign in to delete patients .*--user NAME"):
        Clinic(port).delete_patient("P-1")


def test_a_secretary_may_read_print_export_and_back_up(db: Path, tmp_path: Path) -> None:
    with open_clinic(db, name="sam", role="secretary") as clinic:
        for use_case in ("write_letter", "write_letters", "export_documents", "write_fhir_bundles", "backup",
                         "record_event", "refresh_assessments", "get_document", "search_patients"):
            assert clinic.may(use_case), use_case
        assert clinic.export_documents(tmp_path / "out") == 2
        clinic.backup(tmp_path / "copy.sqlite")
        clinic.require("backup")
        with pytest.raises(PermissionDenied, match="restore a backup: that needs the physician role"):
            clinic.require("restore")
        with pytest.raises(AttributeError, match="no use case 'rewind'"):
            clinic.may("rewind")


def _login_clinic(db: Path) -> None:
    with open_clinic(db) as admin:
        admin.add_user("dr.who", "physician", PASSWORD)
        admin.add_user("sam", "secretary", PASSWORD)
        admin.set_login_required(True)


def test_the_command_line_gets_the_clinics_refusal(cli: Cli, db: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _login_clinic(db)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "P-7.json").write_text(canonical_json(rich_document("P-7")), encoding="utf-8")
    monkeypatch.setenv(protection_commands.PASSWORD_ENV, PASSWORD)
    code, _, err = cli("import", "--db", db, "--user", "sam", folder)
    assert code == 1 and "sam (secretary) may not import patients: that needs the physician or nurse role" in err
    with open_clinic(db) as clinic:
        assert clinic.patient_count() == 2
    code, _, err = cli("import", "--db", db, "--user", "dr.who", folder)
    assert code == 0, err


@pytest.mark.gui
def test_the_window_disables_what_the_clinic_would_refuse_and_the_clinic_refuses(qtbot: Any, db: Path,
                                                                                  tmp_path: Path) -> None:
    from nmdbone_desktop.app import build_main_window
    from nmdbone_desktop.ui.record_kinds import MOBILITY

    window = build_main_window(db, settings_path=tmp_path / "settings.ini", today=lambda: AS_OF)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.controller.doc is not None)
    assert window.actions["addDxa"].isEnabled() and window.actions["restore"].isEnabled()
    window.clinic.session = Session("sam", "secretary", authenticated=True)
    window._show_user()  # what a sign-in does
    for name in ("newPatient", "addDxa", "editDetails", "importFiles", "importDxa", "deletePatient", "restore"):
        assert not window.actions[name].isEnabled(), name
    for name in ("writeLetter", "exportPatient", "exportAll", "backup", "refreshAssessments", "findPatient"):
        assert window.actions[name].isEnabled(), name
    # Whatever the window shows, the clinic refuses: a form submitted anyway is not saved, and says why.
    revision = window.controller.revision
    problems = window.controller.submit(MOBILITY, "add", None, {"date": "2026-11-01", "status": "assisted"})
    assert problems.general == ["Not saved: sam (secretary) may not change clinical records: that needs the "
                                "physician or nurse role"]
    assert window.controller.revision == revision
    window.clinic.session = Session("dr.who", "physician", authenticated=True)
    window._show_user()
    assert window.actions["addDxa"].isEnabled() and window.actions["restore"].isEnabled()


def test_store_errors_stay_store_errors() -> None:
    assert issubclass(PermissionDenied, StoreError)  # every entry point already reports StoreError
