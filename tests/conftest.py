"""Fixtures shared by the non-GUI tests."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest

from nmdbone_desktop.cli.main import main

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
