"""Scanner vocabulary → the contract's: site names, sides, manufacturers, numbers and dates.

Site names are compared after folding (lower case; spaces, hyphens, underscores, dots and
brackets removed), so "L1-L4", "l1 - l4" and "L1_L4" are one name. A side written inside a
site name ("Left Femoral Neck", "Neck (R)", "Total Hip Lt") is split off. A name that is not a
contract site (Ward's, trochanter, L2-L4, total forearm) returns ``None``: the caller leaves the
row out with a note rather than refusing the file.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from ..core.contract_names import SIDED_SITES

#: Folded site names (and the contract's own names) → contract site.
SITE_NAMES: dict[str, str] = {}


def _names(site: str, *names: str) -> None:
    for name in (site, *names):
        SITE_NAMES[fold(name)] = site


def fold(text: str) -> str:
    """Lower case without spaces, hyphens, underscores, dots, brackets or quotes."""
    return re.sub(r"[\s\-_.()\[\]'\"’]+", "", text.strip().lower())


_names("lumbar_spine", "L1-L4", "L1L4", "AP Spine", "AP Spine L1-L4", "Lumbar spine", "Lumbar spine L1-L4",
       "Spine", "L-Spine", "Spine L1-L4", "Lumbar", "LWS", "LWK L1-L4", "Total L1-L4")
_names("femoral_neck", "Neck", "Femoral neck", "Femur neck", "Neck of femur", "Femur Neck", "FN", "Hip Neck",
       "Schenkelhals", "Col du fémur", "Col femoral", "Collum")
_names("total_hip", "Total", "Total hip", "Hip", "Hip total", "Total femur", "Femur total", "TH", "Gesamt",
       "Hüfte gesamt", "Totale heup", "Hanche totale")
_names("radius_33", "1/3 Radius", "Radius 33%", "Radius 1/3", "33% Radius", "33%", "1/3", "One-third radius",
       "Radius 33", "Radius one-third", "Forearm 33%", "Forearm 1/3", "Radius33", "1/3 distal radius")
_names("total_body_less_head", "TBLH", "Total Body Less Head", "Total body less head", "Subtotal",
       "Total body excluding head", "Whole body less head", "Total Body (less head)", "Body less head")
_names("lateral_distal_femur", "Distal Femur", "Lateral Distal Femur", "LDF", "Distal femur (lateral)")

_SIDE_WORDS = {
    "left": "left", "l": "left", "lt": "left", "links": "left", "li": "left", "gauche": "left", "g": "left",
    "sinister": "left", "sin": "left", "izquierda": "left", "sinistra": "left",
    "right": "right", "r": "right", "rt": "right", "rechts": "right", "re": "right", "droite": "right",
    "d": "right", "dexter": "right", "dx": "right", "derecha": "right", "destra": "right",
}
_SIDE_TOKEN = re.compile(r"[\s()\[\],]+")


def read_side(text: str) -> str | None:
    """A side written alone ("Left", "R", "links"); ``None`` when the text is not a side."""
    return _SIDE_WORDS.get(fold(text))


def split_side(name: str) -> tuple[str, str | None]:
    """("Left Femoral Neck" → "Femoral Neck", "left"); tokens that are side words are removed."""
    tokens = [t for t in _SIDE_TOKEN.split(name.strip()) if t]
    side = None
    kept = []
    for token in tokens:
        found = _SIDE_WORDS.get(token.lower().rstrip("."))
        # a single letter is a side only next to other words ("Neck L"), never alone as a site name
        if found is not None and (len(token) > 1 or len(tokens) > 1) and side in (None, found):
            side = found
            continue
        kept.append(token)
    return " ".join(kept), side


@lru_cache(maxsize=512)
def read_site(name: str) -> tuple[str | None, str | None]:
    """A printed site name → (contract site or ``None``, side written in the name or ``None``)."""
    direct = SITE_NAMES.get(fold(name))
    if direct is not None:
        return direct, None
    rest, side = split_side(name)
    if side is None:
        return None, None
    return SITE_NAMES.get(fold(rest)), side


def is_sided(site: str) -> bool:
    return site in SIDED_SITES


@lru_cache(maxsize=256)
def read_manufacturer(manufacturer: str | None, model: str | None = None) -> str | None:
    """Free text ("GE Healthcare", "Hologic Inc.", "Lunar iDXA") → hologic, ge_lunar, other, or None."""
    for text in (manufacturer, model):
        if not text or not text.strip():
            continue
        low = text.lower()
        if "hologic" in low or any(w in low for w in ("horizon", "discovery", "delphi", "qdr", "explorer")):
            return "hologic"
        if "lunar" in low or re.search(r"\bge\b", low) or any(w in low for w in ("prodigy", "idxa", "dpx")):
            return "ge_lunar"
        if low.strip() in ("hologic", "ge_lunar", "other"):
            return low.strip()
        if text is manufacturer:
            return "other"
    return None


_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
_PLAIN = re.compile(r"-?\d+(?:[.,]\d+)?")


def read_number(cell: object) -> float | None:
    """A cell → float; ``None`` for an empty cell; ``ValueError`` for anything else.

    Decimal commas ("-1,9") are read as decimal points; the minus sign may be U+2212.
    """
    if cell is None:
        return None
    if isinstance(cell, bool):
        raise ValueError("is not a number")
    if isinstance(cell, (int, float)):
        return float(cell)
    if isinstance(cell, str) and _PLAIN.fullmatch(cell):  # the common case: "0.912", "-1,9"
        return float(cell.replace(",", "."))
    return _slow_number(cell)


def _slow_number(cell: object) -> float | None:
    text = str(cell).strip().replace("\u2212", "-").replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    if not _NUMBER.match(text):
        raise ValueError(f"is not a number (got {str(cell).strip()!r})")
    return float(text.replace(",", "."))


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def slash_order_hint(texts: list[str]) -> str | None:
    """"dmy" or "mdy" when some slash date of a file settles the order (a part above 12), else None."""
    for text in texts:
        m = _DMY.match(text.strip()) if isinstance(text, str) else None
        if m and m.group(2) == "/":
            first, second = int(m.group(1)), int(m.group(3))
            if first > 12 >= second:
                return "dmy"
            if second > 12 >= first:
                return "mdy"
    return None


def read_date(cell: object, slash_order: str | None = None) -> date | None:
    """A cell → date: ISO, DD.MM.YYYY, DD-MM-YYYY, YYYYMMDD, spreadsheet dates; slashes as the file settles.

    ``None`` for an empty cell; ``ValueError`` (with the reason) for anything else.
    """
    if cell is None:
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, str) and len(cell) == 10:  # the common cases: 2021-03-15, 15.03.2021
        try:
            if cell[4] == "-" and cell[7] == "-":
                return date(int(cell[:4]), int(cell[5:7]), int(cell[8:]))
            if cell[2] == "." and cell[5] == ".":
                return date(int(cell[6:]), int(cell[3:5]), int(cell[:2]))
        except ValueError:
            pass  # the slow path says why
    text = str(cell).strip()
    if not text:
        return None
    text = text.split("T")[0].split(" ")[0]
    try:
        m = _ISO.match(text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _COMPACT.match(text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _DMY.match(text)
        if m:
            a, sep, b, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
            if sep != "/":
                return date(year, b, a)
            order = slash_order or ("dmy" if a > 12 else "mdy" if b > 12 else None)
            if order is None and a != b:
                raise ValueError(f"is ambiguous (day/month or month/day?) (got {text!r}); write YYYY-MM-DD")
            return date(year, b, a) if order in ("dmy", None) else date(year, a, b)
    except ValueError as error:
        if "ambiguous" in str(error):
            raise
        raise ValueError(f"is not a real calendar date (got {text!r})") from None
    raise ValueError(f"is not a date (got {text!r}); write YYYY-MM-DD")
