"""Worker: the store at clinic scale — ``worklist_s`` (cold), ``worklist_warm_edit_ms`` and
``import_s`` vs ``bare_insert_s``.

* worklist: each run opens a fresh copy of the clinic with its assessment cache emptied and calls
  ``nmdbone_desktop.services.worklist(store, as_of)``, which assesses what is stale (here: every
  patient, on worker processes: both cores) and builds the worklist with its triaged items; a
  second, warm call is reported as an extra.
* warm refresh after one edit: on the last copy, the overview the window shows
  (``clinic_overview``) is built once, then 7 times one patient is edited (``save_document``) and
  ``clinic_overview(store, as_of, previous=overview)`` — what the window's Refresh does — is timed.
* import: the exported clinic (one JSON file per patient) is read, validated
  (``parse_document_json``) and imported (``ClinicStore.import_documents``) into a new database —
  the work of ``nmdbone-desktop import DIR`` without the interpreter start.
* bare insert (``bare_store.py``): the very rows the import wrote, table by table, with plain
  sqlite-utils ``insert_all`` into a new WAL database, in one transaction.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from bare_store import bare_insert, read_tables
from clinic import _cli, cli_has, copy_db
from harness import Result, emit, median, require, summary


def _cleanup(path: Path) -> None:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink(missing_ok=True)


def cpu_with_children() -> float:
    """CPU seconds of this process plus its finished children and the worklist's worker processes.

    Where the worklist forks its workers from a fork server (``services.pool``), they are the fork
    server's children, not ours: their CPU (and the server's own) is read from its /proc entry.
    """
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime + _forkserver_cpu()


def _forkserver_cpu() -> float:
    """utime + stime + cutime + cstime of this process's fork server (0 when there is none)."""
    try:
        from multiprocessing import forkserver

        pid = forkserver._forkserver._forkserver_pid  # type: ignore[attr-defined]
        if not pid:
            return 0.0
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (ImportError, AttributeError, OSError):
        return 0.0
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def empty_cache(path: Path) -> int:
    """Drop the copied clinic's cached assessments (the demo fills them): the worklist starts cold."""
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        dropped = conn.execute("DELETE FROM assessment_cache").rowcount if "assessment_cache" in tables else 0
    conn.close()
    return dropped


def worklist_runs(db: Path, as_of: date, repeats: int, tmp: Path, extras: dict[str, Any]) -> dict[str, float]:
    """``worklist(store, as_of)`` on a cold copy (it refreshes what is stale itself), then once warm."""
    worklist = require("nmdbone_desktop.services:worklist")
    store_cls = require("nmdbone_desktop.store:ClinicStore")
    cold, cold_cpu, warm, entries, dropped = [], [], [], None, 0
    edits: list[float] = []
    edit_cpu: list[float] = []
    triaged = 0
    for run in range(repeats):
        work = tmp / f"worklist-{run}.sqlite"
        copy_db(db, work)
        dropped = empty_cache(work)
        c0, t0 = cpu_with_children(), time.perf_counter()
        with store_cls(work, user="bench") as store:
            answer = worklist(store, as_of)
            t1 = time.perf_counter()
            cold_cpu.append(cpu_with_children() - c0)
            worklist(store, as_of)
            t2 = time.perf_counter()
            if run == repeats - 1:
                edits, edit_cpu = warm_edits(store, as_of)
        cold.append(t1 - t0)
        warm.append(t2 - t1)
        entries = _count_entries(answer)
        triaged = len(getattr(answer, "triage", ()) or ())
        _cleanup(work)
    extras["worklist"] = {"cache_rows_dropped": dropped, "cold_s": summary(cold, 3),
                          "cold_cpu_s_incl_worker_processes": summary(cold_cpu, 3), "warm_s": summary(warm, 3),
                          "items": entries, "triaged_items": triaged,
                          "warm_edit_ms": summary(edits, 1), "warm_edit_cpu_ms": summary(edit_cpu, 1)}
    return {"worklist_s": median(cold), "worklist_warm_edit_ms": median(edits)}


def warm_edits(store: Any, as_of: date, edits: int = 7) -> tuple[list[float], list[float]]:
    """One patient edited, then the overview rebuilt from the previous one (ms, wall and CPU)."""
    overview_fn = require("nmdbone_desktop.services:clinic_overview")
    overview = overview_fn(store, as_of)
    ids = store.patient_ids()
    wall, cpu = [], []
    for n in range(edits):
        doc = store.get_document(ids[(n * 997) % len(ids)])
        store.save_document(doc.model_copy(update={"falls_past_12_months": (doc.falls_past_12_months or 0) + 1}))
        c0, t0 = time.process_time(), time.perf_counter()
        overview = overview_fn(store, as_of, previous=overview)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return wall, cpu


