"""``nmdbone-desktop letter`` end to end on a real clinic store, audit trail included."""

from __future__ import annotations

from pathlib import Path

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
