"""The worklist's worker processes (issue 16's speed, issue 18's port): what they are given, what
they give back, and that none outlives its scan.

* Equality: the cold worklist built on worker processes (the fast path: fork-server workers,
  orjson cache text, one prepared insert) equals the plain path — every demo patient assessed on
  this thread, the report encoded with ``json.dumps``, digested and triaged — item for item, and
  the cached report text is the ``json.dumps`` text byte for byte.
* Port: a worker opens the clinic from its location as the signed-in user it is handed (a
  disabled account is refused there), never from a path of its own.
* Lifetime: after a scan (finished, cancelled or failed) no worker process is left.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from nmdbone_desktop.core.assessment import assess
from nmdbone_desktop.demo import generate_clinic
from nmdbone_desktop.services import assessments as engine
from nmdbone_desktop.services import worklist
from nmdbone_desktop.services.assessments import ScanCancelled, refresh_assessments
from nmdbone_desktop.services.chunk_triage import worklist_row
from nmdbone_desktop.services.clinic import PermissionDenied, Session, open_clinic
from nmdbone_desktop.services.pool import run_jobs
from nmdbone_desktop.services.results import WorklistItem
from nmdbone_desktop.services.scan import ChunkJob
from nmdbone_desktop.services.summaries import digest
from nmdbone_desktop.services.triage import PatientFacts, build_items
from nmdbone_desktop.store import ClinicStore

AS_OF = date(2026, 12, 3)
DEMO = list(generate_clinic(300, seed=1, as_of=AS_OF))


def _worker_pids() -> set[int]:
    """Live processes whose parent is this process or its fork server (Linux /proc), leaving out
    the two helpers multiprocessing keeps for the whole run: the fork server and the resource
    tracker."""
    from multiprocessing import forkserver, resource_tracker

    helpers = {getattr(forkserver._forkserver, "_forkserver_pid", None),  # type: ignore[attr-defined]
               getattr(resource_tracker._resource_tracker, "_pid", None)}  # type: ignore[attr-defined]
    parents = {os.getpid()} | helpers
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                state, ppid = (entry / "stat").read_text().rsplit(")", 1)[1].split()[:2]
            except OSError:
                continue
            if int(ppid) in parents and state != "Z":
                found.add(int(entry.name))
    return found - helpers


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")


@pytest.fixture(scope="module")
def demo_clinic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo300.sqlite"
    with ClinicStore(path) as store:
        store.import_documents(DEMO, source="demo")
    return path


def test_the_parallel_cold_worklist_equals_the_plain_path(demo_clinic: Path, monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    monkeypatch.setattr(engine, "CHUNK", 40)  # 8 chunks over 2 worker processes
    path = tmp_path / "cold.sqlite"
    path.write_bytes(demo_clinic.read_bytes())
    with ClinicStore(path) as store:
        fast = worklist(store, AS_OF, workers=2)
        cached = store.assessment_summaries()
        marks = store.handled_marks()
        docs = list(store.iter_documents())  # as stored (SQLite keeps -0.0 as 0.0)
    reports = {doc.id: assess(doc, AS_OF) for doc in docs}
    assert fast.refresh.computed == len(DEMO) == len(reports)
    for pid, report in reports.items():  # the cache's text is json.dumps's, byte for byte
        assert cached[pid].report_json == json.dumps(report, ensure_ascii=False, separators=(",", ":"))
    facts = {d.id: PatientFacts(d.display_name, d.diagnosis.code, d.diagnosis.label) for d in docs}
    digests = {pid: digest(r, AS_OF) for pid, r in reports.items()}
    plain = build_items(facts, digests, AS_OF, marks=marks)
    assert [i.to_json() for i in fast.triage] == [i.to_json() for i in plain]
    rows = sorted((worklist_row(pid, facts[pid], d) for pid, d in digests.items() if d.open_items),
                  key=WorklistItem.sort_key)
    assert list(fast.items) == rows and len(rows) > 250
    assert len(fast.triage) > 900  # the demo gives ≈ 3.8 items a patient: not an empty comparison
    serial_path = tmp_path / "serial.sqlite"
    serial_path.write_bytes(demo_clinic.read_bytes())
    with ClinicStore(serial_path) as serial_store:  # and the same as the serial scan (one thread)
        serial = worklist(serial_store, AS_OF, workers=1)
    assert [i.to_json() for i in serial.triage] == [i.to_json() for i in fast.triage]
    assert serial.items == fast.items


def test_a_mark_made_during_the_cold_scan_is_in_the_result(demo_clinic: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The cold build triages chunk by chunk with the marks read before the scan; a mark made
    meanwhile sends it back to building the lists after the scan."""
    monkeypatch.setattr(engine, "CHUNK", 50)
    path = tmp_path / "marked.sqlite"
    path.write_bytes(demo_clinic.read_bytes())
    with ClinicStore(path) as store:

        def mark_once(done: int, _total: int, _msg: str) -> None:
            if done == 100:
                store.mark_handled("P000003", "DXA_DUE", "booked", until=date(2027, 1, 10))

        during = worklist(store, AS_OF, progress=mark_once)
        again = worklist(store, AS_OF)  # warm: every list built after reading the cache
    assert [m.code for m in store_marks(path)] == ["DXA_DUE"]
    assert [i.to_json() for i in during.triage] == [i.to_json() for i in again.triage]
    assert during.items == again.items
    booked = [i for i in during.triage if i.patient_id == "P000003" and i.code == "DXA_DUE"]
    assert booked and booked[0].handled is not None


