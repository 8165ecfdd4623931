"""The letter dialogs headless: edit → text view, save/preview/print with audit, settings, batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from nmdbone_desktop.letters import load_letterhead
from nmdbone_desktop.store import ClinicStore
from nmdbone_desktop.ui.letters import BatchLetterDialog, ClinicSettingsDialog, LetterDialog
from nmdbone_desktop.ui.letters import letter_dialog as letter_dialog_module
from tests.test_letters_support import AS_OF, LETTERHEAD, NAME, FakeAudit, pdf_text, sample_document, sample_report


@pytest.fixture
def dialog(qtbot: Any) -> tuple[LetterDialog, FakeAudit]:
    audit = FakeAudit()
    dlg = LetterDialog(sample_document(), sample_report(), letterhead=LETTERHEAD, audit=audit)
    qtbot.addWidget(dlg)
    return dlg, audit


def test_text_view_follows_the_edits(dialog: tuple[LetterDialog, FakeAudit], qtbot: Any) -> None:
    dlg, _ = dialog
    view = dlg.findChild(type(dlg.text_view), "letterText")
    assert NAME in view.toPlainText() and "Relevant laboratory results" in view.toPlainText()
    dlg.free_text_edit.setPlainText("Seen with her daughter.")
    dlg.question_edit.setPlainText("Is an anabolic agent appropriate?")
    dlg.set_section("labs", False)
    qtbot.waitUntil(lambda: "Seen with her daughter." in view.toPlainText())
    text = view.toPlainText()
    assert "Is an anabolic agent appropriate?" in text
    assert "Relevant laboratory results" not in text
    assert dlg.options().sections is not None and "labs" not in dlg.options().sections


def test_kind_switch_rebuilds_sections(dialog: tuple[LetterDialog, FakeAudit]) -> None:
    dlg, _ = dialog
    dlg.kind_box.setCurrentIndex(dlg.kind_box.findData("patient"))
    titles = [dlg.section_list.item(i).text() for i in range(dlg.section_list.count())]
    assert titles[:2] == ["What your results mean", "Vitamin D and calcium"]  # one section since 2026.2
    assert not dlg.question_edit.isEnabled() and not dlg.recipient_edit.isEnabled()
    assert "Your bone health" in dlg.text_view.toPlainText()
    dlg.kind_box.setCurrentIndex(dlg.kind_box.findData("referral"))
    assert dlg.section_list.item(4).text() == "Trajectory chart"  # the chart has no printed heading


def test_save_pdf_prints_the_edited_text_and_audits_it(dialog: tuple[LetterDialog, FakeAudit],
                                                      tmp_path: Path) -> None:
    dlg, audit = dialog
    dlg.free_text_edit.setPlainText("Please see within 6 weeks.")
    dlg.page_box.setCurrentText("Letter")
    out = dlg.save_pdf(tmp_path / "referral.pdf")
    assert out is not None and "Please see within 6 weeks." in pdf_text(out)
    [(action, patient, detail)] = audit.events
    assert (action, patient, detail["output"], detail["kind"]) == ("letter", "P0001", "pdf", "referral")
    assert detail["options"]["page_size"] == "Letter"
    assert "Please see within 6 weeks." in detail["text"] and detail["file"] == str(out)


def test_save_asks_for_the_file(dialog: tuple[LetterDialog, FakeAudit], tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    dlg, audit = dialog
    monkeypatch.setattr(dlg, "_ask_save_path", lambda: None)
    assert dlg.save_pdf() is None and not audit.events  # cancelled: nothing written, nothing audited
    monkeypatch.setattr(dlg, "_ask_save_path", lambda: tmp_path / "chosen.pdf")
    assert dlg.save_pdf() == tmp_path / "chosen.pdf"


def test_preview_opens_a_private_temporary_pdf(dialog: tuple[LetterDialog, FakeAudit],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    dlg, audit = dialog
    opened: list[Path] = []
    monkeypatch.setattr(dlg, "_open", opened.append)
    path = dlg.preview()
    assert path is not None and opened == [path] and path.read_bytes().startswith(b"%PDF")
    assert audit.events[0][2]["output"] == "preview"
    path.unlink()


def test_print_goes_to_the_chosen_printer(dialog: tuple[LetterDialog, FakeAudit],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    dlg, audit = dialog
    sent: list[tuple[Path, str]] = []
    monkeypatch.setattr(letter_dialog_module, "send_to_printer", lambda path, printer: sent.append((path, printer)))
    assert dlg.print_letter("Ward 3 laser")
    assert sent[0][1] == "Ward 3 laser" and sent[0][0].read_bytes().startswith(b"%PDF")
    assert audit.events[0][2]["output"] == "print"


def test_failed_audit_releases_no_letter(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class BrokenStore:
        def record_event(self, *args: Any, **kwargs: Any) -> None:
            raise RuntimeError("database is busy")

    warnings: list[str] = []
    monkeypatch.setattr(letter_dialog_module.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dlg = LetterDialog(sample_document(), sample_report(), letterhead=LETTERHEAD, audit=BrokenStore())
    qtbot.addWidget(dlg)
    assert dlg.save_pdf(tmp_path / "x.pdf") is None
    assert not (tmp_path / "x.pdf").exists() and "database is busy" in warnings[0]


def test_date_before_the_record_disables_output(dialog: tuple[LetterDialog, FakeAudit]) -> None:
    dlg, _ = dialog
    dlg.date_edit.setDate(QDate(2020, 1, 1))
    dlg.refresh()
    assert not dlg.save_button.isEnabled() and "entries after 2020-01-01" in dlg.status.text()
    dlg.date_edit.setDate(QDate(AS_OF.year, AS_OF.month, AS_OF.day))
    dlg.refresh()
    assert dlg.save_button.isEnabled()


def test_new_date_reassesses(qtbot: Any) -> None:
    dates: list[Any] = []

    def assess_fn(doc: Any, as_of: Any) -> dict[str, Any]:
        dates.append(as_of)
        return sample_report(as_of=as_of.isoformat())

    dlg = LetterDialog(sample_document(), sample_report(), letterhead=LETTERHEAD, assess_fn=assess_fn)
    qtbot.addWidget(dlg)
    dlg.date_edit.setDate(QDate(2026, 12, 1))
    dlg.refresh()
    assert [d.isoformat() for d in dates] == ["2026-12-01"]
    assert "Date: 1 December 2026" in dlg.text_view.toPlainText()


def test_settings_dialog_saves_the_letterhead(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "letterhead.json"
    dlg = ClinicSettingsDialog(LETTERHEAD, path=path)
    qtbot.addWidget(dlg)
    dlg.clinic_name.setText("Kliniken för neuromuskulära sjukdomar")
    dlg.address.setPlainText("Storgatan 1\n\n114 55 Stockholm")
    dlg.clinician_name.setText("Dr Åsa Ødegaard")
    dlg.date_format.setCurrentIndex(dlg.date_format.findData("dd.mm.yyyy"))
    dlg.page_size.setCurrentText("Letter")
    dlg.save()
    assert dlg.result() == dlg.DialogCode.Accepted
    saved = load_letterhead(path)
    assert saved.clinic_name == "Kliniken för neuromuskulära sjukdomar"
    assert saved.address_lines == ["Storgatan 1", "114 55 Stockholm"]
    assert (saved.date_format, saved.page_size, saved.clinician_name) == ("dd.mm.yyyy", "Letter", "Dr Åsa Ødegaard")
    assert dlg.saved == saved


def test_settings_dialog_refuses_bad_values(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "letterhead.json"
    dlg = ClinicSettingsDialog(LETTERHEAD, path=path)
    qtbot.addWidget(dlg)
    dlg.logo.setText(str(tmp_path / "missing.png"))
    dlg.save()
    assert "Logo image not found" in dlg.error.text() and not path.exists()
    dlg.logo.setText("")
    dlg.clinic_name.setText("x" * 200)
    dlg.save()
    assert "clinic_name" in dlg.error.text() and not path.exists()


def test_settings_preview_uses_the_sample_patient(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from nmdbone_desktop.ui.letters import settings_dialog

    opened: list[Any] = []
    monkeypatch.setattr(settings_dialog.QDesktopServices, "openUrl", opened.append)
    dlg = ClinicSettingsDialog(LETTERHEAD)
    qtbot.addWidget(dlg)
    dlg.department.setText("Bone Clinic – Preview")
    path = dlg.preview()
    assert path is not None and opened
    text = pdf_text(path)
    assert "Bone Clinic – Preview" in text and NAME in text
    # The rules core's figures for the sample patient, not the hand-written sample report's
    # (letters/samples.py keeps one for testing the letters apart from the core).
    from nmdbone_desktop.core.assessment import assess
    from nmdbone_desktop.letters.samples import SAMPLE_AS_OF, sample_document, sample_report

    qfracture = assess(sample_document(), SAMPLE_AS_OF)["fracture_risk"]["qfracture"]
    written = sample_report()["fracture_risk"]["qfracture"]
    assert qfracture["major_osteoporotic_percent"] != written["major_osteoporotic_percent"]
    flat = " ".join(text.split())
    assert f"{qfracture['major_osteoporotic_percent']:.1f}" in flat
    assert f"{written['major_osteoporotic_percent']:.1f}" not in flat
    path.unlink()


@pytest.mark.parametrize("one_file", [True, False])
def test_batch_runs_in_the_background_and_audits(qtbot: Any, clinic_db: Path, tmp_path: Path,
                                                 one_file: bool) -> None:
    with ClinicStore(clinic_db) as store:
        ids = store.patient_ids()[:6]
    dlg = BatchLetterDialog(clinic_db, ids, letterhead=LETTERHEAD, as_of=AS_OF)
    qtbot.addWidget(dlg)
    dlg.kind_box.setCurrentIndex(dlg.kind_box.findData("gp"))
    (dlg.one_file if one_file else dlg.per_patient).setChecked(True)
    out = tmp_path / ("letters.pdf" if one_file else "letters")
    dlg.out_edit.setText(str(out))
    with qtbot.waitSignal(dlg.finishedBatch, timeout=60_000) as blocker:
        task = dlg.start()
        assert task is not None
    result = blocker.args[0]
    assert len(result.written) + len(result.failed) == len(ids) and result.written
    assert "letters written" in dlg.status.text() or "letter written" in dlg.status.text()
    assert (out.is_file() if one_file else len(list(out.glob("*.pdf"))) == len(result.written))
    with ClinicStore(clinic_db) as store:
        events = [e for e in store.history() if e.action == "letter"]
    assert sorted(e.patient_id for e in events) == sorted(w.patient_id for w in result.written)
    assert all(e.detail["output"] == "batch" for e in events)


def test_batch_cancel_keeps_the_window_responsive(qtbot: Any, clinic_db: Path, tmp_path: Path) -> None:
    with ClinicStore(clinic_db) as store:
        ids = store.patient_ids()
    dlg = BatchLetterDialog(clinic_db, ids, letterhead=LETTERHEAD, as_of=AS_OF)
    qtbot.addWidget(dlg)
    dlg.per_patient.setChecked(True)
    dlg.out_edit.setText(str(tmp_path / "each"))
    with qtbot.waitSignal(dlg.finishedBatch, timeout=60_000) as blocker:
        task = dlg.start()
        assert task is not None
        qtbot.waitUntil(lambda: (tmp_path / "each").exists() and any((tmp_path / "each").glob("*.pdf")),
                        timeout=30_000)
        task.cancel()  # what the progress dialog's Cancel button does
    result = blocker.args[0]
    assert result.cancelled and len(result.written) < len(ids)
    assert dlg.status.text().startswith("Cancelled.")


def test_letter_dialog_item_flags(dialog: tuple[LetterDialog, FakeAudit]) -> None:
    dlg, _ = dialog
    item = dlg.section_list.item(0)
    assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_chart_section_is_greyed_out_without_bmd(qtbot: Any) -> None:
    dlg = LetterDialog(sample_document(dxa=[]), sample_report(), letterhead=LETTERHEAD)
    qtbot.addWidget(dlg)
    chart = next(dlg.section_list.item(i) for i in range(dlg.section_list.count())
                 if dlg.section_list.item(i).data(Qt.ItemDataRole.UserRole) == "chart")
    assert not chart.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "[" not in dlg.text_view.toPlainText().split("Bone densitometry")[1].split("Glucocorticoid")[0]


def test_batch_letters_are_audited_as_the_signed_in_user_and_role(qtbot: Any, window: Any, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Letters made from the worklist's selection name who made them: the window's signed-in user
    and role, not the operating-system user."""
    from argon2 import PasswordHasher

    from nmdbone_desktop.store import users

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(users, "_hasher", lambda: cheap)
    monkeypatch.setattr(users, "_dummy_hash", lambda: cheap.hash("dummy password"))
    window.clinic.add_user("nina", "nurse", "correct horse battery")
    window.clinic.sign_in("nina", "correct horse battery")
    ids = window.clinic.patient_ids()[:3]
    dlg = window.worklist_letters.letters_for(ids)
    dlg.per_patient.setChecked(True)
    dlg.out_edit.setText(str(tmp_path / "each"))
    with qtbot.waitSignal(dlg.finishedBatch, timeout=60_000) as blocker:
        assert dlg.start() is not None
    result = blocker.args[0]
    assert result.written
    events = [e for e in window.clinic.history() if e.action == "letter"]
    assert sorted(e.patient_id for e in events) == sorted(w.patient_id for w in result.written)
    assert all(e.user == "nina" and e.detail["user"] == "nina" and e.detail["role"] == "nurse" for e in events)
    dlg.close()
