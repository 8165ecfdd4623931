"""File ▸ Import… and ``nmdbone-desktop import`` are one pipeline: the same inputs are refused
with the same messages, and nothing is imported by either."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from nmdbone_desktop.cli.main import main
from nmdbone_desktop.store import ClinicStore

from .conftest import MULLER


def _doc(pid: str, **changes: Any) -> str:
    data = copy.deepcopy(MULLER)
    data["id"] = pid
    data.update(changes)
    return json.dumps(data)


def _invalid_field(folder: Path) -> list[Path]:
    bad = json.loads(_doc("BAD-1"))
    bad["dxa"][0]["t_score"] = 12
    (folder / "a.json").write_text(_doc("GOOD-1"), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps(bad), encoding="utf-8")
    return [folder / "a.json", folder / "b.json"]


def _nan_in_extra(folder: Path) -> list[Path]:
    (folder / "nan.json").write_text(_doc("NAN-1").replace('"extra": {}', '"extra": {"x": NaN}'), encoding="utf-8")
    return [folder / "nan.json"]


def _duplicate_ids(folder: Path) -> list[Path]:
    (folder / "one.json").write_text(_doc("SAME"), encoding="utf-8")
    (folder / "two.json").write_text(_doc("SAME", falls_past_12_months=2), encoding="utf-8")
    return [folder / "one.json", folder / "two.json"]


def _missing(folder: Path) -> list[Path]:
    return [folder / "nope.json"]


def _empty_folder(folder: Path) -> list[Path]:
    (folder / "empty").mkdir()
    return [folder / "empty"]


def _not_json(folder: Path) -> list[Path]:
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    return [folder / "broken.json"]


CASES: dict[str, Callable[[Path], list[Path]]] = {
    "invalid field": _invalid_field, "NaN in extra": _nan_in_extra, "duplicate ids": _duplicate_ids,
    "missing path": _missing, "empty folder": _empty_folder, "not JSON": _not_json,
}
EXPECTED = {  # one line each message must contain, whichever entry point refused
    "invalid field": "b.json: dxa[0].t_score", "NaN in extra": "nan.json: extra: holds NaN",
    "duplicate ids": "patient id 'SAME' appears in both", "missing path": "nope.json: no such file or folder",
    "empty folder": "empty: no .json files in this folder", "not JSON": "broken.json",
}


def _cli(db: Path, inputs: list[Path], capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["import", "--db", str(db), *map(str, inputs)]) == 2
    return [line.removeprefix("error: ") for line in capsys.readouterr().err.splitlines() if line.strip()]


def _window(window: Any, qtbot: Any, inputs: list[Path], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "message", lambda title, text, error=False: messages.append((title, text)))
    task = window.file_commands.import_paths(inputs)
    with qtbot.waitSignal(task.ended, timeout=60_000):
        pass
    ((title, text),) = messages
    assert "nothing was imported" in title
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("case", list(CASES))
def test_window_and_command_line_refuse_alike(case: str, window: Any, qtbot: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    inputs = CASES[case](folder)
    before = window.clinic.patient_count()
    other = tmp_path / "cli.sqlite"
    from_cli = _cli(other, inputs, capsys)
    from_window = _window(window, qtbot, inputs, monkeypatch)
    assert from_window == from_cli
    assert any(EXPECTED[case] in line for line in from_cli), from_cli
    assert window.clinic.patient_count() == before
    if other.exists():
        with ClinicStore(other) as store:
            assert store.patient_count() == 0
