"""Register the shipped DejaVu Sans family with reportlab, once per process.

The 14 standard PDF fonts are WinAnsi only: "Łukasiewicz", "Čapek" or "Ødegaard" would print
with black boxes or missing letters. DejaVu Sans covers every European script. The four faces
are registered as one family so ``<b>``/``<i>`` in a Paragraph select the right face; parsing a
TrueType file costs tens of milliseconds, so it is done once, under a lock (batches render in a
background thread while the window may render a preview).
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .resources import resource_path

__all__ = ["BOLD", "BOLD_ITALIC", "FAMILY", "FONT_FILES", "ITALIC", "REGULAR", "register_fonts"]

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

#: reportlab face name -> file in ``resources/fonts/``.
FONT_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family (first call only) and return its name for paragraph styles.

    Raises ``FileNotFoundError`` naming the missing file: a letter without its font would
    silently mangle names, which is worse than no letter.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        for face, filename in FONT_FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"letter font missing: {path}")
            pdfmetrics.registerFont(TTFont(face, str(path)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                      boldItalic=BOLD_ITALIC)
        _registered = True
    return FAMILY
