"""Worker: ``window_open_s`` vs ``bare_window_s`` (process start → first paint) and ``rss_mb``.

Starts :mod:`window_probe` as fresh processes, alternating application and bare window (A B A B)
so both see the same drift. The application opens a working copy of the clinic; one start before
the measured ones is not counted (it is reported as ``window_open_first_s``: it also warms the
OS file cache, as any second start of the day would be). Each start gets its own empty settings
folder, so no saved geometry or last patient carries over. ``rss_mb`` is the median peak RSS of
the application's starts, taken once the list has rows and background work is done.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from clinic import copy_db
from harness import BENCH_DIR, Missing, Result, emit, median, summary, worker_env


def probe(mode: str, db: Path | None, tmp: Path, run: int, timeout_s: float) -> dict[str, Any]:
    settings = tmp / f"settings-{mode}-{run}"
    settings.mkdir()
    cmd = [sys.executable, str(BENCH_DIR / "window_probe.py"), "--mode", mode, "--settings-dir", str(settings)]
    if db is not None:
        cmd += ["--db", str(db)]
    env = worker_env(XDG_CONFIG_HOME=str(settings))
    t0 = time.time()
    proc = subprocess.run([*cmd, "--t0", repr(t0)], capture_output=True, text=True, timeout=timeout_s, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = " | ".join(proc.stderr.strip().splitlines()[-4:])
        raise RuntimeError(f"window_probe --mode {mode} exited {proc.returncode}: {tail}")
    answer: dict[str, Any] = json.loads(lines[-1])
    if "missing" in answer:
        raise Missing(answer["missing"], answer.get("detail", ""))
    return answer


PHASES = ("script_start_s", "import_qt_s", "qapplication_s", "build_window_s", "show_to_paint_s", "first_paint_s")


def phases(runs: list[dict[str, Any]]) -> dict[str, float]:
    """Median of each phase: interpreter start, Qt import, QApplication, build (imports the rest), show → paint."""
    return {key: round(median([r[key] for r in runs]), 4) for key in PHASES if all(key in r for r in runs)}


def measure(db: Path, repeats: int, timeout_s: float, extras: dict[str, Any]) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="nmdbone-window-") as tmp_name:
        tmp = Path(tmp_name)
        work = tmp / "clinic.sqlite"
        copy_db(db, work)
        probe("bare", None, tmp, -1, timeout_s)  # warm-up, not counted
        first = probe("app", work, tmp, -1, timeout_s)
        app_runs: list[dict[str, Any]] = []
        bare_runs: list[dict[str, Any]] = []
        for run in range(repeats):
            app_runs.append(probe("app", work, tmp, run, timeout_s))
            bare_runs.append(probe("bare", None, tmp, run, timeout_s))
    app_paint = [r["first_paint_s"] for r in app_runs]
    bare_paint = [r["first_paint_s"] for r in bare_runs]
    extras.update({
        "window_open_first_s": round(first["first_paint_s"], 4),
        "window_open_s": summary(app_paint), "bare_window_s": summary(bare_paint),
        "window_open_cpu_s": summary([r["first_paint_cpu_s"] for r in app_runs]),
        "bare_window_cpu_s": summary([r["first_paint_cpu_s"] for r in bare_runs]),
        "window_open_cpu_ratio": round(median([r["first_paint_cpu_s"] for r in app_runs])
                                       / median([r["first_paint_cpu_s"] for r in bare_runs]), 3),
        "window_phases_median_s": phases(app_runs), "bare_phases_median_s": phases(bare_runs),
        "window_rows_at_first_paint": [r.get("rows_at_first_paint") for r in app_runs],
        "window_patient_shown_at_first_paint": [r.get("patient_shown_at_first_paint") for r in app_runs],
        "window_rows_loaded": app_runs[-1].get("rows"),
        "window_open_until_settled_s": summary([r["open_s"] for r in app_runs]),
        "window_settled": all(r.get("settled") for r in app_runs),
        "bare_rss_mb": round(median([r["rss_mb"] for r in bare_runs]), 1),
        "rss_mb_runs": [round(r["rss_mb"], 1) for r in app_runs],
    })
    window_open, bare = median(app_paint), median(bare_paint)
    return {"window_open_s": window_open, "bare_window_s": bare, "window_open_ratio": window_open / bare,
            "rss_mb": median([r["rss_mb"] for r in app_runs])}


def bare_only(repeats: int, timeout_s: float, extras: dict[str, Any]) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="nmdbone-window-") as tmp_name:
        runs = [probe("bare", None, Path(tmp_name), run, timeout_s) for run in range(-1, repeats)][1:]
    extras["bare_window_s"] = summary([r["first_paint_s"] for r in runs])
    extras["bare_rss_mb"] = round(median([r["rss_mb"] for r in runs]), 1)
    return {"bare_window_s": median([r["first_paint_s"] for r in runs])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=300.0, help="per window start")
    args = parser.parse_args()
    result = Result()
    app_names = ["window_open_s", "window_open_ratio", "rss_mb"]
    if args.db is not None:
        result.measure([*app_names, "bare_window_s"], lambda: measure(args.db, args.repeats, args.timeout,
                                                                       result.extras))
    if result.metrics.get("bare_window_s") is None:  # no clinic, or the application could not start
        bare = Result()
        bare.measure(["bare_window_s"], lambda: bare_only(args.repeats, args.timeout, bare.extras))
        result.metrics["bare_window_s"] = bare.metrics["bare_window_s"]
        result.missing.pop("bare_window_s", None)
        result.errors.pop("bare_window_s", None)
        result.merge(Result(extras=bare.extras, errors=bare.errors))
    emit(result)


if __name__ == "__main__":
    main()
