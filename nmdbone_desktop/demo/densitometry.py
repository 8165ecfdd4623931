"""DXA scans and screening spine images at visits, as a clinic schedules (and forgets) them.

Sites by age: children (< 20, RULES §1.1) lumbar spine + total body less head with Z-scores, some
with height-adjusted Z, non-ambulant children often the lateral distal femur too; adults lumbar spine,
femoral neck and total hip with T- and Z-scores as a report prints them (T always for
post-menopausal women and men ≥ 50). After spinal fusion the spine is not scanned (adults get the
one-third radius instead). Scans every 1–2 years; the scanner is mostly the same machine, sometimes
replaced by another manufacturer. Screening spine images (lateral X-ray, or VFA with the DXA) find
the silent vertebral fractures.
"""

from __future__ import annotations

from .base import Row, Sketch, clamp, days
from .fractures import FractureState, vertebral_row
from .reference import FN, LDF, LS, R33, TBLH, TH, scan
from .timeline import height_z_at

_PRECISION = {LS: 0.1, FN: 0.15, TH: 0.12, R33: 0.12, TBLH: 0.08, LDF: 0.2}
_MAKERS = ("hologic", "ge_lunar", "other")


def _score(value: float) -> float:
    return round(clamp(value, -7.9, 5.9), 1)


class Scanner:
    """Decides at each visit whether a DXA and a spine image are done, and writes their rows."""

    def __init__(self, s: Sketch) -> None:
        rng = self.rng = s.rng
        self.s = s
        self.maker: str | None = rng.choices(_MAKERS, (0.6, 0.35, 0.05))[0]
        self.new_maker = rng.choice([m for m in _MAKERS[:2] if m != self.maker] or ["hologic"])
        self.change_day = rng.randint(s.first_visit, s.last_visit) if rng.random() < 0.25 else None
        if rng.random() < 0.04:
            self.maker = None
        yearly = s.gc_plan != "none" or s.age_now < 22 or rng.random() < 0.35
        self.interval = 365 if yearly else 730
        if s.gap_no_dxa:
            self.next_dxa: int | None = None
        elif s.gc_plan == "dmd" and s.gc_start is not None:
            self.next_dxa = max(s.gc_start, s.first_visit) + (0 if rng.random() < 0.8 else days(1))
        else:
            late = rng.random() < 0.45
            self.next_dxa = s.first_visit + (days(rng.uniform(0.5, 3.0)) if late else 0)
        self.stop_dxa = s.first_visit + days(rng.uniform(1, 6)) if rng.random() < 0.12 else None
        self.ldf = rng.random() < 0.7
        self.haz = rng.random() < (0.5 if s.height_z < -1 else 0.12)
        self.tbs = rng.random() < 0.15
        self.both_scores = rng.random() < 0.8
        self.next_spine: int | None = None
        self.spine_done = False
        self.odd_xray = s.gap_no_dxa and rng.random() < 0.25
        self.low_t: float | None = None
        self.low_z: float | None = None

    def _maker_on(self, day: int) -> str | None:
        if self.maker is not None and self.change_day is not None and day >= self.change_day:
            return self.new_maker
        return self.maker

    def _t_scored(self, day: int) -> bool:
        s = self.s
        age = s.age(day)
        return age >= 50 or (s.sex == "female" and s.menopausal_at(day))

    def visit(self, day: int, z: dict[str, float], fs: FractureState) -> None:
        s = self.s
        age = s.age(day)
        scanned = False
        if (self.next_dxa is not None and day >= self.next_dxa and age >= 4.0
                and (self.stop_dxa is None or day <= self.stop_dxa)):
            self._dxa(day, z)
            self.next_dxa = day + self.interval - 30
            scanned = True
        policy = s.gap_spine
        due = self.next_spine is None or day >= self.next_spine
        if (scanned and policy != "never" and due and not (policy == "baseline_only" and self.spine_done)) or (
                self.odd_xray and not self.spine_done and day >= s.first_visit + 180):
            self._spine(day, fs, vfa_ok=scanned)
            on_gc = s.gc_on(day) > 0
            self.next_spine = day + (365 if age < 20 and on_gc else 730) - 30

    def _dxa(self, day: int, z: dict[str, float]) -> None:
        s, rng = self.s, self.rng
        age = s.age(day)
        fused = s.spinal_fusion_age is not None and age >= s.spinal_fusion_age
        if age < 20:
            sites = [TBLH] if fused else [LS, TBLH]
            if self.ldf and s.status_at(day) == "non_ambulant":
                sites.append(LDF)
        else:
            sites = [FN, TH, R33] if fused else [LS, FN, TH]
        maker = self._maker_on(day)
        t_scored = age >= 20 and self._t_scored(day)
        low_t = low_z = None
        for site in sites:
            bmd, zs, ts = scan(site, s.sex, age, z[site] + rng.gauss(0, _PRECISION[site]), maker or "hologic")
            row: Row = {"date": day, "site": site, "bmd_g_cm2": round(clamp(bmd, 0.1, 2.5), 3)}
            zr, tr = _score(zs), _score(ts)
            if age < 20:
                row["z_score"] = zr
                if self.haz and site in (LS, TBLH):
                    row["height_adjusted_z"] = _score(zs - (0.45 if site == LS else 0.35) * height_z_at(s, day))
            elif t_scored or self.both_scores:
                row["t_score"] = tr
                if not t_scored or self.both_scores or rng.random() < 0.5:
                    row["z_score"] = zr
            else:
                row["z_score"] = zr
            if site == LS and age >= 20 and self.tbs and maker == "hologic":
                row["tbs"] = round(clamp(1.33 + 0.03 * zs - 0.004 * max(0.0, age - 50) + rng.gauss(0, 0.04),
                                         0.9, 1.6), 3)
            if maker is not None:
                row["manufacturer"] = maker
            s.dxa.append(row)
            low_z = zr if low_z is None else min(low_z, zr)
            if t_scored:
                low_t = tr if low_t is None else min(low_t, tr)
        self.low_t, self.low_z = low_t, low_z

    def _spine(self, day: int, fs: FractureState, vfa_ok: bool) -> None:
        s, rng = self.s, self.rng
        x = rng.random()
        if s.age(day) < 20:
            modality = "lateral_xray" if x < 0.92 else "vfa" if x < 0.97 and vfa_ok else "mri"
        else:
            modality = "vfa" if x < 0.5 and vfa_ok else "lateral_xray" if x < 0.92 else "ct" if x < 0.96 else "mri"
        for level, grade in fs.silent:
            s.fractures.append(vertebral_row(day, level, grade, "screening_imaging", rng.random() < 0.9))
        fs.silent.clear()
        found = any(f["site"] == "vertebra" and f["date"] <= day for f in s.fractures)
        s.spine_imaging.append({"date": day, "modality": modality, "vertebral_fracture_found": found})
        self.spine_done = True
