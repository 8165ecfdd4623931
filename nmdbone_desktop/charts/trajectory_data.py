"""What the trajectory chart shows, worked out from the document and the report (no drawing).

Kept apart from the drawing so the choices (which score, which points, how wide the time axis)
can be tested without rendering and are the same on screen and in print.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..core.glucocorticoids import daily_dose_steps

if TYPE_CHECKING:
    from ..core.document import BoneMedicationCourse, DxaMeasurement, GlucocorticoidCourse, PatientDocument


@dataclass(frozen=True, slots=True)
class ScorePoint:
    when: date
    value: float
    row: DxaMeasurement
    height_adjusted: bool


def score_type_of(report: dict[str, Any]) -> str:
    """``"T"`` or ``"Z"``: the report decides; without DXA, children get Z and adults T."""
    densitometry = report.get("densitometry") or {}
    score_type = densitometry.get("score_type")
    if score_type in ("T", "Z"):
        return str(score_type)
    return "Z" if report.get("population") == "child" else "T"


def score_points(doc: PatientDocument, score_type: str, *, child: bool) -> dict[str, list[ScorePoint]]:
    """Per site, the dated scores to plot, oldest first.

    T-scores for T; for Z the height-adjusted Z of children when present (ISCD reads short
    stature into a plain Z), else the Z-score. Rows without the score are left out (a BMD-only
    row has nothing to show on a score axis).
    """
    out: dict[str, list[ScorePoint]] = {}
    for row in doc.dxa:
        value: float | None
        adjusted = False
        if score_type == "T":
            value = row.t_score
        elif child and row.height_adjusted_z is not None:
            value, adjusted = row.height_adjusted_z, True
        else:
            value = row.z_score
        if value is None:
            continue
        out.setdefault(row.site, []).append(ScorePoint(row.date, float(value), row, adjusted))
    for points in out.values():
        points.sort(key=lambda p: p.when)
    return out


def as_of_of(report: dict[str, Any]) -> date:
    text = report.get("as_of")
    return date.fromisoformat(text) if text else date.today()


def time_range(doc: PatientDocument, as_of: date) -> tuple[date, date]:
    """The span worth showing: every dated event of the bone story, up to the assessment date."""
    dates: list[date] = [row.date for row in doc.dxa]
    dates += [f.date for f in doc.fractures]
    dates += [m.start for m in doc.bone_medications]
    dates += [g.start for g in doc.glucocorticoids]
    if not dates:
        return as_of - timedelta(days=730), as_of + timedelta(days=60)
    first = min(min(dates), as_of)
    span = max((as_of - first).days, 365)
    pad = timedelta(days=max(30, span // 25))
    return first - pad, as_of + pad


def medication_lanes(
    courses: Sequence[BoneMedicationCourse], as_of: date, *, label_days: int = 0
) -> list[int]:
    """A lane per course so overlapping courses (denosumab then zoledronate) do not hide each other.

    ``label_days`` is how much of the time axis the drug name needs: a one-month course still
    keeps its lane free long enough for its label to be read.
    """
    lane_ends: list[date] = []
    lanes: list[int] = []
    for course in sorted(courses, key=lambda c: c.start):
        end = max(course.end or as_of, course.start + timedelta(days=label_days))
        for i, lane_end in enumerate(lane_ends):
            if course.start > lane_end:
                lane_ends[i] = end
                lanes.append(i)
                break
        else:
            lane_ends.append(end)
            lanes.append(len(lane_ends) - 1)
    return lanes


def dose_steps(courses: Sequence[GlucocorticoidCourse], start: date, end: date) -> list[tuple[date, float]]:
    """Change points of the prednisolone-equivalent daily dose: the core's own step function, so
    the chart and the assessment can never disagree."""
    if not courses:
        return []
    return daily_dose_steps(courses, start, end)
