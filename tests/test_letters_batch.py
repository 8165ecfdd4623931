"""Batches: 20 letters in one PDF or one file each, progress, cancel, one bad record."""

from __future__ import annotations

from pathlib import Path

import pytest

from nmdbone_desktop.core.document import Contacts
from nmdbone_desktop.letters import LetterJob, batch_filename, render_batch
from tests.test_letters_support import LETTERHEAD, batch_patients, options, pdf_pages


def jobs(n: int, kind: str = "referral") -> list[LetterJob]:
    return [LetterJob(doc, report, options(kind)) for doc, report in batch_patients(n)]


def test_twenty_letters_in_one_file_each_numbered_from_one(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = tmp_path / "letters.pdf"
    result = render_batch(jobs(20, "gp"), out, one_file=True, letterhead=LETTERHEAD,
                          progress=lambda done, total: calls.append((done, total)))
    assert not result.cancelled and not result.failed
    assert result.paths == [out] and len(result.written) == 20
    pages = pdf_pages(out)
    firsts = [p for p in pages if "Page 1 of" in p]
    assert len(firsts) == 20  # every letter starts on its own page with its own numbering
    for page, (doc, _) in zip(firsts, batch_patients(20), strict=True):
        assert f"{doc.name.given} {doc.name.family}" in page
        total = int(page.split("Page 1 of ", 1)[1].split()[0])
        assert total >= 1
    assert sum(int(p.split("Page 1 of ", 1)[1].split()[0]) for p in firsts) == len(pages)
    assert calls[-1] == (20, 20)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls) and len(calls) >= 20


def test_twenty_letters_one_file_per_patient(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    batch = jobs(20, "patient")
    result = render_batch(batch, tmp_path, one_file=False, letterhead=LETTERHEAD,
                          progress=lambda done, total: calls.append((done, total)))
    assert len(result.written) == 20 and not result.failed
    files = sorted(tmp_path.glob("*.pdf"))
    assert [f.name for f in files] == sorted(batch_filename(job) for job in batch)
    assert files[0].name == "B0000-patient-2026-11-21.pdf"
    first = pdf_pages(files[1])
    assert "Søren Ødegaard" in first[0] and f"Page 1 of {len(first)}" in first[0]
    assert calls[:3] == [(1, 20), (2, 20), (3, 20)] and calls[-1] == (20, 20)
    assert {w.letter.patient_label.split(" · ")[1] for w in result.written} == {j.doc.id for j in batch}


@pytest.mark.parametrize("one_file", [True, False])
def test_cancel_stops_the_batch(tmp_path: Path, one_file: bool) -> None:
    seen: list[int] = []
    out = tmp_path / ("all.pdf" if one_file else "each")
    result = render_batch(jobs(20, "gp"), out, one_file=one_file, letterhead=LETTERHEAD,
                          progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) >= 5)
    assert result.cancelled
    if one_file:
        assert not out.exists() and not result.written  # nothing half-written
        assert not list(tmp_path.iterdir())
    else:
        assert len(result.written) == 5 == len(list(out.glob("*.pdf")))
    assert max(seen) < 20


def test_one_bad_record_does_not_stop_the_batch(tmp_path: Path) -> None:
    batch = jobs(4, "referral")
    broken = LetterJob(batch[2].doc, {**batch[2].report, "recommendations": [{"code": "DXA_DUE", "due": "not a date"}]},
                       options("gp"))
    batch[2] = broken
    for one_file, out in ((True, tmp_path / "all.pdf"), (False, tmp_path / "each")):
        result = render_batch(batch, out, one_file=one_file, letterhead=LETTERHEAD)
        assert [pid for pid, _ in result.failed] == [broken.doc.id]
        assert len(result.written) == 3


def test_empty_batch_writes_nothing(tmp_path: Path) -> None:
    result = render_batch([], tmp_path / "none.pdf", one_file=True)
    assert not result.written and not (tmp_path / "none.pdf").exists()


def test_each_letter_of_a_batch_goes_to_its_own_gp_and_reports_what_is_missing(tmp_path: Path) -> None:
    gps = ["Dr Hannah Okafor", "Dr Lars Eriksen"]
    batch = []
    for n, (doc, report) in enumerate(batch_patients(3)):
        if n < 2:
            address = {"lines": [f"{n + 1} Canal Street"], "postcode": "M1 3HE", "city": "Manchester"}
            contacts = Contacts.model_validate({"gp": {"name": gps[n], "address": address}})
            doc = doc.model_copy(update={"contacts": contacts})
        batch.append(LetterJob(doc, report, options("gp")))
    out = tmp_path / "all.pdf"
    result = render_batch(batch, out, one_file=True, letterhead=LETTERHEAD)
    firsts = [p for p in pdf_pages(out) if "Page 1 of" in p]
    assert gps[0] in firsts[0] and gps[1] not in firsts[0]
    assert gps[1] in firsts[1] and "The general practitioner" in firsts[2]
    assert set(result.missing) == {batch[2].doc.id}
    assert any("No GP name and address" in w for w in result.missing[batch[2].doc.id])
