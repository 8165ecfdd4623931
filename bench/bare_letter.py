"""Bare-stack baseline for letters (re-creating baseline.md's ``bare_letter.py``).

A reportlab platypus A4 letter: a header band drawn on the canvas, an address block, three
paragraphs, a 6×4 table and one embedded PNG chart drawn with matplotlib Agg at 150 dpi (5 lines
× 20 points, 3 ``fill_between`` bands, a legend; a new figure every letter, the bare way). The
chart has the pixel size of the application's letter chart (6.7 × 2.9 in), so both letters rasterise
the same area. ``python bench/bare_letter.py --out FILE.pdf`` keeps a sample.
"""

from __future__ import annotations

import argparse
import io
import math
import time
from pathlib import Path
from typing import IO

CHART_DPI = 150
CHART_SIZE_IN = (6.7, 2.9)


def chart_png() -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=CHART_SIZE_IN, dpi=CHART_DPI)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    xs = list(range(20))
    for band, (low, high) in enumerate(((-4, -2.5), (-2.5, -1), (-1, 2))):
        ax.fill_between(xs, low, high, alpha=0.15, color=("#d62728", "#ff7f0e", "#2ca02c")[band])
    for line in range(5):
        ax.plot(xs, [math.sin(x / 3 + line) - line * 0.4 for x in xs], marker="o", label=f"site {line + 1}")
    ax.legend(loc="upper right", fontsize=7)
    ax.set_xlabel("visit")
    ax.set_ylabel("T-score")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI)
    return buffer.getvalue()


def build_letter(out: str | Path | IO[bytes], png: bytes) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()

    def header(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#1f4e79"))
        canvas.rect(0, A4[1] - 25 * mm, A4[0], 25 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(20 * mm, A4[1] - 15 * mm, "Neuromuscular Clinic — Bone Health")
        canvas.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, topMargin=32 * mm, leftMargin=20 * mm, rightMargin=20 * mm)
    width = A4[0] - 40 * mm
    text = ("Thank you for seeing this patient with a neuromuscular disease on long-term glucocorticoids. "
            "Bone density has fallen at the femoral neck and a vertebral fracture was found on screening. ") * 2
    table = Table([["Site", "Date", "BMD g/cm²", "T-score"]] +
                  [[f"site {i}", f"2026-0{i}-01", f"0.{600 + i * 7}", f"-{1 + i / 4:.1f}"] for i in range(1, 6)])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0"))]))
    story = [
        Paragraph("Dr A. Specialist<br/>Metabolic Bone Service<br/>City Hospital<br/>AB1 2CD", styles["Normal"]),
        Spacer(1, 8 * mm),
        *(Paragraph(text, styles["BodyText"]) for _ in range(3)),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 4 * mm),
        Image(io.BytesIO(png), width=width, height=width * CHART_SIZE_IN[1] / CHART_SIZE_IN[0]),
    ]
    doc.build(story, onFirstPage=header, onLaterPages=header)


def bare_letter(out: str | Path | IO[bytes]) -> None:
    """One whole bare letter: the chart PNG, then the PDF."""
    build_letter(out, chart_png())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    t0 = time.perf_counter()
    bare_letter(args.out or io.BytesIO())
    print(f"first bare letter {time.perf_counter() - t0:.3f} s (imports included)")


if __name__ == "__main__":
    main()
