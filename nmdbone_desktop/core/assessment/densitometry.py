"""RULES §1 (population, score type, category), §2 (vertebral fractures) and §7 (trajectory)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..dates import years_between
from .catalogue import rule
from .facts import LONG_BONE_SITES, SITE_LABEL, Facts

#: RULES §7.2 default least significant change, % (2.77 × precision; ISCD minimum precision for
#: spine and hip [R], policy for the other sites).
DEFAULT_LSC_PERCENT: dict[str, float] = {
    "lumbar_spine": 5.3,
    "total_hip": 5.0,
    "femoral_neck": 6.9,
    "radius_33": 5.5,
    "total_body_less_head": 3.0,
    "lateral_distal_femur": 8.0,
}
SIGNIFICANT_LOSS_SITES = ("lumbar_spine", "femoral_neck", "total_hip")


@rule("1.5", sources=("S-ISCD13P", "S-AAP16"), confidence="V")
def paediatric_osteoporosis(facts: Facts) -> str | None:
    """Children: osteoporosis with ≥ 1 vertebral fracture, or Z ≤ −2.0 with ≥ 2 long-bone fractures
    before age 10 or ≥ 3 before age 19 (ISCD 2013/2019 paediatric definition), even with no DXA.

    Returns the reason in words, or None.
    """
    if not facts.is_child:
        return None
    if facts.vertebral_fractures:
        n = len(facts.vertebral_fractures)
        return f"{n} vertebral fragility fracture{'s' if n > 1 else ''}"
    if facts.lowest_z is None or facts.lowest_z > -2.0:
        return None
    ages = [facts.age_on(f.date) for f in facts.fragility_fractures if f.site in LONG_BONE_SITES]
    before_10 = sum(1 for a in ages if a < 10)
    before_19 = sum(1 for a in ages if a < 19)
    if before_10 >= 2:
        return f"Z {facts.lowest_z:+.1f} with {before_10} long-bone fractures before age 10"
    if before_19 >= 3:
        return f"Z {facts.lowest_z:+.1f} with {before_19} long-bone fractures before age 19"
    return None


@rule("1.4", sources=("S-ISCD05", "S-ISCD19A", "S-ISCD13P"), confidence="V")
def densitometry_category(facts: Facts) -> dict[str, Any]:
    """WHO categories by T for T-scored adults (normal ≥ −1.0, osteopenia, osteoporosis ≤ −2.5);
    Z ≤ −2.0 "low for age" otherwise; never osteoporosis from a Z-score alone in adults.

    Which DXA counts: the most recent study (RULES §0), each site's latest value in it.
    """
    notes: list[str] = []
    child_reason = paediatric_osteoporosis(facts)
    if facts.t_scored:
        score, site = facts.lowest_t, facts.lowest_t_site
    else:
        score, site = facts.lowest_z, facts.lowest_z_site
    if child_reason:
        category = "osteoporosis"
        notes.append(f"paediatric osteoporosis (ISCD): {child_reason}")
    elif score is None:
        category = "no_data"
        if facts.study_date is None:
            notes.append("no DXA on record")
        else:
            notes.append(f"the latest DXA ({facts.study_date}) has no {facts.score_type}-score at a diagnostic site")
    elif facts.t_scored:
        category = "normal" if score >= -1.0 else "osteoporosis" if score <= -2.5 else "osteopenia"
    else:
        category = "low_for_age" if score <= -2.0 else "within_expected_range"
    if facts.score_type_note:
        notes.append(facts.score_type_note)
    return {
        "category": category,
        "score_type": facts.score_type,
        "lowest_score": score,
        "lowest_site": site,
        "date": facts.study_date.isoformat() if facts.study_date and score is not None else None,
        "notes": notes,
    }


@rule("2", sources=("S-ISCD13P", "S-WARD18"), confidence="V")
def vertebral_fracture_summary(facts: Facts) -> dict[str, Any]:
    """Count of vertebral fragility fractures (one row per vertebra), highest Genant grade, latest date.

    Vertebral fractures are often silent: spine imaging belongs to every baseline.
    """
    vfs = facts.vertebral_fractures
    grades = [f.genant_grade for f in vfs if f.genant_grade is not None]
    return {
        "count": len(vfs),
        "max_genant_grade": max(grades) if grades else None,
        "latest_date": max(f.date for f in vfs).isoformat() if vfs else None,
    }


@dataclass(slots=True)
class SiteChange:
    site: str
    start: Any
    end: Any
    change_percent: float
    annualised_change_percent: float | None
    lsc_percent: float
    lsc_source: str
    significant: bool

    @property
    def significant_loss(self) -> bool:
        return self.significant and self.change_percent < 0

    def to_json(self) -> dict[str, Any]:
        return {
            "site": self.site,
            "from": self.start.date.isoformat(),
            "to": self.end.date.isoformat(),
            "change_percent": round(self.change_percent, 2),
            "annualised_change_percent": (
                None if self.annualised_change_percent is None else round(self.annualised_change_percent, 2)
            ),
            "least_significant_change_percent": self.lsc_percent,
            "lsc_source": self.lsc_source,
            "significant": self.significant,
        }


@dataclass(slots=True)
class Trajectory:
    changes: list[SiteChange]
    scanner_changed: list[tuple[str, str, str]]  # (site, manufacturer before, after)

    @property
    def any_significant_loss(self) -> bool:
        return any(c.significant_loss for c in self.changes)

    def change_at(self, site: str) -> SiteChange | None:
        return next((c for c in self.changes if c.site == site), None)


@rule("7", sources=("S-ISCD-GLOSS", "S-ISCD05-PREC", "S-ISCD19-XCAL"), confidence="R", codes=("SCANNER_CHANGED",))
def bmd_trajectory(facts: Facts, lsc_percent: dict[str, float] | None = None) -> Trajectory:
    """Per site, the latest two measurements with a BMD: change %, annualised change %, and
    significant when |change| ≥ the site's least significant change (LSC = 2.77 × precision).

    Different manufacturers (a missing one is not different) give no entry and a SCANNER_CHANGED
    warning: g/cm² is not comparable across makers without cross-calibration.
    """
    by_site: dict[str, list[Any]] = {}
    for row in facts.doc.dxa:
        if row.bmd_g_cm2 is not None and row.date <= facts.as_of:
            by_site.setdefault(row.site, []).append(row)
    changes: list[SiteChange] = []
    scanner_changed: list[tuple[str, str, str]] = []
    for site in SITE_LABEL:  # stable site order in the report
        rows = by_site.get(site)
        if not rows or len(rows) < 2:
            continue
        rows.sort(key=lambda r: r.date)
        before, after = rows[-2], rows[-1]
        if before.manufacturer and after.manufacturer and before.manufacturer != after.manufacturer:
            scanner_changed.append((site, before.manufacturer, after.manufacturer))
            continue
        change = (after.bmd_g_cm2 - before.bmd_g_cm2) / before.bmd_g_cm2 * 100
        years = years_between(before.date, after.date)
        clinic = lsc_percent or {}
        lsc = clinic.get(site, DEFAULT_LSC_PERCENT[site])
        changes.append(
            SiteChange(
                site=site,
                start=before,
                end=after,
                change_percent=change,
                annualised_change_percent=change / years if years > 0 else None,
                lsc_percent=lsc,
                lsc_source="clinic" if site in clinic else "default",
                # round away binary noise so 1.000 → 0.947 g/cm² is exactly −5.3 %
                significant=round(abs(change), 9) >= lsc,
            )
        )
    return Trajectory(changes, scanner_changed)
