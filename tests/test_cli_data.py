"""``import``, ``export``, ``demo`` and ``schema`` (contract §1): exit codes, messages, files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from nmdbone_desktop.cli.main import main
from nmdbone_desktop.core.document import PatientDocument
from nmdbone_desktop.core.validation import canonical_json
from nmdbone_desktop.store.locations import is_server_location
from tests.backends import open_store
from tests.strategies import bulk_documents, rich_document

VIGNETTES = Path(__file__).resolve().parents[2] / "shared" / "vignettes"
if not VIGNETTES.is_dir():
    VIGNETTES = Path("/work/shared/vignettes")


def _patients_of_vignettes(folder: Path, *, include_bad: bool) -> list[str]:
    """Each vignette is {"patient": {...}, "expect": ...}: write the bare patient documents."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for path in sorted(VIGNETTES.glob("*.json")):
        if path.name == "bad_tscore.json" and not include_bad:
            continue
        patient = json.loads(path.read_text(encoding="utf-8"))["patient"]
        (folder / path.name).write_text(json.dumps(patient, ensure_ascii=False), encoding="utf-8")
        names.append(path.name)
    return names


def _write(folder: Path, doc: PatientDocument, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"{doc.id}.json")
    path.write_text(canonical_json(doc), encoding="utf-8")
    return path


def _count(db: Path | str) -> int:
    if not is_server_location(db) and not Path(db).exists():
        return 0
    with open_store(db) as store:
        return store.patient_count()


