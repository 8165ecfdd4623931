"""Fixtures shared by the non-GUI tests."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from nmdbone_desktop.cli.main import main

pytest_plugins = ["tests.pg_server"]

#: ``cli("backup", "--db", path, stdin="…") -> (exit code, stdout, stderr)``
Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """The command line in-process: the installed ``nmdbone-desktop``'s parser, handlers and exit codes."""

    def run(*argv: object, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """The conformance suite's two stores: each test using it runs on both."""
    return str(request.param)


@pytest.fixture
def clinic_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str | Path:
    """A new, empty clinic's location on ``backend``: a SQLite file, or a fresh server database."""
    if backend == "sqlite":
        return tmp_path / "clinic.sqlite"
    return str(request.getfixturevalue("pg_url"))
