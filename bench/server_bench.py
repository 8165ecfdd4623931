"""Worker: the clinic server (PostgreSQL) — the window's switch and keystroke p95 on the server,
and the 8-workstation save load.

    python bench/server_bench.py --db CLINIC.sqlite [--pg-url ADMIN_URL] [--workstations 8]
                                 [--seconds 60] [--interval 0.5] [--hot 40]

The SQLite demo clinic (bench/clinic.py's cache) is moved onto a fresh database of the server
with ``migrate-to``'s own code (verified; its time is ``server_migrate_s``). The server is
``--pg-url`` (a maintenance database whose role may create databases) or, without it, one
started for this run the way the tests start theirs (tests/pg_server.py), stopped at the end.

Switch and keystroke: bench/window_interact.py on the server URL (the same measurement as on
SQLite). Save load: ``--workstations`` processes, each its own clinic as its own user, saving
every ``--interval`` s for ``--seconds`` s a patient picked at random from the same ``--hot``
patients (so saves collide): read the document and its revision, change it, save against that
revision. A save is timed from the call to its return (a refusal included). Afterwards every
patient's revision must have grown by exactly its number of successful saves, and the audit trail
must hold one edit row per successful save: any difference is a lost update.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from harness import ROOT, Result, emit, percentile, run_worker, summary

NAMES = ("server_migrate_s", "server_patient_switch_p95_ms", "server_search_keystroke_p95_ms", "server_save_p95_ms",
         "server_saves", "server_stale_refusals", "server_errors", "server_lost_updates")


def _server(pg_url: str | None) -> tuple[str, Any]:
    if pg_url:
        return pg_url, None
    sys.path.insert(0, str(ROOT))
    from tests.pg_server import start_server

    server = start_server()
    return server.admin_url, server


def _new_database(admin_url: str, keep: str | None = None) -> tuple[str, str, bool]:
    """``(name, url, created)``: a fresh database, or ``keep`` (created only if it is not there yet)."""
    import psycopg

    name = keep or f"bench_{os.getpid()}_{int(time.time())}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    head, _, query = admin_url.partition("?")
    return name, f"{head.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else ""), not exists


def _drop_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _proc_cpu_s(pid: int, children: bool = False) -> float | None:
    """CPU seconds (user + system) of a process on this machine from /proc; None if unreadable
    (a server on another machine). ``children``: add its reaped children's (the postmaster's
    ended backends)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = int(fields[11]) + int(fields[12]) + ((int(fields[13]) + int(fields[14])) if children else 0)
    return ticks / _TICK


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def _postmaster(backend: int) -> int | None:
    """The server process of a backend on this machine (None when the server runs elsewhere)."""
    try:
        if Path(f"/proc/{backend}/comm").read_text().strip() != "postgres":
            return None
    except OSError:
        return None
    return _parent(backend)


def server_cpu_s(postmaster: int | None) -> float | None:
    """CPU seconds of one PostgreSQL server on this machine (its postmaster and every process it
    started), ended backends included: their time is added to the postmaster's when it reaps them.
    Other servers (other test runs on the machine) are not counted."""
    if postmaster is None:
        return None
    total = _proc_cpu_s(postmaster, children=True)
    if total is None:
        return None
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _parent(int(entry.name)) == postmaster:
            total += _proc_cpu_s(int(entry.name)) or 0.0
    return total


def workstation(url: str, number: int, hot: list[str], seconds: float, interval: float,
                start_at: float, out: Any, how: str = "record") -> None:
    """One simulated workstation (a process): saves on the hot patients until time is up; ``how``
    "record" saves as the window does (``save_record``: assessed, the list's figures cached in the
    same transaction), "document" the store's save alone (``save_document``)."""
    from datetime import date

    from nmdbone_desktop.services.clinic import RevisionConflict, open_clinic

    rng = random.Random(number)
    today = date.today()
    user = f"ws{number}"
    saves: list[tuple[str, int]] = []  # (patient, revision written)
    times: list[float] = []
    cpu_ms: list[float] = []  # this process's CPU per save call (the client's share)
    refusals = 0
    errors: list[str] = []
    with open_clinic(url, name=user) as clinic:
        backend = clinic._store._pg.info.backend_pid  # the server process serving this workstation
        while time.time() < start_at:
            time.sleep(0.01)
        cpu0, backend0 = time.process_time(), _proc_cpu_s(backend)
        end = start_at + seconds
        tick = start_at
        n = 0
        while tick < end:
            pid = rng.choice(hot)
            try:
                doc = clinic.get_document(pid)
                revision = clinic.patient_briefs([pid])[pid].revision
                n += 1
                # a marker no earlier run wrote, so every save changes the document
                changed = doc.model_copy(update={"extra": {**doc.extra, "bench": f"{user}-{start_at}-{n}"}})
                t0, c0 = time.perf_counter(), time.process_time()
                try:
                    if how == "record":
                        written = clinic.save_record(changed, action="edit", expected_revision=revision,
                                                     as_of=today)[0]
                    else:
                        written = clinic.save_document(changed, expected_revision=revision)
                    if written != revision + 1:
                        errors.append(f"{pid}: saved from revision {revision} as {written}")
                    saves.append((pid, written))
                except RevisionConflict:
                    refusals += 1
                finally:
                    times.append((time.perf_counter() - t0) * 1000)
                    cpu_ms.append((time.process_time() - c0) * 1000)
            except Exception as error:  # anything but the stale refusal counts as an error (a bug too)
                errors.append(f"{type(error).__name__}: {error}")
            tick += interval
            pause = tick - time.time()
            if pause > 0:
                time.sleep(pause)
        cpu, backend1 = time.process_time() - cpu0, _proc_cpu_s(backend)
    backend_cpu = None if backend0 is None or backend1 is None else backend1 - backend0
    out.put({"user": user, "saves": saves, "times": times, "refusals": refusals, "errors": errors,
             "cpu_ms": cpu_ms, "cpu_s": cpu, "backend_cpu_s": backend_cpu})


