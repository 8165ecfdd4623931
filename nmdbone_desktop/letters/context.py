"""Everything one letter builder needs, with the lookups every kind shares.

The report is the typed model of contract §3 (:class:`~nmdbone_desktop.core.report.AssessmentReport`):
the builders read its attributes, so a renamed field fails the type check (tests/test_typed_report.py)
rather than leaving a sentence out. Facts not in the report (names, tables of raw measurements) come
from the patient document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from babel.numbers import get_decimal_symbol

from .. import __version__
from ..core.document import Address, BoneMedicationCourse, LabResult, Measurement, MobilityEntry, PatientDocument
from ..core.report import AssessmentReport, RecommendationOut
from ..i18n import Translator, normalise_language, translator_for
from .formatting import MINUS, Markup, esc, fmt_date, join_words, strip_markup
from .options import LetterOptions
from .settings import ClinicLetterhead
from .templates import TemplateSet

__all__ = ["SOURCE_ID", "LetterContext", "split_citation"]

#: An internal source ID as the core cites it ("[S-ACR22]"); never printed in a letter.
SOURCE_ID = re.compile(r"\s*\[(S-[A-Za-z0-9_.\-]+)\]")


def split_citation(reference: str) -> tuple[str, str]:
    """``("S-ACR22", "Humphrey et al. …")`` from "Humphrey et al. … [S-ACR22]"; a reference
    without an ID is its own key."""
    found = SOURCE_ID.search(reference)
    text = SOURCE_ID.sub("", reference).strip()
    return (found.group(1) if found else text), text


@dataclass(frozen=True)
class LetterContext:
    doc: PatientDocument
    report: AssessmentReport
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
    @cached_property
    def translator(self) -> Translator:
        """The language's terms, sentences, dates and numbers (Babel), dates in sentences as the
        letter prints them."""
        return translator_for(normalise_language(self.templates.language)).with_date_style("long")

    def date(self, value: date | str | None) -> str:
        """The clinic's date format; a written-out month in the language's own order and words
        (Babel: "21 November 2026", "21. November 2026", "21 de noviembre de 2026")."""
        if value is not None and self.letterhead.date_format == "d MMMM yyyy":
            day = date.fromisoformat(value) if isinstance(value, str) else value
            return self.translator.date(day, "long")
        return fmt_date(value, self.letterhead.date_format, self.templates.months)

    def cell_date(self, value: date | str | None) -> str:
        """A date for a table cell: no-break spaces, so "1 March 2025" never wraps."""
        return self.date(value).replace(" ", "\u00a0")

    def num(self, value: float | int | None, decimals: int = 1) -> str:
        """Fixed decimals with the language's decimal sign and grouping (Babel), a true minus."""
        if value is None:
            return ""
        text = self.translator.number(round(float(value), decimals), decimals)
        return MINUS + text[1:] if text.startswith("-") else text

    def amount(self, value: float | int | None) -> str:
        """A dose or lab value as written: "10", "0.75", "42.5" (no padding zeros)."""
        if value is None:
            return ""
        if float(value).is_integer():
            return self.num(value, 0)
        text = self.num(value, 2)
        return text.rstrip("0").rstrip(get_decimal_symbol(self.translator.locale))

    def join(self, items: Sequence[str]) -> Markup:
        """Join already-escaped parts with the language's "and"."""
        return Markup(join_words([str(i) for i in items], str(self.templates.raw("labels", "and"))))

    def yes_no(self, value: bool | None) -> str:
        key = "not_recorded" if value is None else ("yes" if value else "no")
        return str(self.templates.raw("labels", key))

    # -- report ----------------------------------------------------------------------------
    @cached_property
    def recommendations(self) -> list[RecommendationOut]:
        """By priority, then the report's order (which is the core's order of importance)."""
        return sorted(self.report.recommendations, key=lambda r: r.priority)

    @cached_property
    def codes(self) -> set[str]:
        return {r.code for r in self.report.recommendations}

    def recommendation(self, code: str) -> RecommendationOut | None:
        return next((r for r in self.recommendations if r.code == code), None)

    # -- patient ---------------------------------------------------------------------------
    @property
    def patient_name(self) -> str:
        return f"{self.doc.name.given} {self.doc.name.family}"

    @property
    def is_child(self) -> bool:
        return self.report.population == "child"

    @property
    def age_years(self) -> int:
        return int(self.report.age_years)

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
        return list(self._latest_labs)

    @cached_property
    def _latest_labs(self) -> list[LabResult]:
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

    def current_bone_drugs(self) -> list[BoneMedicationCourse]:
        """Bone medications running on the letter's date, most recent start first."""
        today = self.options.as_of
        running = [m for m in self.doc.bone_medications if m.start <= today and (m.end is None or m.end >= today)]
        return sorted(running, key=lambda m: m.start, reverse=True)

    # -- references ------------------------------------------------------------------------
    @cached_property
    def citations(self) -> dict[str, tuple[int, str]]:
        """Every reference of the recommendations, numbered in order of first citation:
        source ID (or the citation itself) -> (number, full citation without the ID)."""
        numbered: dict[str, tuple[int, str]] = {}
        for rec in self.recommendations:
            for ref in rec.references:
                key, text = split_citation(str(ref))
                if key not in numbered:
                    numbered[key] = (len(numbered) + 1, text)
        return numbered

    def cite(self, references: Sequence[Any]) -> str:
        """"[1, 3]" for a recommendation's references ("" when it has none)."""
        numbers = sorted({self.citations[split_citation(str(r))[0]][0] for r in references
                          if split_citation(str(r))[0] in self.citations})
        return f"[{', '.join(str(n) for n in numbers)}]" if numbers else ""

    def lines(self, english: Sequence[str], messages: Sequence[Any] | None) -> list[str]:
        """Report lines (risk notes, FRAX adjustments) in the letter's language: the core's own
        English in an English letter or when the report has no matching messages (an older one),
        else each rendered from its message."""
        if self.translator.language == "en" or not messages or len(messages) != len(english):
            return [str(e) for e in english]
        return [self.translator.render(m.model_dump(mode="json") if hasattr(m, "model_dump") else m)
                for m in messages]

    def without_ids(self, text: str) -> str:
        """The core's text with internal source IDs replaced by their reference numbers."""
        def number(match: re.Match[str]) -> str:
            found = self.citations.get(match.group(1))
            return f" [{found[0]}]" if found else ""
        return SOURCE_ID.sub(number, text)

    # -- addresses and signature -----------------------------------------------------------
    def address_lines(self, address: Address | None) -> list[str]:
        """An address as it prints in the window: street lines, then town and postcode in the
        order of the clinic's envelope standard, then the country when given."""
        if address is None:
            return []
        lines = list(address.lines)
        window = self.letterhead.window
        if window is None or window.postcode_first:
            town = " ".join(x for x in (address.postcode, address.city) if x)
            if town:
                lines.append(town)
        else:
            lines += [x for x in (address.city, address.postcode) if x]
        if address.country:
            lines.append(self.label("country", address.country))
        return lines

    @property
    def contacts(self) -> Any:
        return self.doc.contacts

    def gp_recipient(self) -> tuple[list[str], bool]:
        """The GP's name, practice and address; ``False`` when no postal address is on record."""
        gp = self.contacts.gp if self.contacts else None
        if gp is None:
            return [], False
        lines = [x for x in (gp.name, gp.practice) if x] + self.address_lines(gp.address)
        return lines, gp.address is not None

    def patient_recipient(self) -> tuple[list[str], bool]:
        """The patient (or, for a child, the family) at the patient's postal address."""
        address = self.contacts.patient_address if self.contacts else None
        name = (str(self.word("recipient_family", name=self.patient_name)) if self.is_child
                else self.patient_name)
        if address is None:
            return [name], False
        return [name, *self.address_lines(address)], True

    def signatory(self) -> list[str]:
        """Name and role of who signs: the responsible clinician of the record, else the user
        making the letter, else the letterhead's signatory."""
        lh = self.letterhead
        clinician = self.contacts.responsible_clinician if self.contacts else None
        if clinician is not None and clinician.name:
            lines = [clinician.name, clinician.role or ""]
        elif self.options.user:
            lines = [self.options.user, self.label("role", self.options.user_role) if self.options.user_role else ""]
        else:
            lines = [lh.clinician_name, lh.clinician_title]
        return [line for line in lines if line]

    def signature(self) -> tuple[Markup, ...]:
        """The signatory, then the department and clinic."""
        lines = [*self.signatory(), self.letterhead.department, self.letterhead.clinic_name]
        return tuple(esc(line) for line in lines if line)

    def has_signatory(self) -> bool:
        clinician = self.contacts.responsible_clinician if self.contacts else None
        return bool((clinician and clinician.name) or self.options.user or self.letterhead.clinician_name)

    def missing(self, *, recipient: str | None) -> tuple[str, ...]:
        """What stops the letter being posted and signed as it should: ``recipient`` names the
        warning for a missing recipient address (``None``: the recipient is complete)."""
        found = []
        if recipient:
            found.append(str(self.word(f"missing.{recipient}")))
        if not self.letterhead.address_lines:
            found.append(str(self.word("missing.letterhead_address")))
        if not self.has_signatory():
            found.append(str(self.word("missing.signatory")))
        return tuple(strip_markup(w) for w in found)

    def return_address(self) -> str:
        lh = self.letterhead
        return " · ".join(x for x in (lh.clinic_name, *lh.address_lines) if x)

    def banner(self) -> str:
        return strip_markup(self.word("demo_banner")) if self.options.demo else ""

    # -- letter furniture ------------------------------------------------------------------

    def provenance(self) -> Markup:
        return self.word("provenance", version=__version__, as_of=self.date(self.options.as_of),
                         ruleset=self.report.ruleset_version or "?")

    def date_line(self) -> Markup:
        return Markup(f"{self.word('date_prefix')} {esc(self.date(self.options.as_of))}")

    def reference(self) -> Markup:
        return self.word("reference", patient_id=self.doc.id)

    def patient_label(self) -> str:
        return f"{self.patient_name} · {self.doc.id} · {self.date(self.doc.birth_date)}"
