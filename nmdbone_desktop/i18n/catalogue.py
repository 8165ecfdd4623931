"""Reading the packaged glossary and message files (TOML, flattened to dotted keys).

TOML rather than gettext: the files are read as they are (no compile step at install or bundle
time), they nest by topic, hold comments for the translator, and the letters' wording is TOML
already (docs/decisions.md). Parsed once per process.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["CatalogueError", "catalogue_keys", "load_glossary", "load_messages"]

DATA = Path(__file__).resolve().parent / "data"


class CatalogueError(LookupError):
    """A language, file, key or parameter is missing from the catalogues."""


def _flatten(node: Any, prefix: str, out: dict[str, str], where: str) -> None:
    for key, value in node.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            _flatten(value, dotted + ".", out, where)
        elif isinstance(value, str):
            out[dotted] = value
        else:
            raise CatalogueError(f"{where}: {dotted!r} is not text")


@cache
def _load(language: str, name: str) -> dict[str, str]:
    where = f"i18n/data/{language}/{name}.toml"
    # The package's own data folder (a source checkout, a wheel and the PyInstaller bundle alike:
    # the spec collects nmdbone_desktop.i18n's data files beside the modules).
    source = DATA / language / f"{name}.toml"
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(f"{where}: no such file") from None
    out: dict[str, str] = {}
    _flatten(data, "", out, where)
    return out


def load_glossary(language: str) -> dict[str, str]:
    """Every clinical term of ``language``: ``{"drug.zoledronate": "zoledronate", ...}``."""
    return _load(language, "glossary")


def load_messages(language: str) -> dict[str, str]:
    """Every sentence of ``language``: ``{"rec.DXA_DUE.title": "Follow-up DXA due", ...}``."""
    return _load(language, "messages")


def catalogue_keys(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(glossary keys, message keys) of ``language``: the tests compare them with English."""
    return frozenset(load_glossary(language)), frozenset(load_messages(language))
