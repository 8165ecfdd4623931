"""Everything one letter builder needs, with the lookups every kind shares.

The report is the contract §3 dict (JSON-ready, any field may be ``null``); the builders read
it through :meth:`LetterContext.get` so a missing part leaves a sentence out instead of raising.
Facts not in the report (names, tables of raw measurements) come from the patient document.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import __version__
from ..core.document import LabResult, Measurement, MobilityEntry, PatientDocument
from .formatting import Markup, esc, fmt_date, fmt_number, join_words
from .options import LetterOptions
from .settings import ClinicLetterhead
from .templates import TemplateSet

__all__ = ["LetterContext"]


@dataclass(frozen=True)
class LetterContext:
    doc: PatientDocument
    report: Mapping[str, Any]
    options: LetterOptions
    letterhead: ClinicLetterhead
    templates: TemplateSet
    #: The BMD chart can be drawn for this patient (charts module present, BMD values on record).
    chart_available: bool = False

    @property
    def prints_chart(self) -> bool:
        return self.chart_available and self.options.includes("chart")

    # -- template access -------------------------------------------------------------------
    def text(self, key: str, **values: Any) -> Markup:
        """Wording from this kind's template file."""
        return self.templates.text(self.options.kind, key, **values)

    def word(self, key: str, **values: Any) -> Markup:
        """Wording from ``labels.toml``."""
        return self.templates.text("labels", key, **values)

    def raw(self, key: str) -> Any:
        return self.templates.raw(self.options.kind, key)

    def label(self, vocabulary: str, code: object) -> str:
        return self.templates.label(vocabulary, code)

    # -- formatting ------------------------------------------------------------------------
    def date(self, value: date | str | None) -> str:
        return fmt_date(value, self.letterhead.date_format, self.templates.months)

    def num(self, value: float | int | None, decimals: int = 1) -> str:
        labels = self.templates.files["labels"]
        return fmt_number(value, decimals, thousands=labels.get("thousands_separator", ","),
                          decimal=labels.get("decimal_separator", "."))

    def amount(self, value: float | int | None) -> str:
        """A dose or lab value as written: "10", "0.75", "42.5" (no padding zeros)."""
        if value is None:
            return ""
        if float(value).is_integer():
            return self.num(value, 0)
        text = self.num(value, 2)
        return text.rstrip("0").rstrip(self.templates.files["labels"].get("decimal_separator", "."))

    def join(self, items: Sequence[str]) -> Markup:
        """Join already-escaped parts with the language's "and"."""
        return Markup(join_words([str(i) for i in items], str(self.templates.raw("labels", "and"))))

    def yes_no(self, value: bool | None) -> str:
        key = "not_recorded" if value is None else ("yes" if value else "no")
        return str(self.templates.raw("labels", key))

    # -- report ----------------------------------------------------------------------------
    def get(self, *path: str) -> Any:
        """``get("densitometry", "lowest_score")``; ``None`` when any step is missing."""
        node: Any = self.report
        for part in path:
            if not isinstance(node, Mapping):
                return None
            node = node.get(part)
        return node

    @property
    def recommendations(self) -> list[Mapping[str, Any]]:
        """By priority, then the report's order (which is the core's order of importance)."""
        recs = list(self.report.get("recommendations") or [])
        return sorted(recs, key=lambda r: int(r.get("priority") or 3))

    @property
    def codes(self) -> set[str]:
        return {str(r.get("code")) for r in self.report.get("recommendations") or []}

    def recommendation(self, code: str) -> Mapping[str, Any] | None:
        return next((r for r in self.recommendations if r.get("code") == code), None)

    # -- patient ---------------------------------------------------------------------------
    @property
    def patient_name(self) -> str:
        return f"{self.doc.name.given} {self.doc.name.family}"

    @property
    def is_child(self) -> bool:
        population = self.get("population")
        if population:
            return population == "child"
        return self.age_years < 20

    @property
    def age_years(self) -> int:
        age = self.get("age_years")
        if isinstance(age, int | float):
            return int(age)
        born, today = self.doc.birth_date, self.options.as_of
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    @property
    def age_text(self) -> Markup:
        return self.word("age_years", years=self.age_years)

    @property
    def diagnosis_text(self) -> str:
        """The clinic's own label when given, else the vocabulary's words."""
        return self.doc.diagnosis.label or self.label("diagnosis", self.doc.diagnosis.code)

    @property
    def sex_text(self) -> str:
        return self.label("sex_child" if self.is_child else "sex", self.doc.sex)

    def latest_mobility(self) -> MobilityEntry | None:
        entries = [m for m in self.doc.mobility if m.date <= self.options.as_of]
        return max(entries, key=lambda m: m.date, default=None)

    def latest_body(self) -> Measurement | None:
        """Latest measurement with both height and weight (what BMI needs)."""
        rows = [m for m in self.doc.measurements
                if m.height_cm and m.weight_kg and m.date <= self.options.as_of]
        return max(rows, key=lambda m: m.date, default=None)

    def latest_labs(self) -> list[LabResult]:
        """The latest result of each test, in the contract's test order."""
        latest: dict[str, LabResult] = {}
        for lab in self.doc.labs:
            if lab.date <= self.options.as_of and (lab.test not in latest or lab.date > latest[lab.test].date):
                latest[lab.test] = lab
        order = list(self.templates.files["labels"].get("lab", {}).keys())
        return sorted(latest.values(), key=lambda lab: order.index(lab.test) if lab.test in order else 99)

    def current_glucocorticoid_drugs(self) -> list[str]:
        today = self.options.as_of
        return [c.drug for c in self.doc.glucocorticoids
                if c.start <= today and (c.end is None or c.end >= today) and c.frequency != "single"]

    # -- letter furniture ------------------------------------------------------------------
    def signature(self) -> tuple[Markup, ...]:
        lh = self.letterhead
        lines = [lh.clinician_name, lh.clinician_title, lh.department, lh.clinic_name]
        return tuple(esc(line) for line in lines if line)

    def provenance(self) -> Markup:
        return self.word("provenance", version=__version__, as_of=self.date(self.options.as_of),
                         ruleset=self.get("ruleset_version") or "?")

    def date_line(self) -> Markup:
        return Markup(f"{self.word('date_prefix')} {esc(self.date(self.options.as_of))}")

    def reference(self) -> Markup:
        return self.word("reference", patient_id=self.doc.id)

    def patient_label(self) -> str:
        return f"{self.patient_name} · {self.doc.id} · {self.date(self.doc.birth_date)}"
