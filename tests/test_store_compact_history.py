"""Issue 19 item 8: the smaller database shows exactly the history the older format showed.

The expected outputs in ``tests/fixtures/audit_v1/`` were made by the code before the compact
storage format (see ``make_fixtures.py`` there); these tests replay the same work with today's
code, and upgrade a clinic file that older code wrote.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from nmdbone_desktop.store import ClinicStore
from nmdbone_desktop.store.audit_text import entry_json
from tests import audit_history_script as script

EXPECTED_HISTORY = json.loads((script.FIXTURES / "history_50_edits.json").read_text("utf-8"))
EXPECTED_CLINIC = json.loads((script.FIXTURES / "clinic_v1_expected.json").read_text("utf-8"))


def test_history_of_a_patient_edited_50_times_is_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "clinic.sqlite"
    with script.utc_local_time(monkeypatch):
        with script.fixed_clock(monkeypatch), ClinicStore(db, user=script.USER) as store:
            script.run_script(store)
        shown = script.history_outputs(db, capsys)
    assert len(shown["entries"]) == 50
    for key in ("entries", "cli_json", "cli_table"):  # entries first: the most precise message
        assert shown[key] == EXPECTED_HISTORY[key], key


def _upgraded_copy(tmp_path: Path) -> Path:
    db = tmp_path / "clinic_v1.sqlite"
    shutil.copyfile(script.FIXTURES / "clinic_v1.sqlite", db)
    return db


def test_a_clinic_written_by_the_older_format_upgrades_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = _upgraded_copy(tmp_path)
    with ClinicStore(db, user=script.USER) as store:
        from nmdbone_desktop.core.validation import canonical_json

        assert {doc.id: canonical_json(doc) for doc in store.iter_documents()} == EXPECTED_CLINIC["export"]
        assert [{"id": e.id, **entry_json(e)} for e in store.history()] == EXPECTED_CLINIC["history"]
        summaries = {pid: {"revision": s.revision, "as_of": s.as_of.isoformat(), "codes": list(s.codes),
                           "flags": list(s.flags), "risk_category": s.risk_category,
                           "next_due": s.next_due.isoformat() if s.next_due else None, "report_json": s.report_json}
                     for pid, s in sorted(store.assessment_summaries().items())}
        assert summaries == EXPECTED_CLINIC["summaries"]
        assert [m.record() | {"patient_id": m.patient_id, "code": m.code}
                for m in store.handled_marks()] == EXPECTED_CLINIC["handled"]
    # the command line's export writes the same bytes, and the history of the edited patient is unchanged
    from nmdbone_desktop.cli.main import main

    out = tmp_path / "export"
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    assert {p.stem: p.read_text("utf-8") for p in out.glob("*.json")} == EXPECTED_CLINIC["export"]
    with script.utc_local_time(monkeypatch):
        shown = script.history_outputs(db, capsys)
    assert shown == EXPECTED_CLINIC["patient_history"]
