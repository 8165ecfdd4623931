"""GE enCORE's report layout: a body part ("AP Spine", "Left Femur", "DualFemur", "Right Forearm",
"Total Body") holding regions ("L1-L4", "Neck", "Total", "33%" …). The same region name means a
different site in another body part ("Total" of a femur is the total hip, of a forearm the total
forearm, which is not a contract site), so regions are read with their body part.
"""

from __future__ import annotations

from functools import lru_cache

from .vocab import SITE_NAMES, fold, read_site, split_side

_MEAN_OR_DIFFERENCE = ("mean", "average", "diff", "difference", "delta")


def body_part(name: str) -> tuple[str, str | None]:
    """("Left Femur" → ("femur", "left")); kinds: spine, femur, dualfemur, forearm, body, distal_femur, other."""
    rest, side = split_side(name)
    folded = fold(rest)
    if "dual" in folded:
        return "dualfemur", side
    if "spine" in folded or "lumbar" in folded:
        return "spine", side
    if "distal" in folded:
        return "distal_femur", side
    if "femur" in folded or "hip" in folded:
        return "femur", side
    if "forearm" in folded or "radius" in folded or "arm" in folded:
        return "forearm", side
    if "body" in folded:
        return "body", side
    return "other", side


@lru_cache(maxsize=512)
def site_in_part(part: str, region: str) -> tuple[str | None, str | None]:
    """(contract site or None, side) of a region inside a body part."""
    kind, part_side = body_part(part)
    rest, region_side = split_side(region)
    side = region_side or part_side
    name = fold(rest) if region_side else fold(region)
    if kind == "spine":
        return ("lumbar_spine" if name in ("l1l4", "total", "l1l4total", "totall1l4") else None), None
    if kind in ("femur", "dualfemur"):
        if any(word in name for word in _MEAN_OR_DIFFERENCE):
            return None, None
        if name in ("neck", "femoralneck", "femurneck"):
            return "femoral_neck", side
        if name in ("total", "totalhip", "hip", "totalfemur"):
            return "total_hip", side
        return None, None
    if kind == "forearm":
        if name in ("33%", "1/3", "radius33%", "radius1/3", "33%radius", "1/3radius", "radius33", "onethird"):
            return "radius_33", side
        return None, None
    if kind == "body":
        if name in ("tblh", "totalbodylesshead", "subtotal", "totallesshead", "lesshead", "bodylesshead"):
            return "total_body_less_head", None
        return None, None
    if kind == "distal_femur":
        return ("lateral_distal_femur" if name in ("total", "lateraldistalfemur", "distalfemur", "ldf") else None), side
    site, side_in_name = read_site(region)
    if site is None:
        site = SITE_NAMES.get(name)
    return site, side_in_name or part_side
