"""Which patients changed since a point in the audit trail (the worklist's warm refresh).

Every write that changes a patient (create, edit, import, delete) is audited in its own
transaction (:mod:`.clinic`), so the trail's ids after the last one a caller saw name exactly the
patients whose revision may have changed — found through the ``(patient_id, id)`` index without
reading the 20,000 revisions of a large clinic. A restore replaces the database under the trail's
feet: then, or when the trail went backwards, the answer is "unknown" and the caller reads every
revision as before.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .errors import busy_guard

if TYPE_CHECKING:
    from sqlite_utils import Database

#: Audit actions that can change which patients exist or their revision.
PATIENT_ACTIONS = ("create", "edit", "import", "delete")


class ChangesMixin:
    _db: Database

    @busy_guard
    def last_audit_id(self) -> int:
        return int(self._db.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0])

    @busy_guard
    def revisions_changed_since(self, audit_id: int) -> tuple[int, dict[str, int | None] | None]:
        """``(last audit id, {patient id: current revision or None if deleted})`` for the patients
        written after ``audit_id``; ``None`` instead of the dict when that cannot be known (a
        restore since, or a trail that went backwards): read every revision then."""
        conn = self._db.conn
        last = int(conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0])
        if last < audit_id:
            return last, None
        marks = ", ".join("?" for _ in PATIENT_ACTIONS)
        rows = conn.execute(f"SELECT DISTINCT patient_id, action FROM audit WHERE id > ? AND id <= ? AND "
                            f"(action IN ({marks}) OR action = 'restore')", [audit_id, last, *PATIENT_ACTIONS])
        ids: set[str] = set()
        for pid, action in rows:
            if action == "restore":
                return last, None
            if pid is not None:
                ids.add(pid)
        if not ids:
            return last, {}
        found = dict(conn.execute("SELECT id, revision FROM patients WHERE id IN (SELECT value FROM json_each(?))",
                                  [json.dumps(sorted(ids))]).fetchall())
        return last, {pid: found.get(pid) for pid in ids}
