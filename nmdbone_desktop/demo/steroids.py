"""Glucocorticoid courses as clinics write them: consecutive courses, one per dose step.

- DMD/BMD: prednisone 0.75 mg/kg/day or deflazacort 0.9 mg/kg/day from age 4–6, re-dosed for weight
  about yearly (increases stop in adolescence; some doses cut for side effects, some switched or
  stopped), daily or intermittent (ten days on/ten off, weekends only, alternate days).
- Adult myositis: IV methylprednisolone pulses (``single``, ``iv``) then prednisolone 40–60 mg
  tapered in steps to 5–7.5 mg over 1–2 years, sometimes a flare and a second taper.
- JDM: weight-based pulses and 2 mg/kg prednisolone tapered off; MG: slow escalation then taper to
  a maintenance dose; CIDP: a taper; asthma/COPD: short bursts.

Each course also adds its average daily prednisolone equivalent (RULES §3 factors) to the sketch,
which the skeleton simulation reads for bone loss and fracture risk.
"""

from __future__ import annotations

from .base import Sketch, clamp, days
from .timeline import weight_at

_FACTOR = {"prednisolone": 1.0, "prednisone": 1.0, "methylprednisolone": 1.25, "deflazacort": 5 / 6}
_SHARE = {"daily": 1.0, "alternate_days": 0.5, "ten_days_on_ten_off": 0.5, "weekends_only": 2 / 7}

Step = tuple[float, int | None]  # (dose mg, days; None = open-ended)


def _add(s: Sketch, drug: str, dose: float, freq: str, start: int, end: int | None, route: str = "oral") -> None:
    s.glucocorticoids.append(
        {"drug": drug, "dose_mg": dose, "frequency": freq, "start": start, "end": end, "route": route}
    )
    if freq == "single":
        s.gc_singles.append((start, dose * _FACTOR[drug]))
    else:
        s.gc_segments.append((start, s.as_of if end is None else end, dose * _FACTOR[drug] * _SHARE[freq]))


def _run(s: Sketch, drug: str, freq: str, start: int, steps: list[Step]) -> int | None:
    """Lay ``steps`` end to end from ``start``. What runs at the last visit stays open (the clinic
    does not know the future); returns the day after the last step, or None when cut off."""
    t = start
    for dose, length in steps:
        if t > s.last_visit:
            return None
        end = None if length is None else t + length - 1
        if end is not None and end >= s.last_visit:
            end = None
        _add(s, drug, dose, freq, t, end)
        if end is None:
            return None
        t = end + 1
    return t


def _pulses(s: Sketch, start: int, dose: float, count: int) -> int:
    for i in range(count):
        if start + i <= s.last_visit:
            _add(s, "methylprednisolone", dose, "single", start + i, None, route="iv")
    return start + count


def _taper(s: Sketch, start_mg: float, target: float) -> list[Step]:
    """Hold the start dose 4–6 weeks, −10 mg steps to 20–30, −2.5 mg to 10, then −2.5 mg slowly."""
    rng = s.rng
    dose, steps = start_mg, [(start_mg, rng.randint(28, 42))]
    while dose > 20:
        dose -= 10 if dose > 30 else 5
        steps.append((dose, rng.randint(21, 35)))
    while dose > 10:
        dose -= 2.5
        steps.append((dose, rng.randint(35, 56)))
    while dose > target:
        dose -= 2.5
        steps.append((dose, rng.randint(56, 84)))
    return steps


def _then(steps: list[Step], tail: list[Step]) -> list[Step]:
    """Append ``tail``; a tail step at the taper's final dose extends that course (one row)."""
    if steps and tail and steps[-1][0] == tail[0][0]:
        last, first = steps[-1][1], tail[0][1]
        merged = None if last is None or first is None else last + first
        return [*steps[:-1], (tail[0][0], merged), *tail[1:]]
    return steps + tail


def _maintenance(s: Sketch, target: float, p_stop: float) -> list[Step]:
    if s.rng.random() < p_stop:
        return [(target, s.rng.randint(180, 720))]
    return [(target, None)]


def _next_review(s: Sketch, day: int) -> int:
    """Doses are reviewed about yearly: at a clinic visit once the patient is followed here."""
    soonest = day + 300
    if soonest >= s.first_visit:
        upcoming = s.visit_on_or_after(soonest)
        return upcoming if upcoming is not None else s.last_visit + 1
    return soonest + s.rng.randint(0, 130)


