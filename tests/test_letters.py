"""The three letters as printed: text extracted from the PDF, page furniture, options, fonts."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from nmdbone_desktop.core.assessment import assess
from nmdbone_desktop.letters import (
    SECTIONS,
    ClinicLetterhead,
    LetterOptions,
    audit_detail,
    compose_letter,
    fonts,
    record_letter,
    render_letter,
    templates,
)
from nmdbone_desktop.letters.templates import TemplateError, load_templates
from tests.test_letters_support import (
    AS_OF,
    LETTERHEAD,
    NAME,
    FakeAudit,
    font_names,
    image_count,
    options,
    page_sizes,
    pdf_pages,
    pdf_text,
    sample_child,
    sample_child_report,
    sample_document,
    sample_report,
)

CHART_AVAILABLE = True
try:  # the chart module is a colleague's; the letters print without it
    from nmdbone_desktop.charts.trajectory import draw_trajectory  # noqa: F401
except ImportError:  # pragma: no cover
    CHART_AVAILABLE = False


def render(kind: str = "referral", doc=None, report=None, letterhead=LETTERHEAD, **opts) -> bytes:
    buffer = io.BytesIO()
    render_letter(doc or sample_document(), report or sample_report(), options(kind, **opts), letterhead, buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def referral_pdf() -> bytes:
    return render("referral")


def test_referral_prints_names_scores_and_options(referral_pdf: bytes) -> None:
    text = pdf_text(referral_pdf)
    assert NAME in text
    assert "Dr Ágnes Szőke-Nowak" in text
    assert "lowest T-score −2.4 at the femoral neck" in text
    for drug in ("teriparatide", "romosozumab", "zoledronate", "denosumab"):
        assert drug in text
    assert "Avoid: alendronate, risedronate (dysphagia)" in text  # drugs sharing a reason listed once
    assert "Vertebra T12" in text and "Genant grade 2" in text
    assert "16,705 mg prednisolone equivalent" in text
    assert "QFracture-2012, 10-year risk: major osteoporotic fracture 21.3 %" in text
    assert "ClinRisk" in text and "Inaccurate implementations of risk scores" in text
    assert "Would you advise on the choice of bone-protective treatment for Zoë" in text
    assert "The software supports and does not replace clinical judgement." in text


def test_every_page_is_numbered_page_x_of_y(referral_pdf: bytes) -> None:
    pages = pdf_pages(referral_pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert "supports and does not replace clinical judgement" in page
    assert all(NAME in page for page in pages[1:])  # the running header names the patient


def test_fonts_are_the_embedded_dejavu_family(referral_pdf: bytes) -> None:
    names = font_names(referral_pdf)
    for face in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"):
        assert any(name.endswith(f"+{face}") for name in names), names


def test_a4_by_default_and_letter_on_request() -> None:
    assert set(page_sizes(render("gp"))) == {(595, 842)}
    assert set(page_sizes(render("gp", page_size="Letter"))) == {(612, 792)}
    clinic_on_letter = LETTERHEAD.model_copy(update={"page_size": "Letter"})
    assert set(page_sizes(render("patient", letterhead=clinic_on_letter))) == {(612, 792)}


def test_sections_switched_off_are_absent() -> None:
    keep = frozenset(SECTIONS["referral"]) - {"labs", "risk", "glucocorticoids"}
    text = pdf_text(render("referral", sections=keep))
    assert "Relevant laboratory results" not in text and "25-OH vitamin D 1 September" not in text
    assert "QFracture" not in text and "ClinRisk" not in text
    assert "Glucocorticoid exposure" not in text
    assert "Bone densitometry (DXA)" in text and "Fracture history" in text


def test_free_text_and_question_are_printed_as_typed() -> None:
    pdf = render("referral", free_text="Lives alone & uses a stair-lift <since 2024>.\n\nPrefers mornings.",
                 question="Is romosozumab safe for Zoë after her 2025 angina episode?")
    text = pdf_text(pdf)
    assert "Lives alone & uses a stair-lift <since 2024>." in text
    assert "Prefers mornings." in text
    assert "Is romosozumab safe for Zoë after her 2025 angina episode?" in text
    assert "Would you advise on the choice" not in text  # the edited question replaces the template's


def test_empty_free_text_prints_no_heading() -> None:
    assert "Additional information" not in pdf_text(render("gp"))


def test_gp_letter_says_who_does_what() -> None:
    text = pdf_text(render("gp"))
    assert "Bone health: summary and who does what" in text
    clinic, ask = text.split("What the clinic will do", 1)[1].split("What we ask of you", 1)
    assert "At this very high risk we will choose and start it in the clinic" in clinic
    assert "We will arrange the follow-up DXA scan now (due since 1 March 2025)." in clinic
    assert "Please prescribe a vitamin D loading course" in ask
    assert "recorded: calcium 500 mg/day, vitamin D 800 IU/day" in ask
    assert "by 1 September 2027" in ask
    assert "Oral bisphosphonates are not suitable" in ask.split("Please note", 1)[1]
    assert "References:" not in text and "[S-" not in text


def test_gp_notes_return_to_the_gp_list_when_their_section_is_switched_off() -> None:
    keep = frozenset(SECTIONS["gp"]) - {"safety"}
    letter = compose_letter(sample_document(), sample_report(), options("gp", sections=keep), LETTERHEAD)
    ask = letter.plain_text().split("What we ask of you", 1)[1]
    assert "Oral bisphosphonates are not suitable" in ask and "Please note" not in ask


def test_patient_sheet_is_plain_and_large() -> None:
    pdf = render("patient")
    text = pdf_text(pdf)
    assert "Your bone health" in text and NAME in text
    assert "It helps your care team, but it does not replace their advice." in text
    assert "call us on +44 20 7946 0000" in text
    for jargon in ("T-score", "Genant", "QFracture", "FRAX", "References", "antiresorptive", "DXA"):
        assert jargon not in text, jargon
    letter = compose_letter(sample_document(), sample_report(), options("patient"), LETTERHEAD)
    assert letter.large_print
    assert "You told us that you fell 2 times in the past year." in letter.plain_text()


def test_child_letters_speak_to_the_family_and_refer_to_paediatrics() -> None:
    doc, report = sample_child(), sample_child_report()
    referral = pdf_text(render("referral", doc=doc, report=report))
    assert "Paediatric bone specialist" in referral and "Tomáš Čapek-Ødegaard" in referral
    assert "intravenous bisphosphonate" in referral
    sheet = pdf_text(render("patient", doc=doc, report=report))
    assert "Your child's bone health" in sheet


def test_referral_embeds_the_chart_unless_switched_off() -> None:
    if not CHART_AVAILABLE:
        pytest.skip("charts.trajectory not installed")
    assert image_count(render("referral")) == 1
    assert image_count(render("referral", sections=frozenset(SECTIONS["referral"]) - {"chart"})) == 0
    assert image_count(render("gp")) == 0


def test_logo_prints_on_first_page_only(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), "#1f3a5f").save(logo)
    pdf = render("gp", letterhead=LETTERHEAD.model_copy(update={"logo_path": logo}))
    assert image_count(pdf) == 1
    # A missing logo file is logged and skipped, never a failed letter.
    assert pdf_text(render("gp", letterhead=LETTERHEAD.model_copy(update={"logo_path": tmp_path / "gone.png"})))


def test_clinic_date_format_is_used() -> None:
    text = pdf_text(render("gp", letterhead=LETTERHEAD.model_copy(update={"date_format": "dd.mm.yyyy"})))
    assert "Date: 21.11.2026" in text and "born 12.04.1961" in text


def test_letters_from_the_real_assessment() -> None:
    for doc in (sample_document(), sample_child()):
        report = assess(doc, AS_OF)
        for kind in ("referral", "gp", "patient"):
            pdf = render(kind, doc=doc, report=report)
            pages = pdf_pages(pdf)
            assert f"Page 1 of {len(pages)}" in pages[0]
            assert f"{doc.name.given} {doc.name.family}" in pages[0]


def test_written_to_a_path_atomically(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "letter.pdf"
    letter = render_letter(sample_document(), sample_report(), options("gp"), LETTERHEAD, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert list(out.parent.iterdir()) == [out]  # no temporary file left behind
    assert NAME in letter.plain_text()


def test_audit_detail_keeps_options_and_printed_text() -> None:
    opts = options("referral", free_text="Seen with her daughter.", question="Anabolic first?")
    letter = render_letter(sample_document(), sample_report(), opts, LETTERHEAD, io.BytesIO())
    sink = FakeAudit()
    record_letter(sink, "P0001", letter, opts, output="pdf", path="/tmp/x.pdf", user="dr.n")
    action, patient, detail = sink.events[0]
    assert (action, patient) == ("letter", "P0001")
    assert detail["kind"] == "referral" and detail["as_of"] == "2026-11-21" and detail["output"] == "pdf"
    assert detail["options"]["question"] == "Anabolic first?"
    assert detail["options"]["sections"][0] == "reason"  # print order, stable JSON
    assert "Seen with her daughter." in detail["text"] and "Anabolic first?" in detail["text"]
    assert detail["text"] == letter.plain_text()
    assert audit_detail(letter, opts, output="print")["output"] == "print"


def test_plain_text_matches_the_pdf(referral_pdf: bytes) -> None:
    """The audit keeps the words that were printed: every paragraph and list item of the letter
    appears verbatim in the PDF (tables and the chart are laid out differently)."""
    from nmdbone_desktop.letters.content import Bullets, Para
    from nmdbone_desktop.letters.formatting import strip_markup

    letter = compose_letter(sample_document(), sample_report(), options("referral"), LETTERHEAD)
    printed = pdf_text(referral_pdf)
    checked = 0
    for section in letter.sections:
        for block in section.blocks:
            texts = [block.text] if isinstance(block, Para) else list(block.items) if isinstance(block, Bullets) else []
            for text in texts:
                words = " ".join(strip_markup(text).split())
                assert words in printed, words
                assert words in " ".join(letter.plain_text().split())
                checked += 1
    assert checked > 15


def test_options_refuse_sections_of_another_kind() -> None:
    with pytest.raises(ValidationError, match="sections not in a gp letter: chart"):
        LetterOptions(kind="gp", as_of=AS_OF, sections=frozenset({"summary", "chart"}))
    assert options("gp").sections == frozenset(SECTIONS["gp"])


def test_template_placeholders_are_checked() -> None:
    t = load_templates("en")
    with pytest.raises(TemplateError, match="no value for placeholder"):
        t.text("referral", "reason.vf_one")
    with pytest.raises(TemplateError, match="missing key"):
        t.text("referral", "no.such.key")
    assert t.text("referral", "reason.vf_one", grade="<2>") == "a vertebral fracture (Genant grade &lt;2&gt;)"


def test_fonts_and_templates_are_loaded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    render("gp")
    calls: list[str] = []
    monkeypatch.setattr(fonts, "TTFont", lambda *a, **k: calls.append("font"))
    monkeypatch.setattr(templates.tomllib, "load", lambda *a, **k: calls.append("toml"))
    render("gp")
    render("patient", letterhead=ClinicLetterhead())
    assert calls == []


def test_every_template_renders_for_every_kind_and_population() -> None:
    """A template key or placeholder typo fails here, not in a clinic."""
    for doc, report in ((sample_document(), sample_report()), (sample_child(), sample_child_report())):
        for kind in ("referral", "gp", "patient"):
            letter = compose_letter(doc, report, options(kind, free_text="x", question="y"), LETTERHEAD)
            assert not re.search(r"\{[a-z_]+\}", letter.plain_text())


def test_resource_path_prefers_override_then_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nmdbone_desktop.letters import resources

    shipped = resources.resource_path("fonts", "DejaVuSans.ttf")
    assert shipped.is_file()
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "DejaVuSans.ttf").write_bytes(b"x")
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    assert resources.resource_path("fonts", "DejaVuSans.ttf") == tmp_path / "fonts" / "DejaVuSans.ttf"
    assert resources.resource_path("fonts", "DejaVuSans-Bold.ttf") == shipped.with_name("DejaVuSans-Bold.ttf")
    monkeypatch.delenv(resources.ENV_VAR)
    bundle = tmp_path / "bundle"
    (bundle / "resources" / "letters").mkdir(parents=True)
    monkeypatch.setattr("sys._MEIPASS", str(bundle), raising=False)
    resources._static_roots.cache_clear()
    try:
        assert resources.resource_roots()[0] == bundle / "resources"
        assert resources.resource_path("letters") == bundle / "resources" / "letters"
    finally:
        monkeypatch.undo()
        resources._static_roots.cache_clear()


def test_licence_of_the_shipped_fonts_is_shipped() -> None:
    from nmdbone_desktop.letters.resources import resource_path

    licence = resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence
