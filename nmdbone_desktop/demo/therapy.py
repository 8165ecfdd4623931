"""Bone-medication courses: who is started on what, how each course runs, and what it does to bone.

Decisions are taken at clinic visits from what the clinic knows then (fractures, the latest DXA,
current glucocorticoids) and are deliberately imperfect: an indication is acted on only about half
the time at first (the care gap of the seed review), oral bisphosphonates are stopped for
intolerance, denosumab injections are sometimes missed (``last_dose`` > 7 months before as_of), a
teriparatide course occasionally has no antiresorptive after it. Children get IV bisphosphonates
only (zoledronate six-monthly, pamidronate four-monthly).
"""

from __future__ import annotations

from dataclasses import dataclass

from .base import YEAR, Sketch, days
from .reference import Z_PER_PERCENT

BISPHOSPHONATES = ("alendronate", "risedronate", "zoledronate", "pamidronate")
LONG_BONES = ("femur", "tibia_fibula", "humerus", "forearm_wrist")
_DOSE_INTERVAL = {"zoledronate": 365, "pamidronate": 120, "denosumab": 182}
# Adult gains in % BMD per year: (spine, hip) in the first 3 years, then (spine, hip).
_ADULT_GAIN = {
    "alendronate": (3.5, 2.0, 1.0, 0.5), "risedronate": (3.2, 1.8, 1.0, 0.5),
    "zoledronate": (4.5, 2.8, 1.2, 0.6), "pamidronate": (4.0, 2.2, 1.0, 0.5),
    "denosumab": (6.0, 3.5, 2.2, 1.4), "teriparatide": (9.0, 1.5, 9.0, 1.5),
    "testosterone": (2.0, 1.0, 1.0, 0.5), "hrt": (2.0, 1.5, 1.0, 0.8),
}


@dataclass(slots=True)
class Course:
    drug: str
    start: int
    end: int | None = None
    last_dose: int | None = None
    stop_reason: str | None = None

    def running(self, day: int) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(slots=True)
class TherapyState:
    """What the clinic has already done: how often an indication was left untreated, and whether
    oral drugs failed."""

    offers: int = 0
    avoid_oral: bool = False
    switched: bool = False


def _doses(start: int, interval: int, limit: int) -> int:
    """The last scheduled dose on or before ``limit`` (the start when none other)."""
    if limit <= start:
        return start
    return start + ((limit - start) // interval) * interval


def plan_course(s: Sketch, drug: str, start: int, child: bool = False) -> None:
    """Add a course starting on ``start`` and decide how it runs (and any follow-on)."""
    rng, c = s.rng, Course(drug, start)
    s.bone_medications.append(c)
    known = s.last_visit
    if drug in ("alendronate", "risedronate"):
        x = rng.random()
        if x < 0.15:
            c.end = start + rng.randint(14, 180)
            c.stop_reason = rng.choice(("intolerance", "GI intolerance", "oesophageal symptoms"))
        elif x < 0.22:
            c.end, c.stop_reason = start + rng.randint(180, 720), "non-adherence"
        elif x < 0.6:
            c.end, c.stop_reason = start + days(5), "drug holiday"
        if c.end is not None and c.end > known:
            c.end = c.stop_reason = None
    elif drug in ("zoledronate", "pamidronate"):
        interval = 182 if child and drug == "zoledronate" else _DOSE_INTERVAL[drug]
        if rng.random() < (0.4 if child else 0.45):
            c.end = start + days(rng.uniform(2, 4) if child else 3)
            c.stop_reason = "course completed" if child else "drug holiday"
            if c.end > known:
                c.end = c.stop_reason = None
        limit = c.end if c.end is not None else s.as_of - rng.randint(0, 60)
        c.last_dose = _doses(start, interval, min(limit, s.as_of))
    elif drug == "denosumab":
        x = rng.random()
        if x < 0.2:  # missed injections: still "on" denosumab, last dose long ago
            limit = s.as_of - rng.randint(214, 500)
        elif x < 0.26:
            limit = start + days(rng.uniform(1, 4))
            c.stop_reason = rng.choice(("patient choice", "dental work planned"))
        else:
            limit = s.as_of - rng.randint(0, 25)
        c.last_dose = _doses(start, 182, min(limit, s.as_of))
        if c.stop_reason is not None:
            c.end = c.last_dose + 182
            if c.end > known:
                c.end = c.stop_reason = None
            elif rng.random() < 0.5 and c.end + 30 <= s.as_of:
                plan_course(s, "zoledronate", c.end + rng.randint(0, 30))
    elif drug == "teriparatide":
        end = start + days(2)
        if end <= s.as_of:
            c.end, c.stop_reason = end, "24-month course completed"
            follow = end + rng.randint(0, 60)
            if rng.random() < 0.8 and follow <= s.as_of:
                plan_course(s, rng.choice(("zoledronate", "denosumab", "denosumab", "alendronate")), follow)
    elif drug == "hrt" and s.menopause_age is not None:
        stop = s.day_at(max(51.0, s.menopause_age + 2))
        if stop <= known:
            c.end, c.stop_reason = max(stop, start), "age 51 reached"


def gains(s: Sketch, day: int, child: bool) -> tuple[float, float, float]:
    """Z-score change per year from bone therapy on ``day``: (spine, hip/femur, total body)."""
    spine = hip = body = 0.0
    for c in s.bone_medications:
        if c.start > day:
            continue
        years = (day - c.start) / YEAR
        if c.drug == "denosumab":
            assert c.last_dose is not None
            off = day - c.last_dose - 213
            if off <= 0:
                a, b = _ADULT_GAIN["denosumab"][:2] if years < 3 else _ADULT_GAIN["denosumab"][2:]
            elif off < 550 and not any(o.drug in BISPHOSPHONATES and c.last_dose < o.start <= day
                                       for o in s.bone_medications):
                a, b = -7.0, -5.0  # rebound loss after a missed dose
            else:
                continue
        elif not c.running(day):
            continue
        elif child:
            if c.drug in ("zoledronate", "pamidronate"):
                fast = years < 2
                spine, hip, body = spine + (0.8 if fast else 0.25), hip + (0.4 if fast else 0.15), \
                    body + (0.35 if fast else 0.12)
            elif c.drug == "testosterone":
                spine, body = spine + 0.25, body + 0.15
            continue
        else:
            g = _ADULT_GAIN[c.drug]
            a, b = (g[0], g[1]) if years < 3 else (g[2], g[3])
        spine += a * Z_PER_PERCENT["lumbar_spine"]
        hip += b * Z_PER_PERCENT["total_hip"]
        body += 0.25 * (a + b) * Z_PER_PERCENT["total_body_less_head"]
    return spine, hip, body


def decide(s: Sketch, day: int, state: TherapyState, low_t: float | None, low_z: float | None) -> None:
    """At a visit: start bone therapy when indicated (and the clinic acts on it)."""
    rng, courses = s.rng, s.bone_medications
    if any(c.running(day) or c.start > day for c in courses if c.drug not in ("testosterone", "hrt")):
        return
    therapy = [c for c in courses if c.drug not in ("testosterone", "hrt")]
    since = max((c.end for c in therapy if c.end is not None), default=s.birth)
    for c in therapy:
        if c.stop_reason in ("intolerance", "GI intolerance", "oesophageal symptoms"):
            state.avoid_oral = True
    fragility = [f for f in s.fractures if f["date"] <= day and f.get("mechanism") != "high_trauma"]
    new = [f for f in fragility if f["date"] > since]
    new_fracture = bool(new)
    child = s.age(day) < 20
    if child:  # Ward 2018: a low-trauma vertebral or long-bone fracture → IV bisphosphonate
        indicated = any(f["site"] in ("vertebra", *LONG_BONES) for f in new)
        proactive = s.gc_plan == "dmd" and low_z is not None and low_z <= -2.5 and rng.random() < 0.05
        if not (indicated or proactive):
            return
        if rng.random() < (0.75 if state.offers == 0 else 0.35):
            plan_course(s, "zoledronate" if rng.random() < 0.7 else "pamidronate", day, child=True)
        state.offers += 1
        return
    gc = s.gc_on(day)
    holiday = any(c.stop_reason == "drug holiday" for c in therapy)
    indicated = new_fracture or (not holiday and (
        (low_t is not None and low_t <= -2.5)
        or (gc >= 7.5 and ((low_t is not None and low_t <= -1.0) or (low_z is not None and low_z <= -1.5)))
        or (low_z is not None and low_z <= -2.5 and s.status_at(day) == "non_ambulant")))
    if not indicated:
        return
    if state.avoid_oral and not state.switched:  # after an oral bisphosphonate failed
        chance, state.switched = 0.6, True
    else:
        chance = 0.55 if state.offers == 0 else 0.15
    state.offers += 1
    if rng.random() >= chance:
        return
    vfs = sum(1 for f in fragility if f["site"] == "vertebra")
    very_high = vfs >= 2 or (low_t is not None and low_t <= -3.5) or gc >= 30
    oral_ok = not state.avoid_oral and not s.dysphagia and s.can_sit is not False
    options = {"zoledronate": 18.0, "denosumab": 20.0, "teriparatide": 35.0 if very_high else 4.0}
    if oral_ok:
        options |= {"alendronate": 45.0, "risedronate": 12.0}
    drug = rng.choices(list(options), weights=list(options.values()))[0]
    plan_course(s, drug, day)