def _count_entries(answer: Any) -> int | None:
    for name in ("items", "patients"):
        found = answer.get(name) if isinstance(answer, dict) else getattr(answer, name, None)
        if isinstance(found, list | tuple):
            return len(found)
    return None


def _read_export(folder: Path, as_of: date) -> list[Any]:
    parse = require("nmdbone_desktop.core.validation:parse_document_json")
    if not any(folder.glob("*.json")):
        raise RuntimeError(f"{folder}: no exported documents")
    return [parse(path.read_bytes(), as_of=as_of, source=str(path)) for path in sorted(folder.glob("*.json"))]


def import_runs(export: Path, as_of: date, repeats: int, tmp: Path, extras: dict[str, Any]) -> dict[str, float]:
    store_cls = require("nmdbone_desktop.store:ClinicStore")
    totals, parse_times, store_times, cpu_times = [], [], [], []
    bare_times: list[float] = []
    bare_cpu: list[float] = []
    tables: dict[str, list[dict[str, Any]]] = {}
    for run in range(repeats):
        target = tmp / f"import-{run}.sqlite"
        c0, t0 = time.process_time(), time.perf_counter()
        docs = _read_export(export, as_of)
        t1 = time.perf_counter()
        with store_cls(target, user="bench") as store:
            store.import_documents(docs, source=str(export))
        t2 = time.perf_counter()
        cpu_times.append(time.process_time() - c0)
        del docs
        totals.append(t2 - t0)
        parse_times.append(t1 - t0)
        store_times.append(t2 - t1)
        if run == 0:
            tables = read_tables(target)
        _cleanup(target)
        bare_target = tmp / f"bare-{run}.sqlite"  # A B A B: the two share the machine's mood
        c0 = time.process_time()
        bare_times.append(bare_insert(bare_target, tables))
        bare_cpu.append(time.process_time() - c0)
        _cleanup(bare_target)
    extras["import"] = {"patients_files": sum(1 for _ in export.glob("*.json")), "runs_s": summary(totals, 3),
                        "read_validate_s": summary(parse_times, 3), "import_documents_s": summary(store_times, 3),
                        "bare_insert_s": summary(bare_times, 3), "import_cpu_s": summary(cpu_times, 3),
                        "bare_insert_cpu_s": summary(bare_cpu, 3),
                        "rows": {name: len(rows) for name, rows in tables.items()}}
    import_s, bare_s = median(totals), median(bare_times)
    return {"import_s": import_s, "bare_insert_s": bare_s, "import_ratio": import_s / bare_s}


def import_cli(export: Path, tmp: Path, extras: dict[str, Any]) -> None:
    """Whole-process ``nmdbone-desktop import`` once, as an extra (interpreter start included)."""
    if not cli_has("import"):
        extras["import_cli_s"] = None
        return
    target = tmp / "import-cli.sqlite"
    t0 = time.perf_counter()
    run = subprocess.run([*_cli(), "import", "--db", str(target), str(export)], capture_output=True, text=True,
                         timeout=3600)
    extras["import_cli_s"] = round(time.perf_counter() - t0, 3) if run.returncode == 0 else None
    if run.returncode != 0:
        extras["import_cli_error"] = run.stderr.strip()[-300:]
    _cleanup(target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--export", type=Path)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", choices=("worklist", "import"))
    args = parser.parse_args()
    result = Result()
    with tempfile.TemporaryDirectory(prefix="nmdbone-bench-") as tmp_name:
        tmp = Path(tmp_name)
        if args.only in (None, "worklist"):
            result.measure(["worklist_s", "worklist_warm_edit_ms"],
                           lambda: worklist_runs(args.db, args.as_of, args.repeats, tmp, result.extras))
        if args.only in (None, "import"):
            names = ["import_s", "bare_insert_s", "import_ratio"]
            if args.export is None:
                result.measure(names, _no_export)
            else:
                result.measure(names, lambda: import_runs(args.export, args.as_of, args.repeats, tmp,
                                                          result.extras))
                import_cli(args.export, tmp, result.extras)
    emit(result)


def _no_export() -> dict[str, float]:
    raise RuntimeError("no export of the clinic to import (see the clinic worker's errors)")


if __name__ == "__main__":
    main()
