"""The DXA importers' notes ("…: separator ';' detected") in the window's language.

The importers write English notes, which ``dxa import`` on the command line prints as they are; the
import preview shows them too. Each known note is recognised here and said again through Qt's
translation; file names, places in the file, values and codes inside it stay as they are. A note
not listed stays English (``tests/gui/test_translation.py`` reads the importers' notes back).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .translation import translate
from .vocabulary import current_language

# (the importers' English, the window's text); every group is data shown as it is.
NOTES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"(?P<file>.+): separator (?P<separator>.+) detected"),
        QT_TRANSLATE_NOOP("ImportNotes", "{file}: separator {separator} detected"),
    ),
    (
        re.compile(r"(?P<file>.+): columns not read: (?P<columns>.+)"),
        QT_TRANSLATE_NOOP("ImportNotes", "{file}: columns not read: {columns}"),
    ),
    (
        re.compile(r"(?P<file>.+): (?P<where>[^:]+): site (?P<site>.+) is not a contract site; left out"),
        QT_TRANSLATE_NOOP("ImportNotes", "{file}: {where}: site {site} is not a contract site; left out"),
    ),
    (
        re.compile(r"(?P<file>.+): a DXA report with no contract site in it"),
        QT_TRANSLATE_NOOP("ImportNotes", "{file}: a DXA report with no contract site in it"),
    ),
    (
        re.compile(r"(?P<file>.+): (?P<where>[^:]+): not a contract site; left out"),
        QT_TRANSLATE_NOOP("ImportNotes", "{file}: {where}: not a contract site; left out"),
    ),
    (
        re.compile(r"(?P<file>.+): (?P<report>DiagnosticReport/[^:]*): its Observations are read from the files given"),
        QT_TRANSLATE_NOOP("ImportNotes", "{file}: {report}: its Observations are read from the files given"),
    ),
    (
        re.compile(r"(?P<file>.+): no DXA Observation in it"),
        QT_TRANSLATE_NOOP("ImportNotes", "{file}: no DXA Observation in it"),
    ),
    (
        re.compile(r"(?P<file>.+): (?P<where>[^:]+): not a DXA value \((?P<value>.*)\); left out"),
        QT_TRANSLATE_NOOP("ImportNotes", "{file}: {where}: not a DXA value ({value}); left out"),
    ),
    (
        re.compile(r"(?P<file>.+): (?P<where>[^:]+): status (?P<status>\S+); left out"),
        QT_TRANSLATE_NOOP("ImportNotes", "{file}: {where}: status {status}; left out"),
    ),
)


def import_note(note: str) -> str:
    """``note`` in the window's language when it is one the importers write; else as it is."""
    if current_language() == "en":
        return note
    for pattern, text in NOTES:
        found = pattern.fullmatch(note)
        if found:
            return translate("ImportNotes", text).format(**found.groupdict())
    return note


def _p(pattern: str, text: str) -> tuple[re.Pattern[str], str]:
    return re.compile(pattern), text


