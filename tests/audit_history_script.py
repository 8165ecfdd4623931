"""One patient edited 50 times, deterministically: the script behind the history fixtures.

``tests/fixtures/audit_v1/`` holds what the code of the release before the compact storage
format (issue 19 item 8) showed for this script: the CLI ``history`` table and ``--json``, the
store's entries, the window's rows and detail texts. The tests replay the script with today's code
and compare. Every change of the store's write paths that reach the audit trail is exercised:
whole-document create and import, scalar and nested edits, list items added/changed/removed,
an import that updates the patient, a DXA import (its own fast JSON path), worklist marks,
an event with a detail, a deletion and a re-creation.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from nmdbone_desktop.core.validation import canonical_dict, parse_document
from nmdbone_desktop.store import ClinicStore
from nmdbone_desktop.store.dxa import DxaAddition

FIXTURES = Path(__file__).parent / "fixtures" / "audit_v1"
AS_OF = date(2026, 12, 3)
PATIENT = "P000007"
USER = "dr.history"
EDITS = 50
_START = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
#: Modules that bind ``utc_now`` at import (``from .audit import utc_now``).
_CLOCK_USERS = ("clinic", "dxa", "handled", "users", "clinic_settings", "protection", "restore")


def start_document() -> dict[str, Any]:
    return json.loads((FIXTURES / "start_document.json").read_text("utf-8"))


@contextmanager
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every audit time one minute after the last (the fixture's times), in UTC."""
    ticks = iter(range(10_000))

    def now() -> str:
        return (_START + timedelta(minutes=next(ticks))).isoformat(timespec="milliseconds")

    import importlib

    for name in _CLOCK_USERS:
        module = importlib.import_module(f"nmdbone_desktop.store.{name}")
        if hasattr(module, "utc_now"):
            monkeypatch.setattr(module, "utc_now", now)
    yield


def _doc(data: dict[str, Any]) -> Any:
    return parse_document(data, as_of=AS_OF)


def _edits() -> list[Callable[[dict[str, Any], int], None]]:
    """Each edit changes the canonical dict in place; ``k`` is the edit's number (values vary with it)."""

    def falls(d: dict[str, Any], k: int) -> None:
        d["falls_past_12_months"] = k % 7

    def add_measurement(d: dict[str, Any], k: int) -> None:
        d["measurements"].append({"date": f"2026-{1 + k % 11:02d}-{1 + k % 27:02d}", "height_cm": 160.0 + k / 10,
                                  "weight_kg": 50.5 + k / 4})
        d["measurements"].sort(key=lambda m: m["date"])

    def rename(d: dict[str, Any], k: int) -> None:
        d["name"]["given"] = ["Zoë", "Łukasz", "Ana-María", "Bjørn", "Jean"][k % 5]

    def change_lab(d: dict[str, Any], k: int) -> None:
        if d["labs"]:
            d["labs"][k % len(d["labs"])]["value"] = round(20.0 + k * 1.37, 2)

    def remove_lab(d: dict[str, Any], k: int) -> None:
        if d["labs"]:
            del d["labs"][k % len(d["labs"])]

    def supplements(d: dict[str, Any], k: int) -> None:
        d["supplements"] = {"calcium_mg_per_day": 500.0 + 50 * (k % 5), "vitamin_d_iu_per_day": 800.0 + k}

    def add_dxa(d: dict[str, Any], k: int) -> None:
        d["dxa"].append({"date": "2026-11-02", "site": "lumbar_spine", "bmd_g_cm2": round(0.8 + k / 1000, 3),
                         "t_score": round(-1.0 - k / 50, 2)})

    def extra(d: dict[str, Any], k: int) -> None:
        d["extra"] = {"note": f"reviewed {k}", "flags": [k, k % 3 == 0, None], "nested": {"a": {"b": k}}}

    def contacts(d: dict[str, Any], k: int) -> None:
        d["contacts"] = {"patient_address": {"lines": [f"{k} Rue de l'Église", "Bâtiment B"], "postcode": "75001",
                                             "city": "Paris", "country": "FR"},
                         "gp": {"name": "Dr Émile Durand"},
                         "responsible_clinician": {"name": "Dr A. Şahin", "role": "Neurologist"}}

    def add_course(d: dict[str, Any], k: int) -> None:
        d["glucocorticoids"].append({"drug": "prednisolone", "dose_mg": 5.0 + k % 4, "frequency": "daily",
                                     "start": "2026-06-01", "end": "2026-07-01", "route": "oral"})

    def drop_contacts_and_flags(d: dict[str, Any], k: int) -> None:
        d.pop("contacts", None)
        d["dysphagia"] = k % 2 == 0
        d["can_sit_upright_30_min"] = k % 3 != 0

    def remove_measurement(d: dict[str, Any], k: int) -> None:
        if d["measurements"]:
            del d["measurements"][0]

    return [falls, add_measurement, rename, change_lab, remove_lab, supplements, add_dxa, extra, contacts,
            add_course, drop_contacts_and_flags, remove_measurement]


