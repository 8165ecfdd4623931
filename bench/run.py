"""Clinic-scale benchmark of NMD Bone Desktop against the bare stack, all in one run.

    .venv/bin/python bench/run.py [--patients N] [--seed S] [--json] [--quick]
    .venv/bin/python bench/run.py --backend postgresql [--pg-url ADMIN_URL] [--patients N] …

Builds (or reuses, from ``bench/.cache/``) a demo clinic of N patients, then runs each group of
measurements in its own worker process (see ``bench/README.md``). With ``--json`` it prints one
JSON object ``{"metrics": {...}, "targets": ..., "missing": ..., "errors": ..., "extras": ...}``;
otherwise a table with the targets and PASS/MISS. A metric whose module is not there yet is
``null`` and ``missing`` names the module; anything else that failed is in ``errors``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from dataclasses import dataclass
from typing import Any

from harness import Result, run_worker

CLINIC = ("nmdbone_desktop.demo:generate_clinic", "nmdbone_desktop.store:ClinicStore")
WINDOW = (*CLINIC, "nmdbone_desktop.app:build_main_window")


@dataclass(frozen=True)
class Metric:
    name: str
    unit: str
    target: tuple[str, float] | None  # ("<=" | ">=", value)
    needs: tuple[str, ...]  # module:attr specs (the smoke test checks a null really lacks one)
    clinic: bool = True


METRICS: tuple[Metric, ...] = (
    Metric("window_open_s", "s", None, WINDOW),
    Metric("bare_window_s", "s", None, (), clinic=False),
    Metric("window_open_ratio", "×", ("<=", 1.5), WINDOW),
    Metric("patient_switch_p95_ms", "ms", ("<=", 100), WINDOW),
    Metric("search_keystroke_p95_ms", "ms", ("<=", 30), WINDOW),
    Metric("letter_s", "s", None, (*CLINIC, "nmdbone_desktop.letters:render_letter",
                                   "nmdbone_desktop.charts.trajectory:draw_trajectory")),
    Metric("bare_letter_s", "s", None, (), clinic=False),
    Metric("letter_ratio", "×", ("<=", 1.5), (*CLINIC, "nmdbone_desktop.letters:render_letter",
                                              "nmdbone_desktop.charts.trajectory:draw_trajectory")),
    Metric("assessments_per_s", "/s", (">=", 2000), (*CLINIC, "nmdbone_desktop.core.assessment:assess")),
    Metric("worklist_s", "s", ("<=", 3), (*CLINIC, "nmdbone_desktop.services:worklist")),
    Metric("worklist_warm_edit_ms", "ms", ("<=", 50), (*CLINIC, "nmdbone_desktop.services:clinic_overview")),
    Metric("import_s", "s", None, CLINIC),
    Metric("bare_insert_s", "s", None, CLINIC),
    Metric("import_ratio", "×", ("<=", 4), CLINIC),
    Metric("dxa_import_s", "s", None, (*CLINIC, "nmdbone_desktop.services.dxa_import:plan_dxa_import")),
    Metric("bare_dxa_insert_s", "s", None, CLINIC),
    Metric("dxa_import_ratio", "×", ("<=", 3), (*CLINIC, "nmdbone_desktop.services.dxa_import:plan_dxa_import")),
    Metric("qfracture_per_s", "/s", (">=", 50000), ("nmdbone_desktop.core.qfracture:qfracture",), clinic=False),
    Metric("rss_mb", "MB", ("<=", 300), WINDOW),
)
NAMES = tuple(m.name for m in METRICS)
SERVER = ("nmdbone_desktop.store.server:ServerClinicStore",)
#: ``--backend postgresql``: the clinic server's figures (bench/server_bench.py).
SERVER_METRICS: tuple[Metric, ...] = (
    Metric("server_migrate_s", "s", None, (*CLINIC, *SERVER)),
    Metric("server_patient_switch_p95_ms", "ms", ("<=", 100), (*WINDOW, *SERVER)),
    Metric("server_search_keystroke_p95_ms", "ms", ("<=", 30), (*WINDOW, *SERVER)),
    Metric("server_save_p95_ms", "ms", ("<=", 150), (*CLINIC, *SERVER)),
    Metric("server_saves", "", None, (*CLINIC, *SERVER)),
    Metric("server_stale_refusals", "", None, (*CLINIC, *SERVER)),
    Metric("server_errors", "", ("<=", 0), (*CLINIC, *SERVER)),
    Metric("server_lost_updates", "", ("<=", 0), (*CLINIC, *SERVER)),
)


@dataclass(frozen=True)
class Plan:
    """How many times each thing is measured (``--quick``, and any run below 1,000 patients, is light)."""

    window_starts: int
    switches: int
    names: int
    letters: int
    assess_limit: int
    assess_passes: int
    qfracture_inputs: int
    store_runs: int

    @classmethod
    def make(cls, quick: bool) -> Plan:
        if quick:
            return cls(window_starts=2, switches=100, names=3, letters=5, assess_limit=400, assess_passes=2,
                       qfracture_inputs=5000, store_runs=1)
        return cls(window_starts=5, switches=100, names=6, letters=15, assess_limit=4000, assess_passes=3,
                   qfracture_inputs=20000, store_runs=3)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _clinic(args: argparse.Namespace, result: Result) -> tuple[dict[str, Any] | None, Result]:
    log(f"clinic: {args.patients} patients, seed {args.seed}")
    clinic_answer = run_worker("clinic.py", ["--patients", str(args.patients), "--seed", str(args.seed)],
                               ["clinic"], timeout_s=7200)
    return clinic_answer.extras.get("clinic"), clinic_answer


def measure_server(args: argparse.Namespace) -> tuple[Result, dict[str, Any]]:
    """The clinic server's figures: the demo clinic moved onto PostgreSQL, then server_bench.py."""
    result = Result()
    clinic, clinic_answer = _clinic(args, result)
    names = [m.name for m in SERVER_METRICS]
    if not clinic:
        for name in names:
            _no_clinic(result, name, clinic_answer)
        return result, {}
    worker_args = ["--db", clinic["db"], "--workstations", str(args.workstations), "--seconds", str(args.seconds),
                   *(["--pg-url", args.pg_url] if args.pg_url else [])]
    log(f"server_bench.py {' '.join(worker_args)}")
    answer = run_worker("server_bench.py", worker_args, names, timeout_s=args.timeout)
    result.merge(answer)
    log("  → " + ", ".join(f"{n}={_fmt(answer.metrics.get(n))}" for n in names if n in answer.metrics))
    return result, clinic


