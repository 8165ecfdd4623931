"""Shared plumbing of the benchmark: statistics, the worker protocol, "is this module here yet?".

Every group of measurements runs in its own worker process (``python bench/<worker>.py ...``) so a
module that is missing, half-written or crashing (even a segfault in Qt) costs only its own
figures. A worker prints one JSON line last on stdout::

    {"metrics": {...}, "extras": {...}, "missing": {metric: "module:attr"}, "errors": {metric: "..."}}

``missing`` names what is absent (the smoke test re-checks that it really is absent);
``errors`` is anything else that went wrong (a bug, not a landing module).
"""

from __future__ import annotations

import importlib
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
CACHE_DIR = BENCH_DIR / ".cache"


class Missing(Exception):
    """A module or attribute a measurement needs is not there (yet)."""

    def __init__(self, what: str, detail: str = "") -> None:
        super().__init__(f"{what} is missing" + (f" ({detail})" if detail else ""))
        self.what = what


def require(spec: str) -> Any:
    """``"pkg.mod"`` or ``"pkg.mod:attr"`` → the module or attribute, else :class:`Missing`.

    Only an ImportError (the module, or a name it imports, does not exist) counts as missing; a
    SyntaxError or any other failure while importing is a real error and propagates.
    """
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise Missing(spec, f"{type(error).__name__}: {error}") from error
    if not attr:
        return module
    try:
        return getattr(module, attr)
    except AttributeError as error:
        raise Missing(spec, "no such attribute") from error


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), ``q`` in 0..100."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    pos = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(pos), math.ceil(pos)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (pos - low))


def summary(values: Sequence[float], digits: int = 4) -> dict[str, float | int]:
    """min / median / p95 / max of a sample, rounded for the JSON extras."""
    return {
        "n": len(values),
        "min": round(min(values), digits),
        "median": round(median(values), digits),
        "p95": round(percentile(values, 95), digits),
        "max": round(max(values), digits),
    }


def peak_rss_mb() -> float:
    """This process's peak resident set size (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


@dataclass
class Result:
    """What one worker found out."""

    metrics: dict[str, float | None] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def measure(self, names: Sequence[str], fn: Callable[[], dict[str, float]]) -> None:
        """Run ``fn`` (returning metric values); a failure nulls ``names`` with the reason."""
        try:
            values = fn()
        except Missing as missing:
            for name in names:
                self.metrics[name] = None
                self.missing[name] = missing.what
                self.extras.setdefault("missing_detail", {})[name] = str(missing)
        except Exception as error:
            detail = "".join(traceback.format_exception_only(type(error), error)).strip()
            where = traceback.extract_tb(error.__traceback__)[-1]
            for name in names:
                self.metrics[name] = None
                self.errors[name] = f"{detail} (at {Path(where.filename).name}:{where.lineno})"
            traceback.print_exc(file=sys.stderr)
        else:
            for name in names:
                self.metrics[name] = values.get(name)

    def merge(self, other: Result) -> None:
        self.metrics.update(other.metrics)
        for key, value in other.extras.items():
            if isinstance(value, dict) and isinstance(self.extras.get(key), dict):
                self.extras[key].update(value)
            else:
                self.extras[key] = value
        self.missing.update(other.missing)
        self.errors.update(other.errors)

    def to_json(self) -> dict[str, Any]:
        return {"metrics": self.metrics, "extras": self.extras, "missing": self.missing, "errors": self.errors}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Result:
        return cls(dict(data.get("metrics", {})), dict(data.get("extras", {})),
                   dict(data.get("missing", {})), dict(data.get("errors", {})))


def emit(result: Result) -> None:
    """The worker's answer: one JSON line, last on stdout."""
    sys.stdout.write("\n" + json.dumps(result.to_json()) + "\n")
    sys.stdout.flush()


def worker_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("MPLBACKEND", "Agg")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(BENCH_DIR), env.get("PYTHONPATH", "")) if p)
    env.update(extra)
    return env


def run_worker(script: str, args: Sequence[str], names: Sequence[str], timeout_s: float) -> Result:
    """Run ``bench/<script>`` and read its answer; any failure nulls ``names`` with the reason."""
    cmd = [sys.executable, str(BENCH_DIR / script), *args]
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s, env=worker_env(), cwd=ROOT)
    except subprocess.TimeoutExpired:
        return _failed(names, f"{script} timed out after {timeout_s:.0f} s")
    elapsed = time.perf_counter() - started
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        return _failed(names, f"{script} exited {proc.returncode} without an answer: {' | '.join(tail)}")
    result = Result.from_json(json.loads(lines[-1]))
    for name in names:
        result.metrics.setdefault(name, None)
        if result.metrics[name] is None and name not in result.missing and name not in result.errors:
            result.errors[name] = f"{script} gave no value"
    result.extras.setdefault("worker_wall_s", {})[script.removesuffix(".py") + ":" + names[0]] = round(elapsed, 2)
    return result


def _failed(names: Sequence[str], reason: str) -> Result:
    result = Result()
    for name in names:
        result.metrics[name] = None
        result.errors[name] = reason
    return result
