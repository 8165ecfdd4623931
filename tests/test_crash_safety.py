"""kill -9 of a real ``nmdbone-desktop import`` never leaves a half-written or damaged database.

The clinic's acceptance: a 3,000-patient import into a 100-patient database, killed with SIGKILL
at four different moments, leaves every time a database whose ``PRAGMA integrity_check`` is ok
and which holds either the 100 patients it had or all 3,100 (and an audit trail that agrees).

The kill moments are spread over the import's own duration, measured once on an unkilled run on
this machine: a quarter into the run (files still being read and validated), right when the
writer takes the database's write lock (the writing phase begins), and half-way and 80 % through
the measured writing phase. "Writing has begun" is seen from outside, with a second connection
trying ``BEGIN IMMEDIATE`` without waiting: it fails exactly while the importer holds the lock.
Only outcomes are asserted, never timings.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from nmdbone_desktop.core.validation import canonical_json
from nmdbone_desktop.demo import generate_clinic
from nmdbone_desktop.store import ClinicStore

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]

BASE_PATIENTS = 100
IMPORTED = 3000
TEMPLATES = 300  # distinct generated patients; the 3,000 files are these under new ids
POLL_S = 0.003


@dataclass(frozen=True)
class CrashData:
    base: Path  # the 100-patient database (no -wal beside it)
    files: Path  # folder of 3,000 canonical patient documents, ids K000000…
    root: Path


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("nmdbone-desktop")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from nmdbone_desktop.cli import main; sys.exit(main())"]


@pytest.fixture(scope="module")
def crash_data(tmp_path_factory: pytest.TempPathFactory) -> CrashData:
    root = tmp_path_factory.mktemp("crash")
    docs = list(generate_clinic(BASE_PATIENTS + TEMPLATES, seed=2026, as_of=date.today()))
    base = root / "base.sqlite"
    with ClinicStore(base) as store:
        store.import_documents(docs[:BASE_PATIENTS], source="base clinic")
    files = root / "import"
    files.mkdir()
    texts = [(d.id, canonical_json(d)) for d in docs[BASE_PATIENTS:]]
    for i in range(IMPORTED):
        old_id, text = texts[i % TEMPLATES]
        new_id = f"K{i:06d}"
        marker = f'"id": "{old_id}"'
        assert text.count(marker) == 1
        (files / f"{new_id}.json").write_text(text.replace(marker, f'"id": "{new_id}"'), encoding="utf-8")
    assert not Path(f"{base}-wal").exists()
    return CrashData(base=base, files=files, root=root)


def _fresh_copy(data: CrashData, name: str) -> Path:
    target = data.root / name / "clinic.sqlite"
    target.parent.mkdir()
    shutil.copy(data.base, target)
    return target


class LockProbe:
    """A second connection that tries ``BEGIN IMMEDIATE`` without waiting: it fails exactly while
    another connection holds the write lock (and otherwise releases it again at once)."""

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(str(db), timeout=0, isolation_level=None)

    def writer_active(self) -> bool:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return True
        self.conn.execute("ROLLBACK")
        return False

    def close(self) -> None:
        self.conn.close()


class ImportRun:
    """One ``nmdbone-desktop import`` process, with the moment its write transaction was first seen."""

    def __init__(self, db: Path, files: Path) -> None:
        self.db = db
        self.out = db.with_name("stdout.txt")
        self.err = db.with_name("stderr.txt")
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.started = time.monotonic()
            self.proc = subprocess.Popen([*_cli(), "import", "--db", str(db), str(files)], stdout=out, stderr=err)
        self.lock_seen: float | None = None
        self.killed = False
        self.probe = LockProbe(db)

    def running(self) -> bool:
        return self.proc.poll() is None

    def watch(self) -> None:
        """One poll: note when the importer starts writing."""
        if self.lock_seen is None and self.running() and self.probe.writer_active():
            self.lock_seen = time.monotonic()

    def kill(self) -> None:
        if self.running():
            os.kill(self.proc.pid, signal.SIGKILL)
            self.killed = True

    def wait(self) -> int:
        code = self.proc.wait(timeout=600)
        self.probe.close()
        return code


@dataclass(frozen=True)
class Timing:
    total: float  # start → exit of an unkilled run
    to_write: float  # start → write lock seen
    writing: float  # write lock seen → exit


@pytest.fixture(scope="module")
def timing(crash_data: CrashData) -> Timing:
    """One unkilled run: how long the whole import and its writing phase take on this machine."""
    db = _fresh_copy(crash_data, "unkilled")
    run = ImportRun(db, crash_data.files)
    while run.running():
        run.watch()
        time.sleep(POLL_S)
    ended = time.monotonic()
    assert run.wait() == 0, run.err.read_text()
    assert _check_database(db) == BASE_PATIENTS + IMPORTED
    lock = run.lock_seen if run.lock_seen is not None else run.started + (ended - run.started) / 2
    return Timing(total=ended - run.started, to_write=lock - run.started, writing=ended - lock)


def _check_database(db: Path) -> int:
    """Integrity ok, foreign keys intact, audit trail agrees with the data; returns the patient count."""
    conn = sqlite3.connect(str(db))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        patients = conn.execute("SELECT count(*) FROM patients").fetchone()[0]
        imported = conn.execute("SELECT count(*) FROM patients WHERE id LIKE 'K%'").fetchone()[0]
        audited = conn.execute(
            "SELECT count(*) FROM audit WHERE action = 'import' AND patient_id LIKE 'K%'").fetchone()[0]
        children = conn.execute("SELECT count(*) FROM dxa WHERE patient_id LIKE 'K%'").fetchone()[0]
    finally:
        conn.close()
    assert (imported, audited) in ((0, 0), (IMPORTED, IMPORTED))
    assert (children == 0) == (imported == 0)
    return patients


def test_unkilled_import_completes(timing: Timing) -> None:
    """The reference run itself imported everything (checked in the fixture) and had a writing phase."""
    print(f"unkilled import: {timing}")  # shown with -s
    assert timing.total > 0 and timing.writing >= 0


# Each moment: (fraction of the unkilled run's total time) or (after the write lock is seen, fraction
# of the measured writing phase).
MOMENTS = {
    "quarter-way (reading and validating files)": ("total", 0.25),
    "as soon as writing begins": ("write", 0.0),
    "half-way through writing": ("write", 0.5),
    "near the end of writing (commit)": ("write", 0.8),
}


@pytest.mark.parametrize("moment", list(MOMENTS))
def test_kill_9_leaves_all_or_nothing(crash_data: CrashData, timing: Timing, moment: str) -> None:
    kind, fraction = MOMENTS[moment]
    db = _fresh_copy(crash_data, f"kill-{list(MOMENTS).index(moment)}")
    run = ImportRun(db, crash_data.files)
    while run.running():
        now = time.monotonic()
        if kind == "total" and now - run.started >= fraction * timing.total:
            run.kill()
            break
        run.watch()
        if kind == "write" and run.lock_seen is not None and now - run.lock_seen >= fraction * timing.writing:
            run.kill()
            break
        time.sleep(POLL_S)
    code = run.wait()
    if run.killed:
        assert code == -signal.SIGKILL
    else:  # finished before the moment came (a fast machine): it must have succeeded
        assert code == 0, run.err.read_text()
    patients = _check_database(db)
    assert patients in (BASE_PATIENTS, BASE_PATIENTS + IMPORTED)
    print(f"{moment}: killed={run.killed}, {patients} patients afterwards")  # shown with -s
    # The database is usable afterwards: it opens (recovering its WAL) and takes a new write.
    with ClinicStore(db) as store:
        assert store.patient_count() == patients
        store.record_event("crash-test-check", detail={"moment": moment})
