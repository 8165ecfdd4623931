"""A save on the clinic server in one round trip: the revision is checked by the server, not read.

The store's save (:meth:`..clinic.ClinicStore.save_document`) reads the record, compares it and
makes every row before it takes the clinic's write lock; under the lock it only has to confirm
that the revision is still the one it read. On SQLite that is a read in this process. On a server
a read under the lock is a round trip during which every other workstation waits, and on a busy
machine each round trip waits for two processes to be scheduled. So the server is told the
revision to expect (:func:`expect_revision`) in the same batch as the lock, the writes and the
commit: the whole save is one round trip, and the lock is held only while the server executes it.

If the record changed in between, the check fails the transaction with ``serialization_failure``
(:class:`.connection.RevisionMoved`: nothing is written) and the save is simply done again the
careful way, reading the revision under the lock, which gives the stale-version refusal exactly
as before. The check runs after the lock is taken, as its own statement, so it sees every save
committed before ours (READ COMMITTED takes a new snapshot per statement).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..connection import pipelined

if TYPE_CHECKING:
    from .connection import ServerDatabase

# Parameters reach the DO block through transaction-local settings (a DO block takes none).
_SET = "SELECT set_config('nmdbone.patient', ?, true), set_config('nmdbone.revision', ?, true)"
_CHECK = (
    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM patients WHERE id = current_setting('nmdbone.patient') "
    "AND revision = current_setting('nmdbone.revision')::bigint) THEN "
    "RAISE EXCEPTION 'the record changed since it was read' USING ERRCODE = 'serialization_failure'; "
    "END IF; END $$"
)


def expect_revision(db: ServerDatabase, patient_id: str, revision: int) -> None:
    """Inside a write transaction: fail it unless the patient is still at ``revision``. Sent with
    the statements that follow (no round trip of its own)."""
    with pipelined(db):  # type: ignore[arg-type]
        db.execute(_SET, [patient_id, str(revision)])
        db.execute(_CHECK)
