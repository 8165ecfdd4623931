"""The window on a clinic server: File → Open clinic server…, the password never in the settings
file, and another workstation's change on this window's list within 2 s (LISTEN/NOTIFY)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from nmdbone_desktop.services.clinic import display_url, location_label
from nmdbone_desktop.ui.server_dialog import ServerDialog
from tests.backends import open_store
from tests.strategies import rich_document

pytestmark = pytest.mark.postgresql


def test_open_clinic_server_switches_the_window_and_keeps_no_password(
        window: Any, pg_url: str, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    with open_store(pg_url, user="dr.server") as server:
        server.import_documents([rich_document("S-1"), rich_document("S-2")], source="server clinic")

    def drive(dialog: ServerDialog) -> bool:
        dialog.url.setText("clinic-server/clinic")  # not a URL: refused at the field, dialog stays
        assert not dialog.try_connect() and "postgresql://HOST/DATABASE" in dialog.error.text()
        dialog.url.setText(pg_url)
        dialog.password.setText("typed-secret-1")
        return dialog.try_connect()

    monkeypatch.setattr(ServerDialog, "exec", drive)
    window.file_commands.open_server()
    assert window.clinic.on_server and window.clinic.location == display_url(pg_url)
    qtbot.waitUntil(lambda: window.model.row_of("S-2") is not None, timeout=5000)
    assert window.model.row_of("P0001") is None  # the SQLite clinic's patients are gone from the list
    assert location_label(pg_url) in window.windowTitle()  # "t_… on this computer" (a Unix socket)

    window.settings.sync()
    stored = Path(window.settings.fileName()).read_text(encoding="utf-8")
    assert "postgresql://" in stored and "typed-secret-1" not in stored

    with open_store(pg_url, user="nurse.elsewhere") as other:  # a second workstation adds a patient
        saved = time.monotonic()
        other.save_document(rich_document("S-3", name={"given": "Andere", "family": "Arbeitsplatz"}))
    qtbot.waitUntil(lambda: window.model.row_of("S-3") is not None, timeout=2000)
    assert time.monotonic() - saved < 2.0
