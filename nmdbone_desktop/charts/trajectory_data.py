"""What the trajectory chart shows, worked out from the document and the report (no drawing).

Kept apart from the drawing so the choices (which score, which points, how wide the time axis)
can be tested without rendering and are the same on screen and in print.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..core.glucocorticoids import daily_dose_steps

if TYPE_CHECKING:
    from ..core.document import BoneMedicationCourse, DxaMeasurement, GlucocorticoidCourse, PatientDocument
    from ..core.report import AssessmentReport


@dataclass(frozen=True, slots=True)
class ScorePoint:
    when: date
    value: float
    row: DxaMeasurement
    height_adjusted: bool


def score_type_of(report: AssessmentReport) -> str:
    """``"T"`` or ``"Z"``: the report decides (without DXA, children get Z and adults T)."""
    return report.densitometry.score_type


def other_type(score_type: str) -> str:
    return "Z" if score_type == "T" else "T"


def _score(row: DxaMeasurement, score_type: str, child: bool) -> tuple[float | None, bool]:
    """The row's score of that type, and whether it is the height-adjusted Z."""
    if score_type == "T":
        return row.t_score, False
    if child and row.height_adjusted_z is not None:
        return row.height_adjusted_z, True
    return row.z_score, False


def _collect(rows: list[tuple[str, ScorePoint]]) -> dict[str, list[ScorePoint]]:
    out: dict[str, list[ScorePoint]] = {}
    for site, point in rows:
        out.setdefault(site, []).append(point)
    for points in out.values():
        points.sort(key=lambda p: p.when)
    return out


def score_points(doc: PatientDocument, score_type: str, *, child: bool) -> dict[str, list[ScorePoint]]:
    """Per site, the dated scores to plot, oldest first.

    T-scores for T; for Z the height-adjusted Z of children when present (ISCD reads short
    stature into a plain Z), else the Z-score. Rows without the score are left out here; they
    are the other series (:func:`secondary_points`) or BMD (:func:`bmd_points`).
    """
    rows = []
    for row in doc.dxa:
        value, adjusted = _score(row, score_type, child)
        if value is not None:
            rows.append((row.site, ScorePoint(row.date, float(value), row, adjusted)))
    return _collect(rows)


def secondary_points(doc: PatientDocument, score_type: str, *, child: bool,
                     every_row: bool) -> dict[str, list[ScorePoint]]:
    """The other score type (Z for a patient scored by T): always for the scans that have no
    score of the patient's type, so no scan is ever dropped from the chart; for every scan when
    ``every_row`` (the user asked to see both)."""
    other = other_type(score_type)
    rows = []
    for row in doc.dxa:
        if not every_row and _score(row, score_type, child)[0] is not None:
            continue
        value, adjusted = _score(row, other, child)
        if value is not None:
            rows.append((row.site, ScorePoint(row.date, float(value), row, adjusted)))
    return _collect(rows)


def bmd_points(doc: PatientDocument) -> dict[str, list[ScorePoint]]:
    """Per site, the BMD (g/cm²) of every scan that has one."""
    return _collect([(row.site, ScorePoint(row.date, float(row.bmd_g_cm2), row, False))
                     for row in doc.dxa if row.bmd_g_cm2 is not None])


def as_of_of(report: AssessmentReport) -> date:
    return date.fromisoformat(report.as_of)


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
