"""The benchmark runner works end to end on a small clinic (no timing is asserted here).

``bench/run.py --patients 200 --json`` must answer every metric with a number; a ``null`` is
allowed only when the module it needs is really absent (checked here in a separate interpreter).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

METRICS = (
    "window_open_s", "bare_window_s", "window_open_ratio", "patient_switch_p95_ms", "search_keystroke_p95_ms",
    "letter_s", "bare_letter_s", "letter_ratio", "assessments_per_s", "worklist_s", "worklist_warm_edit_ms", "import_s",
    "bare_insert_s", "import_ratio", "dxa_import_s", "bare_dxa_insert_s", "dxa_import_ratio", "qfracture_per_s",
    "rss_mb",
)
ALWAYS_MEASURED = ("bare_window_s", "bare_letter_s", "qfracture_per_s")

_PROBE = """
import importlib, sys
module, _, attr = sys.argv[1].partition(":")
try:
    found = importlib.import_module(module)
    if attr:
        getattr(found, attr)
except (ImportError, AttributeError):
    sys.exit(3)
"""


def _absent(spec: str) -> bool:
    """Whether ``module:attr`` cannot be imported (the runner's own definition of "missing")."""
    run = subprocess.run([sys.executable, "-c", _PROBE, spec], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    return run.returncode == 3


@pytest.fixture(scope="module")
def answer() -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--patients", "200", "--json"],
                         cwd=ROOT, capture_output=True, text=True, env=env, timeout=1800)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


@pytest.mark.gui
def test_every_metric_is_reported(answer: dict[str, Any]) -> None:
    assert set(answer["metrics"]) == set(METRICS)


@pytest.mark.gui
def test_metrics_are_numbers_or_absent_modules(answer: dict[str, Any]) -> None:
    metrics, missing = answer["metrics"], answer.get("missing", {})
    errors = {k: v for k, v in answer.get("errors", {}).items() if k in METRICS}
    assert not errors, errors
    for name in METRICS:
        value = metrics[name]
        if value is None:
            assert name not in ALWAYS_MEASURED, f"{name} needs no application module, yet is null"
            assert name in missing, f"{name} is null without a reason"
            assert _absent(missing[name]), f"{name} is null for {missing[name]}, which is importable"
        else:
            assert isinstance(value, int | float) and math.isfinite(value) and value > 0, (name, value)


@pytest.mark.gui
def test_ratios_agree_with_their_parts(answer: dict[str, Any]) -> None:
    m = answer["metrics"]
    for ratio, (app, bare) in {"window_open_ratio": ("window_open_s", "bare_window_s"),
                               "letter_ratio": ("letter_s", "bare_letter_s"),
                               "import_ratio": ("import_s", "bare_insert_s")}.items():
        if m[ratio] is not None:
            assert m[ratio] == pytest.approx(m[app] / m[bare], rel=1e-6)
