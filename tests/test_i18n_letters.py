"""Letters in every language: each kind renders, no English template sentence is left, the text is
in the expected language, every character is in the embedded DejaVu fonts; one referral and one
advice sheet per language are written as PNG to ``tests/output/letters/`` (not in git) for a look."""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pypdf
import pytest
from fontTools.ttLib import TTFont

from nmdbone_desktop.core.assessment import assess
from nmdbone_desktop.i18n import SUPPORTED_LANGUAGES, load_messages, translator_for
from nmdbone_desktop.letters import compose_letter, render_letter
from nmdbone_desktop.letters.fonts import FONT_FILES
from nmdbone_desktop.letters.resources import resource_path
from nmdbone_desktop.letters.samples import SAMPLE_AS_OF, sample_child, sample_document
from nmdbone_desktop.letters.settings import ClinicLetterhead
from nmdbone_desktop.letters.templates import available_languages
from tests.test_letters_support import LETTERHEAD, options

KINDS = ("referral", "gp", "patient")
OTHERS = [lang for lang in SUPPORTED_LANGUAGES if lang != "en"]
OUTPUT = Path(__file__).resolve().parent / "output" / "letters"
#: Words that only the language's own letters use (a crude but honest check that the text is in it).
MARKERS = {
    "en": ("the", "and"), "nl": ("de", "het", "van"), "de": ("der", "die", "und"),
    "fr": ("le", "la", "et"), "it": ("il", "di", "e"), "es": ("el", "de", "y"),
}


def _flatten(node: Any, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in node.items():
        if isinstance(value, dict):
            out |= _flatten(value, f"{prefix}{key}.")
        else:
            out[f"{prefix}{key}"] = value
    return out


@cache
def _templates(language: str, file: str) -> dict[str, Any]:
    return _flatten(tomllib.loads(resource_path("letters", language, f"{file}.toml").read_text("utf-8")))


def _literal_chunks(template: str) -> list[str]:
    """The fixed words of a template (between placeholders and tags), long enough to be a sentence."""
    text = re.sub(r"<[^>]+>", " ", template).replace("\u00a0", " ").replace("!cap}", "}")
    chunks = [literal for literal, *_ in string.Formatter().parse(text)]
    return [" ".join(c.split()) for c in chunks if len(c.split()) >= 4]


@cache
def _english_sentences() -> frozenset[str]:
    sentences = set()
    for file in ("labels", *KINDS):
        for value in _templates("en", file).values():
            if isinstance(value, str):
                sentences.update(_literal_chunks(value))
    for key, value in load_messages("en").items():
        if key.endswith((".title", ".text")):
            sentences.update(_literal_chunks(value))
    return frozenset(sentences)


@cache
def _font_characters() -> frozenset[str]:
    """Characters every face of the embedded family can draw."""
    faces = []
    for file in FONT_FILES.values():
        font = TTFont(str(resource_path("fonts", file)))
        faces.append({chr(code) for code in font.getBestCmap()})
    return frozenset(set.intersection(*faces))


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(pdf).pages)


def _fonts(pdf: Path) -> set[str]:
    """Fonts that draw text (reportlab opens an empty text object in Helvetica that draws nothing)."""
    names = set()
    for page in pypdf.PdfReader(pdf).pages:
        fonts = {key: str(ref.get_object().get("/BaseFont")) for key, ref in page["/Resources"]["/Font"].items()}
        content = page.get_contents().get_data().decode("latin-1")
        for block in re.findall(r"BT(.*?)ET", content, flags=re.S):
            if re.search(r"T[jJ]", block):
                names.update(fonts[key] for key in re.findall(r"(/F[\w+]+)\s+[\d.]+\s+Tf", block))
    return names


@cache
def _patients() -> dict[str, tuple[Any, dict[str, Any]]]:
    out = {}
    for who, doc in (("adult", sample_document()), ("child", sample_child())):
        out[who] = (doc, assess(doc, SAMPLE_AS_OF))
    return out


def test_every_supported_language_ships_letter_wording() -> None:
    assert set(SUPPORTED_LANGUAGES) <= set(available_languages())


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_letter_vocabulary_is_the_glossarys(language: str) -> None:
    """The letters print the glossary's drug, diagnosis and site names: one word per language."""
    labels = _templates(language, "labels")
    translator = translator_for(language)
    for section, glossary in (("bone_drug", "drug"), ("diagnosis", "diagnosis"), ("dxa_site_lower", "site")):
        for key, word in labels.items():
            if key.startswith(f"{section}."):
                assert word == translator.term(f"{glossary}.{key.split('.', 1)[1]}"), (language, key)


@pytest.mark.parametrize("language", OTHERS)
def test_letter_templates_have_the_english_keys_and_placeholders(language: str) -> None:
    for file in ("labels", *KINDS):
        english, other = _templates("en", file), _templates(language, file)
        assert set(other) == set(english), (file, sorted(set(other) ^ set(english)))
        for key, value in english.items():
            if isinstance(value, str):
                names = {n for _, n, _, _ in string.Formatter().parse(value) if n}
                assert names == {n for _, n, _, _ in string.Formatter().parse(other[key]) if n}, (file, key)
            elif isinstance(value, list):
                assert len(value) == len(other[key]), (file, key)


