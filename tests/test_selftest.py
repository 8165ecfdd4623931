"""``--self-test`` (nmdbone_desktop.selftest), the log file set-up and ``python -m nmdbone_desktop``."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from nmdbone_desktop import __version__
from nmdbone_desktop.logging_setup import LOG_FILE_NAME, configure_logging
from nmdbone_desktop.selftest import CHECKS, CheckFailed, check_assessment, run_self_test

CHECK_NAMES = [name for name, _ in CHECKS]


def _clean_env(tmp_path: Path) -> dict[str, str]:
    """Offscreen Qt, and every per-user folder (data, settings, logs) inside tmp_path."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    return env


def test_self_test_passes_offscreen(tmp_path: Path) -> None:
    code = "import sys; from nmdbone_desktop.selftest import run_self_test; sys.exit(run_self_test())"
    done = subprocess.run([sys.executable, "-c", code], env=_clean_env(tmp_path), capture_output=True,
                          text=True, timeout=300, cwd=tmp_path)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    for name in CHECK_NAMES:
        assert any(line.split()[:2] == ["OK", name] for line in lines), f"no OK line for {name}:\n{done.stdout}"
    assert lines[-1] == f"self-test passed: all {len(CHECK_NAMES)} checks OK"


def test_example_patient_gets_start_bone_therapy(tmp_path: Path) -> None:
    assert "START_BONE_THERAPY" in check_assessment(tmp_path)


def test_a_failing_check_prints_fail_with_its_reason_and_the_rest_still_run(tmp_path: Path) -> None:
    def wrong(_: Path) -> str:
        raise CheckFailed("expected X, got Y")

    def broken(_: Path) -> str:
        raise FileNotFoundError("letter font missing: DejaVuSans.ttf")

    out = io.StringIO()
    checks = [("first", lambda _: "fine"), ("wrong", wrong), ("broken", broken), ("last", lambda _: "also fine")]
    assert run_self_test(checks, out=out) == 1
    lines = out.getvalue().splitlines()[1:]
    assert lines[0].startswith("OK   first   fine (")
    assert lines[1].startswith("FAIL wrong   expected X, got Y (")
    assert lines[2].startswith("FAIL broken  FileNotFoundError: letter font missing: DejaVuSans.ttf (")
    assert lines[3].startswith("OK   last    also fine (")
    assert lines[4].startswith("self-test FAILED: 2 of 4 checks failed")


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    hooks = sys.excepthook, threading.excepthook
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)
    sys.excepthook, threading.excepthook = hooks
    logging.captureWarnings(False)


@pytest.mark.usefixtures("restore_logging")
def test_log_file_gets_records_and_unhandled_exceptions(tmp_path: Path) -> None:
    # The hooks chain to the previous ones (pytest's would turn the thread's error into a warning).
    sys.excepthook = threading.excepthook = lambda *args: None
    path = configure_logging(console=False, directory=tmp_path / "logs")
    assert path == tmp_path / "logs" / LOG_FILE_NAME
    logging.getLogger("nmdbone_desktop.test").warning("written to the log")
    try:
        raise RuntimeError("nobody caught me")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    thread = threading.Thread(target=lambda: 1 / 0, name="worker")
    thread.start()
    thread.join()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "written to the log" in text
    assert "RuntimeError: nobody caught me" in text
    assert "ZeroDivisionError" in text and "worker" in text


@pytest.mark.usefixtures("restore_logging")
def test_configuring_twice_replaces_its_own_handlers_only(tmp_path: Path) -> None:
    foreign = logging.NullHandler()
    logging.getLogger().addHandler(foreign)
    configure_logging(console=True, directory=tmp_path)
    first = len(logging.getLogger().handlers)
    configure_logging(console=True, directory=tmp_path)
    assert len(logging.getLogger().handlers) == first
    assert foreign in logging.getLogger().handlers


def test_python_dash_m_runs_the_command_line(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "nmdbone_desktop", "--version"], env=_clean_env(tmp_path),
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"nmdbone-desktop {__version__}"
