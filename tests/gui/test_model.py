"""The patient table model: a correct Qt model, paged, sorted and filtered in SQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from nmdbone_desktop.store import ClinicStore
from nmdbone_desktop.ui.patient_table_model import COLUMNS, ID_ROLE, PatientTableModel

from .conftest import AS_OF


def test_model_passes_qtmodeltester(qtmodeltester: Any, clinic_db: Path) -> None:
    with ClinicStore(clinic_db) as store:
        model = PatientTableModel(store, today=lambda: AS_OF)
        qtmodeltester.check(model, force_py=True)
        model.set_search("a")
        qtmodeltester.check(model, force_py=True)


def test_paging_fetches_more_on_demand(clinic_db: Path) -> None:
    with ClinicStore(clinic_db) as store:
        model = PatientTableModel(store, today=lambda: AS_OF)
        model.PAGE = 7
        model.reload()
        total = store.patient_count()
        assert model.rowCount() == 7 and model.canFetchMore()
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == total
        ids = [model.row_at(i).id for i in range(total)]
        assert len(set(ids)) == total
        names = [model.row_at(i).display_name for i in range(total)]
        assert ids == [r.id for r in store.search_patients(sort="name")]
        assert names
        model.sort(1, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == 7
        assert [model.row_at(i).id for i in range(7)] == sorted(ids, reverse=True)[:7]


def test_display_roles(clinic_db: Path) -> None:
    with ClinicStore(clinic_db) as store:
        model = PatientTableModel(store, today=lambda: AS_OF)
        model.set_search("P0001")
        assert model.rowCount() == 1
        values = {c.key: model.data(model.index(0, i)) for i, c in enumerate(COLUMNS)}
        assert values["name"] == "Müller, Anna"
        assert values["id"] == "P0001"
        assert values["age"] == "65"
        assert values["diagnosis"] == "Dermatomyositis"  # the name, not the code (issue 15)
        assert values["risk"] in {"low", "moderate", "high", "very high"}  # from the assessment cache
        assert values["next_due"]
        assert model.data(model.index(0, 0), ID_ROLE) == "P0001"
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_typing_on_narrows_locally_exactly_like_sql(clinic_db: Path, qtbot: Any) -> None:
    with ClinicStore(clinic_db) as store:
        model = PatientTableModel(store, today=lambda: AS_OF)
        for word in ("mül", "anna m", "p000", "dmd", "ro"):
            for i in range(1, len(word) + 1):
                model.set_search(word[:i])
                while model.canFetchMore():
                    model.fetchMore()
                expected = [r.id for r in store.search_patients(word[:i])]
                assert [model.row_at(n).id for n in range(model.rowCount())] == expected, word[:i]
            model.set_search("")


def test_count_of_a_long_result_arrives_after_the_rows(clinic_db: Path, qtbot: Any) -> None:
    with ClinicStore(clinic_db) as store:
        model = PatientTableModel(store, today=lambda: AS_OF)
        model.PAGE = 5
        with qtbot.waitSignal(model.countChanged) as blocker:
            model.set_search("a")
            assert model.rowCount() == 5 and model.canFetchMore()
        assert blocker.args[0] == store.count_patients("a") > 5
        assert blocker.args[1] == store.patient_count()


@pytest.mark.parametrize("keeps", [60, 2])
def test_typing_on_within_a_partial_result_keeps_the_sql_order(clinic_db: Path, qtbot: Any, keeps: int) -> None:
    """A keystroke that keeps every fetched row of a long result: they are the new result's
    first rows, and fetchMore goes on from there — exactly the rows SQL gives, none lost or
    repeated. One that drops fetched rows keeps the rest when at least ``NARROW_KEEPS`` are left
    (the same holds for them), else queries again."""
    with ClinicStore(clinic_db) as store:
        model = PatientTableModel(store, today=lambda: AS_OF)
        model.PAGE = 6
        model.NARROW_KEEPS = keeps
        queries: list[str] = []
        search = store.search_patients

        def counted(text: str = "", **kwargs: Any) -> Any:
            queries.append(text)
            return search(text, **kwargs)

        store.search_patients = counted  # type: ignore[method-assign]
        narrowed = 0
        for word in ("a ", "an", "ann", "e ", "er", "r ", "ro"):
            model.set_search("")
            model.set_search(word[:1])
            before = len(queries)
            model.set_search(word)
            if len(queries) == before:
                narrowed += 1
            expected = [r.id for r in search(word, sort="name")]
            shown = [model.row_at(n).id for n in range(model.rowCount())]
            assert shown == expected[:len(shown)], word
            assert len(shown) == len(expected) or model.canFetchMore(), word  # the rest is still to come
            while model.canFetchMore():
                model.fetchMore()
            assert [model.row_at(n).id for n in range(model.rowCount())] == expected, word
        assert narrowed, "no keystroke narrowed a partial result locally"


def test_a_keystroke_that_drops_no_row_does_not_reset_the_list(clinic_db: Path, qtbot: Any) -> None:
    with ClinicStore(clinic_db) as store:
        model = PatientTableModel(store, today=lambda: AS_OF)
        model.set_search("müller")
        rows = [model.row_at(n) for n in range(model.rowCount())]
        assert rows
        resets: list[bool] = []
        model.modelReset.connect(lambda: resets.append(True))
        with qtbot.waitSignal(model.countChanged) as blocker:
            model.set_search("müller ")  # a space: the same terms, the same rows
        assert not resets
        assert blocker.args[0] == len(rows) == store.count_patients("müller ")
        assert [model.row_at(n) for n in range(model.rowCount())] == rows


def test_painted_roles_follow_the_rows_through_paging_and_narrowing(clinic_db: Path, qtbot: Any) -> None:
    """The cells kept per row number belong to the row shown there now: after fetchMore (appended)
    and after a narrowing keystroke (reset) every cell and role matches its row."""
    risk, age, name = (next(i for i, c in enumerate(COLUMNS) if c.key == k) for k in ("risk", "age", "name"))

    def check(model: PatientTableModel) -> None:
        for r in range(model.rowCount()):
            row = model.row_at(r)
            assert row is not None
            assert model.data(model.index(r, name)) == row.display_name
            assert model.data(model.index(r, 0), ID_ROLE) == row.id
            bold = model.data(model.index(r, risk), Qt.ItemDataRole.FontRole)
            assert (bold is not None and bold.bold()) is (row.risk_category in ("high", "very_high"))
            assert model.data(model.index(r, name), Qt.ItemDataRole.FontRole) is None
            assert model.data(model.index(r, age), Qt.ItemDataRole.TextAlignmentRole) is not None
            assert model.data(model.index(r, name), Qt.ItemDataRole.TextAlignmentRole) is None
            assert model.data(model.index(r, name), Qt.ItemDataRole.DecorationRole) is None
            assert row.display_name in model.data(model.index(r, name), Qt.ItemDataRole.ToolTipRole)
        assert model.data(model.index(model.rowCount(), name)) is None

    with ClinicStore(clinic_db) as store:
        model = PatientTableModel(store, today=lambda: AS_OF)
        model.PAGE = 5
        model.reload()
        check(model)  # every row's cells made
        model.fetchMore()
        assert model.rowCount() == 10
        check(model)
        model.PAGE = 200
        model.set_search("a")  # a complete result: the next keystroke narrows it without a query
        check(model)
        before = model.rowCount()
        model.set_search("an")
        assert 0 < model.rowCount() < before
        check(model)
