"""The store's refusals said in the window's language: a save refused because the record changed
on another workstation, and a database busy with another program's write.

The store words the refusal in English — who changed what and when — for the command line and
the log. The window says the same thing through its catalogue: in English the store's words as
they are, elsewhere the translated sentence with the same facts (the user, the records changed,
the date in the language's style and the UTC time), so a German physician whose save was
refused reads why in German.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .translation import translate
from .vocabulary import current_language, local_date

if TYPE_CHECKING:
    from ..services.clinic import RevisionConflict

BUSY = QT_TRANSLATE_NOOP("StoreWords", "The database is being written by another window or program; try again.")

CHANGED = QT_TRANSLATE_NOOP(
    "StoreWords",
    "Nothing was saved: {user} changed this patient ({records}) on {date} at {time} UTC, after you opened it. Reload the patient and make the change again.",  # noqa: E501 (one message for the translators)
)
DELETED = QT_TRANSLATE_NOOP("StoreWords", "Nothing was saved: {user} deleted this patient on {date} at {time} UTC.")
CHANGED_UNKNOWN = QT_TRANSLATE_NOOP(
    "StoreWords",
    "Nothing was saved: this patient was changed on another workstation after you opened it (revision {expected}, now {actual}). Reload the patient and make the change again.",  # noqa: E501 (one message for the translators)
)
DELETED_UNKNOWN = QT_TRANSLATE_NOOP("StoreWords", "Nothing was saved: this patient was deleted after you opened it.")


def conflict_message(conflict: RevisionConflict) -> str:
    """Why the save was refused, in the window's language."""
    if current_language() == "en":
        return str(conflict)
    deleted = conflict.actual is None
    if conflict.by is None:
        if deleted:
            return translate("StoreWords", DELETED_UNKNOWN)
        return translate("StoreWords", CHANGED_UNKNOWN).format(expected=conflict.expected, actual=conflict.actual)
    at = conflict.at or ""
    when = {"date": local_date(at[:10]) if len(at) >= 10 else "?", "time": at[11:16] if len(at) >= 16 else "?"}
    if deleted:
        return translate("StoreWords", DELETED).format(user=conflict.by, **when)
    return translate("StoreWords", CHANGED).format(user=conflict.by, records=", ".join(conflict.records) or "—",
                                                      **when)


def store_error_message(error: BaseException) -> str:
    """A store error as the window shows it: the refusals above in the window's language, other
    errors (a file that cannot be opened: data, paths) as the store words them."""
    from ..services.clinic import DatabaseBusy, RevisionConflict

    if isinstance(error, RevisionConflict):
        return conflict_message(error)
    if isinstance(error, DatabaseBusy) and current_language() != "en":
        return translate("StoreWords", BUSY)
    return str(error)
