"""Small text helpers shared by the letter builders: escaping, dates and numbers.

Letter text is reportlab paragraph markup. Template wording is trusted markup (it may use
``<b>``), everything that comes from a record or from the clinician is escaped, so a name like
"Smith & Sons <Ltd>" or a free-text "<" can neither break the layout nor inject markup.
:class:`Markup` marks a string that is already safe (built from escaped parts).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from datetime import date

__all__ = [
    "Markup",
    "esc",
    "fmt_date",
    "fmt_number",
    "join_words",
    "paragraphs",
    "strip_markup",
]

MINUS = "\u2212"


class Markup(str):
    """A string that is already paragraph markup; :func:`esc` leaves it as it is."""

    __slots__ = ()


def esc(value: object) -> Markup:
    """Escape record or clinician text for a Paragraph (NFC first: decomposed "ë" renders badly)."""
    if isinstance(value, Markup):
        return value
    text = unicodedata.normalize("NFC", str(value))
    return Markup(html.escape(text, quote=False))


_TAG = re.compile(r"<br\s*/?>|<[^>]+>")


def strip_markup(text: str) -> str:
    """Plain text of a markup string (``<br/>`` becomes a new line): for the audit trail."""
    return html.unescape(_TAG.sub(lambda m: "\n" if m.group(0).startswith("<br") else "", text))


def paragraphs(text: str) -> list[Markup]:
    """Split clinician text on blank lines; single new lines stay line breaks."""
    blocks = re.split(r"\n\s*\n", unicodedata.normalize("NFC", text.strip()))
    return [Markup("<br/>".join(esc(line) for line in block.splitlines())) for block in blocks if block.strip()]


def fmt_date(value: date | str | None, pattern: str, months: Sequence[str]) -> str:
    """Format with one of the settings' patterns; month names come from the language's labels
    (not from the C locale, which would print English months in every language)."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value)
    d, m, y = value.day, value.month, value.year
    if pattern == "d MMMM yyyy":
        return f"{d} {months[m - 1]} {y}"
    if pattern == "dd/mm/yyyy":
        return f"{d:02d}/{m:02d}/{y}"
    if pattern == "dd.mm.yyyy":
        return f"{d:02d}.{m:02d}.{y}"
    if pattern == "mm/dd/yyyy":
        return f"{m:02d}/{d:02d}/{y}"
    return value.isoformat()


def fmt_number(value: float | int | None, decimals: int = 1, *, thousands: str = ",",
               decimal: str = ".") -> str:
    """Fixed decimals, a true minus sign, and a thousands separator (cumulative doses)."""
    if value is None:
        return ""
    text = f"{abs(value):,.{decimals}f}"
    text = text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    negative = round(value, decimals) < 0
    return f"{MINUS}{text}" if negative else text


def join_words(items: Sequence[str], conjunction: str) -> str:
    """``a``, ``a and b``, ``a, b and c`` (conjunction from the language's labels)."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"
