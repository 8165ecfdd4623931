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


def test_clinic_language_round_trip_audit_roles_and_gp_letter_default(clinic_location: str | Path) -> None:
    from nmdbone_desktop.letters import ClinicLetterhead
    from nmdbone_desktop.services.letter_writing import in_clinic_language

    db = clinic_location
    with open_store(db) as store:
        assert store.clinic_language() is None
        assert in_clinic_language(store, ClinicLetterhead(language="fr")).language == "fr"  # none set: the letterhead's
        assert store.set_clinic_language("de") == "de"
        assert [e for e in store.history() if e.action == "clinic_settings"]
        with pytest.raises(StoreError, match="language"):
            store.set_clinic_language("pt")
    with open_store(db, role="nurse") as store:
        assert store.clinic_language() == "de"
        assert in_clinic_language(store, ClinicLetterhead(language="fr")).language == "de"
        with pytest.raises(PermissionDenied):
            store.set_clinic_language(None)
    with open_store(db) as store:
        assert store.set_clinic_language(None) is None
        assert store.clinic_language() is None
