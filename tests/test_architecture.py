"""The architecture holds mechanically: import-linter contracts and ruff, run as tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_import_contracts_hold() -> None:
    """pyproject.toml's contracts: the rules core imports no Qt, SQLite, files or letters; only ``ui``
    imports Qt; ``ui`` and ``cli`` reach the store only through ``services`` (never ``store``,
    ``sqlite3`` or ``sqlite_utils``); the layers ui|cli → services → store|letters|charts → core;
    no import cycles between the top-level packages."""
    run = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_ruff_is_clean() -> None:
    run = subprocess.run([_tool("ruff"), "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_core_has_no_io_calls() -> None:
    """No file, network or process calls hide in the core (import-linter cannot see builtins)."""
    offenders = []
    for path in (ROOT / "nmdbone_desktop" / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in ("open(", "read_text(", "write_text(", "subprocess", "socket", "os.environ"):
            if needle in text:
                offenders.append(f"{path.relative_to(ROOT)}: {needle}")
    assert not offenders, offenders
