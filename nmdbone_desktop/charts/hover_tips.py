"""The chart's hover tips (screen only) in the chart's language.

English is the tips as they always were (the f-strings below, unchanged). Another language takes
the ``chart.tip.*`` messages, the glossary's site, fracture-site, mechanism and drug words, and its
own dates and decimal sign, so a German tip reads "Lendenwirbelsäule · 01.03.2025 / T-Score −2,4".
The English catalogue holds the same words, and the tests render every tip of the demo clinic
through it to check that it reproduces the English exactly. Free text (a stop reason) and scanner
makers' names print as entered.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from .bmd_change import maker_name
from .styles import pretty, site_label

if TYPE_CHECKING:
    from ..core.document import BoneMedicationCourse, Fracture
    from ..i18n import Translator
    from .bmd_change import BmdChange
    from .trajectory_data import ScorePoint

__all__ = ["TipWords"]


class TipWords:
    """The tips in one language; ``english=True`` keeps the historical f-strings (byte-identical),
    ``english=False`` renders from the translator's catalogue (also with the English one, as the
    tests do)."""

    def __init__(self, translator: Translator, *, english: bool, iso_dates: bool = False) -> None:
        self.t = translator
        self.english = english
        self.iso_dates = iso_dates

    # -- the catalogue's building blocks ---------------------------------------------------------
    def _msg(self, key: str, **params: Any) -> str:
        return self.t.message(f"chart.tip.{key}", **params)

    def _date(self, day: date) -> str:
        return day.isoformat() if self.iso_dates else self.t.date(day)

    def _num(self, x: float, decimals: int, *, sign: bool = False) -> str:
        return self.t.number(float(f"{x:.{decimals}f}"), decimals, sign=sign, group=False)

    def _plain(self, x: float) -> str:
        """``{x:g}`` in the language (10 → "10", 7.5 → "7,5")."""
        text = f"{x:g}"
        return self.t.number(int(text) if text.lstrip("-").isdigit() else float(text), group=False)

    def _term(self, key: str, fallback: str) -> str:
        """The glossary's word; the tips' historical English word (``fallback``) in English."""
        if self.t.language == "en" or not self.t.has_term(key):
            return fallback
        return self.t.term(key)

    def _site(self, site: str) -> str:
        return self._term(f"label.dxa_site.{site}", site_label(site))

    # -- the tips ---------------------------------------------------------------------------------
    def point(self, site: str, point: ScorePoint, score_type: str) -> str:
        """A scan's point: site and date, the plotted value, the other values, the scanner."""
        row = point.row
        if self.english:
            lines = [f"{site_label(site)} · {point.when.isoformat()}"]
            if score_type == "BMD":
                lines.append(f"BMD {point.value:.3f} g/cm²")
                scores = [f"{name} {value:+.1f}" for name, value in (("T", row.t_score), ("Z", row.z_score))
                          if value is not None]
                if scores:
                    lines.append(", ".join(scores))
            else:
                name = "height-adjusted Z" if point.height_adjusted else f"{score_type}-score"
                lines.append(f"{name} {point.value:+.1f}")
                if row.bmd_g_cm2 is not None:
                    lines.append(f"BMD {row.bmd_g_cm2:.3f} g/cm²")
            if row.manufacturer:
                lines.append(f"scanner: {maker_name(row.manufacturer)}")
            return "\n".join(lines)
        lines = [self._msg("site_date", site=self._site(site), date=self._date(point.when))]
        if score_type == "BMD":
            lines.append(self._msg("bmd", value=self._num(point.value, 3)))
            scores = [self._msg("score_value", name=name, value=self._num(value, 1, sign=True))
                      for name, value in (("T", row.t_score), ("Z", row.z_score)) if value is not None]
            if scores:
                lines.append(", ".join(scores))
        else:
            value = self._num(point.value, 1, sign=True)
            lines.append(self._msg("height_adjusted_z", value=value) if point.height_adjusted
                         else self._msg("score", type=score_type, value=value))
            if row.bmd_g_cm2 is not None:
                lines.append(self._msg("bmd", value=self._num(row.bmd_g_cm2, 3)))
        if row.manufacturer:
            lines.append(self._msg("scanner", maker=maker_name(row.manufacturer)))
        return "\n".join(lines)

    def dose(self, mg: float, when: date) -> str:
        if self.english:
            return f"{mg:g} mg/day prednisolone-equivalent from {when.isoformat()}"
        return self._msg("dose", mg=self._plain(mg), date=self._date(when))

    def end(self, site: str, when: date, *, latest: bool) -> str:
        """The ring of a site's baseline or latest scan."""
        if self.english:
            return f"{site_label(site)}: {'latest' if latest else 'baseline'} {when.isoformat()}"
        return self._msg("latest" if latest else "baseline", site=self._site(site), date=self._date(when))

    def fracture(self, f: Fracture) -> str:
        if self.english:
            where = f"vertebra {f.vertebra}" if f.site == "vertebra" and f.vertebra else pretty(f.site)
            parts = [f"Fracture {f.date.isoformat()}: {where}"]
            if f.genant_grade:
                parts.append(f"Genant grade {f.genant_grade}")
            if f.mechanism:
                parts.append(pretty(f.mechanism))
            if f.found_on:
                parts.append(f"found on {pretty(f.found_on)}")
            return "\n".join(parts)
        where = (self._msg("vertebra", level=f.vertebra) if f.site == "vertebra" and f.vertebra
                 else self._term(f"fracture_site.{f.site}", pretty(f.site)))
        parts = [self._msg("fracture", date=self._date(f.date), where=where)]
        if f.genant_grade:
            parts.append(self._msg("genant", grade=str(f.genant_grade)))
        if f.mechanism:
            parts.append(self._msg("mechanism", mechanism=self._term(f"label.mechanism.{f.mechanism}",
                                                                     pretty(f.mechanism))))
        if f.found_on:
            parts.append(self._msg("found_on", modality=self._term(f"label.found_on.{f.found_on}",
                                                                   pretty(f.found_on))))
        return "\n".join(parts)

    def course(self, course: BoneMedicationCourse) -> str:
        """A bone-drug bar: the drug, its dates, the last dose and why it stopped (as entered)."""
        if self.english:
            until = course.end.isoformat() if course.end else "ongoing"
            tip = f"{course.drug}: {course.start.isoformat()} – {until}"
            if course.last_dose:
                tip += f"\nlast dose {course.last_dose.isoformat()}"
            if course.stop_reason:
                tip += f"\nstopped: {course.stop_reason}"
            return tip
        until = self._date(course.end) if course.end else self.t.message("chart.ongoing")
        lines = [self._msg("course", drug=self._term(f"drug.{course.drug}", course.drug),
                           start=self._date(course.start), end=until)]
        if course.last_dose:
            lines.append(self._msg("last_dose", date=self._date(course.last_dose)))
        if course.stop_reason:
            lines.append(self._msg("stopped", reason=course.stop_reason))
        return "\n".join(lines)

    def significant(self, site: str, change: BmdChange) -> str:
        """A significant BMD change: how much, between which scans, the LSC, per year."""
        if self.english:
            tip = (f"{site_label(site)}: BMD {change.percent:+.1f}% from {change.start.isoformat()} "
                   f"to {change.end.isoformat()}\nsignificant: at least the least significant change "
                   f"({change.lsc_percent:g}%)")
            if change.annualised_percent is not None:
                tip += f"\n{change.annualised_percent:+.1f}% a year"
            return tip
        tip = self._msg("significant", site=self._site(site), change=self._num(change.percent, 1, sign=True),
                        start=self._date(change.start), end=self._date(change.end),
                        lsc=self._plain(change.lsc_percent))
        if change.annualised_percent is not None:
            tip += "\n" + self._msg("per_year", change=self._num(change.annualised_percent, 1, sign=True))
        return tip
