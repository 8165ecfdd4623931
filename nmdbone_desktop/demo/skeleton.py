"""The bone course of one patient: true Z-score per site over time, scans, fractures, imaging.

Each site's true Z moves between visits by what acts on it: glucocorticoids (per kg in children; in
adults ~1–6 %/year at the spine, less at the hip), loss of ambulation (hip and femur first), bone
therapy (:func:`.therapy.gains`), damped near the extremes, plus a little biological noise. A DXA
reads the true Z with the site's precision and reports BMD/Z/T through :mod:`.reference`, so BMD
falls on glucocorticoids, rises on treatment and grows with the child while the Z-score falls.
The simulation starts up to six years before the first visit so that referred patients arrive with
their history (and their silent vertebral fractures, found on the baseline spine image).
"""

from __future__ import annotations

import math

from . import fractures, therapy
from .base import YEAR, Sketch, clamp, days
from .densitometry import Scanner
from .reference import FN, LDF, LS, R33, TBLH, TH
from .timeline import weight_at

# Typical (spine, limb) Z-score offsets at the start of the simulation.
_DISEASE_Z: dict[str, tuple[float, float]] = {
    "DMD": (-0.4, -0.6), "BMD": (-0.3, -0.5), "SMA": (-0.6, -0.8), "DM1": (-0.2, -0.5), "DM2": (-0.1, -0.2),
    "FSHD": (-0.2, -0.4), "LGMD": (-0.3, -0.5), "IIM-IBM": (0.0, -0.2), "IIM-JDM": (-0.3, -0.2),
    "CMT": (-0.2, -0.4), "CONGENITAL-MYOPATHY": (-0.8, -1.0), "MITOCHONDRIAL": (-0.4, -0.3),
    "OTHER": (-0.3, -0.3),
}
_LIMB = (FN, TH, LDF)
_NON_THERAPY = ("testosterone", "hrt")


def _initial(s: Sketch, start: int) -> dict[str, float]:
    rng = s.rng
    axial, limb = _DISEASE_Z.get(s.code, (0.0, 0.0))
    if s.subtype == "2":
        axial, limb = -1.0, -1.3
    common = rng.gauss(axial, 0.8)
    z = {LS: common + rng.gauss(0, 0.35), R33: common + rng.gauss(0, 0.5),
         TBLH: common + 0.5 * limb + rng.gauss(0, 0.3)}
    for site in _LIMB:
        z[site] = common + limb + rng.gauss(0, 0.4)
    if s.gc_start is not None and s.gc_start < start:  # glucocorticoid years before we follow
        years = min(5.0, (start - s.gc_start) / YEAR)
        z[LS] -= 0.3 * years
        z[TBLH] -= 0.15 * years
    loss = s.loss_of_ambulation()
    if loss is not None and loss < start:
        years = min(4.0, (start - loss) / YEAR)
        for site in _LIMB:
            z[site] -= 0.35 * years
        z[TBLH] -= 0.2 * years
    return z


def _evolve(s: Sketch, z: dict[str, float], a: int, b: int, gc: float, kg: float) -> None:
    """Move every site's true Z over ``[a, b)`` (hot path: plain locals, no per-site dicts)."""
    rng = s.rng
    dt = (b - a) / YEAR
    mid = (a + b) // 2
    age, status = s.age(mid), s.status_at(mid)
    child = age < 20
    ls = fn = th = r33 = tb = ldf = 0.0
    if child:
        i = min(2.0, gc / max(kg, 8.0) / 0.75)
        ls, tb, ldf, fn, th, r33 = -0.45 * i, -0.25 * i, -0.2 * i, -0.25 * i, -0.25 * i, -0.1 * i
        if s.code in ("SMA", "CONGENITAL-MYOPATHY", "DMD"):
            ls, tb, ldf, fn, th, r33 = ls - 0.05, tb - 0.05, ldf - 0.05, fn - 0.05, th - 0.05, r33 - 0.05
    elif gc > 0:
        pct = min(6.0, 1.5 + 0.15 * gc) if gc >= 2.5 else 0.4 * gc
        ls, fn, th, tb, ldf, r33 = -0.095 * pct, -0.042 * pct, -0.045 * pct, -0.058 * pct, -0.048 * pct, \
            -0.036 * pct
    if status != "ambulant":
        loss = s.loss_of_ambulation()
        fast = status == "non_ambulant" and (loss is None or (mid - loss) / YEAR < 4)
        limb = (0.4 if child else 0.25) * (1.0 if fast else 0.3) if status == "non_ambulant" else 0.12
        fn, th, ldf, tb = fn - limb, th - limb, ldf - limb, tb - 0.5 * limb
        ls -= 0.1 if status == "non_ambulant" else 0.0
    if s.bone_medications:
        spine, hip, body = therapy.gains(s, mid, child)
        ls, tb, r33, fn, th, ldf = ls + spine, tb + body, r33 + 0.3 * hip, fn + hip, th + hip, ldf + hip
    spread = 0.17 * math.sqrt(dt)  # uniform noise with SD ≈ 0.05/√year
    random = rng.random
    for site, d in ((LS, ls), (FN, fn), (TH, th), (R33, r33), (TBLH, tb), (LDF, ldf)):
        value = z[site]
        if d < 0:
            d *= clamp((value + 6.0) / 4.0, 0.0, 1.0)
        elif d > 0:
            d *= clamp((3.0 - value) / 1.5, 0.0, 1.0)
        z[site] = clamp(value + d * dt + (random() - 0.5) * spread, -6.5, 4.0)


def simulate(s: Sketch) -> None:
    """Run the bone course from (up to) six years before the first visit to the last visit."""
    start = max(s.birth + days(3), s.first_visit - days(6))
    points = [*range(start, s.first_visit, 365), *(v for v in s.visits if v >= start)]
    if not points:
        return
    visits = set(s.visits)
    z = _initial(s, points[0])
    scanner = Scanner(s)
    fs = fractures.FractureState()
    state = therapy.TherapyState()
    prev = points[0]
    for day in points:
        if day > prev:
            mid = (prev + day) // 2
            gc = s.gc_mean(prev, day)
            kg = weight_at(s, mid) if s.age(mid) < 20 else 70.0
            _evolve(s, z, prev, day, gc, kg)
            on = any(c.running(mid) for c in s.bone_medications if c.drug not in _NON_THERAPY)
            fractures.simulate_interval(s, prev, day, z, gc, kg, on, fs)
            prev = day
        if day in visits:
            scanner.visit(day, z, fs)
            therapy.decide(s, day, state, scanner.low_t, scanner.low_z)
    s.fractures.sort(key=lambda row: row["date"])
    s.spine_imaging.sort(key=lambda row: row["date"])
