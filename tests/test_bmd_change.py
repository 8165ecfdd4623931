"""Change since previous and since baseline per site (charts/bmd_change.py, no Qt)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from nmdbone_desktop.charts.bmd_change import site_changes
from nmdbone_desktop.core.validation import parse_document

AS_OF = date(2026, 11, 21)
LSC = {"lumbar_spine": 5.3, "femoral_neck": 6.9, "total_hip": 5.0}


def _doc(dxa: list[dict[str, Any]]) -> Any:
    return parse_document({"schema": "nmdbone/patient-v1", "id": "X1", "name": {"given": "A", "family": "B"},
                           "sex": "male", "birth_date": "1960-01-01", "diagnosis": {"code": "DMD"}, "dxa": dxa},
                          as_of=AS_OF, source="test")


def _scan(when: str, bmd: float | None, maker: str | None = "hologic", site: str = "lumbar_spine") -> dict[str, Any]:
    row: dict[str, Any] = {"date": when, "site": site, "z_score": -1.0}
    if bmd is not None:
        row["bmd_g_cm2"] = bmd
    if maker:
        row["manufacturer"] = maker
    return row


def test_previous_and_baseline_against_the_lsc() -> None:
    doc = _doc([_scan("2018-01-01", 1.000), _scan("2020-01-01", 0.960), _scan("2022-01-01", 0.940)])
    spine = site_changes(doc.dxa, LSC, AS_OF)["lumbar_spine"]
    assert spine.scans == 3 and spine.baseline is not None and spine.baseline.date == date(2018, 1, 1)
    assert spine.since_previous is not None and spine.since_previous.percent == pytest.approx(-2.083, abs=1e-3)
    assert not spine.since_previous.significant
    assert spine.since_baseline is not None and spine.since_baseline.percent == pytest.approx(-6.0)
    assert spine.since_baseline.significant  # 6.0 ≥ 5.3
    assert spine.notes == ()


def test_exact_boundary_is_significant() -> None:
    doc = _doc([_scan("2020-01-01", 1.000), _scan("2022-01-01", 0.947)])
    assert site_changes(doc.dxa, LSC)["lumbar_spine"].since_previous.significant  # type: ignore[union-attr]


def test_a_change_across_manufacturers_is_not_computed() -> None:
    doc = _doc([_scan("2016-01-01", 1.100, "ge_lunar"), _scan("2018-01-01", 1.000),
                _scan("2020-01-01", 0.900, "ge_lunar"), _scan("2022-01-01", 0.880, "ge_lunar")])
    spine = site_changes(doc.dxa, LSC)["lumbar_spine"]
    # baseline: the first scan on the latest scan's maker; the Hologic scan is not compared
    assert spine.baseline is not None and spine.baseline.date == date(2016, 1, 1)
    assert spine.since_baseline is not None and spine.since_baseline.percent == pytest.approx(-20.0)
    assert any("Hologic not compared" in n for n in spine.notes)
    doc = _doc([_scan("2018-01-01", 1.000), _scan("2020-01-01", 0.900, "ge_lunar")])
    spine = site_changes(doc.dxa, LSC)["lumbar_spine"]
    assert spine.since_previous is None and spine.since_baseline is None
    assert any("scanner changed (Hologic → GE Lunar)" in n for n in spine.notes)


def test_missing_manufacturer_is_the_same_machine_and_bmd_only_rows() -> None:
    doc = _doc([_scan("2018-01-01", 1.000, None), _scan("2020-01-01", 0.900), _scan("2021-01-01", None),
                _scan("2026-01-01", 0.5)])
    spine = site_changes(doc.dxa, LSC, date(2025, 1, 1))["lumbar_spine"]
    assert spine.scans == 2  # the row without BMD and the row after as-of are left out
    assert spine.since_previous is not None and spine.since_previous.significant


def test_one_scan_says_so() -> None:
    spine = site_changes(_doc([_scan("2018-01-01", 1.000)]).dxa, LSC)["lumbar_spine"]
    assert spine.since_previous is None and spine.since_baseline is None
    assert spine.notes == ("one scan: no change to compute yet",)
