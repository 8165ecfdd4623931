"""Worker: the DXA import at clinic scale — ``dxa_import_s`` vs ``bare_dxa_insert_s`` (issue 20).

* import: one CSV of one new lumbar-spine scan per patient (as many rows as the clinic has
  patients: 20,000 at full size), written the European way (semicolons, decimal commas), imported
  into a copy of the clinic with the app's flow — ``services.dxa_import.plan_dxa_import`` (read,
  map, validate, match, duplicate check: the preview) and ``commit_dxa_import`` (one audited
  transaction) — timed from reading the file to the commit. Re-assessing the imported patients
  (which the command does next) is reported apart, as an extra.
* bare insert: the very rows that import wrote (its ``dxa`` rows and its audit rows, read back
  before the clock starts) inserted with plain sqlite-utils ``insert_all`` (batch 1000) into
  another copy of the same clinic, in one transaction. A B A B, median of the runs.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from clinic import copy_db
from harness import Result, emit, median, require, summary
from sqlite_utils import Database


def _cleanup(path: Path) -> None:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink(missing_ok=True)


def write_csv(db: Path, out: Path, as_of: date, seed: int = 1) -> int:
    """One new spine scan per patient, dated as_of (after every scan on record, never before birth)."""
    rng = random.Random(seed)
    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM patients ORDER BY id")]
    conn.close()
    day = as_of.strftime("%d.%m.%Y")
    lines = ["Patient ID;Scan Date;Region;BMD (g/cm²);T-Score;Z-Score;Manufacturer;Scanner model\n"]
    for pid in ids:
        bmd = rng.uniform(0.55, 1.25)
        t = rng.uniform(-4.0, 1.5)
        bmd_t, t_t, z_t = (f"{v:.{n}f}".replace(".", ",") for v, n in ((bmd, 3), (t, 1), (t + 0.6, 1)))
        lines.append(f"{pid};{day};L1-L4;{bmd_t};{t_t};{z_t};GE Healthcare;Lunar iDXA\n")
    out.write_text("".join(lines), encoding="utf-8")
    return len(ids)


def written_rows(path: Path, before_audit_id: int) -> dict[str, list[dict[str, Any]]]:
    db = Database(sqlite3.connect(path))
    try:
        audit = [dict(r) for r in db.query("SELECT * FROM audit WHERE id > ?", [before_audit_id])]
        for row in audit:
            row.pop("id")
        dxa = [dict(r) for r in db.query(
            "SELECT d.* FROM dxa d JOIN (SELECT patient_id, max(seq) AS seq FROM dxa GROUP BY patient_id) m "
            "ON d.patient_id = m.patient_id AND d.seq = m.seq WHERE d.date = ? AND d.site = 'lumbar_spine'",
            [db.execute("SELECT max(date) FROM dxa").fetchone()[0]])]
        return {"dxa": dxa, "audit": audit}
    finally:
        db.close()


def bare_insert(path: Path, tables: dict[str, list[dict[str, Any]]]) -> float:
    t0 = time.perf_counter()
    db = Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    with db.atomic():
        for name, rows in tables.items():
            db[name].insert_all(rows, batch_size=1000)
    db.close()
    return time.perf_counter() - t0


def runs(clinic: Path, as_of: date, repeats: int, tmp: Path, extras: dict[str, Any]) -> dict[str, float]:
    plan_fn = require("nmdbone_desktop.services.dxa_import:plan_dxa_import")
    commit_fn = require("nmdbone_desktop.services.dxa_import:commit_dxa_import")
    store_cls = require("nmdbone_desktop.store:ClinicStore")
    refresh = require("nmdbone_desktop.services:refresh_assessments")
    csv = tmp / "dxa.csv"
    rows = write_csv(clinic, csv, as_of)
    warm = tmp / "warm.csv"  # imports and model builds happen once per process, not per import
    warm.write_text("\n".join(csv.read_text(encoding="utf-8").split("\n", 2)[:2]) + "\n", encoding="utf-8")
    with store_cls(clinic, user="bench") as store:
        plan_fn(store, [warm], as_of=as_of)
    totals, plans, commits, reassess, bare, bare_dxa_only = [], [], [], [], [], []
    cpu: list[float] = []
    bare_cpu: list[float] = []
    tables: dict[str, list[dict[str, Any]]] = {}
    for run in range(repeats):
        work = tmp / f"dxa-{run}.sqlite"
        copy_db(clinic, work)
        with sqlite3.connect(work) as conn:
            before = conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]
        conn.close()
        with store_cls(work, user="bench") as store:
            c0, t0 = time.process_time(), time.perf_counter()
            plan = plan_fn(store, [csv], as_of=as_of)
            t1 = time.perf_counter()
            if not plan.valid or len(plan.additions) != rows:
                raise RuntimeError(f"the bench CSV did not plan cleanly: {plan.counts()} {plan.problem_lines()[:3]}")
            result = commit_fn(store, plan, reassess=False)
            t2 = time.perf_counter()
            cpu.append(time.process_time() - c0)
            if run == 0:  # what the command does next; reported, not counted (once: it takes a while)
                refresh(store, as_of, patient_ids=result.patients)
            t3 = time.perf_counter()
        totals.append(t2 - t0)
        plans.append(t1 - t0)
        commits.append(t2 - t1)
        if run == 0:
            reassess.append(t3 - t2)
        if run == 0:
            tables = written_rows(work, before)
            if len(tables["dxa"]) != rows:
                raise RuntimeError(f"read back {len(tables['dxa'])} dxa rows, expected {rows}")
        _cleanup(work)
        target = tmp / f"bare-{run}.sqlite"
        copy_db(clinic, target)
        c0 = time.process_time()
        bare.append(bare_insert(target, tables))
        bare_cpu.append(time.process_time() - c0)
        _cleanup(target)
        target = tmp / f"bare-dxa-{run}.sqlite"
        copy_db(clinic, target)
        bare_dxa_only.append(bare_insert(target, {"dxa": tables["dxa"]}))
        _cleanup(target)
    extras["dxa_import"] = {"rows": rows, "runs_s": summary(totals, 3), "plan_s": summary(plans, 3),
                            "commit_s": summary(commits, 3), "import_cpu_s": summary(cpu, 3),
                            "reassess_s_not_counted_first_run": summary(reassess, 3),
                            "bare_insert_s": summary(bare, 3), "bare_insert_cpu_s": summary(bare_cpu, 3),
                            "cpu_ratio": round(median(cpu) / median(bare_cpu), 2),
                            "bare_dxa_rows_only_s": summary(bare_dxa_only, 3),
                            "ratio_vs_dxa_rows_only": round(median(totals) / median(bare_dxa_only), 2),
                            "written": {name: len(r) for name, r in tables.items()}}
    import_s, bare_s = median(totals), median(bare)
    return {"dxa_import_s": import_s, "bare_dxa_insert_s": bare_s, "dxa_import_ratio": import_s / bare_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    result = Result()
    with tempfile.TemporaryDirectory(prefix="nmdbone-bench-dxa-") as tmp_name:
        result.measure(["dxa_import_s", "bare_dxa_insert_s", "dxa_import_ratio"],
                       lambda: runs(args.db, args.as_of, args.repeats, Path(tmp_name), result.extras))
    emit(result)


if __name__ == "__main__":
    main()
