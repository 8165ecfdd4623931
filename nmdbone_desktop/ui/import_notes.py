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
    (re.compile(r"(?P<file>.+): separator (?P<separator>.+) detected"),
     QT_TRANSLATE_NOOP("ImportNotes", "{file}: separator {separator} detected")),
    (re.compile(r"(?P<file>.+): columns not read: (?P<columns>.+)"),
     QT_TRANSLATE_NOOP("ImportNotes", "{file}: columns not read: {columns}")),
    (re.compile(r"(?P<file>.+): (?P<where>[^:]+): site (?P<site>.+) is not a contract site; left out"),
     QT_TRANSLATE_NOOP("ImportNotes", "{file}: {where}: site {site} is not a contract site; left out")),
    (re.compile(r"(?P<file>.+): a DXA report with no contract site in it"),
     QT_TRANSLATE_NOOP("ImportNotes", "{file}: a DXA report with no contract site in it")),
    (re.compile(r"(?P<file>.+): (?P<where>[^:]+): not a contract site; left out"),
     QT_TRANSLATE_NOOP("ImportNotes", "{file}: {where}: not a contract site; left out")),
    (re.compile(r"(?P<file>.+): (?P<report>DiagnosticReport/[^:]*): its Observations are read from the files given"),
     QT_TRANSLATE_NOOP("ImportNotes", "{file}: {report}: its Observations are read from the files given")),
    (re.compile(r"(?P<file>.+): no DXA Observation in it"),
     QT_TRANSLATE_NOOP("ImportNotes", "{file}: no DXA Observation in it")),
    (re.compile(r"(?P<file>.+): (?P<where>[^:]+): not a DXA value \((?P<value>.*)\); left out"),
     QT_TRANSLATE_NOOP("ImportNotes", "{file}: {where}: not a DXA value ({value}); left out")),
    (re.compile(r"(?P<file>.+): (?P<where>[^:]+): status (?P<status>\S+); left out"),
     QT_TRANSLATE_NOOP("ImportNotes", "{file}: {where}: status {status}; left out")),
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