@pytest.mark.skipif(not VIGNETTES.is_dir(), reason="shared vignettes not available")
def test_vignettes_with_the_bad_one_import_nothing(
        clinic_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    _patients_of_vignettes(folder, include_bad=True)
    db = clinic_location
    assert main(["import", "--db", str(db), str(folder)]) == 2
    err = capsys.readouterr().err
    assert "bad_tscore.json" in err and "dxa[0].t_score" in err
    assert _count(db) == 0


@pytest.mark.skipif(not VIGNETTES.is_dir(), reason="shared vignettes not available")
def test_vignettes_without_the_bad_one_import(
        clinic_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    names = _patients_of_vignettes(folder, include_bad=False)
    db = clinic_location
    assert main(["import", "--db", str(db), str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.strip() == f"imported {len(names)} patients ({len(names)} new, 0 updated) into {db}"
    good = [p for p in VIGNETTES.glob("*.json") if json.loads(p.read_text())["expect"].get("exit_code", 0) == 0]
    assert len(names) == len(good) >= 3 and _count(db) == len(good)
    with open_store(db) as store:  # the list shows their risk at once (the cache was filled)
        assert all(row.risk_category for row in store.search_patients("", limit=None))


def test_one_invalid_file_leaves_the_database_unchanged(
        clinic_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = clinic_location
    with open_store(db) as store:
        store.save_document(rich_document("KEEP"))
        history = len(store.history())
    folder = tmp_path / "in"
    _write(folder, rich_document("NEW1"))
    _write(folder, rich_document("KEEP", falls_past_12_months=9))
    bad = json.loads(canonical_json(rich_document("NEW2")))
    bad["dxa"][0]["t_score"] = 12.0
    (folder / "z_bad.json").write_text(json.dumps(bad), encoding="utf-8")
    bad = json.loads(canonical_json(rich_document("NEW3")))
    bad["labs"][0]["unit"] = "furlongs"
    (folder / "y_bad.json").write_text(json.dumps(bad), encoding="utf-8")
    (folder / "notes.txt").write_text("not a patient", encoding="utf-8")  # only *.json is read
    assert main(["import", "--db", str(db), str(folder)]) == 2
    err = capsys.readouterr().err
    assert "z_bad.json: dxa[0].t_score" in err and "y_bad.json: labs[0].unit" in err  # every file's problems
    assert "2 of 4 files are invalid; nothing was imported" in err
    with open_store(db) as store:
        assert store.patient_ids() == ["KEEP"] and store.revisions() == {"KEEP": 1}
        assert len(store.history()) == history


def test_not_json_and_missing_paths(
        clinic_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = clinic_location
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["import", "--db", str(db), str(broken)]) == 2
    assert "broken.json" in capsys.readouterr().err
    assert main(["import", "--db", str(db), str(tmp_path / "nope.json")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["import", "--db", str(db), str(tmp_path / "empty")]) == 2
    assert _count(db) == 0


def test_nan_in_extra_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nan.json"
    path.write_text(canonical_json(rich_document()).replace('"extra": {', '"extra": {"x": NaN, '), encoding="utf-8")
    assert main(["import", "--db", str(tmp_path / "c.sqlite"), str(path)]) == 2
    assert "nan.json: extra: holds NaN" in capsys.readouterr().err


def test_duplicate_ids_name_both_files(
        clinic_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = _write(tmp_path / "a", rich_document("SAME"), "one.json")
    second = _write(tmp_path / "b", rich_document("SAME", falls_past_12_months=2), "two.json")
    db = clinic_location
    assert main(["import", "--db", str(db), str(first), str(second)]) == 2
    err = capsys.readouterr().err
    assert str(first) in err and str(second) in err and "SAME" in err
    assert _count(db) == 0


def test_db_option_before_or_after_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc_file = _write(tmp_path / "in", rich_document("P1"))
    before, after = tmp_path / "before.sqlite", tmp_path / "after.sqlite"
    assert main(["--db", str(before), "import", str(doc_file)]) == 0
    assert main(["import", str(doc_file), "--db", str(after)]) == 0
    assert _count(before) == 1 and _count(after) == 1
    out = tmp_path / "out"
    assert main(["--db", str(before), "export", "--out", str(out)]) == 0
    assert (out / "P1.json").read_text(encoding="utf-8") == canonical_json(rich_document("P1"))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nmdbone_desktop", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=Path(__file__).resolve().parents[1], check=False)


def test_export_import_export_is_byte_identical(tmp_path: Path) -> None:
    source = tmp_path / "source"
    for doc in [rich_document(), *bulk_documents(5, rows=8, seed=2)]:
        _write(source, doc)
    db1, db2 = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    out1, out2 = tmp_path / "out1", tmp_path / "out2"
    steps = [("import", "--db", str(db1), str(source)), ("export", "--db", str(db1), "--out", str(out1)),
             ("import", "--db", str(db2), str(out1)), ("export", "--db", str(db2), "--out", str(out2))]
    for step in steps:
        done = _cli(*step)
        assert done.returncode == 0, done.stderr
    files1 = sorted(p.name for p in out1.iterdir())
    assert files1 == sorted(p.name for p in out2.iterdir()) and len(files1) == 6
    for name in files1:
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes()
        assert (out1 / name).read_bytes() == (source / name).read_bytes()


def test_export_one_patient_and_unknown_patient(
        clinic_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = clinic_location
    with open_store(db) as store:
        store.import_documents([rich_document("A"), rich_document("B")])
    out = tmp_path / "out"
    assert main(["export", "--db", str(db), "--patient", "B", "--out", str(out)]) == 0
    assert [p.name for p in out.iterdir()] == ["B.json"]
    assert "exported 1 patients" in capsys.readouterr().out
    assert main(["export", "--db", str(db), "--patient", "nobody", "--out", str(tmp_path / "o2")]) == 2
    assert "nobody" in capsys.readouterr().err
    assert not (tmp_path / "o2").exists()


def test_demo_creates_a_clinic_once(
        clinic_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("nmdbone_desktop.demo")
    db = clinic_location
    assert main(["demo", "--db", str(db), "--patients", "12", "--seed", "5"]) == 0
    assert "12 patients (seed 5)" in capsys.readouterr().out
    with open_store(db) as store:
        assert store.patient_count() == 12
        ids = store.patient_ids()
        # The list opens filled: every patient has a risk category from the assessment cache.
        listed = store.search_patients("", limit=None)
        assert len(listed) == 12 and all(row.risk_category for row in listed)
    again = tmp_path / "again.sqlite"
    assert main(["demo", "--db", str(again), "--patients", "12", "--seed", "5"]) == 0
    with open_store(again) as store:
        assert store.patient_ids() == ids  # deterministic
    capsys.readouterr()
    assert main(["demo", "--db", str(db), "--patients", "3"]) == 1  # never over existing patients
    assert "already holds 12 patients" in capsys.readouterr().err


def test_schema_patient(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "patient"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema == PatientDocument.model_json_schema(by_alias=True)
    assert "schema" in schema["properties"] and "dxa" in schema["properties"]


def test_schema_assessment(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        from nmdbone_desktop.core.report import AssessmentReport
    except ImportError:
        AssessmentReport = None
    if AssessmentReport is not None:
        assert main(["schema", "assessment"]) == 0
        assert json.loads(capsys.readouterr().out) == AssessmentReport.model_json_schema(by_alias=True)
    monkeypatch.setitem(sys.modules, "nmdbone_desktop.core.report", None)  # as if not installed
    assert main(["schema", "assessment"]) == 1
    assert "assessment report model is not available" in capsys.readouterr().err


def test_schema_version_of_a_missing_file_creates_nothing(cli: Any, tmp_path: Path) -> None:
    """An IT admin's mistyped path gets the path named, not a new empty clinic with a version."""
    missing = tmp_path / "typo" / "clinic.sqlite"
    code, out, err = cli("schema-version", "--db", missing)
    assert code == 2 and out == ""
    assert f"--db {missing}" in err and "no clinic database" in err
    assert not missing.exists() and not missing.parent.exists()
