"""Letters a secretary can post and a GP can act on (issue 17): addresses in the envelope window,
who signs, what is missing, who does what in the GP letter, numbered references, the demo banner."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path
from typing import Any

import pypdf
import pytest

from nmdbone_desktop.core.report import typed_report
from nmdbone_desktop.letters import ClinicLetterhead, compose_letter, render_letter
from nmdbone_desktop.letters.compose_gp import gp_lists
from nmdbone_desktop.letters.context import LetterContext
from nmdbone_desktop.letters.resources import resource_path
from nmdbone_desktop.letters.settings import ADDRESS_WINDOWS
from nmdbone_desktop.letters.templates import load_templates
from tests.test_letters_support import (
    LETTERHEAD,
    options,
    pdf_pages,
    pdf_text,
    sample_child,
    sample_child_report,
    sample_document,
    sample_report,
)

CONTACTS = {
    "patient_address": {"lines": ["Kerkstraat 12", "3rd floor"], "postcode": "1017 GC", "city": "Amsterdam",
                        "country": "NL"},
    "gp": {"name": "Dr Hannah Okafor", "practice": "Canal Street Surgery",
           "address": {"lines": ["14 Canal Street"], "postcode": "M1 3HE", "city": "Manchester"}},
    "responsible_clinician": {"name": "Dr Pieter van der Berg", "role": "Consultant Neurologist"},
}
DEMO_BANNER = "SYNTHETIC DEMO PATIENT — not a real person"


def render(kind: str, doc: Any = None, report: Any = None, letterhead: ClinicLetterhead = LETTERHEAD,
           **opts: Any) -> bytes:
    buffer = io.BytesIO()
    render_letter(doc or sample_document(), report or sample_report(), options(kind, **opts), letterhead, buffer)
    return buffer.getvalue()


def with_contacts(**changes: Any) -> Any:
    return sample_document(contacts={**CONTACTS, **changes})


# -- addresses and signatures ------------------------------------------------------------------

def test_full_contacts_print_the_gp_address_and_the_clinician() -> None:
    text = pdf_text(render("gp", doc=with_contacts()))
    assert "Dr Hannah Okafor" in text and "Canal Street Surgery" in text and "14 Canal Street" in text
    assert "Manchester" in text and "M1 3HE" in text
    assert "Dr Pieter van der Berg" in text and "Consultant Neurologist" in text
    assert "The general practitioner" not in text
    letter = compose_letter(with_contacts(), sample_report(), options("gp"), LETTERHEAD)
    assert letter.warnings == ()


def test_no_contacts_warns_and_still_renders() -> None:
    letter = compose_letter(sample_document(), sample_report(), options("gp"), ClinicLetterhead())
    assert any("No GP name and address" in w for w in letter.warnings)
    assert any("letterhead has no clinic address" in w for w in letter.warnings)
    pdf = render("gp", letterhead=ClinicLetterhead())
    assert "The general practitioner" in pdf_text(pdf)
    sheet = compose_letter(sample_document(), sample_report(), options("patient"), LETTERHEAD)
    assert any("No postal address for the patient" in w for w in sheet.warnings)
    assert not any("general practitioner" in w for w in sheet.warnings)


def test_patient_sheet_goes_to_the_patient_or_the_family() -> None:
    text = pdf_text(render("patient", doc=with_contacts()))
    assert "Kerkstraat 12" in text and "1017 GC Amsterdam" in text and "Netherlands" in text
    child = sample_child(contacts=CONTACTS)
    text = pdf_text(render("patient", doc=child, report=sample_child_report()))
    assert "To the parents or carers of Tomáš Čapek-Ødegaard" in text


def _words_at(pdf: bytes) -> list[tuple[str, float, float]]:
    """(text, x, y from the top) of each text run on page 1, in millimetres."""
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    height = float(page.mediabox.height)
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x / 72 * 25.4, (height - y) / 72 * 25.4))

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("window", ["din5008_b", "uk_c5"])
def test_recipient_sits_in_the_envelope_window(window: str) -> None:
    geometry = ADDRESS_WINDOWS[window]
    assert geometry is not None
    pdf = render("gp", doc=with_contacts(), letterhead=LETTERHEAD.model_copy(update={"address_window": window}))
    runs = _words_at(pdf)
    for line in ("Dr Hannah Okafor", "Canal Street Surgery", "14 Canal Street"):
        x, y = next((x, y) for text, x, y in runs if line in text)
        assert geometry.left_mm - 0.5 <= x <= geometry.left_mm + geometry.width_mm, (line, x)
        assert geometry.top_mm + geometry.return_line_mm - 1 <= y <= geometry.top_mm + geometry.height_mm, (line, y)
    title_y = next(y for text, _, y in runs if "Bone health: summary" in text)
    assert title_y > geometry.top_mm + geometry.height_mm  # nothing else shows through the window
    # UK order: town, then postcode on its own line; DIN: "postcode town"
    town = [text for text, _, _ in runs if "Manchester" in text or "M1 3HE" in text]
    assert town == (["M1 3HE Manchester"] if geometry.postcode_first else ["Manchester", "M1 3HE"])


def test_signature_falls_back_to_the_user_then_the_letterhead() -> None:
    def signed(doc: Any, **opts: Any) -> list[str]:
        return [str(x) for x in compose_letter(doc, sample_report(), options("gp", **opts), LETTERHEAD).signature]

    assert signed(with_contacts(), user="anna.berg", user_role="secretary")[:2] == [
        "Dr Pieter van der Berg", "Consultant Neurologist"]
    assert signed(sample_document(), user="anna.berg", user_role="secretary")[:2] == ["anna.berg", "Secretary"]
    assert signed(sample_document())[:2] == ["Dr Ágnes Szőke-Nowak", "Consultant Neurologist"]
    nobody = compose_letter(sample_document(), sample_report(), options("gp"), ClinicLetterhead())
    assert any("Nobody to sign" in w for w in nobody.warnings)


# -- who does what -------------------------------------------------------------------------------

def ctx_for(doc: Any, report: dict[str, Any], **opts: Any) -> LetterContext:
    return LetterContext(doc, typed_report(report), options("gp", **opts), LETTERHEAD, load_templates("en"))


def rec(code: str, **fields: Any) -> dict[str, Any]:
    """A recommendation as the contract has it (the GP wording comes from gp.toml, not its text)."""
    return {"code": code, "kind": "action", "priority": 2, "title": code.title(), "text": code.title(),
            "rationale": "", "references": ["a reference"], "due": None, "options": [], "avoid": [], **fields}


def test_child_gets_no_adult_drug_preference_and_no_gp_prescribing() -> None:
    report = {**sample_child_report(), "recommendations": [
        rec("START_BONE_THERAPY", options=["zoledronate", "alendronate", "denosumab"]),
        rec("CONTINUE_BONE_THERAPY")]}
    lists = gp_lists(ctx_for(sample_child(), report))
    gp_text = " ".join(lists["gp"])
    clinic_text = " ".join(lists["clinic"])
    assert "paediatric bone service" in clinic_text and "intravenous bisphosphonate" in clinic_text
    assert "Please start" not in gp_text and "Alternatives" not in clinic_text + gp_text
    assert "alendronate" not in clinic_text + gp_text and "denosumab" not in clinic_text + gp_text


def test_no_adherence_advice_for_an_iv_drug() -> None:
    doc = sample_document(bone_medications=[{"drug": "zoledronate", "start": "2024-01-10"}])
    report = {**sample_report(), "risk_category": "high",
              "recommendations": [rec("CONTINUE_BONE_THERAPY"), rec("REVIEW_TREATMENT_FAILURE")]}
    lists = gp_lists(ctx_for(doc, report))
    every = " ".join(lists["clinic"] + lists["gp"] + lists["note"]).lower()
    assert "zoledronate infusions in the clinic" in every
    for advice in ("adherence", "taken correctly", "regularly", "fasting"):
        assert advice not in every, advice


def test_oral_therapy_is_prescribed_by_the_gp_with_adherence_advice() -> None:
    doc = sample_document(bone_medications=[{"drug": "alendronate", "start": "2024-01-10"}], dysphagia=False)
    report = {**sample_report(), "risk_category": "high", "recommendations": [rec("CONTINUE_BONE_THERAPY")]}
    lists = gp_lists(ctx_for(doc, report))
    assert lists["gp"][0] == ("Please continue repeat prescriptions of alendronate and check that it is taken "
                              "correctly and regularly.")
    start = {**report, "recommendations": [rec("START_BONE_THERAPY", options=["alendronate", "zoledronate"])]}
    sentence = gp_lists(ctx_for(sample_document(bone_medications=[]), start))["gp"][0]
    assert sentence.startswith("Please start alendronate") and "Alternatives, in order of preference: zoledronate" \
        in sentence


def test_denosumab_follow_on_date_is_asked_of_the_gp() -> None:
    doc = sample_document(bone_medications=[{"drug": "denosumab", "start": "2024-01-10", "last_dose": "2026-08-01"}])
    report = {**sample_report(), "risk_category": "high", "recommendations": [rec("CONTINUE_BONE_THERAPY")]}
    sentence = gp_lists(ctx_for(doc, report))["gp"][0]
    assert "next injection is due by 31 January 2027" in sentence


def test_every_contract_code_has_gp_wording() -> None:
    """Contract §4 (with the 2026.2 codes): each code says who does what, or is skipped on purpose."""
    with resource_path("letters", "en", "gp.toml").open("rb") as handle:
        tables = tomllib.load(handle)["do"]
    contract = Path("/work/shared/contract/README.md")
    codes = set()
    if contract.is_file():
        section = contract.read_text(encoding="utf-8").split("## 4.", 1)[1].split("## 5.", 1)[0]
        codes = {line.split("`")[1] for line in section.splitlines() if line.startswith("| `")}
    codes |= {"CORRECT_CALCIUM_FIRST", "PREGNANCY_PLANNING", "DENTAL_CHECK", "HOLIDAY_REVIEW", "VITAMIN_D_HIGH",
              "HYPOGONADISM_REVIEW"}
    assert not codes - set(tables), sorted(codes - set(tables))
    # and every one renders for an adult and a child (placeholders all filled)
    for doc, report in ((sample_document(), sample_report()), (sample_child(), sample_child_report())):
        recs = [rec(code, due="2027-01-01", options=["zoledronate"]) for code in sorted(codes)]
        lists = gp_lists(ctx_for(doc, {**report, "recommendations": recs}))
        assert not any("{" in s for owner in lists.values() for s in owner)


def test_unknown_code_falls_back_to_the_assessment_title(monkeypatch: pytest.MonkeyPatch) -> None:
    # A new code of the rules (the report model names every code) before gp.toml has words for it.
    report = {**sample_report(), "recommendations": [rec("DENTAL_CHECK", title="Check something new"),
                                                     rec("VITAMIN_D_HIGH", kind="warning", title="Mind this")]}
    ctx = ctx_for(sample_document(), report)
    for code in ("DENTAL_CHECK", "VITAMIN_D_HIGH"):
        monkeypatch.delitem(ctx.templates.files["gp"]["do"], code)
    lists = gp_lists(ctx)
    assert "Check something new" in lists["clinic"] and "Mind this" in lists["note"]


# -- referral: appendix and references --------------------------------------------------------

def test_referral_numbers_references_and_lists_them_in_the_appendix() -> None:
    from nmdbone_desktop.core.assessment import assess
    from tests.test_letters_support import AS_OF

    doc = sample_document()
    report = assess(doc, AS_OF)
    pages = pdf_pages(render("referral", doc=doc, report=report))
    text = " ".join(pages)
    assert "[S-" not in text and "References:" not in text
    assert "[1, 2" in text
    appendix = [p for p in pages if "Appendix" in p]
    assert appendix, "no appendix page"
    first = pages.index(appendix[0])
    assert "Yours sincerely" in " ".join(pages[:first])  # the letter proper ends before the appendix
    tail = " ".join(pages[first:])
    assert "All DXA measurements" in tail and "References" in tail
    assert "1. Humphrey et al. 2022 ACR guideline" in tail
    assert "ClinRisk" in tail and "ClinRisk" not in " ".join(pages[:first]).replace(
        "QFracture is used under the ClinRisk licence", "")


def test_demo_banner_on_every_page_only_for_the_demo_clinic() -> None:
    pages = pdf_pages(render("referral", demo=True))
    assert len(pages) > 1 and all(DEMO_BANNER in p for p in pages)
    assert DEMO_BANNER in compose_letter(sample_document(), sample_report(), options("gp", demo=True),
                                         LETTERHEAD).plain_text()
    assert DEMO_BANNER not in pdf_text(render("gp"))


def test_advice_sheet_in_the_patients_language_or_says_why_not() -> None:
    sheet = compose_letter(sample_document(language="nl"), sample_report(), options("patient"), LETTERHEAD)
    assert "Your bone health" in sheet.plain_text()  # only English wording is installed
    assert any("“nl”" in w for w in sheet.warnings)
    english = compose_letter(sample_document(language="en"), sample_report(), options("patient"), LETTERHEAD)
    assert not any("language" in w for w in english.warnings)


def test_every_contract_code_has_a_plain_sentence_on_the_advice_sheet() -> None:
    """Codes shown in their own sections or too technical for a patient are the only ones without.
    A sentence is in [next], or in [test] ("Tests we will arrange") or [before] ("Before the bone
    medicine is given"), the two items that gather several codes."""
    with resource_path("letters", "en", "patient.toml").open("rb") as handle:
        sheet = tomllib.load(handle)
    sentences = {*sheet["next"], *sheet["test"], *sheet["before"]}
    own_section_or_technical = {"CALCIUM_VITAMIN_D", "FALLS_PREVENTION", "SCANNER_CHANGED"}
    with resource_path("letters", "en", "gp.toml").open("rb") as handle:
        codes = {c for c in tomllib.load(handle)["do"] if not c.startswith("NEXT_")}
    assert not codes - own_section_or_technical - set(sentences)


def test_a_long_address_stays_inside_the_window() -> None:
    long_gp = {"name": "Dr Hannah Okafor-Whitfield", "practice": "Canal Street and Riverside Medical Partnership",
               "address": {"lines": ["Riverside Health Centre", "Unit 4, The Old Mill", "14 Canal Street",
                                     "Ancoats"], "postcode": "M1 3HE", "city": "Manchester", "country": "GB"}}
    geometry = ADDRESS_WINDOWS["din5008_b"]
    assert geometry is not None
    runs = _words_at(render("gp", doc=with_contacts(gp=long_gp)))
    lines = [(text, y) for text, _, y in runs if any(part in text for part in ("Okafor", "Ancoats", "United Kingdom"))]
    assert len(lines) == 3
    assert all(y <= geometry.top_mm + geometry.height_mm for _, y in lines), lines
