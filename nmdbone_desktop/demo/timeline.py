"""Visits, mobility and growth: the clinical course the bone data hang on.

Loss of ambulation is the main driver of NMD bone loss after glucocorticoids, so each disease gets
its own walking history: Duchenne boys go ambulant → assisted → non-ambulant around 10–13 (later
on daily glucocorticoids), SMA type 2 never walks, ALS declines within a year or two of onset, an
inflammatory myopathy may need aids for a few months and recover. Children grow along CDC-like
median curves; boys on daily glucocorticoids fall away in height and gain weight.
"""

from __future__ import annotations

from bisect import bisect_right

from .base import YEAR, Row, Sketch, clamp

# Median height (cm) by age, CDC 2000-like; adults from 18.
_H_AGES = (0.0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18)
_H_MALE = (50.0, 76, 87, 95, 102, 109, 115, 122, 128, 133, 138, 143, 149, 156, 164, 170, 174, 176, 178)
_H_FEMALE = (49.0, 74, 86, 94, 101, 108, 115, 121, 127, 133, 138, 144, 151, 157, 160, 162, 164, 165, 165)
# Median BMI by age (both sexes).
_B_AGES = (0.0, 1, 2, 4, 6, 8, 10, 12, 14, 16, 18, 25, 40, 60, 75, 90)
_B_VALS = (13.5, 17.0, 16.3, 15.5, 15.4, 16.0, 17.0, 18.3, 19.5, 20.5, 21.5, 23.5, 25.5, 26.5, 26.0, 25.0)


def _interp(xs: tuple[float, ...], ys: tuple[float, ...], x: float) -> float:
    if x <= xs[0]:
        return ys[0]
    if x >= xs[-1]:
        return ys[-1]
    i = bisect_right(xs, x)
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def height_z_at(s: Sketch, day: int) -> float:
    """Height z; daily glucocorticoids in DMD/BMD stunt growth until growth stops at 18."""
    z = s.height_z
    if s.gc_plan == "dmd" and s.gc_start is not None:
        until = min(day, s.day_at(18.0))
        if until > s.gc_start:
            rate = 0.3 if s.gc_regimen == "daily" else 0.12
            z -= rate * (until - s.gc_start) / YEAR
    return max(z, -4.5)


def height_at(s: Sketch, day: int) -> float:
    age = s.age(day)
    median = _interp(_H_AGES, _H_MALE if s.sex == "male" else _H_FEMALE, age)
    height = median * (1.0 + 0.042 * height_z_at(s, day))
    if age > 60:
        height -= 0.15 * (age - 60)
    return height


def bmi_at(s: Sketch, day: int) -> float:
    age = s.age(day)
    bmi = _interp(_B_AGES, _B_VALS, age) + s.bmi_offset * (0.5 if age < 10 else 1.0)
    if s.gc_plan == "dmd" and s.gc_start is not None and day > s.gc_start:
        bmi += 3.0 if age < 15 else -3.0 if age > 17 and s.status_at(day) == "non_ambulant" else 1.0
    elif s.gc_start is not None and 0 < day - s.gc_start < 540:
        bmi += 1.5
    if s.code == "ALS" and s.onset is not None and day > s.onset:
        bmi -= 1.2 * (day - s.onset) / YEAR
    return clamp(bmi, 11.0, 50.0)


def weight_at(s: Sketch, day: int) -> float:
    h = height_at(s, day) / 100.0
    return bmi_at(s, day) * h * h


def build_visits(s: Sketch) -> None:
    """Clinic visits from first to last: six-monthly for children, DMD, active myositis and ALS."""
    rng = s.rng
    annual = rng.random() < 0.6
    visits: list[int] = []
    t = s.first_visit
    while t < s.last_visit - 45:
        visits.append(t)
        active = s.gc_plan in ("iim", "jdm") and s.gc_start is not None and 0 <= t - s.gc_start < 730
        if s.code == "ALS" or active:
            t += rng.randint(80, 130)
        elif s.age(t) < 18 or s.code in ("DMD", "SMA") or not annual:
            t += rng.randint(150, 215)
        else:
            t += rng.randint(300, 420)
    visits.append(s.last_visit)
    s.visits = visits


