"""``nmdbone-desktop letter`` end to end on a real clinic store, audit trail included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nmdbone_desktop.cli.main import main
from nmdbone_desktop.letters import save_letterhead
from nmdbone_desktop.store import ClinicStore
from tests.test_letters_support import LETTERHEAD, NAME, page_sizes, pdf_pages, pdf_text, sample_document


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    db = tmp_path / "clinic.sqlite"
    with ClinicStore(db, user="dr.test") as store:
        store.import_documents([sample_document()], source="test")
    return db


@pytest.fixture
def letterhead_file(tmp_path: Path) -> Path:
    return save_letterhead(LETTERHEAD, tmp_path / "letterhead.json")


def letter_events(db: Path) -> list:
    with ClinicStore(db) as store:
        return [e for e in store.history("P0001") if e.action == "letter"]


def test_letter_command_writes_the_pdf_and_audits_it(clinic: Path, letterhead_file: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "referral.pdf"
    code = main(["letter", "--db", str(clinic), "--patient", "P0001", "--kind", "referral", "--out", str(out),
                 "--as-of", "2026-11-21", "--letterhead", str(letterhead_file), "--question", "Anabolic first?"])
    assert code == 0
    assert "wrote referral letter for P0001" in capsys.readouterr().out
    pages = pdf_pages(out)
    assert NAME in pages[0] and "Centre for Neuromuscular Diseases" in pages[0]
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "Anabolic first?" in pdf_text(out)
    assert set(page_sizes(out)) == {(595, 842)}
    [event] = letter_events(clinic)
    detail = event.detail
    assert event.user  # who printed it: the store's user
    assert detail["kind"] == "referral" and detail["output"] == "cli" and detail["as_of"] == "2026-11-21"
    assert detail["options"]["question"] == "Anabolic first?"
    assert NAME in detail["text"] and "Anabolic first?" in detail["text"]


def test_letter_page_size_and_kinds(clinic: Path, letterhead_file: Path, tmp_path: Path) -> None:
    for kind in ("gp", "patient"):
        out = tmp_path / f"{kind}.pdf"
        assert main(["letter", "--db", str(clinic), "--patient", "P0001", "--kind", kind, "--out", str(out),
                     "--as-of", "2026-11-21", "--page-size", "letter", "--letterhead", str(letterhead_file)]) == 0
        assert set(page_sizes(out)) == {(612, 792)}
    assert len(letter_events(clinic)) == 2


def test_unknown_patient_is_invalid_input(clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["letter", "--db", str(clinic), "--patient", "NOPE", "--kind", "gp", "--out", str(out)]) == 2
    assert "NOPE" in capsys.readouterr().err
    assert not out.exists()


def test_missing_database_and_dates_after_as_of_are_invalid(clinic: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["letter", "--db", str(tmp_path / "none.sqlite"), "--patient", "P0001", "--kind", "gp",
                 "--out", str(out)]) == 2
    assert not (tmp_path / "none.sqlite").exists()  # not created by asking
    assert main(["letter", "--db", str(clinic), "--patient", "P0001", "--kind", "gp", "--out", str(out),
                 "--as-of", "2020-01-01"]) == 2
    assert "is in the future of the assessment date" in capsys.readouterr().err
    assert not out.exists() and not letter_events(clinic)


def test_broken_letterhead_file_is_invalid_input(clinic: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"page_size": "A5"}', encoding="utf-8")
    assert main(["letter", "--db", str(clinic), "--patient", "P0001", "--kind", "gp",
                 "--out", str(tmp_path / "x.pdf"), "--letterhead", str(bad)]) == 2


def test_letter_warns_on_stderr_what_is_missing_and_still_writes(clinic: Path, tmp_path: Path, cli: Any) -> None:
    bare = save_letterhead(LETTERHEAD.model_copy(update={"address_lines": []}), tmp_path / "bare.json")
    out = tmp_path / "gp.pdf"
    code, stdout, stderr = cli("letter", "--db", clinic, "--patient", "P0001", "--kind", "gp", "--out", out,
                               "--as-of", "2026-11-21", "--letterhead", bare)
    assert code == 0 and out.is_file() and "wrote gp letter" in stdout
    lines = stderr.strip().splitlines()
    assert lines and all(line.startswith("warning: P0001: ") for line in lines)
    assert any("No GP name and address" in line for line in lines)
    assert any("no clinic address" in line for line in lines)
    [event] = letter_events(clinic)
    assert event.detail["role"] == "physician" and event.detail["missing"]


def test_letters_from_the_demo_clinic_carry_the_banner(tmp_path: Path, cli: Any) -> None:
    db = tmp_path / "demo.sqlite"
    assert cli("demo", "--db", db, "--patients", "3")[0] == 0
    with ClinicStore(db) as store:
        assert store.is_demo_clinic()
        patient = store.patient_ids()[0]
    out = tmp_path / "sheet.pdf"
    code, _, _ = cli("letter", "--db", db, "--patient", patient, "--kind", "patient", "--out", out)
    assert code == 0
    assert all("SYNTHETIC DEMO PATIENT — not a real person" in page for page in pdf_pages(out))


def test_letter_language_option_and_the_clinics_language(clinic: Path, letterhead_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "gp_it.pdf"
    assert main(["letter", "--db", str(clinic), "--patient", "P0001", "--kind", "gp", "--out", str(out),
                 "--as-of", "2026-11-21", "--letterhead", str(letterhead_file), "--language", "it"]) == 0
    assert "Pagina 1 di" in pdf_text(out) and "Salute ossea" in pdf_text(out)
    with ClinicStore(clinic, user="dr.test") as store:
        store.set_clinic_language("nl")
    out = tmp_path / "gp_clinic.pdf"
    assert main(["letter", "--db", str(clinic), "--patient", "P0001", "--kind", "gp", "--out", str(out),
                 "--as-of", "2026-11-21", "--letterhead", str(letterhead_file)]) == 0
    assert "Botgezondheid: samenvatting en taakverdeling" in pdf_text(out)
    assert [e.detail["options"]["language"] for e in letter_events(clinic)] == [None, "it"]  # newest first
