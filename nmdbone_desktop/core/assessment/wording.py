"""Message keys and their parameters: the recommendation's words, for rendering at the edge.

The core still writes its English ``title``/``text``/``rationale`` (contract §3 compatibility), and
beside them a message key and JSON-safe parameters that :mod:`nmdbone_desktop.i18n` renders in any
language (the core never renders a translation; the English catalogue reproduces the core's English
exactly, which the tests check on every vignette). Parameter shapes are documented in
``nmdbone_desktop/i18n/translator.py``: numbers keep the decimals the core shows, dates are ISO,
terms and nested messages are references.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from fractions import Fraction
from typing import Any

Message = dict[str, Any]


def msg(key: str, **params: Any) -> Message:
    """A nested message: ``{"message_key": key, "params": {...}}``."""
    return {"message_key": key, "params": params}


def term(section: str, code: str) -> dict[str, str]:
    return {"term": f"{section}.{code}"}


def terms(section: str, codes: Iterable[str], join: str = "comma") -> dict[str, Any]:
    """Glossary terms joined ("comma": "a, b"; "or": "a, b or c"; "and"; "then")."""
    return {"list": [term(section, c) for c in codes], "join": join}


def listed(items: Iterable[Any], join: str) -> dict[str, Any]:
    return {"list": list(items), "join": join}


def day(d: date) -> dict[str, str]:
    return {"date": d.isoformat()}


def fixed(x: float, decimals: int, *, sign: bool = False) -> dict[str, Any]:
    """A number shown with ``decimals`` decimals (the core's ``:.1f``), rounded here exactly as the
    English text rounds it, so every language shows the same digits."""
    out: dict[str, Any] = {"number": float(f"{x:.{decimals}f}"), "decimals": decimals}
    if sign:
        out["sign"] = True
    return out


def plain(x: float) -> dict[str, Any]:
    """A number as the core's ``:g`` shows it (no padding zeros, no thousands separator)."""
    text = f"{x:g}"
    value: int | float = int(text) if text.lstrip("-").isdigit() else float(text)
    return {"number": value, "group": False}


def bound(x: float) -> dict[str, Any]:
    """A threshold written in the text ("≤ −3.5"): a true minus sign in every language."""
    return {"number": x, "true_minus": True, "group": False}


def exact(text: str) -> int | float:
    """A decimal the core shows as text (``decimal_text``: exact up to 4 decimals) as a JSON number
    with the same digits: 49.9 stays 49.9."""
    return int(text) if "." not in text else float(text)


def exact_number(value: Fraction | float) -> int | float:
    from .facts import decimal_text  # facts imports this module's users, not this module

    return exact(decimal_text(value))
