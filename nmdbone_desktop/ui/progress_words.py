"""The services' progress messages ("43 of 43 patients") in the window's language.

The services report progress in English words, which the command line prints as they are; the
window shows them in its progress dialog. Rather than teach the services the window's language,
each known message is recognised here and said again through Qt's translation with its numbers in
the local style. A message not listed (a patient id, a file name) is data and stays as it is.
``tests/gui/test_progress_words.py`` runs the services and checks every message they send is known.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .translation import translate
from .vocabulary import current_language, local_count

# (the services' English, the window's text with named numbers or data); the group names are the
# placeholders, a group named ``id`` is shown as it is.
MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?P<done>[\d,]+) of (?P<total>[\d,]+) patients"),
     QT_TRANSLATE_NOOP("Progress", "{done} of {total} patients")),
    (re.compile(r"writing (?P<measurements>[\d,]+) DXA measurements for (?P<patients>[\d,]+) patients"),
     QT_TRANSLATE_NOOP("Progress", "writing {measurements} DXA measurements for {patients} patients")),
    (re.compile(r"assessing (?P<patients>[\d,]+) patients"),
     QT_TRANSLATE_NOOP("Progress", "assessing {patients} patients")),
    (re.compile(r"Assessing (?P<id>\S+)"), QT_TRANSLATE_NOOP("Progress", "Assessing {id}")),
    (re.compile(r"Writing letters"), QT_TRANSLATE_NOOP("Progress", "Writing letters")),
)


def progress_words(message: str) -> str:
    """``message`` in the window's language when it is one the services send; else as it is."""
    if not message or current_language() == "en":
        return message
    for pattern, text in MESSAGES:
        found = pattern.fullmatch(message)
        if found:
            values = {name: value if name == "id" else local_count(int(value.replace(",", "")))
                      for name, value in found.groupdict().items()}
            return translate("Progress", text).format(**values)
    return message
