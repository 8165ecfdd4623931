"""What one save, switch read and list query cost on the clinic server: statements, wall and CPU.

    python bench/server_profile.py --url postgresql://…/clinic [--saves 60] [--patients 40]

One workstation, no competition: every statement the store sends is counted and timed (the
time a statement spends between the call and its result is the round trip plus the server's
work), the save is split into its phases, and the client's CPU is reported beside the wall time.
With ``--explain``, EXPLAIN ANALYZE of the patient list's queries on this database.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


class StatementLog:
    """Wraps the server connection's ``execute``/``executemany`` to count statements and their time."""

    def __init__(self) -> None:
        self.count: Counter[str] = Counter()
        self.seconds = 0.0

    def install(self) -> None:
        from nmdbone_desktop.store.server import connection

        for name in ("execute", "executemany"):
            original = getattr(connection.ServerConnection, name)

            def timed(conn: Any, sql: str, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
                t0 = time.perf_counter()
                try:
                    return _original(conn, sql, *args, **kwargs)
                finally:
                    self.seconds += time.perf_counter() - t0
                    self.count[" ".join(sql.split())[:70]] += 1

            setattr(connection.ServerConnection, name, timed)

    def take(self) -> tuple[int, float]:
        n, s = sum(self.count.values()), self.seconds
        self.count.clear()
        self.seconds = 0.0
        return n, s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--saves", type=int, default=60)
    parser.add_argument("--patients", type=int, default=40)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--statements", action="store_true", help="list the statements of the last save")
    args = parser.parse_args()
    from nmdbone_desktop.services.clinic import open_clinic

    log = StatementLog()
    log.install()
    rng = random.Random(1)
    rows: dict[str, list[float]] = {}

    def note(what: str, wall: float, cpu: float, statements: int, db_s: float) -> None:
        rows.setdefault(what, []).append(wall)
        rows.setdefault(what + " cpu", []).append(cpu)
        rows.setdefault(what + " statements", []).append(statements)
        rows.setdefault(what + " wall in statements", []).append(db_s)

    with open_clinic(args.url, name=f"profile{os.getpid()}") as clinic:
        ids = clinic.patient_ids()
        hot = ids[:args.patients]
        for n in range(args.saves):
            pid = rng.choice(hot)
            log.take()
            t0, c0 = time.perf_counter(), time.process_time()
            doc = clinic.get_document(pid)
            revision = clinic.patient_briefs([pid])[pid].revision
            k, s = log.take()
            note("read", time.perf_counter() - t0, time.process_time() - c0, k, s)
            changed = doc.model_copy(update={"extra": {**doc.extra, "profile": f"{os.getpid()}-{time.time()}-{n}"}})
            t0, c0 = time.perf_counter(), time.process_time()
            clinic.save_document(changed, expected_revision=revision)
            if args.statements and n == args.saves - 1:
                for sql, times in log.count.items():
                    print(f"  {times:3d} × {sql}")
            k, s = log.take()
            note("save", time.perf_counter() - t0, time.process_time() - c0, k, s)
        for text in ("a", "an", "ann", "anna", "anna m"):
            for _ in range(5):
                t0, c0 = time.perf_counter(), time.process_time()
                clinic.search_patients(text, limit=200)
                clinic.count_patients(text)
                k, s = log.take()
                note("search+count", time.perf_counter() - t0, time.process_time() - c0, k, s)
        if args.explain:
            explain(clinic)
    for what, values in rows.items():
        values = sorted(values)
        scale = 1 if what.endswith(" statements") else 1000
        med, p95 = values[len(values) // 2] * scale, values[int(0.95 * (len(values) - 1))] * scale
        print(f"{what:28s} median {med:8.2f}  p95 {p95:8.2f}")
    print("load", Path("/proc/loadavg").read_text().strip())


def explain(clinic: Any) -> None:
    from nmdbone_desktop.store import listing

    pg = clinic._store._pg
    for sort in ("name", "risk"):
        for text in ("", "ann"):
            where, params = listing._where(text)
            sql = ("SELECT p.id FROM patients p LEFT JOIN assessment_cache c ON c.patient_id = p.id "
                   f"AND c.revision = p.revision{where}{listing._order(sort, False)} LIMIT 200")
            from nmdbone_desktop.store.server.dialect import translate

            print(f"-- sort {sort}, text {text!r}")
            for (line,) in pg.execute("EXPLAIN ANALYZE " + translate(sql), params):
                print("   ", line)


if __name__ == "__main__":
    main()
