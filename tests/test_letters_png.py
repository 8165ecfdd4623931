"""Each kind rasterises cleanly with poppler's ``pdftoppm`` (what a printer driver would see).

The pages were also inspected by eye while the layout was made; here the checks are mechanical:
every page renders, has the paper's proportions, carries ink, and nothing is drawn in the outer
margin (text or a table running off the page would put ink there).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from nmdbone_desktop.letters import render_letter
from tests.test_letters_support import (
    LETTERHEAD,
    options,
    sample_child,
    sample_child_report,
    sample_document,
    sample_report,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")

DPI = 40
MARGIN_MM = 12  # the letters keep 20 mm side margins; nothing may be drawn within 12 mm of the edge


def rasterise(pdf: Path) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), str(pdf), str(pdf.with_suffix(""))], check=True)
    return [Image.open(p).convert("L") for p in sorted(pdf.parent.glob(f"{pdf.stem}-*.png"))]


def ink_box(page: Image.Image) -> tuple[int, int, int, int] | None:
    return ImageChops.invert(page).point(lambda v: 255 if v > 40 else 0).getbbox()


@pytest.mark.parametrize("kind", ["referral", "gp", "patient"])
@pytest.mark.parametrize("child", [False, True])
def test_every_page_renders_inside_the_margins(kind: str, child: bool, tmp_path: Path) -> None:
    doc, report = (sample_child(), sample_child_report()) if child else (sample_document(), sample_report())
    pdf = tmp_path / f"{kind}.pdf"
    render_letter(doc, report, options(kind, free_text="A paragraph of the clinician's own."), LETTERHEAD, pdf)
    pages = rasterise(pdf)
    assert pages
    margin = round(MARGIN_MM / 25.4 * DPI)
    for page in pages:
        width, height = page.size
        assert abs(height / width - 297 / 210) < 0.02  # A4 portrait
        box = ink_box(page)
        assert box is not None, "blank page"
        left, top, right, bottom = box
        assert left >= margin and right <= width - margin, (kind, box, page.size)
        assert top >= margin and bottom <= height - margin, (kind, box, page.size)