def run_script(store: ClinicStore) -> None:
    """Create the patient and change it 50 times through the store's write paths."""
    data = start_document()
    store.save_document(_doc(data))  # a whole "document" row (action create)
    edits = _edits()
    for k in range(EDITS):
        if k == 12:  # an import that updates the patient: one row per changed record
            data = copy.deepcopy(data)
            data["falls_past_12_months"] = 4
            data["name"]["family"] = data["name"]["family"] + "-Import"
            store.import_documents([_doc(data)], source="update.json")
        elif k == 20:  # a DXA import (the fast path that writes its JSON itself)
            revision = store.revisions()[PATIENT]
            item = _doc({**data, "dxa": [{"date": "2026-11-20", "site": "total_hip", "side": "left",
                                          "bmd_g_cm2": 0.712, "t_score": -2.3, "z_score": -1.9}]}).dxa[0]
            store.append_dxa([DxaAddition(PATIENT, item, "scan.csv", "line 2")], {PATIENT: revision},
                             source="scan.csv", summary={"matched": 1})
            data = canonical_dict(store.get_document(PATIENT))
        elif k == 25:
            store.mark_handled(PATIENT, "DXA_DUE", "booked", until=date(2027, 1, 15), title="DXA due")
        elif k == 30:
            store.mark_handled(PATIENT, "DXA_DUE", "not_applicable", reason="scanned elsewhere — see letter",
                               fingerprint="abc", title="DXA due")
        elif k == 35:
            store.undo_handled(PATIENT, "DXA_DUE", title="DXA due")
        elif k == 40:
            store.record_event("letter", patient_id=PATIENT, detail={"kind": "referral", "pages": 2, "to": "GP"})
        elif k == 47:
            store.delete_patient(PATIENT)
        elif k == 48:
            store.import_documents([_doc(data)], source="back.json")  # re-imported: a whole document again
        else:
            data = copy.deepcopy(data)
            edits[k % len(edits)](data, k)
            store.save_document(_doc(data))


def history_outputs(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """What the CLI and the store show for the patient (times in UTC: the caller sets TZ)."""
    from nmdbone_desktop.cli.main import main
    from nmdbone_desktop.store.audit_text import describe, entry_json

    capsys.readouterr()
    assert main(["history", "--db", str(db), "--patient", PATIENT]) == 0
    table = capsys.readouterr().out
    assert main(["history", "--db", str(db), "--patient", PATIENT, "--json"]) == 0
    as_json = capsys.readouterr().out
    with ClinicStore(db, user=USER) as store:
        entries = store.history(PATIENT, clinic_actions=("restore",))
    return {
        "cli_table": table,
        "cli_json": as_json,
        "entries": [{"id": e.id, **entry_json(e), "describe": describe(e), "describe_160": describe(e, width=160)}
                    for e in entries],
    }


def window_outputs(db: Path) -> dict[str, Any]:
    """What the window's History view shows for the patient: its rows and, row by row, the detail
    pane (before/after text). Needs a QApplication (offscreen)."""
    from nmdbone_desktop.ui.protection.history_view import HistoryView

    with ClinicStore(db, user=USER) as store:
        view = HistoryView(store)
        view.set_patient(PATIENT)
        details = []
        for row in range(view.table.rowCount()):
            view.table.selectRow(row)
            details.append(view.detail.toPlainText())
        out = {"title": view.title.text(), "rows": [list(r) for r in view.rows()], "details": details}
        view.deleteLater()
    return out


@contextmanager
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The CLI and the window print local times: make local time UTC for the comparison."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        time.tzset()
