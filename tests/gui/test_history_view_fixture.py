"""The History view shows, row for row and before/after text for text, what it showed before the
compact storage format (issue 19 item 8; fixture made by the older code, tests/fixtures/audit_v1).
One deliberate change since, by issue 21: a detail's first line names the action as the row does
("edited", in the window's language), no longer by its code ("edit"); the fixture was updated for
that word only (49 lines), every other character is as the older code showed it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nmdbone_desktop.store import ClinicStore
from tests import audit_history_script as script


@pytest.mark.gui
def test_history_view_of_a_patient_edited_50_times_is_unchanged(qtbot: Any, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    expected = json.loads((script.FIXTURES / "history_50_edits.json").read_text("utf-8"))["window"]
    db = tmp_path / "clinic.sqlite"
    with script.utc_local_time(monkeypatch):
        with script.fixed_clock(monkeypatch), ClinicStore(db, user=script.USER) as store:
            script.run_script(store)
        shown = script.window_outputs(db)
    assert shown["title"] == expected["title"]
    assert shown["rows"] == expected["rows"]
    assert shown["details"] == expected["details"]
