"""Cells for CSV files that a spreadsheet shows and never executes ("CSV injection", OWASP).

Why: Excel, LibreOffice and Google Sheets treat a cell that starts with ``=``, ``+``, ``-`` or
``@`` as a formula, and tab, carriage return or line feed can smuggle one in. A patient called
``=HYPERLINK("http://…")`` or a free-text label ``@SUM(…)`` would otherwise run on the clinic PC
that opens the export. Such text gets a leading apostrophe, which spreadsheets display as text.
Leading spaces do not help an attacker in today's spreadsheets, but they are checked too (cheap).
Numbers are written as numbers (a negative number is not a formula) so they stay summable.

The one escaping function of the package: every CSV export (:mod:`.export`) writes its cells
through it (``writer.writerow([safe_cell(v) for v in row])``).
JSON exports are not escaped: they are patient documents that must import back byte for byte,
and no spreadsheet evaluates a JSON string as a formula.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

#: First characters that make a spreadsheet cell a formula (or hide one behind a control character).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value: Any) -> str:
    """The text of one CSV cell: ``None`` is empty, booleans ``true``/``false``, numbers as written,
    dates ISO, and any other text that could start a formula prefixed with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value)
    if text.startswith(FORMULA_STARTS) or text.lstrip(" \u00a0").startswith(FORMULA_STARTS):
        return "'" + text
    return text
