"""The clinic's LSC lives in the clinic database, is audited, and reaches every assessment."""

from __future__ import annotations

from pathlib import Path

import pytest

from nmdbone_desktop.services.clinic_settings import DEFAULT_LSC, assessment_settings, effective_lsc
from nmdbone_desktop.store import PermissionDenied, StoreError
from tests.backends import open_store


def test_lsc_round_trip_audit_and_roles(clinic_location: str | Path, tmp_path: Path) -> None:
    db = clinic_location
    with open_store(db) as store:
        assert store.clinic_lsc() == {}
        assert assessment_settings(store).lsc_percent == {}
        assert store.set_clinic_lsc({"lumbar_spine": 3, "total_hip": 4.2}) == {"lumbar_spine": 3.0, "total_hip": 4.2}
        assert any(e.action == "clinic_settings" for e in store.history())
        with pytest.raises(StoreError, match="between"):
            store.set_clinic_lsc({"lumbar_spine": 0})
        with pytest.raises(StoreError, match="number"):
            store.set_clinic_lsc({"lumbar_spine": float("nan")})
    with open_store(db, role="nurse") as store:  # another workstation, another role
        assert store.clinic_lsc() == {"lumbar_spine": 3.0, "total_hip": 4.2}
        with pytest.raises(PermissionDenied):
            store.set_clinic_lsc({})
    with open_store(db) as store:
        store.set_clinic_lsc({})
        assert store.clinic_lsc() == {}
    lsc = effective_lsc({"lumbar_spine": 3.0})
    assert lsc["lumbar_spine"] == 3.0 and lsc["total_hip"] == DEFAULT_LSC["total_hip"]
