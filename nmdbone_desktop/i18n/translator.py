"""``Translator``: one language's terms, sentences, dates and numbers (Babel).

Message parameters are JSON values, so a report can carry them (contract §3 additions):

* a number (``49.9``) prints with its own decimals, as entered: never rounded ("49.9", not "50"),
  with the language's decimal comma and a true minus sign outside English ("−2,5");
* ``{"number": x, "decimals": n, "sign": true, "group": false}`` fixes decimals, shows "+", or
  drops the thousands separator;
* ``{"date": "2026-11-21"}`` is a date in the language's style;
* ``{"term": "drug.zoledronate"}`` is a glossary term;
* ``{"message_key": k, "params": {...}}`` is a nested sentence;
* ``{"list": [...], "join": "and" | "or" | "then" | "and_all" | "comma" | "semicolon" | "sentence"}``
  joins rendered items ("a, b or c"; "and_all": "a and b and c");
* ``"true_minus": true`` in a number: a threshold written with a true minus sign in English too;
* a string is printed as it is (a unit, a scanner model, text typed by the clinician).

A placeholder ``{name!cap}`` upper-cases the first letter of the value (a list at the start of a
sentence). A missing key or parameter is a :class:`CatalogueError` naming both: a sentence is never
printed half-filled.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from .catalogue import CatalogueError, load_glossary, load_messages

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["SUPPORTED_LANGUAGES", "Translator", "normalise_language", "translator_for"]

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "nl", "de", "fr", "it", "es")
#: The Babel locale of each language: British English (the clinical wording is British).
LOCALES = {"en": "en_GB", "nl": "nl_NL", "de": "de_DE", "fr": "fr_FR", "it": "it_IT", "es": "es_ES"}
MINUS = "\u2212"
JOINS = ("and", "or", "then", "and_all")
PLAIN_JOINS = {"comma": ", ", "semicolon": "; ", "sentence": " "}


def normalise_language(code: str | None) -> str:
    """``"de_DE"``, ``"de-AT"``, ``"DE"`` → ``"de"``; ``None``, ``"C"`` or an unsupported one → ``"en"``."""
    if not code:
        return "en"
    base = code.replace("-", "_").split("_")[0].split(".")[0].strip().lower()
    return base if base in SUPPORTED_LANGUAGES else "en"


class StrictFormatter(string.Formatter):
    """``str.format`` by name only, where a missing value is an error naming the template and the
    name (never a silent blank in a clinical sentence); the letters' templates use it too."""

    error: type[Exception] = LookupError
    noun = "parameter"

    def __init__(self, where: str) -> None:
        self.where = where

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        try:
            return kwargs[key]  # type: ignore[index]
        except KeyError:
            raise self.error(f"{self.where}: no value for {self.noun} {{{key}}}") from None


class _Formatter(StrictFormatter):
    error = CatalogueError

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "cap":
            text = str(value)
            return text[:1].upper() + text[1:]
        return super().convert_field(value, conversion)

    def parse(self, format_string: str) -> Any:
        return _parsed(format_string)


@lru_cache(maxsize=4096)
def _parsed(template: str) -> tuple[tuple[str, str | None, str | None, str | None], ...]:
    """A template's pieces, parsed once (a patient switch renders the same few hundred templates
    thousands of times). string.Formatter allows one-letter conversions only; "!cap" is ours."""
    return tuple((literal, name, spec, ("cap" if conversion == "c" else conversion))
                 for literal, name, spec, conversion in string.Formatter().parse(template.replace("!cap}", "!c}")))