# The importers' refusals (importers/table.py, dicom_sr.py, fhir_import.py, vocab.py, validate.py and
# services/dxa_import.py), as the preview's reason column shows them after the field name.
PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = (
    _p(
        r"is not a readable DICOM file: (?P<error>.+)",
        QT_TRANSLATE_NOOP("ImportNotes", "is not a readable DICOM file: {error}"),
    ),
    _p(
        r"is not a DICOM Structured Report \(SOP class (?P<sop>.+)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "is not a DICOM Structured Report (SOP class {sop})"),
    ),
    _p(
        r"this Structured Report is not a DXA report \(its title is (?P<title>.+)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "this Structured Report is not a DXA report (its title is {title})"),
    ),
    _p(
        r"is missing or not a date \(got (?P<value>.*)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "is missing or not a date (got {value})"),
    ),
    _p(
        r"is missing, and the name and birth date are not both given",
        QT_TRANSLATE_NOOP("ImportNotes", "is missing, and the name and birth date are not both given"),
    ),
    _p(r"unit (?P<unit>.+) is not g/cm2", QT_TRANSLATE_NOOP("ImportNotes", "unit {unit} is not g/cm2")),
    _p(
        r"a DualFemur region must say which femur it is \(left or right\)",
        QT_TRANSLATE_NOOP("ImportNotes", "a DualFemur region must say which femur it is (left or right)"),
    ),
    _p(r"is not valid JSON: (?P<error>.+)", QT_TRANSLATE_NOOP("ImportNotes", "is not valid JSON: {error}")),
    _p(r"is missing: not a FHIR resource", QT_TRANSLATE_NOOP("ImportNotes", "is missing: not a FHIR resource")),
    _p(
        r"(?P<kind>\S+) holds no DXA Observations \(expected a Bundle or Observation\)",
        QT_TRANSLATE_NOOP("ImportNotes", "{kind} holds no DXA Observations (expected a Bundle or Observation)"),
    ),
    _p(
        r"says (?P<side>\S+) but the site name says (?P<named>\S+) \((?P<site>.*)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "says {side} but the site name says {named} ({site})"),
    ),
    _p(
        r"says (?P<said>.+) but the code says (?P<code>.+)",
        QT_TRANSLATE_NOOP("ImportNotes", "says {said} but the code says {code}"),
    ),
    _p(r"is missing or not a date", QT_TRANSLATE_NOOP("ImportNotes", "is missing or not a date")),
    _p(r"is missing or not a number", QT_TRANSLATE_NOOP("ImportNotes", "is missing or not a number")),
    _p(
        r"is missing: whose measurement is it\?",
        QT_TRANSLATE_NOOP("ImportNotes", "is missing: whose measurement is it?"),
    ),
    _p(
        r"two different values for one scan \((?P<first>.+) and (?P<second>.+)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "two different values for one scan ({first} and {second})"),
    ),
    _p(
        r"differs from (?P<other>.+) \((?P<first>.+) and (?P<second>.+)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "differs from {other} ({first} and {second})"),
    ),
    _p(
        r"cannot be read as a spreadsheet: (?P<error>.+)",
        QT_TRANSLATE_NOOP("ImportNotes", "cannot be read as a spreadsheet: {error}"),
    ),
    _p(
        r"cannot be read as a CSV table: (?P<error>.+)",
        QT_TRANSLATE_NOOP("ImportNotes", "cannot be read as a CSV table: {error}"),
    ),
    _p(r"cannot be read: (?P<error>.+)", QT_TRANSLATE_NOOP("ImportNotes", "cannot be read: {error}")),
    _p(
        r"is not a DXA table \(CSV, XLSX\), a DICOM SR or FHIR JSON",
        QT_TRANSLATE_NOOP("ImportNotes", "is not a DXA table (CSV, XLSX), a DICOM SR or FHIR JSON"),
    ),
    _p(
        r"needs at least one of bmd_g_cm2, t_score, z_score",
        QT_TRANSLATE_NOOP("ImportNotes", "needs at least one of bmd_g_cm2, t_score, z_score"),
    ),
    _p(
        r"is measured at lumbar_spine only \(site is (?P<site>.+)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "is measured at lumbar_spine only (site is {site})"),
    ),
    _p(
        r"applies to hip, femur and forearm sites \(site is (?P<site>.+)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "applies to hip, femur and forearm sites (site is {site})"),
    ),
    _p(r"is empty", QT_TRANSLATE_NOOP("ImportNotes", "is empty")),
    _p(r"column given twice \((?P<name>.+)\)", QT_TRANSLATE_NOOP("ImportNotes", "column given twice ({name})")),
    _p(
        r"column is missing from the header \(expected (?P<columns>.+)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "column is missing from the header (expected {columns})"),
    ),
    _p(
        r"no value column \(bmd_g_cm2, t_score, z_score\) in the header",
        QT_TRANSLATE_NOOP("ImportNotes", "no value column (bmd_g_cm2, t_score, z_score) in the header"),
    ),
    _p(
        r"must be left or right \(got (?P<value>.*)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "must be left or right (got {value})"),
    ),
    _p(r"is not a number", QT_TRANSLATE_NOOP("ImportNotes", "is not a number")),
    _p(r"is not a number \(got (?P<value>.*)\)", QT_TRANSLATE_NOOP("ImportNotes", "is not a number (got {value})")),
    _p(
        r"is ambiguous \(day/month or month/day\?\) \(got (?P<value>.*)\); write YYYY-MM-DD",
        QT_TRANSLATE_NOOP("ImportNotes", "is ambiguous (day/month or month/day?) (got {value}); write YYYY-MM-DD"),
    ),
    _p(
        r"is not a real calendar date \(got (?P<value>.*)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "is not a real calendar date (got {value})"),
    ),
    _p(
        r"is not a date \(got (?P<value>.*)\); write YYYY-MM-DD",
        QT_TRANSLATE_NOOP("ImportNotes", "is not a date (got {value}); write YYYY-MM-DD"),
    ),
    _p(
        r"no patient with id (?P<id>.+) in the clinic",
        QT_TRANSLATE_NOOP("ImportNotes", "no patient with id {id} in the clinic"),
    ),
)

