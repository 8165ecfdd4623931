"""The patient list: filtered and sorted in SQL, accent-insensitive, with cached risk."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from nmdbone_desktop.store import AssessmentSummary, ClinicStore
from tests.backends import open_store, raw_sql
from tests.strategies import rich_document

PEOPLE = [  # id, family, given, birth, diagnosis code, label
    ("A1", "Müller", "Anna", "1961-04-12", "IIM-DM", "Dermatomyositis"),
    ("A2", "Łukasiewicz", "Jan", "1990-01-01", "DMD", None),
    ("A3", "Muller", "Bob", "2010-05-05", "SMA", "Spinal muscular atrophy"),
    ("A4", "Zimmermann", "Ève", "1975-07-07", "DM1", "Myotonic dystrophy type 1"),
    ("B5", "Li", "Zoe", "1950-03-03", "IIM-IBM", None),
    ("B6", "Lim", "Ann", "1980-08-08", "DMD", None),
]


@pytest.fixture()
def store(clinic_location: str | Path) -> Iterator[ClinicStore]:
    with open_store(clinic_location) as s:
        docs = [
            rich_document(pid, name={"given": given, "family": family}, birth_date=birth,
                          diagnosis={"code": code, "label": label}, sex="male", menopause=None)
            for pid, family, given, birth, code, label in PEOPLE
        ]
        s.import_documents(docs)
        yield s


def _ids(rows: list) -> list[str]:
    return [r.id for r in rows]


def test_accent_insensitive(store: ClinicStore) -> None:
    assert _ids(store.search_patients("muller")) == ["A1", "A3"]
    assert _ids(store.search_patients("MÜLLER")) == ["A1", "A3"]
    assert _ids(store.search_patients("lukasiewicz")) == ["A2"]
    assert _ids(store.search_patients("Łukas")) == ["A2"]
    assert _ids(store.search_patients("eve")) == ["A4"]


def test_by_id_diagnosis_and_several_terms(store: ClinicStore) -> None:
    assert _ids(store.search_patients("b6")) == ["B6"]
    assert _ids(store.search_patients("dmd")) == ["B6", "A2"]  # by name: Lim < Łukasiewicz
    assert _ids(store.search_patients("myotonic")) == ["A4"]
    assert _ids(store.search_patients("  muller   anna ")) == ["A1"]
    assert _ids(store.search_patients("muller zoe")) == []
    assert _ids(store.search_patients("50%")) == []  # no wildcard semantics
    assert store.count_patients("dmd") == 2 and store.count_patients() == 6


def test_sort_by_name_id_age_diagnosis(store: ClinicStore) -> None:
    assert _ids(store.search_patients()) == ["B5", "B6", "A2", "A1", "A3", "A4"]  # Li < Lim < Łuk < Müller A < Muller B
    assert _ids(store.search_patients(sort="name", descending=True)) == ["A4", "A3", "A1", "A2", "B6", "B5"]
    assert _ids(store.search_patients(sort="id")) == ["A1", "A2", "A3", "A4", "B5", "B6"]
    assert _ids(store.search_patients(sort="age")) == ["A3", "A2", "B6", "A4", "A1", "B5"]  # youngest first
    assert _ids(store.search_patients(sort="age", descending=True))[0] == "B5"
    assert _ids(store.search_patients(sort="diagnosis")) == ["A4", "B6", "A2", "A1", "B5", "A3"]
    with pytest.raises(ValueError, match="unknown sort key"):
        store.search_patients(sort="shoe size")


def test_paging(store: ClinicStore) -> None:
    all_ids = _ids(store.search_patients(sort="id"))
    assert _ids(store.search_patients(sort="id", limit=2, offset=2)) == all_ids[2:4]
    assert _ids(store.search_patients(sort="id", offset=4)) == all_ids[4:]


def test_row_fields(store: ClinicStore) -> None:
    (row,) = store.search_patients("A1")
    assert (row.family, row.given, row.sex, row.birth_date) == ("Müller", "Anna", "male", date(1961, 4, 12))
    assert (row.diagnosis_code, row.diagnosis_label, row.revision) == ("IIM-DM", "Dermatomyositis", 1)
    assert (row.risk_category, row.next_due, row.flags) == (None, None, ())
    assert row.display_name == "Müller, Anna"


def _summary(pid: str, risk: str | None, due: str | None, flags: tuple[str, ...] = (), revision: int = 1):
    return AssessmentSummary(pid, revision, date(2026, 11, 21), "2026.1", risk,
                             date.fromisoformat(due) if due else None, flags, ("DXA_DUE",), '{"x": 1}')


def test_sort_by_cached_risk_and_next_due(store: ClinicStore) -> None:
    store.put_assessment_summaries([
        _summary("A1", "high", "2027-01-01", ("urgent",)),
        _summary("A2", "very_high", "2026-01-01", ("overdue", "urgent")),
        _summary("A3", "low", "2028-01-01"), _summary("A4", "moderate", None),
        _summary("gone", "low", None),  # a patient deleted meanwhile: ignored
    ])
    assert _ids(store.search_patients(sort="risk", descending=True)) == ["A2", "A1", "A4", "A3", "B5", "B6"]
    assert _ids(store.search_patients(sort="risk")) == ["A3", "A4", "A1", "A2", "B5", "B6"]  # unknown last
    assert _ids(store.search_patients(sort="next_due")) == ["A2", "A1", "A3", "B5", "B6", "A4"]
    (row,) = store.search_patients("A2")
    assert (row.risk_category, row.next_due, row.flags) == ("very_high", date(2026, 1, 1), ("overdue", "urgent"))
    cached = store.assessment_summaries()
    assert set(cached) == {"A1", "A2", "A3", "A4"}
    assert cached["A1"].codes == ("DXA_DUE",) and cached["A1"].report_json == '{"x": 1}'


def test_cache_of_an_older_revision_is_not_shown(store: ClinicStore) -> None:
    store.put_assessment_summaries([_summary("A1", "high", "2027-01-01")])
    doc = store.get_document("A1")
    store.save_document(doc.model_copy(update={"falls_past_12_months": 4}))
    (row,) = store.search_patients("A1")
    assert row.revision == 2 and row.risk_category is None
    assert "A1" not in store.assessment_summaries()
    store.put_assessment_summaries([_summary("A1", "low", None, revision=2)])
    assert store.search_patients("A1")[0].risk_category == "low"


def test_a_list_row_has_the_stored_search_key(store: ClinicStore) -> None:
    """One search-key function: the key written with the record is the key of its list row."""
    stored = dict(raw_sql(store, "SELECT id, search_key FROM patients"))
    rows = store.search_patients("")
    assert rows and all(row.search_key == stored[row.id] for row in rows)


def test_listed_rows_carry_the_stored_search_key_which_is_the_folded_fields(store: ClinicStore) -> None:
    """The list narrows typed-on results with the key the SQL searched, read with the row; it is
    the same folding of the same fields as computed from the row."""
    from dataclasses import replace

    from nmdbone_desktop.store.folding import search_key

    rows = store.search_patients("", limit=None)
    assert rows
    for row in rows:
        assert row.stored_search_key is not None
        assert row.stored_search_key == search_key(row.family, row.given, row.id, row.diagnosis_code,
                                                   row.diagnosis_label)
        assert row.search_key == row.stored_search_key == replace(row, stored_search_key=None).search_key
        assert replace(row, stored_search_key="x") == row  # not part of a row's identity


def test_patient_names_are_the_list_s_names_and_diagnoses_by_id(store: ClinicStore) -> None:
    """What a worklist built from cached assessments shows of each patient (``patient_names``,
    the patients table alone) is what the patient list shows."""
    names = store.patient_names()
    rows = store.search_patients(sort="id")
    assert [n.id for n in names] == [r.id for r in rows] == sorted(p[0] for p in PEOPLE)
    assert [(n.display_name, n.diagnosis_code, n.diagnosis_label) for n in names] == [
        (r.display_name, r.diagnosis_code, r.diagnosis_label) for r in rows]
    assert names[0].display_name == "Müller, Anna" and names[1].diagnosis_label is None