def build_mobility(s: Sketch) -> None:
    """Change points of the walking history (ages), kept only up to as_of."""
    rng, code, r = s.rng, s.code, s.rng.random
    u = rng.uniform
    onset_age = s.age(s.onset) if s.onset is not None else s.age(s.first_visit)
    points: list[tuple[float, str]] = []

    def decline(assisted: float, non_ambulant: float | None) -> None:
        points.append((assisted, "assisted"))
        if non_ambulant is not None:
            points.append((non_ambulant, "non_ambulant"))

    if code == "DMD":
        mean = 12.3 if s.gc_plan == "dmd" and s.gc_regimen == "daily" else 11.5 if s.gc_plan == "dmd" else 9.8
        loss = clamp(rng.gauss(mean, 1.2), 7.5, 16.0)
        decline(loss - u(0.3, 1.5), loss)
    elif code == "SMA":
        if s.subtype == "2":
            points.append((0.0, "non_ambulant"))
        elif r() < 0.55:
            loss = u(8, 40)
            decline(loss - u(1, 3), loss)
    elif code in ("BMD", "LGMD", "FSHD", "DM1", "DM2", "CMT", "MITOCHONDRIAL", "OTHER"):
        p, lo, hi, p_non, gap = {
            "BMD": (0.4, 18, 45, 0.8, (2, 6)), "LGMD": (0.5, 15, 40, 0.7, (2, 10)),
            "FSHD": (0.25, 30, 60, 0.45, (3, 12)), "DM1": (0.25, 40, 60, 0.3, (5, 15)),
            "DM2": (0.2, 55, 75, 0.1, (5, 10)), "CMT": (0.2, 40, 70, 0.25, (5, 15)),
            "MITOCHONDRIAL": (0.2, 20, 50, 0.35, (3, 10)), "OTHER": (0.25, 30, 60, 0.4, (3, 10)),
        }[code]
        if r() < p:
            assisted = u(lo, hi)
            decline(assisted, assisted + u(*gap) if r() < p_non else None)
    elif code == "CONGENITAL-MYOPATHY":
        x = r()
        if x < 0.3:
            points.append((0.0, "non_ambulant"))
        elif x < 0.6:
            points.append((u(10, 40), "assisted"))
    elif code in ("IIM-DM", "IIM-PM", "IIM-IMNM", "IIM-ASS", "IIM-JDM"):
        if r() < (0.45 if code == "IIM-IMNM" else 0.15 if code == "IIM-JDM" else 0.3):
            x = r()
            if x < 0.08:
                decline(onset_age + 0.1, onset_age + u(0.5, 2))
            elif x < 0.2:
                points.append((onset_age + 0.1, "assisted"))
            else:
                points += [(onset_age + 0.1, "assisted"), (onset_age + u(0.5, 1.5), "ambulant")]
    elif code == "IIM-IBM":
        if r() < 0.65:
            assisted = onset_age + u(3, 8)
            decline(assisted, assisted + u(3, 8) if r() < 0.3 else None)
    elif code == "ALS":
        assisted = onset_age + u(0.5, 1.5)
        decline(assisted, assisted + u(0.5, 2))
    elif code == "MG" and s.age_now > 65 and r() < 0.1:
        points.append((u(65, s.age_now), "assisted"))
    changes = [(s.birth, "ambulant")]
    for age, status in sorted(points):
        day = s.day_at(max(age, 0.0))
        if day <= s.as_of and status != changes[-1][1]:
            changes.append((day, status))
    s.mobility = changes
    loss_day = s.loss_of_ambulation()
    if code in ("DMD", "SMA") and loss_day is not None and r() < (0.35 if code == "DMD" else 0.4):
        s.spinal_fusion_age = max(s.age(loss_day) + u(2, 5), u(11, 16))


def build_measurements(s: Sketch) -> None:
    """Height and weight at most visits (height often not measurable when non-ambulant)."""
    rng = s.rng
    rows: list[Row] = []
    for day in s.visits:
        if rng.random() < 0.06:
            continue
        row: Row = {"date": day}
        cannot_stand = s.status_at(day) == "non_ambulant" and s.age(day) >= 16
        if not (cannot_stand and rng.random() < 0.35):
            row["height_cm"] = round(height_at(s, day) + rng.gauss(0, 0.4), 1)
        if "height_cm" not in row or rng.random() > 0.04:
            row["weight_kg"] = round(max(weight_at(s, day) + rng.gauss(0, 0.5), 3.0), 1)
        rows.append(row)
    s.measurements = rows


def draw_menopause_age(s: Sketch) -> None:
    """Age at the final menstrual period (earlier in DM1; a few premature)."""
    if s.sex != "female":
        return
    rng = s.rng
    age = rng.uniform(35, 40) if rng.random() < 0.03 else clamp(rng.gauss(50.5, 3.5), 40, 58)
    if s.code == "DM1":
        age -= 3.0
    s.menopause_age = age