# Why a preview row is refused or skipped (services/dxa_import.py).
REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    _p(
        r"patient: (?P<count>\d+) patients have this name and birth date",
        QT_TRANSLATE_NOOP("ImportNotes", "patient: {count} patients have this name and birth date"),
    ),
    _p(
        r"patient: no patient (?P<who>.+) in the clinic",
        QT_TRANSLATE_NOOP("ImportNotes", "patient: no patient {who} in the clinic"),
    ),
    _p(
        r"date: is in the future of (?P<as_of>\S+) \((?P<date>\S+)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "date: is in the future of {as_of} ({date})"),
    ),
    _p(
        r"date: is before the patient's birth_date (?P<birth>\S+) \((?P<date>\S+)\)",
        QT_TRANSLATE_NOOP("ImportNotes", "date: is before the patient's birth_date {birth} ({date})"),
    ),
    _p(r"already on record", QT_TRANSLATE_NOOP("ImportNotes", "already on record")),
    _p(r"same as (?P<other>.+)", QT_TRANSLATE_NOOP("ImportNotes", "same as {other}")),
)
ROW = _p(r"row (?P<row>\d+)", QT_TRANSLATE_NOOP("ImportNotes", "row {row}"))
BORN = _p(r"born (?P<date>\d{4}-\d\d-\d\d)", QT_TRANSLATE_NOOP("ImportNotes", "born {date}"))
NO_ID = QT_TRANSLATE_NOOP("ImportNotes", "(no id)")


def _said(text: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    if current_language() == "en":
        return text
    for pattern, words in table:
        found = pattern.fullmatch(text)
        if found:
            values = {name: _where_words(value) for name, value in found.groupdict().items()}
            return translate("ImportNotes", words).format(**values)
    return text


def _where_words(text: str) -> str:
    """A place or a patient inside a message: "row 3", "born 1961-04-12" and "(no id)" in the language."""
    text = ROW[0].sub(lambda m: translate("ImportNotes", ROW[1]).format(row=m.group("row")), text)
    text = BORN[0].sub(lambda m: translate("ImportNotes", BORN[1]).format(date=m.group("date")), text)
    return text.replace("(no id)", translate("ImportNotes", NO_ID))


def import_problem(message: str) -> str:
    """An importer's refusal (the part after the field name) in the window's language."""
    return _said(message, PROBLEMS)


def import_reason(reason: str) -> str:
    """Why a preview row is refused or a duplicate, in the window's language."""
    return _said(reason, REASONS)


def import_where(where: str) -> str:
    """Where in the file ("row 3"; a DICOM or FHIR path stays as it is), in the window's language."""
    return where if current_language() == "en" else _where_words(where)