def save_load(url: str, workstations: int, seconds: float, interval: float, hot_count: int,
              extras: dict[str, Any], how: str = "record") -> dict[str, float]:
    from nmdbone_desktop.services.clinic import open_clinic

    with open_clinic(url) as clinic:
        hot = clinic.patient_ids()[:hot_count]
        before = {pid: r for pid, r in clinic.revisions().items() if pid in hot}
        audit_before = clinic.last_audit_id()
        postmaster = _postmaster(clinic._store._pg.info.backend_pid)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    start_at = time.time() + 5.0 + workstations  # every process connected before the clock starts
    procs = [context.Process(target=workstation, args=(url, i + 1, hot, seconds, interval, start_at, queue, how))
             for i in range(workstations)]
    for p in procs:
        p.start()
    while time.time() < start_at:
        time.sleep(0.01)
    server0, load0 = server_cpu_s(postmaster), os.getloadavg()
    reports = [queue.get(timeout=seconds + 120) for _ in procs]
    server1, load1 = server_cpu_s(postmaster), os.getloadavg()
    for p in procs:
        p.join(30)
    times = [t for r in reports for t in r["times"]]
    saved: dict[str, int] = {}
    for r in reports:
        for pid, _rev in r["saves"]:
            saved[pid] = saved.get(pid, 0) + 1
    errors = [e for r in reports for e in r["errors"]]
    with open_clinic(url) as clinic:
        after = clinic.revisions()
        edits: dict[str, int] = {}
        for entry in clinic.history(limit=None):
            if entry.id <= audit_before:
                break
            if entry.action == "edit" and entry.patient_id in before:
                edits[entry.patient_id] = edits.get(entry.patient_id, 0) + 1
    lost = sum(abs((after[pid] - before[pid]) - saved.get(pid, 0)) for pid in before)
    lost += sum(abs(edits.get(pid, 0) - saved.get(pid, 0)) for pid in before)
    extras["server_save_load"] = {
        "workstations": workstations, "save": how, "seconds": seconds, "interval_s": interval, "hot_patients": len(hot),
        "save_ms": summary(times), "per_workstation_saves": {r["user"]: len(r["saves"]) for r in reports},
        "first_errors": errors[:5],
        # CPU, to tell a slow save from a busy machine: the client's per save call, all workstations'
        # and their server backends' over the load, every PostgreSQL process's (same machine only)
        "client_cpu_per_save_ms": summary([c for r in reports for c in r["cpu_ms"]]),
        "workstations_cpu_s": round(sum(r["cpu_s"] for r in reports), 2),
        "backends_cpu_s": (round(sum(r["backend_cpu_s"] for r in reports), 2)
                           if all(r["backend_cpu_s"] is not None for r in reports) else None),
        "server_cpu_s": None if server0 is None or server1 is None else round(server1 - server0, 2),
        "loadavg_before": load0, "loadavg_after": load1,
    }
    return {"server_save_p95_ms": percentile(times, 95), "server_saves": float(sum(saved.values())),
            "server_stale_refusals": float(sum(r["refusals"] for r in reports)),
            "server_errors": float(len(errors)), "server_lost_updates": float(lost)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="the SQLite demo clinic to move onto the server")
    parser.add_argument("--pg-url", default=None)
    parser.add_argument("--workstations", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--interval", type=float, default=0.5)
    parser.add_argument("--hot", type=int, default=40)
    parser.add_argument("--save", choices=("record", "document"), default="record",
                        help="record: the window's save (assessed, cached); document: the store's save alone")
    parser.add_argument("--switches", type=int, default=100)
    parser.add_argument("--names", type=int, default=6)
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--keep-database", default=None, metavar="NAME",
                        help="with --pg-url: move the clinic into NAME once and keep it (later runs reuse it, "
                             "no migrate; the saves of earlier runs stay in it)")
    args = parser.parse_args()
    result = Result()
    admin_url, server = _server(args.pg_url)
    name, url, created = _new_database(admin_url, args.keep_database if args.pg_url else None)
    try:
        def move() -> dict[str, float]:
            from nmdbone_desktop.services.clinic_server import move_clinic

            with tempfile.TemporaryDirectory(prefix="nmdbone-server-bench-") as tmp:
                work = Path(tmp) / "clinic.sqlite"
                from clinic import copy_db

                copy_db(args.db, work)  # move_clinic audits two exports in its source: not in the cache
                t0 = time.perf_counter()
                report = move_clinic(work, url)
                took = time.perf_counter() - t0
            result.extras["server_migrate"] = str(report)
            return {"server_migrate_s": took}

        if created:
            result.measure(NAMES[:1], move)
        names = ["patient_switch_p95_ms", "search_keystroke_p95_ms"]
        answer = run_worker("window_interact.py", ["--db", url, "--switches", str(args.switches),
                                                   "--names", str(args.names)], names, timeout_s=args.timeout)
        for plain in names:
            result.metrics[f"server_{plain}"] = answer.metrics.get(plain)
            if plain in answer.errors:
                result.errors[f"server_{plain}"] = answer.errors[plain]
        result.extras["server_interact"] = answer.extras
        result.measure(NAMES[3:], lambda: save_load(url, args.workstations, args.seconds, args.interval, args.hot,
                                                    result.extras, args.save))
    finally:
        from nmdbone_desktop.store.server import close_pools

        close_pools()
        if not (args.pg_url and args.keep_database):
            _drop_database(admin_url, name)
        if server is not None:
            server.stop()
    emit(result)


if __name__ == "__main__":
    main()
