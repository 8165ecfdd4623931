"""RULES §0 (fragility, childhood fractures of an adult) and §2 (vertebral fractures per vertebra).

A fracture *event* is what the dated rules read: every non-vertebral fragility fracture, the first
row of each vertebra, and a later row of that vertebra that records a higher Genant grade than any
before it (a worsening). Any other later row is a re-report of a fracture already on record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..contract_names import vertebra_key
from ..dates import add_months
from ..document import Fracture, PatientDocument

LONG_BONE_SITES = ("femur", "tibia_fibula", "humerus", "forearm_wrist")


def is_fragility(fracture: Fracture) -> bool:
    """Low-trauma or unknown mechanism; a missing mechanism is unknown (policy; RULES §0, §10)."""
    return fracture.mechanism != "high_trauma"


@dataclass(frozen=True, slots=True)
class FractureEvent:
    """A fracture as the dated rules see it: its row, its date and, for a VF, its vertebra."""

    row: Fracture
    date: date
    vertebra: str | None = None  # the reading of the label ("T12"), None when not recorded
    worsening: bool = False

    @property
    def site(self) -> str:
        return self.row.site

    @property
    def is_vf(self) -> bool:
        return self.row.site == "vertebra"

    def words(self) -> str:
        if self.is_vf:
            where = f"{self.vertebra} vertebral fracture" if self.vertebra else "vertebral fracture"
            if self.worsening:
                where += f" worsened to Genant grade {self.row.genant_grade}"
        else:
            where = f"{self.row.site.replace('_', '/')} fracture"
        return f"{where} {self.date}"

    def message(self) -> dict[str, Any]:
        """:meth:`words` as a message key and parameters (rendered in any language at the edge)."""
        when = {"date": self.date.isoformat()}
        if not self.is_vf:
            return {"message_key": "fracture.other", "params": {"site": {"term": f"fracture_site.{self.row.site}"},
                                                                 "date": when}}
        params: dict[str, Any] = {"date": when}
        key = "fracture.vertebral"
        if self.vertebra:
            key += "_at"
            params["vertebra"] = self.vertebra
        if self.worsening:
            key += "_worsened"
            params["grade"] = self.row.genant_grade
        return {"message_key": key, "params": params}


@dataclass(slots=True)
class VertebralFracture:
    """One vertebra with a fragility fracture (RULES §2): dated by its first row."""

    vertebra: str | None
    date: date
    grades: list[int] = field(default_factory=list)


@dataclass(slots=True)
class FractureRecord:
    """The fractures of one patient on one date, read by RULES §0 and §2."""

    events: list[FractureEvent]  # every fragility fracture event, by date (list order within a date)
    vfs: list[VertebralFracture]  # distinct vertebrae, by first date
    rereports: list[Fracture]
    notes: list[str] = field(default_factory=list)

    @property
    def vf_events(self) -> list[FractureEvent]:
        return [e for e in self.events if e.is_vf]


def read_fractures(doc: PatientDocument, as_of: date) -> FractureRecord:
    """Group the fragility fractures up to as_of into events and distinct vertebrae (RULES §2).

    Rows are read in date order, rows of one date in list order, so "later" means a later row.
    """
    rows = sorted(
        ((f.date, i, f) for i, f in enumerate(doc.fractures) if f.date <= as_of and is_fragility(f)),
        key=lambda t: (t[0], t[1]),
    )
    events: list[FractureEvent] = []
    by_vertebra: dict[str, VertebralFracture] = {}
    vfs: list[VertebralFracture] = []
    rereports: list[Fracture] = []
    for day, _i, f in rows:
        if f.site != "vertebra":
            events.append(FractureEvent(f, day))
            continue
        key = vertebra_key(f.vertebra) if f.vertebra else None
        held = by_vertebra.get(key) if key else None
        if held is None:
            vf = VertebralFracture(key, day, [f.genant_grade] if f.genant_grade else [])
            vfs.append(vf)
            if key:
                by_vertebra[key] = vf
            events.append(FractureEvent(f, day, key))
            continue
        if f.genant_grade is not None and all(f.genant_grade > g for g in held.grades):
            held.grades.append(f.genant_grade)
            events.append(FractureEvent(f, day, key, worsening=True))
        else:
            rereports.append(f)
    notes = [
        f"{f.vertebra} vertebral fracture reported again on {f.date}: the fracture of {by_vertebra[vertebra_key(f.vertebra)].date} "  # noqa: E501
        "(a re-report, not a new fracture; RULES §2)"
        for f in rereports
        if f.vertebra
    ]
    return FractureRecord(events, vfs, rereports, notes)


def adult_counted(
    record: FractureRecord,
    doc: PatientDocument,
    gc_dose_on: Callable[[date], float],
    mobility_on: Callable[[date], str | None],
) -> tuple[list[FractureEvent], list[str]]:
    """The fracture events an adult's rules count (RULES §0 *childhood fractures of an adult*).

    Before the 20th birthday only a VF, a hip fracture, or a long-bone fracture sustained on GC or
    non-ambulant counts (policy; Ward 2020); every other childhood fracture is left out, with a note.
    """
    twentieth = add_months(doc.birth_date, 240)
    counted: list[FractureEvent] = []
    notes: list[str] = []
    for e in record.events:
        if e.date >= twentieth or e.site in ("vertebra", "hip"):
            counted.append(e)
            continue
        if e.site in LONG_BONE_SITES:
            on_gc = gc_dose_on(e.date) > 0
            mobility = mobility_on(e.date)
            if on_gc or mobility == "non_ambulant":
                counted.append(e)
                continue
            if mobility is None and not on_gc:
                notes.append(
                    f"{e.words()} before age 20 not counted: no mobility entry on or before it and no "
                    "glucocorticoid that day (RULES §0)"
                )
                continue
        notes.append(
            f"{e.words()} before age 20 left out of the adult rules (counted only as a vertebral, hip, or "
            "long-bone fracture on glucocorticoids or non-ambulant; RULES §0, policy)"
        )
    return counted, notes