def _dmd(s: Sketch) -> None:
    rng = s.rng
    assert s.gc_start is not None
    freq = s.gc_regimen
    drug = "prednisone" if freq in ("weekends_only", "alternate_days") or rng.random() < 0.5 else "deflazacort"
    stop_day = s.day_at(rng.uniform(14, 25)) if rng.random() < 0.2 else None
    switch_day = s.gc_start + days(rng.uniform(1, 8)) if rng.random() < 0.1 and freq == "daily" else None
    cut = rng.random() < 0.3
    t, current, course_start = s.gc_start, 0.0, s.gc_start
    while t <= s.last_visit and (stop_day is None or t < stop_day):
        if switch_day is not None and t >= switch_day:
            drug, switch_day, current = ("prednisone" if drug == "deflazacort" else "deflazacort"), None, 0.0
        kg = weight_at(s, t)
        if drug == "deflazacort":
            dose = clamp(round(0.9 * kg / 3) * 3, 6, 39)
        elif freq == "weekends_only":
            dose = clamp(round(5 * kg / 5) * 5, 25, 100)
        elif freq == "alternate_days":
            dose = clamp(round(1.5 * kg / 5) * 5, 10, 60)
        else:
            dose = clamp(round(0.75 * kg / 2.5) * 2.5, 5, 40)
        age = s.age(t)
        if current and (age >= 13 or s.status_at(t) == "non_ambulant"):
            dose = min(dose, current)
        if cut and age >= 12 and current:
            unit = 3 if drug == "deflazacort" else 2.5
            dose, cut = max(unit, round(current * 0.7 / unit) * unit), False
        if not current or abs(dose - current) >= 0.1 * current:
            if current:
                s.glucocorticoids[-1]["end"] = t - 1
                s.gc_segments[-1] = (s.gc_segments[-1][0], t - 1, s.gc_segments[-1][2])
            _add(s, drug, dose, freq, t, None)
            current, course_start = dose, t
        t = _next_review(s, t)
    if stop_day is not None and stop_day <= s.last_visit and s.glucocorticoids:
        end = max(stop_day, course_start)
        s.glucocorticoids[-1]["end"] = end
        s.gc_segments[-1] = (s.gc_segments[-1][0], end, s.gc_segments[-1][2])


def _myositis(s: Sketch, juvenile: bool) -> None:
    rng = s.rng
    assert s.gc_start is not None
    drug = "prednisolone" if rng.random() < 0.85 else "prednisone"
    kg = weight_at(s, s.gc_start)
    t = s.gc_start
    if rng.random() < (0.7 if juvenile else 0.6 if s.code == "IIM-IMNM" else 0.45):
        pulse = min(1000.0, round(30 * kg / 50) * 50) if juvenile else rng.choice((500.0, 1000.0))
        t = _pulses(s, t, pulse, 3 if rng.random() < 0.85 else 1)
    if juvenile:
        start_mg, target = clamp(round(2 * kg / 5) * 5, 10, 60), 2.5
        tail = [(target, rng.randint(60, 120))]
    else:
        start_mg = rng.choice((40.0, 50.0, 60.0)) if kg >= 55 else 40.0
        target = rng.choice((5.0, 5.0, 7.5))
        tail = _maintenance(s, target, 0.35)
    next_day = _run(s, drug, "daily", t, _then(_taper(s, start_mg, target), tail))
    if next_day is not None and rng.random() < 0.25:  # flare after stopping: pulse again, re-taper
        flare = next_day + rng.randint(30, 400)
        if rng.random() < 0.4:
            flare = _pulses(s, flare, 500.0, 3)
        _run(s, drug, "daily", flare, _then(_taper(s, rng.choice((20.0, 30.0, 40.0)), target), tail))


def _myasthenia(s: Sketch) -> None:
    rng = s.rng
    assert s.gc_start is not None
    alternate = rng.random() < 0.3
    freq = "alternate_days" if alternate else "daily"
    peak = rng.choice((60.0, 80.0)) if alternate else rng.choice((40.0, 50.0, 60.0))
    target = 10.0 if alternate else rng.choice((5.0, 7.5, 10.0))
    ramp = [(10.0, rng.randint(14, 21)), (20.0 if not alternate else 40.0, rng.randint(14, 28))]
    t = _run(s, "prednisolone", freq, s.gc_start, ramp)
    if t is not None:
        _run(s, "prednisolone", freq, t, _then(_taper(s, peak, target), _maintenance(s, target, 0.3)))


def _bursts(s: Sketch) -> None:
    """Asthma/COPD exacerbations: prednisolone 30–40 mg for 5–7 days."""
    rng = s.rng
    low = max(s.first_visit - days(2), s.birth + days(2))
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        if low >= s.last_visit:
            return
        start = rng.randint(low, s.last_visit)
        _add(s, "prednisolone", rng.choice((30.0, 40.0)), "daily", start,
             min(start + rng.randint(4, 6), s.last_visit))


def build_glucocorticoids(s: Sketch) -> None:
    plan = s.gc_plan
    if plan == "dmd":
        _dmd(s)
    elif plan in ("iim", "jdm"):
        _myositis(s, juvenile=plan == "jdm")
    elif plan == "mg":
        _myasthenia(s)
    elif plan == "cidp":
        _run(s, "prednisolone", "daily", s.gc_start or s.first_visit,
             _then(_taper(s, 60.0, 5.0), _maintenance(s, 5.0, 0.6)))
    if "asthma_copd" in s.conditions:
        _bursts(s)
    s.glucocorticoids.sort(key=lambda row: row["start"])
