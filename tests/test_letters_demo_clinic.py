"""Every letter of the 300-patient demo clinic looks finished (issue 17, acceptance).

For each patient and each kind: the GP letter and the advice sheet fit two pages, no page holds
only the sign-off, and every date in a table fits its column on one line (reportlab's own
measurements, for every table). A sample of the PDFs is also read back with pypdf: each date of a
table is found whole on one extracted line. The chart is replaced by a blank box here (its image
does not change the layout: it has a fixed size), so 900 letters lay out in seconds.
"""

from __future__ import annotations

import html
import io
import re
from datetime import date
from functools import cache
from typing import Any

import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from nmdbone_desktop.cli.data_commands import DEFAULT_DEMO_PATIENTS, DEFAULT_DEMO_SEED
from nmdbone_desktop.core.assessment import assess
from nmdbone_desktop.demo import generate_clinic
from nmdbone_desktop.letters import ClinicLetterhead, LetterOptions, compose_letter
from nmdbone_desktop.letters.content import Table
from nmdbone_desktop.letters.layout import TABLE_PAD_X, column_widths, styles_for
from nmdbone_desktop.letters.pdf import NumberedCanvas, build_pdf
from nmdbone_desktop.letters.render import LetterJob, _prepare

AS_OF = date(2026, 11, 21)
MAX_PAGES = {"gp": 2, "patient": 2}
#: Table columns that hold dates, by header word (a new date column must be marked ``nowrap``).
DATE_HEADERS = {"Date", "Start", "End", "From", "To", "Last dose"}


@cache
def clinic() -> list[tuple[Any, dict[str, Any]]]:
    docs = list(generate_clinic(DEFAULT_DEMO_PATIENTS, seed=DEFAULT_DEMO_SEED, as_of=AS_OF))
    return [(doc, assess(doc, AS_OF)) for doc in docs]


def lay_out(doc: Any, report: dict[str, Any], kind: str, letterhead: ClinicLetterhead) -> tuple[Any, bytes, dict]:
    """The letter, its PDF and, per page, the flowables drawn on it."""
    letter, pdf_letter = _prepare(0, LetterJob(doc, report, LetterOptions(kind=kind, as_of=AS_OF, demo=True)),
                                  letterhead, chart=lambda d, r: None)
    pages: dict[int, list[Any]] = {}
    out = io.BytesIO()
    build_pdf(out, [pdf_letter], letterhead, page_of="Page {page} of {pages}",
              after_flowable=lambda f, page: pages.setdefault(page, []).append(f))
    return letter, out.getvalue(), pages


def _visible(flowable: Any) -> bool:
    return type(flowable).__name__ not in {"Spacer", "CondPageBreak", "LetterStart", "PageBreak", "ActionFlowable",
                                           "NextPageTemplate", "KeepTogether", "SignOff"}


def _date_problems(letter: Any) -> list[str]:
    st = styles_for(letter.large_print)
    width = 595.27 - 2 * 56.69  # A4 frame width
    problems = []
    for section in (*letter.sections, *letter.appendix):
        for block in section.blocks:
            if not isinstance(block, Table):
                continue
            for i, head in enumerate(block.header):
                if html.unescape(head) in DATE_HEADERS and i not in block.nowrap:
                    problems.append(f"{section.key}: date column {head!r} may wrap")
            widths = column_widths(block, st, width)
            for i in block.nowrap:
                for row in block.rows:
                    text = html.unescape(row[i])
                    if stringWidth(text, st.cell.fontName, st.cell.fontSize) > widths[i] - TABLE_PAD_X:
                        problems.append(f"{section.key}: {text!r} wider than its column")
    return problems


