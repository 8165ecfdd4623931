"""The bench's save load in small (bench/server_bench.py): workstation *processes* saving the same
few patients as the window saves, on a real server. Whatever the timing, no update may be lost and
nothing but the stale-version refusal may go wrong; the CPU figures the bench reports are there."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from nmdbone_desktop.services.clinic import open_clinic
from tests.strategies import rich_document

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_three_workstation_processes_lose_no_update(pg_url: str) -> None:
    with open_clinic(pg_url) as clinic:
        for n in range(3):
            clinic.save_document(rich_document(f"P-{n}"))
    extras: dict[str, Any] = {}
    sys.path.insert(0, str(BENCH))  # the workstation processes import server_bench too
    try:
        import server_bench

        metrics = server_bench.save_load(pg_url, 3, 3.0, 0.1, 3, extras)
    finally:
        sys.path.remove(str(BENCH))
    load = extras["server_save_load"]
    assert load["first_errors"] == [] and metrics["server_errors"] == 0
    assert metrics["server_lost_updates"] == 0
    assert metrics["server_saves"] >= 3 and metrics["server_saves"] + metrics["server_stale_refusals"] == load[
        "save_ms"]["n"]
    assert load["client_cpu_per_save_ms"]["n"] == load["save_ms"]["n"] and load["workstations_cpu_s"] > 0
    with open_clinic(pg_url) as clinic:  # every successful save is one revision and one edit in the trail
        assert sum(clinic.revisions().values()) == 3 + metrics["server_saves"]
