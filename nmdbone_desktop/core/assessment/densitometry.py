"""RULES §1 (population, score type, category), §2 (vertebral fractures) and §7 (trajectory)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..dates import years_between
from ..document import DxaMeasurement
from .catalogue import rule
from .facts import (
    ADULT_DIAGNOSTIC_SITES,
    CHILD_DIAGNOSTIC_SITES,
    CURRENT_STUDY_DAYS,
    LONG_BONE_SITES,
    SITE_LABEL,
    Facts,
)
from .wording import day, fixed, msg

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


@dataclass(frozen=True, slots=True)
class Finding:
    """A satisfied criterion in words, with the date from which it holds (RULES §9 criterion date)."""

    words: str
    since: date
    #: the words as a message key and parameters ({"message_key", "params"}), rendered at the edge;
    #: required, so no criterion can reach a rationale without words in every language
    message: dict[str, Any] = field(compare=False, hash=False)


def _nth_long_bone(facts: Facts, before_age: int, n: int) -> date | None:
    """Date of the n-th long-bone fragility fracture before an age (the one that reached the count)."""
    limit = facts.birthday(before_age)
    days = sorted(e.date for e in facts.fractures if e.site in LONG_BONE_SITES and e.date < limit)
    return days[n - 1] if len(days) >= n else None


@rule("1.5", sources=("S-ISCD13P", "S-AAP16"), confidence="V")
def paediatric_osteoporosis(facts: Facts) -> Finding | None:
    """Children: osteoporosis with ≥ 1 vertebral fracture, or Z ≤ −2.0 with ≥ 2 long-bone fractures
    before age 10 or ≥ 3 before age 19 (ISCD 2013/2019 paediatric definition), even with no DXA.

    Alternatives that hold: the earliest criterion date (RULES §9).
    """
    if not facts.is_child:
        return None
    found: list[Finding] = []
    if facts.vfs:
        n = len(facts.vfs)
        found.append(Finding(f"{n} vertebral fragility fracture{'s' if n > 1 else ''}", facts.vfs[0].date,
                             msg("finding.vertebral_fragility_fractures." + ("many" if n > 1 else "one"), count=n)))
    z = facts.lowest_z
    if z is not None and z.value <= -2.0:
        for age, n in ((10, 2), (19, 3)):
            reached = _nth_long_bone(facts, age, n)
            if reached is not None:
                found.append(
                    Finding(f"Z {z.value:+.1f} ({z.date}) with {n} long-bone fractures before age {age}",
                            max(reached, z.date),
                            msg("finding.z_long_bone_fractures", z=fixed(z.value, 1, sign=True), date=day(z.date),
                                count=n, age=age))
                )
    return min(found, key=lambda f: f.since) if found else None


def _category(facts: Facts, score: float) -> str:
    if facts.t_scored:
        return "normal" if score >= -1.0 else "osteoporosis" if score <= -2.5 else "osteopenia"
    return "low_for_age" if score <= -2.0 else "within_expected_range"


def deciding_value(facts: Facts):
    """The site value that decides the category: lowest T for T-scored adults, else lowest Z."""
    return facts.lowest_t if facts.t_scored else facts.lowest_z


@rule("1.4", sources=("S-ISCD05", "S-ISCD19A", "S-ISCD13P"), confidence="V")
def densitometry_category(facts: Facts, child_osteoporosis: Finding | None) -> dict[str, Any]:
    """WHO categories by T for T-scored adults (normal ≥ −1.0, osteopenia, osteoporosis ≤ −2.5);
    Z ≤ −2.0 "low for age" otherwise; never osteoporosis from a Z-score alone in adults.

    Which DXA counts (RULES §0): the current study is the latest date with a score of the patient's
    type; each diagnostic site's latest score within 24 months before it decides.
    """
    notes: list[str] = []
    value = deciding_value(facts)
    sites = CHILD_DIAGNOSTIC_SITES if facts.is_child else ADULT_DIAGNOSTIC_SITES
    kind = facts.score_type
    if child_osteoporosis is not None:
        category = "osteoporosis"
        notes.append(f"paediatric osteoporosis (ISCD): {child_osteoporosis.words}")
    elif value is None:
        category = "no_data"
        dxa = [r for r in facts.doc.dxa if r.date <= facts.as_of]
        if not dxa:
            notes.append("no DXA on record")
        else:
            notes.append(f"no DXA on record has a {kind}-score at a diagnostic site ({', '.join(sites)})")
    else:
        category = _category(facts, value.value)
    if facts.study_date is not None:
        later = sorted({r.date for r in facts.doc.dxa if facts.study_date < r.date <= facts.as_of})
        for day in later:
            notes.append(
                f"DXA of {day} has no {kind}-score at a diagnostic site: the category is read from the study of "
                f"{facts.study_date}; the later scan counts for the trajectory and the DXA interval (RULES §0)"
            )
        for site in sites:
            v = facts.own_values.get(site)
            if v is not None and (facts.study_date - v.date).days > CURRENT_STUDY_DAYS:
                notes.append(
                    f"{SITE_LABEL[v.site]} {kind} {v.value:.1f} of {v.date} used: not re-measured in the study of "
                    f"{facts.study_date} (site values within 24 months count; RULES §0)"
                )
    if facts.score_type_note:
        notes.append(facts.score_type_note)
    return {
        "category": category,
        "score_type": kind,
        "lowest_score": value.value if value else None,
        "lowest_site": value.site if value else None,
        "date": facts.study_date.isoformat() if facts.study_date else None,
        "notes": list(dict.fromkeys(notes)),
    }


@rule("2", sources=("S-ISCD13P", "S-WARD18", "S-GENANT"), confidence="V")
def vertebral_fracture_summary(facts: Facts) -> dict[str, Any]:
    """Vertebral fragility fractures counted per distinct vertebra (a re-report is not a new one;
    a higher Genant grade is a worsening), the highest Genant grade, and the latest new VF or
    worsening. Vertebral fractures are often silent: spine imaging belongs to every baseline.
    """
    vfs = facts.vfs
    grades = [g for vf in vfs for g in vf.grades]
    events = facts.fracture_record.vf_events
    return {
        "count": len(vfs),
        "max_genant_grade": max(grades) if grades else None,
        "latest_date": max(e.date for e in events).isoformat() if events else None,
    }


@dataclass(slots=True)
class SiteChange:
    site: str
    start: DxaMeasurement
    end: DxaMeasurement
    change_percent: float
    annualised_change_percent: float | None
    lsc_percent: float
    lsc_source: str
    significant: bool

    @property
    def significant_loss(self) -> bool:
        return self.significant and self.change_percent < 0

    def to_json(self) -> dict[str, Any]:
        out = {
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
        if self.end.side:
            out["side"] = self.end.side
        return out


@dataclass(slots=True)
class Trajectory:
    changes: list[SiteChange]
    scanner_changed: list[tuple[str, str, str, date]]  # (site, manufacturer before, after, later date)

    @property
    def any_significant_loss(self) -> bool:
        return any(c.significant_loss for c in self.changes)

    def change_at(self, site: str) -> SiteChange | None:
        return next((c for c in self.changes if c.site == site), None)

    def losses(self) -> list[SiteChange]:
        return [c for c in self.changes if c.significant_loss]


_SIDE_ORDER = {"left": 0, "right": 1, None: 2}


def site_pair(rows: list[DxaMeasurement]) -> tuple[DxaMeasurement, DxaMeasurement] | None:
    """The latest two BMD measurements of one side (RULES §7.1): the side of the latest measurement
    (left, then right, then none when sides share the latest date); of one side on one date, the one
    listed last — so left is never paired with right.
    """
    if len(rows) < 2:
        return None
    last_day = max(r.date for r in rows)
    side = min((r.side for r in rows if r.date == last_day), key=lambda s: _SIDE_ORDER[s])
    by_day: dict[date, DxaMeasurement] = {}
    for r in rows:  # list order: a later entry of the same date replaces an earlier one
        if r.side == side:
            by_day[r.date] = r
    days = sorted(by_day)
    if len(days) < 2:
        return None
    return by_day[days[-2]], by_day[days[-1]]


@rule(
    "7",
    sources=("S-ISCD-GLOSS", "S-ISCD05-PREC", "S-ISCD19-XCAL", "POLICY"),
    confidence="R",
    codes=("SCANNER_CHANGED",),
)
def bmd_trajectory(facts: Facts, lsc_percent: dict[str, float] | None = None) -> Trajectory:
    """Per site, the latest two BMD measurements of one side: change %, annualised change %, and
    significant when |change| ≥ the site's least significant change (LSC = 2.77 × precision).

    Different manufacturers (a missing one is not different) give no entry and a SCANNER_CHANGED
    warning: g/cm² is not comparable across makers without cross-calibration.
    """
    by_site: dict[str, list[DxaMeasurement]] = {}
    for row in facts.doc.dxa:
        if row.bmd_g_cm2 is not None and row.date <= facts.as_of:
            by_site.setdefault(row.site, []).append(row)
    clinic = lsc_percent or {}
    changes: list[SiteChange] = []
    scanner_changed: list[tuple[str, str, str, date]] = []
    for site in SITE_LABEL:  # stable site order in the report
        pair = site_pair(by_site.get(site, []))
        if pair is None:
            continue
        before, after = pair
        if before.manufacturer and after.manufacturer and before.manufacturer != after.manufacturer:
            scanner_changed.append((site, before.manufacturer, after.manufacturer, after.date))
            continue
        change = (after.bmd_g_cm2 - before.bmd_g_cm2) / before.bmd_g_cm2 * 100  # type: ignore[operator]
        years = years_between(before.date, after.date)
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