def measure_all(args: argparse.Namespace) -> tuple[Result, dict[str, Any]]:
    plan = Plan.make(args.quick or args.patients < 1000)
    result = Result()
    clinic, clinic_answer = _clinic(args, result)
    clinic_problem = clinic_answer.missing.get("clinic") or clinic_answer.errors.get("clinic")
    result.errors.update({k: v for k, v in clinic_answer.errors.items() if k not in ("clinic",)})
    result.extras["clinic"] = clinic or {"problem": clinic_problem}
    if clinic:
        log(f"clinic ready: {clinic['db']} ({'cached' if clinic.get('cached') else 'built'})")
    db = ["--db", clinic["db"]] if clinic else []
    as_of = ["--as-of", clinic["as_of"]] if clinic else []
    jobs: list[tuple[str, list[str], list[str]]] = [
        ("core_bench.py", [*db, *as_of, "--limit", str(plan.assess_limit), "--repeats", str(plan.assess_passes),
                           "--qfracture-inputs", str(plan.qfracture_inputs)], ["qfracture_per_s", "assessments_per_s"]),
        ("window_bench.py", [*db, "--repeats", str(plan.window_starts)],
         ["window_open_s", "bare_window_s", "window_open_ratio", "rss_mb"]),
        ("window_interact.py", [*db, "--switches", str(plan.switches), "--names", str(plan.names)],
         ["patient_switch_p95_ms", "search_keystroke_p95_ms"]),
        ("letter_bench.py", [*db, *as_of, "--repeats", str(plan.letters)],
         ["letter_s", "bare_letter_s", "letter_ratio"]),
        ("store_bench.py", [*db, *as_of, "--only", "worklist", "--repeats", str(plan.store_runs)],
         ["worklist_s", "worklist_warm_edit_ms"]),
        ("store_bench.py", [*db, *as_of, "--only", "import", "--repeats", str(plan.store_runs),
                            *(["--export", clinic["export_dir"]] if clinic and clinic.get("export_dir") else [])],
         ["import_s", "bare_insert_s", "import_ratio"]),
        ("dxa_bench.py", [*db, *as_of, "--repeats", str(plan.store_runs)],
         ["dxa_import_s", "bare_dxa_insert_s", "dxa_import_ratio"]),
    ]
    for script, worker_args, names in jobs:
        needs_clinic = [n for n in names if _metric(n).clinic]
        if not clinic and len(needs_clinic) == len(names):
            for name in names:
                _no_clinic(result, name, clinic_answer)
            continue
        log(f"{script} {' '.join(worker_args)}")
        answer = run_worker(script, worker_args, names, timeout_s=args.timeout)
        if not clinic:
            for name in needs_clinic:
                for found in (answer.metrics, answer.missing, answer.errors):
                    found.pop(name, None)
                _no_clinic(result, name, clinic_answer)
        result.merge(answer)
        got = ", ".join(f"{n}={_fmt(answer.metrics.get(n))}" for n in names if n in answer.metrics)
        log(f"  → {got}")
    result.extras["plan"] = plan.__dict__
    return result, clinic or {}


