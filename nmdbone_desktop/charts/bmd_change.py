"""Change in BMD per DXA site, as a DXA vendor's trend report gives it (no drawing, no Qt).

Per site, from the measurements that carry a BMD (g/cm²): the change since the previous scan and
since the baseline — the first scan on the same manufacturer as the latest — in % of the earlier
BMD, each set against the least significant change (LSC). BMD is not comparable across
manufacturers without cross-calibration (ISCD 2019), so a comparison across makers is not
computed and says so; a scan without a recorded manufacturer is taken as the same machine (as in
the rules core, RULES §7).

The assessment report compares only the latest two scans (that is what its rules use); this
module is for showing the whole story and never feeds a recommendation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.document import DxaMeasurement

MANUFACTURER_NAMES = {"hologic": "Hologic", "ge_lunar": "GE Lunar", "other": "other"}


def maker_name(code: str | None) -> str:
    return MANUFACTURER_NAMES.get(code or "", (code or "unknown").replace("_", " "))


@dataclass(frozen=True, slots=True)
class BmdChange:
    """One comparison of two scans of a site."""

    start: date
    end: date
    start_bmd: float
    end_bmd: float
    percent: float
    lsc_percent: float

    @property
    def significant(self) -> bool:
        # rounded as the rules core does, so float noise cannot flip an exact boundary
        return round(abs(self.percent), 9) >= self.lsc_percent

    @property
    def years(self) -> float:
        return (self.end - self.start).days / 365.25

    @property
    def annualised_percent(self) -> float | None:
        return self.percent / self.years if self.years > 0 else None

    def words(self) -> str:
        verdict = "significant" if self.significant else "within"
        return (f"{self.percent:+.1f}% ({self.start.isoformat()} → {self.end.isoformat()}), "
                f"{verdict} LSC {self.lsc_percent:g}%")


@dataclass(frozen=True, slots=True)
class SiteChanges:
    """What can honestly be said about one site's BMD over time."""

    site: str
    scans: int
    lsc_percent: float
    baseline: DxaMeasurement | None
    latest: DxaMeasurement | None
    since_previous: BmdChange | None
    since_baseline: BmdChange | None
    #: Why a comparison is missing (different manufacturer, a single scan); empty when none is.
    notes: tuple[str, ...] = ()


def _same_maker(a: str | None, b: str | None) -> bool:
    return not a or not b or a == b


def _change(before: DxaMeasurement, after: DxaMeasurement, lsc: float) -> BmdChange:
    assert before.bmd_g_cm2 is not None and after.bmd_g_cm2 is not None
    percent = (after.bmd_g_cm2 - before.bmd_g_cm2) / before.bmd_g_cm2 * 100.0
    return BmdChange(before.date, after.date, before.bmd_g_cm2, after.bmd_g_cm2, percent, lsc)


def site_changes(rows: Sequence[DxaMeasurement], lsc_percent: Mapping[str, float],
                 as_of: date | None = None) -> dict[str, SiteChanges]:
    """Per site (only sites with a BMD): previous and baseline comparisons against the site's LSC.

    ``lsc_percent`` must hold every site shown (the clinic's value or the ruleset default). Two
    rows of one site on one day: the later row in the record counts (a re-analysis).
    """
    by_site: dict[str, dict[date, DxaMeasurement]] = {}
    for row in rows:
        if row.bmd_g_cm2 is None or (as_of is not None and row.date > as_of):
            continue
        by_site.setdefault(row.site, {})[row.date] = row
    out: dict[str, SiteChanges] = {}
    for site, dated in by_site.items():
        scans = [dated[d] for d in sorted(dated)]
        lsc = float(lsc_percent.get(site, 0.0)) or float("inf")
        latest = scans[-1]
        notes: list[str] = []
        previous = None
        if len(scans) >= 2:
            before = scans[-2]
            if _same_maker(before.manufacturer, latest.manufacturer):
                previous = _change(before, latest, lsc)
            else:
                notes.append(f"change since previous not computed: scanner changed "
                             f"({maker_name(before.manufacturer)} → {maker_name(latest.manufacturer)})")
        same = [r for r in scans if _same_maker(r.manufacturer, latest.manufacturer)]
        baseline = same[0]
        other = [r for r in scans if r not in same]
        if other:
            makers = sorted({maker_name(r.manufacturer) for r in other})
            notes.append(f"{len(other)} earlier scan{'s' if len(other) > 1 else ''} on "
                         f"{', '.join(makers)} not compared (different manufacturer)")
        since_baseline = _change(baseline, latest, lsc) if baseline is not latest else None
        if len(scans) == 1:
            notes.append("one scan: no change to compute yet")
        out[site] = SiteChanges(site, len(scans), lsc, baseline, latest, previous, since_baseline, tuple(notes))
    return out


__all__ = ["BmdChange", "SiteChanges", "maker_name", "site_changes"]