@pytest.mark.parametrize("kind", ["gp", "patient", "referral"])
def test_every_demo_letter_looks_finished(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Layout only: pages are counted as they are laid out; writing the PDF (font subsets, about
    # half the time of a letter) is skipped.
    monkeypatch.setattr(NumberedCanvas, "save", lambda self: None)
    letterhead = ClinicLetterhead(address_lines=["Queen Square 8", "London WC1N 3BG"])
    too_long, signoff_only, dates = [], [], []
    for doc, report in clinic():
        letter, _pdf, pages = lay_out(doc, report, kind, letterhead)
        if kind in MAX_PAGES and len(pages) > MAX_PAGES[kind]:
            too_long.append((doc.id, len(pages)))
        for page, flowables in pages.items():
            shown = [f for f in flowables if _visible(f)]
            if shown and all(getattr(f, "_nmd_signoff", False) for f in shown):
                signoff_only.append((doc.id, page))
        dates += [f"{doc.id} {p}" for p in _date_problems(letter)]
        assert "[S-" not in letter.plain_text(), doc.id  # internal source IDs never print
    assert not too_long, too_long
    assert not signoff_only, signoff_only
    assert not dates, dates[:10]


def test_the_sheet_gathers_tests_and_pre_treatment_checks_into_one_item_each() -> None:
    """Ruleset 2026.2 (issue 17): every test due and every check a bone medicine waits for is still
    on the advice sheet, gathered into one item each; vitamin D advice is said once."""
    letterhead = ClinicLetterhead()
    checked = set()
    for doc, report in clinic():
        codes = {r["code"] for r in report["recommendations"]}
        letter = compose_letter(doc, report, LetterOptions(kind="patient", as_of=AS_OF), letterhead)
        text = letter.plain_text()
        if codes & {"BASELINE_BONE_ASSESSMENT", "DXA_DUE", "SPINE_IMAGING_DUE", "BONE_LABS_DUE"}:
            assert text.count("Tests we will arrange:") == 1, doc.id
            if "BONE_LABS_DUE" in codes and "BASELINE_BONE_ASSESSMENT" not in codes:
                assert "a blood test" in text, doc.id
            checked.add("tests")
        if codes & {"DENTAL_CHECK", "CORRECT_CALCIUM_FIRST"}:
            assert text.count("Before the bone medicine is given:") == 1, doc.id
            if "DENTAL_CHECK" in codes:
                assert "see a dentist" in text, doc.id
            if "CORRECT_CALCIUM_FIRST" in codes:
                assert "calcium level needs to be put right" in text, doc.id
            checked.add("before")
        if "PREGNANCY_PLANNING" in codes:
            assert "not safe in pregnancy" in text, doc.id
            checked.add("pregnancy")
        if "VITAMIN_D_REPLETION" in codes:
            assert text.count("higher dose of vitamin D") == 1, doc.id
        if "VITAMIN_D_HIGH" in codes:
            assert "vitamin D level is higher than needed" in text, doc.id
        if "HYPOGONADISM_REVIEW" in codes:
            assert "hormone specialist" in text, doc.id
    assert checked == {"tests", "before", "pregnancy"}


DATE_TEXT = re.compile(r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|"
                       r"December) \d{4}\b")


def test_table_dates_are_on_one_line_in_the_pdf() -> None:
    """pypdf reads the referral of the patients with the most table rows: every date of a table cell
    is whole on one extracted line (a wrapped date would be split over two)."""
    letterhead = ClinicLetterhead()
    richest = sorted(clinic(), key=lambda dr: -(len(dr[0].dxa) + len(dr[0].glucocorticoids) + len(dr[0].fractures)))
    for doc, report in richest[:3]:
        letter, pdf, _ = lay_out(doc, report, "referral", letterhead)
        lines = [line for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
                 for line in (page.extract_text() or "").splitlines()]
        text = "\n".join(lines)
        cells = {html.unescape(row[i]).replace("\u00a0", " ")
                 for section in (*letter.sections, *letter.appendix) for block in section.blocks
                 if isinstance(block, Table) for row in block.rows for i in block.nowrap}
        cells = {c for c in cells if DATE_TEXT.fullmatch(c)}
        assert cells
        for cell in cells:
            assert any(cell in " ".join(line.replace("\u00a0", " ").split()) for line in lines), (doc.id, cell)
        assert "[S-" not in text


def test_chart_labels_never_overlap_on_the_patient_with_most_fractures() -> None:
    pytest.importorskip("nmdbone_desktop.charts.trajectory")
    from nmdbone_desktop.letters.chart import ChartRenderer, draw_function

    doc, report = max(clinic(), key=lambda dr: (len(dr[0].fractures), len({f.date for f in dr[0].fractures})))
    assert len(doc.fractures) >= 5
    renderer = ChartRenderer()
    renderer.render(doc, report, draw_function())
    figure = renderer.figure
    drawn = renderer.canvas.get_renderer()
    texts = [t for ax in figure.axes for t in ax.texts if t.get_visible() and t.get_text().strip()]
    texts += [t for t in figure.texts if t.get_visible() and t.get_text().strip()]
    boxes = [(t.get_text(), t.get_window_extent(drawn)) for t in texts]
    overlaps = [(a, b) for n, (a, box_a) in enumerate(boxes) for b, box_b in boxes[n + 1:] if box_a.overlaps(box_b)]
    assert not overlaps, overlaps
