"""The PyInstaller bundle: build it and run scripts/check_bundle.sh (slow; opt-in).

CI runs the two scripts directly after the tests; this test is for a developer who wants the
same check from pytest: ``NMDBONE_BUNDLE_TESTS=1 .venv/bin/python -m pytest -m slow tests/test_bundle.py``.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILD_LIMIT_S = 300

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("NMDBONE_BUNDLE_TESTS") != "1",
                       reason="bundle build is opt-in: set NMDBONE_BUNDLE_TESTS=1"),
]


def _run(script: str, timeout: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(ROOT / "scripts" / script)], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def test_bundle_builds_quickly_and_passes_its_checks() -> None:
    started = time.monotonic()
    build = _run("build_bundle.sh", timeout=2 * BUILD_LIMIT_S)
    elapsed = time.monotonic() - started
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert elapsed < BUILD_LIMIT_S, f"build took {elapsed:.0f} s"
    assert (ROOT / "dist" / "nmdbone-desktop" / "nmdbone-desktop").is_file()

    check = _run("check_bundle.sh", timeout=900)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.splitlines()[-1] == "bundle check passed"
