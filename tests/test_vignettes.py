"""Acceptance vignettes: the shared examples (through the shared checker) and our own set in tests/vignettes.

Our vignettes were written from clinical/RULES.md alone (an independent reading of the rules, not derived from the
implementation). Each file holds "title", "as_of", "patient" (contract §2) and "expect" in the shared checker's
format (../shared/tools/check_vignettes.py). Arithmetic is shown in each file's "note". Expectations the shared
checker cannot express live under a top-level "extra_expect" (ignored by the shared checker):

- "options": the exact ranked option list of START_BONE_THERAPY;
- "due": {code: "YYYY-MM-DD" or null}, the `due` of that recommendation (§9);
- "kind": {code: "action" | "warning" | "info"};
- "since": {code: "YYYY-MM-DD"}, the `since` of that recommendation (RULES.md §9).

Our vignettes run in-process (parse_document + assess); invalid documents run through the CLI entry point so the
exit code and stderr are checked as the contract states them.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nmdbone_desktop.cli.main import main as cli_main
from nmdbone_desktop.core.assessment import assess
from nmdbone_desktop.core.validation import parse_document

HERE = Path(__file__).resolve().parent
VIGNETTE_DIR = HERE / "vignettes"
SHARED = HERE.parent.parent / "shared"
SHARED_CHECKER = SHARED / "tools" / "check_vignettes.py"
SHARED_VIGNETTES = SHARED / "vignettes"
VIGNETTE_FILES = sorted(VIGNETTE_DIR.glob("*.json"))


def _load_shared_checker():
    if not SHARED_CHECKER.is_file():
        return None
    spec = importlib.util.spec_from_file_location("shared_check_vignettes", SHARED_CHECKER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_CHECKER = _load_shared_checker()


def _get_fallback(report: Any, dotted: str) -> Any:
    """Copy of the shared checker's `get` (used only when ../shared is absent): lists are walked by "site"."""
    cur = report
    for part in dotted.split("."):
        if isinstance(cur, list):
            cur = next((e for e in cur if e.get("site") == part), None)
        elif isinstance(cur, dict):
            cur = cur.get(part)
        else:
            return None
        if cur is None:
            return None
    return cur


get = _CHECKER.get if _CHECKER is not None else _get_fallback

SPECIAL = {
    "codes_required",
    "codes_forbidden",
    "options_include",
    "options_exclude",
    "options_first",
    "avoid_include",
    "priority",
    "exit_code",
    "stderr_contains",
}


def evaluate(report: dict, exp: dict) -> list[str]:
    """The shared checker's expectation semantics (check_vignettes.check, after the report is parsed)."""
    problems: list[str] = []
    recs = report.get("recommendations") or []
    codes = {x.get("code") for x in recs}
    problems += [f"missing {c}" for c in exp.get("codes_required", []) if c not in codes]
    problems += [f"unexpected {c}" for c in exp.get("codes_forbidden", []) if c in codes]
    start = next((x for x in recs if x.get("code") == "START_BONE_THERAPY"), {})
    options = start.get("options") or []
    avoided = {a.get("drug") for a in (start.get("avoid") or [])}
    problems += [f"option {d} missing" for d in exp.get("options_include", []) if d not in options]
    problems += [f"option {d} offered" for d in exp.get("options_exclude", []) if d in options]
    if "options_first" in exp and options[:1] != [exp["options_first"]]:
        problems.append(f"first option {options[:1]}, expected {exp['options_first']}")
    problems += [f"{d} not avoided" for d in exp.get("avoid_include", []) if d not in avoided]
    for code, prio in exp.get("priority", {}).items():
        got = next((x.get("priority") for x in recs if x.get("code") == code), None)
        if got != prio:
            problems.append(f"{code} priority {got}, expected {prio}")
    for key, want in exp.items():
        if key in SPECIAL:
            continue
        got = get(report, key)
        if want == "number":
            ok = isinstance(got, (int, float))
        elif want == "nonempty":
            ok = bool(got)
        elif isinstance(want, list):
            ok = isinstance(got, (int, float)) and want[0] <= got <= want[1]
        elif want is False:
            ok = not got
        else:
            ok = got == want
        if not ok:
            problems.append(f"{key} = {got!r}, expected {want!r}")
    return problems


def evaluate_extra(report: dict, extra: dict) -> list[str]:
    """Our own expectations: exact option list, `due` and `kind` of recommendations."""
    problems: list[str] = []
    recs = {x.get("code"): x for x in report.get("recommendations") or []}
    if "options" in extra:
        got = (recs.get("START_BONE_THERAPY") or {}).get("options")
        if got != extra["options"]:
            problems.append(f"START_BONE_THERAPY options {got!r}, expected {extra['options']!r}")
    for field in ("due", "kind", "since"):
        for code, want in extra.get(field, {}).items():
            if code not in recs:
                problems.append(f"{field} of {code}: code not given")
            elif recs[code].get(field) != want:
                problems.append(f"{code} {field} = {recs[code].get(field)!r}, expected {want!r}")
    return problems


def _app() -> str | None:
    found = shutil.which("nmdbone-desktop")
    if found:
        return found
    beside = Path(sys.executable).parent / "nmdbone-desktop"
    return str(beside) if beside.exists() else None


def test_shared_vignettes_pass_through_the_shared_checker():
    if not SHARED_CHECKER.is_file() or not SHARED_VIGNETTES.is_dir():
        pytest.skip(f"shared checker or vignettes not found under {SHARED}")
    app = _app()
    if app is None:
        pytest.skip("nmdbone-desktop console script not found")
    p = subprocess.run(
        [sys.executable, str(SHARED_CHECKER), app, str(SHARED_VIGNETTES)], capture_output=True, text=True, timeout=600
    )
    assert p.returncode == 0, p.stdout + p.stderr


def test_there_are_enough_vignettes():
    assert len(VIGNETTE_FILES) >= 60


@pytest.mark.parametrize("path", VIGNETTE_FILES, ids=[p.stem for p in VIGNETTE_FILES])
def test_vignette(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    v = json.loads(path.read_text(encoding="utf-8"))
    assert {"title", "as_of", "patient", "expect"} <= v.keys(), "a vignette needs title, as_of, patient, expect"
    exp = v["expect"]
    want_code = exp.get("exit_code", 0)
    if want_code:
        doc_file = tmp_path / f"{path.stem}.json"
        doc_file.write_text(json.dumps(v["patient"], ensure_ascii=False), encoding="utf-8")
        rc = cli_main(["assess", str(doc_file), "--as-of", v["as_of"]])
        err = capsys.readouterr().err
        assert rc == want_code, f"exit code {rc}, expected {want_code}: {err[-300:]}"
        missing = [s for s in exp.get("stderr_contains", []) if s not in err]
        assert not missing, f"stderr does not name {missing}: {err[-300:]}"
        return
    as_of = date.fromisoformat(v["as_of"])
    doc = parse_document(v["patient"], as_of=as_of, source=path.name)
    # Round-trip through JSON: the CLI prints the report with json.dump, so this is what a user sees.
    report = json.loads(json.dumps(assess(doc, as_of), ensure_ascii=False))
    problems = evaluate(report, exp) + evaluate_extra(report, v.get("extra_expect", {}))
    assert not problems, f"{v['title']}\n  " + "\n  ".join(problems)
