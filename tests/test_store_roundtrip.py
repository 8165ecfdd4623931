"""A document written to the store and read back is the same document."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from nmdbone_desktop.core.document import PatientDocument
from nmdbone_desktop.core.validation import canonical_dict, canonical_json
from nmdbone_desktop.store import ClinicStore, PatientNotFound, StoreError
from tests.backends import open_store
from tests.strategies import bulk_documents, patient_documents, rich_document


@pytest.fixture()
def store(clinic_location: str | Path) -> Iterator[ClinicStore]:
    with open_store(clinic_location, user="tester") as s:
        yield s


def test_rich_document_round_trip(store: ClinicStore) -> None:
    doc = rich_document()
    store.save_document(doc)
    back = store.get_document(doc.id)
    assert back == doc
    assert canonical_json(back) == canonical_json(doc)
    assert back.dxa[1].bmd_g_cm2 == 0.8123456789012345
    assert back.measurements[1].weight_kg == 0.1 + 60.2
    assert back.risk_factors is not None and back.risk_factors.conditions == ["asthma_copd", "ra_or_sle", "asthma_copd"]
    assert back.spine_imaging[1].vertebral_fracture_found is False
    assert back.spine_imaging[2].vertebral_fracture_found is None
    assert back.extra["n"] == 10**20


@pytest.mark.parametrize("changes", [
    {"supplements": {}, "risk_factors": {}},  # present but empty
    {"supplements": None, "risk_factors": None, "menopause": None},  # absent
    {"risk_factors": {"conditions": []}, "extra": {}},
    {"measurements": [], "dxa": [], "labs": [], "frax": [], "mobility": [], "fractures": [],
     "spine_imaging": [], "glucocorticoids": [], "bone_medications": []},
])
def test_empty_and_absent_parts_stay_apart(store: ClinicStore, changes: dict) -> None:
    doc = rich_document(**changes)
    store.save_document(doc)
    back = store.get_document(doc.id)
    assert back == doc
    assert canonical_json(back) == canonical_json(doc)


def test_unknown_patient(store: ClinicStore) -> None:
    with pytest.raises(PatientNotFound, match="nobody"):
        store.get_document("nobody")


def test_bulk_read_equals_single_reads(store: ClinicStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from nmdbone_desktop.store import bulk

    monkeypatch.setattr(bulk, "CHUNK", 7)  # several chunks, including a partial last one
    docs = list(bulk_documents(30, rows=12, seed=3))
    store.import_documents(docs)
    everything = list(store.iter_documents())
    assert [d.id for d in everything] == sorted(d.id for d in docs)
    assert everything == [store.get_document(d.id) for d in everything]
    assert sorted(everything, key=lambda d: d.id) == sorted(docs, key=lambda d: d.id)
    wanted = ["P000021", "missing", "P000003", "P000021", "P000010"]
    assert [d.id for d in store.iter_documents(wanted)] == ["P000021", "P000003", "P000010"]
    assert store.patient_ids() == sorted(d.id for d in docs)
    assert store.revisions() == {d.id: 1 for d in docs}


def test_writing_while_iterating_is_allowed(store: ClinicStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from nmdbone_desktop.store import bulk

    monkeypatch.setattr(bulk, "CHUNK", 4)
    store.import_documents(list(bulk_documents(10, rows=5)))
    seen = []
    for doc in store.iter_documents():
        seen.append(doc.id)
        if doc.id == "P000001":
            store.delete_patient("P000009")
    assert "P000009" not in seen and len(seen) == 9


_shared = tempfile.TemporaryDirectory()
_property_store = ClinicStore(Path(_shared.name) / "property.sqlite", user="hypothesis")


def _zero(value: Any) -> Any:
    if isinstance(value, float) and value == 0.0:
        return 0.0
    if isinstance(value, dict):
        return {k: _zero(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_zero(v) for v in value]
    return value


def _expected_json(doc: PatientDocument) -> str:
    """canonical_json, except that a REAL -0.0 comes back as 0.0 (SQLite stores it as integer 0).

    ``extra`` is kept as JSON text, so a -0.0 there survives and is left alone.
    """
    data = canonical_dict(doc)
    data = {k: (v if k == "extra" else _zero(v)) for k, v in data.items()}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=patient_documents())
def test_any_valid_document_round_trips(doc: PatientDocument) -> None:
    _property_store.save_document(doc)
    back = _property_store.get_document(doc.id)
    assert back == doc
    assert canonical_json(back) == _expected_json(doc)
    assert next(_property_store.iter_documents([doc.id])) == doc


def test_nan_in_extra_is_refused(store: ClinicStore) -> None:
    with pytest.raises(StoreError, match="NaN or Infinity"):
        store.save_document(rich_document(extra={"x": float("nan")}))
    assert store.patient_count() == 0
