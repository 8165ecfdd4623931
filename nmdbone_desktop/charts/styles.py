"""One look per DXA site, shared by the screen chart, its site toggles and the printed letters.

Colour *and* marker differ per site so the chart still reads when printed in black and white or
seen by someone with a colour-vision deficiency (colours are the colour-blind-safe Okabe–Ito set).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SiteStyle:
    label: str
    colour: str
    marker: str
    short: str


#: Contract §2 DXA sites in display order (central sites first: they drive the decisions).
SITE_STYLES: dict[str, SiteStyle] = {
    "lumbar_spine": SiteStyle("Lumbar spine L1–L4", "#0072B2", "o", "Spine"),
    "femoral_neck": SiteStyle("Femoral neck", "#D55E00", "s", "Neck"),
    "total_hip": SiteStyle("Total hip", "#009E73", "^", "Hip"),
    "radius_33": SiteStyle("Radius 33%", "#CC79A7", "D", "Radius"),
    "total_body_less_head": SiteStyle("Total body less head", "#8C6D1F", "P", "TBLH"),
    "lateral_distal_femur": SiteStyle("Lateral distal femur", "#56B4E9", "h", "Femur"),
}

SITE_ORDER: tuple[str, ...] = tuple(SITE_STYLES)

FRACTURE_COLOUR = "#B2182B"
MEDICATION_COLOUR = "#4B7BA7"
DOSE_COLOUR = "#6A3D9A"
OSTEOPENIA_FILL = "#FFF3C4"
OSTEOPOROSIS_FILL = "#F9D5D3"


#: The matplotlib marker of each site as a character, for legends drawn outside the figure.
MARKER_GLYPHS = {"o": "●", "s": "■", "^": "▲", "D": "◆", "P": "✚", "h": "⬢", "v": "▼", "X": "✖"}


def site_label(site: str) -> str:
    """Human label of a DXA site; unknown sites (a newer contract) fall back to their code."""
    style = SITE_STYLES.get(site)
    return style.label if style else site.replace("_", " ")


def pretty(code: str | None) -> str:
    """``low_trauma`` → ``low trauma``: vocabulary codes as words for tooltips and labels."""
    return (code or "").replace("_", " ")
