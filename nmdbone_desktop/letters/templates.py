"""The fixed wording of the letters: TOML files under ``resources/letters/<lang>/``.

One file per kind (``referral.toml``, ``gp.toml``, ``patient.toml``) plus ``labels.toml`` (the
words for the vocabularies: sites, drugs, diagnoses …). Wording is data, not code, so a clinic
or a translator can change it without touching Python. Files are parsed once per process
(``lru_cache``); a batch of 500 letters never re-reads them.

Placeholders are ``{name}``; values are escaped unless they are :class:`Markup`. A missing
placeholder value or template key is a :class:`TemplateError` naming the file and key: a letter
must never print a half-filled sentence.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..i18n.translator import StrictFormatter
from .formatting import Markup, esc
from .resources import resource_path

__all__ = ["TemplateError", "TemplateSet", "available_languages", "load_templates"]

FILES = ("labels", "referral", "gp", "patient")


class TemplateError(LookupError):
    """A template file, key or placeholder value is missing."""


class _Formatter(StrictFormatter):
    error = TemplateError
    noun = "placeholder"

    def format_field(self, value: Any, format_spec: str) -> str:
        return esc(value if isinstance(value, Markup) else format(value, format_spec))


@dataclass(frozen=True)
class TemplateSet:
    """All wording of one language."""

    language: str
    files: Mapping[str, Mapping[str, Any]]

    def raw(self, file: str, key: str) -> Any:
        """The value at a dotted key (``"sections.reason"``), or :class:`TemplateError`."""
        node: Any = self.files.get(file)
        if node is None:
            raise TemplateError(f"{self.language}/{file}.toml: no such template file")
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise TemplateError(f"{self.language}/{file}.toml: missing key {key!r}")
            node = node[part]
        return node

    def has(self, file: str, key: str) -> bool:
        try:
            self.raw(file, key)
        except TemplateError:
            return False
        return True

    def text(self, file: str, key: str, **values: Any) -> Markup:
        """The template at ``key`` with its placeholders filled (escaped)."""
        template = self.raw(file, key)
        if not isinstance(template, str):
            raise TemplateError(f"{self.language}/{file}.toml: {key!r} is not text")
        where = f"{self.language}/{file}.toml: {key}"
        return Markup(_Formatter(where).vformat(template, (), values))

    def label(self, vocabulary: str, code: object) -> str:
        """The word for a vocabulary code; an unknown code prints readably rather than failing
        (the contract may add codes before the wording catches up)."""
        table = self.files["labels"].get(vocabulary, {})
        key = str(code)
        return str(table.get(key, key.replace("_", " ")))

    @property
    def months(self) -> list[str]:
        return list(self.raw("labels", "months"))


def available_languages() -> list[str]:
    """Languages that ship every template file."""
    root = resource_path("letters")
    if not root.is_dir():
        return []
    return sorted(d.name for d in root.iterdir()
                  if d.is_dir() and all((d / f"{name}.toml").is_file() for name in FILES))


@lru_cache(maxsize=8)
def load_templates(language: str = "en") -> TemplateSet:
    """Parse the language's files once per process."""
    folder = resource_path("letters", language)
    files: dict[str, Mapping[str, Any]] = {}
    for name in FILES:
        path = folder / f"{name}.toml"
        try:
            with path.open("rb") as handle:
                files[name] = tomllib.load(handle)
        except FileNotFoundError:
            raise TemplateError(f"letter template missing: {path}") from None
        except tomllib.TOMLDecodeError as error:
            raise TemplateError(f"{path}: {error}") from None
    return TemplateSet(language, files)