@dataclass(frozen=True)
class Translator:
    """One language. ``date_style`` is how dates inside sentences print ("medium", or "iso" as in
    the core's English ``title``/``text``)."""

    language: str
    date_style: str = "medium"
    _glossary: Mapping[str, str] = field(repr=False, default_factory=dict)
    _messages: Mapping[str, str] = field(repr=False, default_factory=dict)

    @property
    def locale(self) -> Locale:
        return _locale(LOCALES[self.language])

    def with_date_style(self, style: str) -> Translator:
        return replace(self, date_style=style)

    # -- words -----------------------------------------------------------------------------
    def term(self, key: str) -> str:
        """The glossary's word for ``key`` ("site.lumbar_spine", "drug.zoledronate", "label.sex.female")."""
        try:
            return self._glossary[key]
        except KeyError:
            raise CatalogueError(f"{self.language}/glossary.toml: no term {key!r}") from None

    def has_term(self, key: str) -> bool:
        return key in self._glossary

    def has_message(self, key: str) -> bool:
        return key in self._messages

    def message(self, key: str, **params: Any) -> str:
        """The sentence ``key`` with its parameters rendered in this language."""
        try:
            template = self._messages[key]
        except KeyError:
            raise CatalogueError(f"{self.language}/messages.toml: no message {key!r}") from None
        pieces = _parsed(template)
        if any(spec or conversion not in (None, "cap") for _, _, spec, conversion in pieces):
            rendered = {name: self.render(value) for name, value in params.items()}
            return _Formatter(f"{self.language}/messages.toml: {key}").vformat(template, (), rendered)
        # The catalogues' templates are plain "{name}" / "{name!cap}": joined directly, which is several
        # times faster than string.Formatter (a German patient switch renders thousands of them).
        out: list[str] = []
        for literal, name, _spec, conversion in pieces:
            out.append(literal)
            if name is None:
                continue
            if name not in params:
                raise CatalogueError(f"{self.language}/messages.toml: {key}: no value for parameter {{{name}}}")
            text = self.render(params[name])
            out.append(text[:1].upper() + text[1:] if conversion == "cap" else text)
        return "".join(out)

    def render(self, value: Any) -> str:
        """One message parameter (see the module docstring) as text."""
        if isinstance(value, bool) or value is None:
            raise CatalogueError(f"{self.language}: parameter value {value!r} has no wording")
        if isinstance(value, int | float):
            return self.number(value)
        if isinstance(value, str):
            return value
        if isinstance(value, list):
            return self._join([self.render(v) for v in value], "comma")
        if isinstance(value, Mapping):
            if "term" in value:
                return self.term(str(value["term"]))
            if "date" in value:
                return self.date(date.fromisoformat(str(value["date"])))
            if "number" in value:
                text = self.number(value["number"], value.get("decimals"), sign=bool(value.get("sign")),
                                   group=bool(value.get("group", True)))
                return MINUS + text[1:] if value.get("true_minus") and text.startswith("-") else text
            if "message_key" in value:
                return self.message(str(value["message_key"]), **dict(value.get("params") or {}))
            if "list" in value:
                return self._join([self.render(v) for v in value["list"]], str(value.get("join", "comma")))
        raise CatalogueError(f"{self.language}: cannot render parameter {value!r}")

    def _join(self, items: list[str], how: str) -> str:
        if how in PLAIN_JOINS:
            return PLAIN_JOINS[how].join(items)
        if how not in JOINS:
            raise CatalogueError(f"{self.language}: unknown list join {how!r}")
        if len(items) <= 1:
            return "".join(items)
        if how == "and_all":
            return self._messages.get("join.and", " and ").join(items)
        if how == "then":
            return self._messages.get("join.then", " then ").join(items)
        return ", ".join(items[:-1]) + self._messages.get(f"join.{how}", f" {how} ") + items[-1]

    # -- dates and numbers -------------------------------------------------------------------
    def date(self, d: date, style: str | None = None) -> str:
        """``d`` in the language's style: "short", "medium" (default), "long", or "iso"."""
        style = style or self.date_style
        if style == "iso":
            return d.isoformat()
        return _format_date(d, style, LOCALES[self.language])

    def number(self, x: float | int | str | Decimal, decimals: int | None = None, *, sign: bool = False,
               group: bool = True) -> str:
        """``x`` with its own decimals (as entered: 49.9 never "50", 2.50 from "2.50" stays), or with
        ``decimals``; the language's decimal sign; a true minus outside English."""
        exact = Decimal(repr(x)) if isinstance(x, float) else Decimal(str(x))
        # keyed by the text: Decimal("2.50") == Decimal("2.5"), but they print differently
        return _format_number(str(exact), decimals, sign, group, self.language)


@lru_cache(maxsize=8192)
def _format_number(value: str, decimals: int | None, sign: bool, group: bool, language: str) -> str:
    """:meth:`Translator.number`, remembered: Babel's formatting is the costly part of a patient
    switch outside English, and the same values (T-scores, doses, percentages) come back often."""
    exact = Decimal(value)
    if decimals is None:
        exponent = exact.as_tuple().exponent
        decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    from babel.numbers import format_decimal

    pattern = ("#,##0" if group else "0") + ("." + "0" * decimals if decimals else "")
    text = format_decimal(abs(exact), format=pattern, locale=_locale(LOCALES[language]), decimal_quantization=True)
    rounded_negative = exact < 0 and Decimal(text.replace(",", "").replace(".", "").replace("\u202f", "")
                                             .replace("\u00a0", "").replace("'", "") or "0") != 0
    if rounded_negative:
        return ("-" if language == "en" else MINUS) + text
    return ("+" + text) if sign else text


@lru_cache(maxsize=8192)
def _format_date(d: date, style: str, locale: str) -> str:
    """A date in a Babel style, remembered (the dates of one patient's chart repeat in every tip).

    French writes the first of the month as an ordinal, "1er février 2026" (CLDR's patterns cannot
    say so): the written-out styles get it; the numeric one ("01/02/2026") has no ordinal."""
    from babel.dates import format_date

    text = format_date(d, format=style, locale=_locale(locale))
    if d.day == 1 and locale.startswith("fr") and style in ("medium", "long") and text.startswith("1 "):
        text = "1er " + text[2:]
    return text


def translator_for(language: str | None) -> Translator:
    """The (cached) translator of a supported language; anything else is normalised first."""
    return _translator(normalise_language(language))


@cache
def _locale(code: str) -> Locale:
    # Babel is imported on first use: the window's labels (glossary terms) never need it.
    from babel import Locale

    return Locale.parse(code)


@cache
def _translator(language: str) -> Translator:
    return Translator(language, _glossary=load_glossary(language), _messages=load_messages(language))
