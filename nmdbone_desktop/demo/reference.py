"""Approximate BMD reference curves, so that g/cm², Z- and T-scores of a row agree with each other.

The simulation tracks each site as a Z-score; a scan turns it into BMD with the age- and
sex-matched mean and SD, and the T-score follows from the young-adult reference. Values are close to
published Hologic references (NHANES III hip, Hologic spine, BMDCS-like paediatric curves) — good
enough for a demo, not for diagnosis. Another manufacturer scales BMD (GE Lunar reads higher), so a
scanner change shows a jump in g/cm² but not in the scores, as in real reports.
"""

from __future__ import annotations

from bisect import bisect_right

LS, FN, TH, R33, TBLH, LDF = (
    "lumbar_spine", "femoral_neck", "total_hip", "radius_33", "total_body_less_head", "lateral_distal_femur",
)
SITES: tuple[str, ...] = (LS, FN, TH, R33, TBLH, LDF)

# Young-adult (peak) mean and SD, Hologic g/cm².
_YOUNG: dict[tuple[str, str], tuple[float, float]] = {
    (LS, "female"): (1.047, 0.110), (LS, "male"): (1.068, 0.112),
    (FN, "female"): (0.858, 0.120), (FN, "male"): (0.930, 0.136),
    (TH, "female"): (0.942, 0.122), (TH, "male"): (1.041, 0.144),
    (R33, "female"): (0.681, 0.056), (R33, "male"): (0.790, 0.062),
    (TBLH, "female"): (0.930, 0.080), (TBLH, "male"): (1.000, 0.085),
    (LDF, "female"): (1.150, 0.150), (LDF, "male"): (1.250, 0.160),
}

# Paediatric curves from 3 to 20 years (mean, SD) for the paediatric sites.
_CHILD_AGES = (3.0, 4, 6, 8, 10, 12, 14, 16, 18, 20)
_CHILD: dict[tuple[str, str], tuple[tuple[float, ...], tuple[float, ...]]] = {
    (LS, "male"): ((0.47, 0.50, 0.54, 0.59, 0.63, 0.69, 0.82, 0.95, 1.02, 1.068),
                   (0.055, 0.06, 0.065, 0.07, 0.075, 0.085, 0.10, 0.11, 0.11, 0.112)),
    (LS, "female"): ((0.47, 0.50, 0.55, 0.60, 0.66, 0.77, 0.92, 1.00, 1.03, 1.047),
                     (0.055, 0.06, 0.065, 0.07, 0.08, 0.095, 0.105, 0.11, 0.11, 0.110)),
    (TBLH, "male"): ((0.45, 0.48, 0.53, 0.58, 0.63, 0.68, 0.77, 0.88, 0.96, 1.00),
                     (0.045, 0.05, 0.05, 0.055, 0.06, 0.065, 0.075, 0.08, 0.085, 0.085)),
    (TBLH, "female"): ((0.45, 0.48, 0.53, 0.58, 0.64, 0.71, 0.81, 0.88, 0.92, 0.93),
                       (0.045, 0.05, 0.05, 0.055, 0.06, 0.07, 0.075, 0.08, 0.08, 0.080)),
    (LDF, "male"): ((0.55, 0.60, 0.68, 0.76, 0.84, 0.93, 1.05, 1.16, 1.22, 1.25),
                    (0.09, 0.09, 0.10, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.16)),
    (LDF, "female"): ((0.55, 0.60, 0.68, 0.76, 0.85, 0.96, 1.06, 1.11, 1.14, 1.15),
                      (0.09, 0.09, 0.10, 0.11, 0.12, 0.13, 0.14, 0.15, 0.15, 0.15)),
}

# Adult age-matched mean as a fraction of peak: 1 − a·(min(age, 60) − start)⁺ − b·(age − 60)⁺.
_AGEING: dict[tuple[str, str], tuple[float, float, float]] = {
    (LS, "female"): (45, 0.0087, 0.0025), (FN, "female"): (45, 0.0093, 0.007),
    (TH, "female"): (45, 0.008, 0.007), (R33, "female"): (45, 0.0067, 0.008),
    (LS, "male"): (50, 0.002, 0.002), (FN, "male"): (30, 0.003, 0.006),
    (TH, "male"): (40, 0.0025, 0.006), (R33, "male"): (50, 0.004, 0.004),
}

#: BMD reported by each manufacturer relative to Hologic (cross-calibration is site-specific).
MAKER_FACTOR: dict[str, dict[str, float]] = {
    "hologic": dict.fromkeys(SITES, 1.0),
    "ge_lunar": {LS: 1.11, FN: 1.10, TH: 1.03, R33: 1.0, TBLH: 1.04, LDF: 1.05},
    "other": dict.fromkeys(SITES, 0.95),
}

#: Z-score per 1 % of BMD (peak mean / SD / 100): converts adult %/year effects into Z/year.
Z_PER_PERCENT: dict[str, float] = {LS: 0.095, FN: 0.07, TH: 0.075, R33: 0.12, TBLH: 0.115, LDF: 0.08}


def _interp(ys: tuple[float, ...], age: float) -> float:
    xs = _CHILD_AGES
    if age <= xs[0]:
        return ys[0]
    if age >= xs[-1]:
        return ys[-1]
    i = bisect_right(xs, age)
    return ys[i - 1] + (ys[i] - ys[i - 1]) * (age - xs[i - 1]) / (xs[i] - xs[i - 1])


def young_reference(site: str, sex: str) -> tuple[float, float]:
    """Young-adult (mean, SD) in Hologic g/cm²: what a T-score is measured against."""
    return _YOUNG[site, sex]


def reference(site: str, sex: str, age: float) -> tuple[float, float]:
    """Age- and sex-matched (mean, SD) in Hologic g/cm²."""
    young_mean, young_sd = _YOUNG[site, sex]
    if age < 20 and (site, sex) in _CHILD:
        means, sds = _CHILD[site, sex]
        return _interp(means, age), _interp(sds, age)
    start, a, b = _AGEING.get((site, sex), (99.0, 0.0, 0.0))
    factor = 1.0 - a * max(0.0, min(age, 60.0) - start) - b * max(0.0, age - 60.0)
    return young_mean * factor, young_sd


def scan(site: str, sex: str, age: float, z: float, maker: str) -> tuple[float, float, float]:
    """``(bmd_g_cm2, z_score, t_score)`` for a true Z at this site, as ``maker`` would report it."""
    mean, sd = reference(site, sex, age)
    young_mean, young_sd = _YOUNG[site, sex]
    z = max(z, (0.13 - mean) / sd)  # keep BMD inside the contract's plausible range
    bmd = mean + z * sd
    t = (bmd - young_mean) / young_sd
    return bmd * MAKER_FACTOR[maker][site], z, t
