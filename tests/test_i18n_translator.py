"""The language package's API: normalising, terms, numbers as entered, dates per locale."""

from __future__ import annotations

from datetime import date

import pytest

from nmdbone_desktop.i18n import SUPPORTED_LANGUAGES, CatalogueError, normalise_language, translator_for


@pytest.mark.parametrize(("code", "expected"), [
    ("de_DE", "de"), ("de-AT", "de"), ("DE", "de"), ("nl_BE.UTF-8", "nl"), (None, "en"), ("", "en"),
    ("C", "en"), ("pt_BR", "en"), ("fr", "fr"),
])
def test_normalise_language(code: str | None, expected: str) -> None:
    assert normalise_language(code) == expected


def test_translator_is_cached_and_normalised() -> None:
    assert translator_for("en_GB") is translator_for("en")
    assert translator_for("xx").language == "en"
    assert SUPPORTED_LANGUAGES == ("en", "nl", "de", "fr", "it", "es")


def test_numbers_keep_their_own_decimals() -> None:
    en = translator_for("en")
    assert en.number(49.9) == "49.9"  # never "50"
    assert en.number(-2.5) == "-2.5"
    assert en.number(2.0) == "2.0" and en.number(2) == "2"
    assert en.number(5000.0) == "5,000.0"
    assert en.number(0.5, sign=True) == "+0.5"
    assert en.number(-0.04, 1) == "0.0"  # rounded to zero: no minus sign


def test_unknown_key_names_key() -> None:
    with pytest.raises(CatalogueError, match=r"drug\.nosuchdrug"):
        translator_for("en").term("drug.nosuchdrug")
    with pytest.raises(CatalogueError, match=r"no\.such\.message"):
        translator_for("en").message("no.such.message")


def test_dates_iso_and_locale() -> None:
    en = translator_for("en")
    assert en.date(date(2026, 11, 21), "iso") == "2026-11-21"
    assert en.date(date(2026, 11, 21)) == "21 Nov 2026"
    assert en.with_date_style("iso").date(date(2026, 11, 21)) == "2026-11-21"


def test_french_writes_the_first_of_the_month_as_an_ordinal() -> None:
    fr = translator_for("fr")
    assert fr.date(date(2026, 2, 1), "long") == "1er février 2026"
    assert fr.date(date(2026, 2, 1), "medium") == "1er févr. 2026"
    assert fr.date(date(2026, 2, 11), "long") == "11 février 2026"  # only the first
    assert fr.date(date(2026, 2, 1), "short") == "01/02/2026"
    assert translator_for("en").date(date(2026, 2, 1), "long") == "1 February 2026"


def test_window_vocabulary_reads_the_glossary() -> None:
    from nmdbone_desktop.ui.vocabulary import NAMES, display

    assert display("dxa_site", "femoral_neck") == "Femoral neck" == NAMES["dxa_site"]["femoral_neck"]
    assert display("dxa_site", "femoral_neck", "de") == "Schenkelhals"
    assert display("bone_drug", "zoledronate", "fr") == "Acide zolédronique"
    assert display("lab", "new_test", "de") == "New test"  # a newer code still reads as words
    for language in SUPPORTED_LANGUAGES:  # every label of English exists in every language
        for vocabulary, names in NAMES.items():
            for code in names:
                assert translator_for(language).has_term(f"label.{vocabulary}.{code}"), (language, vocabulary, code)


def test_remembered_numbers_keep_the_decimals_they_were_given() -> None:
    """The formatted numbers are cached: 2.5 and 2.50 are equal Decimals but print differently."""
    from decimal import Decimal

    german = translator_for("de")
    assert [german.number(Decimal("2.5")), german.number(Decimal("2.50")), german.number(Decimal("2.5"))] == \
        ["2,5", "2,50", "2,5"]
    assert [german.number(10), german.number(10.0), german.number(-2.5), german.number(-2.5, sign=True)] == \
        ["10", "10,0", "−2,5", "−2,5"]
    assert translator_for("en").number(-2.5) == "-2.5"  # the same value, another language: not the cache's German