def _metric(name: str) -> Metric:
    return next(m for m in (*METRICS, *SERVER_METRICS) if m.name == name)


def _no_clinic(result: Result, name: str, clinic_answer: Result) -> None:
    result.metrics[name] = None
    if "clinic" in clinic_answer.missing:
        result.missing[name] = clinic_answer.missing["clinic"]
    else:
        result.errors[name] = f"no clinic: {clinic_answer.errors.get('clinic', 'unknown')}"


def verdict(metric: Metric, value: float | None) -> str:
    if metric.target is None:
        return ""
    if value is None:
        return "n/a"
    op, target = metric.target
    ok = value <= target if op == "<=" else value >= target
    return "PASS" if ok else "MISS"


def _fmt(value: float | None) -> str:
    if value is None:
        return "null"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


def table(result: Result, args: argparse.Namespace, metrics: tuple[Metric, ...] = METRICS) -> str:
    lines = [f"NMD Bone Desktop benchmark — {args.patients:,} patients, seed {args.seed}, {args.backend}", ""]
    lines.append(f"{'metric':<32}{'value':>12}  {'unit':<5}{'target':>12}  verdict")
    for metric in metrics:
        value = result.metrics.get(metric.name)
        target = f"{metric.target[0]} {_fmt(metric.target[1])}" if metric.target else ""
        line = f"{metric.name:<32}{_fmt(value):>12}  {metric.unit:<5}{target:>12}  {verdict(metric, value)}"
        reason = result.missing.get(metric.name) or result.errors.get(metric.name)
        if value is None and reason:
            line += f"  ({'missing ' if metric.name in result.missing else 'error: '}{reason})"
        lines.append(line)
    return "\n".join(lines)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (implied below 1,000 patients)")
    parser.add_argument("--timeout", type=float, default=3600.0, help="per worker, seconds")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite",
                        help="postgresql: the clinic server's switch, keystroke and 8-workstation save load")
    parser.add_argument("--pg-url", default=None, help="a PostgreSQL maintenance database URL whose role may create "
                        "databases (default: start one for the run, as the tests do)")
    parser.add_argument("--workstations", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the save load")
    args = parser.parse_args()
    started, load_before = time.perf_counter(), os.getloadavg()
    cpu_before = _children_cpu()
    server = args.backend == "postgresql"
    metrics_used = SERVER_METRICS if server else METRICS
    result, clinic = measure_server(args) if server else measure_all(args)
    load = {"load_avg_1m_before": round(load_before[0], 2), "load_avg_1m_after": round(os.getloadavg()[0], 2),
            "cpus": os.cpu_count()}
    load["cpu_s_workers"] = round(_children_cpu() - cpu_before, 1)
    names = tuple(m.name for m in metrics_used)
    metrics = {name: result.metrics.get(name) for name in names}
    verdicts = {m.name: verdict(m, metrics[m.name]) for m in metrics_used if m.target}
    if args.json:
        print(json.dumps({
            "metrics": metrics,
            "targets": {m.name: list(m.target) for m in metrics_used if m.target},
            "verdicts": verdicts,
            "missing": {k: v for k, v in result.missing.items() if k in names},
            "errors": result.errors,
            "needs": {m.name: list(m.needs) for m in metrics_used},
            "run": {"patients": args.patients, "seed": args.seed, "quick": args.quick or args.patients < 1000,
                    "backend": args.backend,
                    "wall_s": round(time.perf_counter() - started, 1), **load, "clinic": clinic},
            "extras": result.extras,
        }, indent=1))
    else:
        print(table(result, args, metrics_used))
        print(f"\n(wall {time.perf_counter() - started:.0f} s, workers' CPU {load['cpu_s_workers']} s; load average "
              f"{load['load_avg_1m_before']} → {load['load_avg_1m_after']} on {load['cpus']} CPUs; extras with --json)")


if __name__ == "__main__":
    main()
