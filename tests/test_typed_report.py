"""The assessment report travels typed (issue 18 item 5): the window, the letters and the charts
read :class:`~nmdbone_desktop.core.report.AssessmentReport` by attribute, so that a renamed field
fails the type check instead of silently leaving a sentence out in front of a clinician.

Two checks: no reader reads the report by string key (a grep, cheap), and mypy, run over the readers,
reports no error about the report's model — with a probe file that misspells fields of the model, to
prove that such an error is seen at all. The readers are not mypy-clean in other respects (Qt and
matplotlib stubs), so only errors naming a class of the report count.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from nmdbone_desktop.core import report as report_module
from nmdbone_desktop.core.assessment import assess
from nmdbone_desktop.core.report import AssessmentReport, report_json, typed_report
from nmdbone_desktop.demo import generate_clinic

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "nmdbone_desktop"

#: Every module that reads a report on its way to a clinician.
READERS = [
    "letters", "charts",
    "ui/assessment_header.py", "ui/recommendation_panel.py", "ui/recommendation_card.py",
    "ui/letters/letter_dialog.py", "ui/patient_controller.py", "ui/bmd_chart_widget.py", "ui/record_view.py",
    "ui/main_window.py", "ui/window_worklist_letters.py",
    "services/clinic.py", "services/letter_writing.py",
]

#: The model's classes, as mypy names them in its messages.
MODEL_CLASSES = sorted(
    name for name, value in vars(report_module).items()
    if isinstance(value, type) and issubclass(value, report_module.BaseModel)
    and value.__module__ == report_module.__name__
)

#: ``report["x"]``, ``report.get("x")``, ``report().get(…)``, ``ctx.get("x")``, ``rec["x"]`` / ``rec.get``.
BY_KEY = re.compile(r"\b(?:report(?:\(\))?|ctx|rec|dens|gc|vf|frax|q|fr|due|entry|t)(?:\[|\.get\()")


def _reader_files() -> list[Path]:
    files: list[Path] = []
    for reader in READERS:
        path = PACKAGE / reader
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def test_readers_read_the_report_by_attribute_not_by_key() -> None:
    offenders = []
    for path in _reader_files() + sorted((PACKAGE / "ui").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if BY_KEY.search(code) and "templates" not in code and "files[" not in code:
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_the_typed_report_round_trips_to_the_contract_dict_exactly() -> None:
    """The command line and the contract keep the dict; the model gives back exactly what assess built."""
    as_of = date(2026, 11, 21)
    for doc in generate_clinic(25, seed=5, as_of=as_of):
        built = assess(doc, as_of)
        typed = typed_report(built)
        assert isinstance(typed, AssessmentReport) and typed_report(typed) is typed
        assert report_json(typed) == built
        assert list(report_json(typed)) == list(built)  # same key order: the CLI's JSON is byte-identical


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy over the readers and a probe that misspells the model's fields: errors per file."""
    pytest.importorskip("mypy", reason="mypy is in the test extras (pyproject.toml)")
    tmp = tmp_path_factory.mktemp("mypy")
    probe = tmp / "probe_renamed_fields.py"
    probe.write_text(
        "from nmdbone_desktop.core.report import AssessmentReport\n\n\n"
        "def read(report: AssessmentReport) -> object:\n"
        "    return (report.densitometry.lowest_scor, report.recommendations[0].titel,\n"
        "            report.next_due.dexa, report.fracture_risk.qfracture.hip)\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--follow-imports=silent", "--ignore-missing-imports", "--no-error-summary",
         "--hide-error-context", "--no-pretty", "--cache-dir", str(tmp / "cache"),
         *[str(p) for p in _reader_files()], str(probe)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode in (0, 1), run.stdout + run.stderr  # 2: mypy itself failed
    errors: dict[str, list[str]] = {}
    for line in run.stdout.splitlines():
        if ": error:" in line:
            errors.setdefault(Path(line.split(":", 1)[0]).name, []).append(line)
    return errors


def test_a_misspelt_report_field_fails_the_type_check(mypy_errors: dict[str, list[str]]) -> None:
    probe = mypy_errors.get("probe_renamed_fields.py", [])
    for owner, field in (("Densitometry", "lowest_scor"), ("RecommendationOut", "titel"), ("NextDue", "dexa"),
                         ("QFracture", "hip")):
        assert any(f'"{owner}" has no attribute "{field}"' in e for e in probe), probe


def test_the_readers_agree_with_the_report_model(mypy_errors: dict[str, list[str]]) -> None:
    named = re.compile('"(?:' + "|".join(MODEL_CLASSES) + ')"')
    wrong = [e for name, errors in mypy_errors.items() if name != "probe_renamed_fields.py"
             for e in errors if named.search(e)]
    assert not wrong, "\n".join(wrong)