@pytest.mark.parametrize("who", ["adult", "child"])
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_letter_renders_in_the_language(language: str, kind: str, who: str, tmp_path: Path) -> None:
    doc, report = _patients()[who]
    pdf = tmp_path / f"{language}_{kind}_{who}.pdf"
    letter = render_letter(doc, report, options(kind, language=language), LETTERHEAD, pdf)
    assert letter.language == language
    text = " ".join(_text(pdf).split())
    # every glyph is in the embedded fonts, and only the embedded fonts are used
    missing = {c for c in text if not c.isspace() and c not in _font_characters()}
    assert not missing, missing
    assert all("DejaVu" in name for name in _fonts(pdf)), _fonts(pdf)
    # the language's own title prints; the words are the language's
    own = _templates(language, kind)
    title = own["adult.title" if kind == "patient" and who == "adult" else
                "child.title" if kind == "patient" else "title"]
    assert " ".join(title.split()) in text
    words = re.findall(r"\w+", text.lower())
    assert sum(words.count(m) for m in MARKERS[language]) >= 5, (language, kind)
    if language != "en":
        left = sorted(s for s in _english_sentences() if s in text)
        assert not left, left


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_numbers_and_dates_per_locale(language: str) -> None:
    doc, report = _patients()["adult"]
    letter = compose_letter(doc, report, options("referral", language=language), LETTERHEAD)
    text = letter.plain_text()
    lowest = translator_for(language).number(report["densitometry"]["lowest_score"], 1)
    assert lowest.replace("-", "\u2212") in text  # T-score −2,4 in German and Dutch, −2.4 in English
    long_date = translator_for(language).date(SAMPLE_AS_OF, "long")
    assert long_date in text


def test_gp_letter_defaults_to_the_clinics_language_and_the_sheet_to_the_patients() -> None:
    doc, report = _patients()["adult"]
    clinic_de = ClinicLetterhead(**{**LETTERHEAD.model_dump(), "language": "de"})
    gp = compose_letter(doc, report, options("gp"), clinic_de)
    assert gp.language == "de"
    dutch_patient = doc.model_copy(update={"language": "nl"})
    sheet = compose_letter(dutch_patient, report, options("patient"), clinic_de)
    assert sheet.language == "nl"
    gp_for_dutch_patient = compose_letter(dutch_patient, report, options("gp"), clinic_de)
    assert gp_for_dutch_patient.language == "de"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_write_pngs_of_a_referral_and_an_advice_sheet_per_language() -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    doc, report = _patients()["adult"]
    for language in SUPPORTED_LANGUAGES:
        for kind in ("referral", "patient"):
            pdf = OUTPUT / f"{kind}_{language}.pdf"
            render_letter(doc, report, options(kind, language=language), LETTERHEAD, pdf)
            for old in OUTPUT.glob(f"{kind}_{language}-*.png"):
                old.unlink()
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(OUTPUT / f"{kind}_{language}")],
                           check=True)
            assert list(OUTPUT.glob(f"{kind}_{language}-*.png"))
    print(f"letters written to {OUTPUT}")


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_the_referrals_frax_lines_and_qfracture_notes_are_in_the_language(language: str) -> None:
    translator = translator_for(language).with_date_style("long")
    for who in ("adult", "child"):
        doc, report = _patients()[who]
        text = compose_letter(doc, report, options("referral", language=language), LETTERHEAD).plain_text()
        risk = report["fracture_risk"]
        pairs = list(zip(risk["qfracture"]["notes"], risk["qfracture"]["note_messages"], strict=True))
        if risk["frax"] is not None:
            pairs += zip(risk["frax"]["adjustments"], risk["frax"]["adjustment_messages"], strict=True)
        assert pairs, who  # the adult has a Kanis line, the child a QFracture note
        for english, message in pairs:
            if language == "en":
                assert english in text  # the core's own English, as before
            else:
                assert translator.render(message) in text and english not in text


def test_a_long_word_in_a_letter_table_is_hyphenated_not_cut(tmp_path: Path) -> None:
    """German "Niedrigenergietrauma" (low-energy trauma) does not fit the fracture table's
    mechanism column: it was cut as "Niedrigenergietrau / ma"; the language's hyphenation rules
    now break it as "Niedrigenergie- / trauma"."""
    doc, report = _patients()["adult"]
    pdf = tmp_path / "referral_de.pdf"
    render_letter(doc, report, options("referral", language="de"), LETTERHEAD, pdf)
    lines = [line.strip() for line in _text(pdf).splitlines()]
    assert not any(line.endswith("Niedrigenergietrau") for line in lines)
    assert any(line.endswith("Niedrigenergie-") for line in lines)
    assert "trauma" in lines or any(line.startswith("trauma") for line in lines)