def store_marks(path: Path) -> list:
    with ClinicStore(path) as store:
        return store.handled_marks()


def _login_clinic(path: Path) -> Session:
    with open_clinic(path) as clinic:
        clinic.import_documents(DEMO[:12], source="test")
        clinic.add_user("doc", "physician", "another passphrase")
        clinic.add_user("nina", "nurse", "a long passphrase")
        clinic.set_login_required(True)
    with open_clinic(path) as clinic:
        return clinic.sign_in("nina", "a long passphrase")


def _jobs(path: Path, session: Session, ids: list[str]) -> list[ChunkJob]:
    return [ChunkJob(location=str(path), session=session, as_of=AS_OF, ids=tuple(part),
                     stale=dict.fromkeys(part, 1)) for part in (ids[:6], ids[6:])]


def test_workers_open_the_clinic_by_location_as_the_signed_in_user(tmp_path: Path) -> None:
    path = tmp_path / "login.sqlite"
    session = _login_clinic(path)
    ids = [d.id for d in DEMO[:12]]
    outcomes = []
    with open_clinic(path, session) as clinic:
        assert run_jobs(_jobs(path, clinic.session, ids), clinic, 2, lambda _j, o: outcomes.append(o), lambda: False)
        assert sum(o.computed for o in outcomes) == 12 and len(clinic.assessment_summaries()) == 12
    with open_clinic(path) as admin:
        admin.session = admin.sign_in("doc", "another passphrase")
        admin.set_user_active("nina", False)  # the session the workers carry is now refused there
    with open_clinic(path) as clinic, pytest.raises(PermissionDenied, match="nina"):
        run_jobs(_jobs(path, session, ids), clinic, 2, lambda _j, _o: None, lambda: False)


@needs_proc
def test_no_worker_process_outlives_its_scan(demo_clinic: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "CHUNK", 30)
    path = tmp_path / "life.sqlite"
    path.write_bytes(demo_clinic.read_bytes())
    with ClinicStore(path) as store:
        assert refresh_assessments(store, AS_OF, workers=2).computed == len(DEMO)  # finished
        assert _worker_pids() == set()
        store.save_document(DEMO[0].model_copy(update={"falls_past_12_months": 2}))
        seen: list[int] = []
        with pytest.raises(ScanCancelled):  # cancelled after the first chunk came back
            worklist(store, date(2027, 1, 5), workers=2, progress=lambda done, *_: seen.append(done),
                     cancelled=lambda: len(seen) > 1)
        assert _worker_pids() == set()
        bad = ChunkJob(location=str(tmp_path), session=store.session, as_of=AS_OF, ids=("P1",), stale={"P1": 1})
        with pytest.raises(Exception, match=r"unable to open|directory|database"):  # failed: a folder is no clinic
            run_jobs([bad, bad], store, 2, lambda _j, _o: None, lambda: False)
        assert _worker_pids() == set()


_ORPHAN_SCRIPT = """
import os, signal, sys, time
from nmdbone_desktop.services.pool import new_executor

def main():
    executor = new_executor(2)
    pids = set()
    while len(pids) < 2:  # each worker reports its pid, then sleeps as a long chunk would
        pids |= {f.result() for f in [executor.submit(os.getpid) for _ in range(4)]}
    for _ in range(2):
        executor.submit(time.sleep, 120)
    print(" ".join(map(str, sorted(pids))), flush=True)
    time.sleep(0.5)
    os.kill(os.getpid(), signal.SIGKILL)  # dies without shutting its pool down

if __name__ == "__main__":
    main()
"""


@needs_proc
def test_workers_end_when_the_process_that_started_them_is_killed(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    script = tmp_path / "orphan.py"
    script.write_text(_ORPHAN_SCRIPT)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env)
    pids = [int(p) for p in run.stdout.split()]
    assert len(pids) == 2, run.stderr
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() for p in pids):
        time.sleep(0.1)
    alive = [p for p in pids if Path(f"/proc/{p}/stat").exists()
             and Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"]
    assert alive == []


def test_the_bundle_uses_both_cores_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """The PyInstaller bundle (``sys.frozen``) gets worker processes like a source install: its
    entry point calls ``freeze_support()`` (scripts/check_bundle.sh runs a parallel worklist)."""
    from nmdbone_desktop.services import pool

    monkeypatch.delenv("NMDBONE_WORKERS", raising=False)
    monkeypatch.setattr(pool.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert pool.default_workers(20_000) == 2
    assert pool.default_workers(pool.PARALLEL_MIN - 1) == 1


@pytest.mark.skipif(not hasattr(os, "nice"), reason="POSIX priorities")
def test_workers_run_below_the_window_s_priority() -> None:
    """A background scan takes the CPU the window leaves idle: its workers are niced."""
    from nmdbone_desktop.services.pool import WORKER_NICENESS, new_executor

    executor = new_executor(2)
    try:
        niceness = {executor.submit(os.nice, 0).result() for _ in range(4)}
    finally:
        executor.shutdown(wait=True)
    assert niceness == {min(os.nice(0) + WORKER_NICENESS, 19)}
