"""Issue 17 in the window: the rendered preview, what is missing, contacts, batches as the signed-in
user; issue 15 item 6: the demo clinic says so in the title, the status bar and every letter."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdf
import pytest
from argon2 import PasswordHasher

from nmdbone_desktop.store import ClinicStore, users
from nmdbone_desktop.ui.letters import BatchLetterDialog, LetterDialog
from nmdbone_desktop.ui.letters.batch_dialog import missing_report
from tests.gui.conftest import AS_OF
from tests.test_letters_support import LETTERHEAD, FakeAudit, sample_document, sample_report

DEMO_BANNER = "SYNTHETIC DEMO PATIENT — not a real person"
PASSWORD = "correct horse battery"


def test_preview_shows_the_rendered_pages_with_navigation(qtbot: Any) -> None:
    dlg = LetterDialog(sample_document(), sample_report(), letterhead=LETTERHEAD, audit=FakeAudit(), kind="referral")
    qtbot.addWidget(dlg)
    preview = dlg.pdf_preview
    assert preview.objectName() == "letterPreview"
    pages = len(pypdf.PdfReader(io.BytesIO(dlg.pdf_bytes())).pages)
    assert preview.pages == pages > 1 and preview.page == 0
    image = preview.current_image()
    assert image is not None and image.height() > image.width()  # an A4 page, portrait
    assert preview.page_label.text() == f"Page 1 of {pages}"
    assert not preview.prev_button.isEnabled() and preview.next_button.isEnabled()
    preview.next_button.click()
    assert preview.page == 1 and preview.page_label.text() == f"Page 2 of {pages}"
    # a page is not blank: it has dark (text) pixels
    probe = preview.current_image()
    assert any(probe.pixelColor(x, y).lightness() < 100 for x in range(0, probe.width(), 7)
               for y in range(0, probe.height() // 3, 7))


def test_what_prints_is_what_was_previewed(qtbot: Any, tmp_path: Path) -> None:
    audit = FakeAudit()
    dlg = LetterDialog(sample_document(), sample_report(), letterhead=LETTERHEAD, audit=audit, kind="gp")
    qtbot.addWidget(dlg)
    dlg.free_text_edit.setPlainText("Seen with her daughter.")
    shown = dlg.pdf_bytes()  # the pending edit is rendered first
    assert shown is not None and b"%PDF" in shown[:8]
    path = dlg.save_pdf(tmp_path / "gp.pdf")
    assert path is not None and path.read_bytes() == shown
    assert "Seen with her daughter." in audit.events[0][2]["text"]


def test_dialog_says_what_is_missing_before_printing(qtbot: Any) -> None:
    bare = LETTERHEAD.model_copy(update={"address_lines": []})
    dlg = LetterDialog(sample_document(), sample_report(), letterhead=bare, kind="gp")
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.warnings.isVisible()
    assert "No GP name and address" in dlg.warnings.text() and "no clinic address" in dlg.warnings.text()
    assert dlg.save_button.isEnabled()  # a letter with something missing can still be made
    contacts = {"gp": {"name": "Dr Hannah Okafor", "address": {"lines": ["14 Canal Street"], "city": "Leeds"}}}
    full = LetterDialog(sample_document(contacts=contacts), sample_report(), letterhead=LETTERHEAD, kind="gp")
    qtbot.addWidget(full)
    full.show()
    assert not full.warnings.isVisible()


def test_contacts_form_saves_and_the_letter_uses_them(window: Any, qtbot: Any) -> None:
    dialog = window.patient_commands.edit_contacts()
    assert dialog is not None and dialog.objectName() == "contactsDialog"
    doc = window.controller.doc
    assert doc.name.family in dialog.windowTitle() and doc.id in dialog.windowTitle()
    dialog.gp_name.setText("Dr Hannah Okafor")
    dialog.gp_practice.setText("Canal Street Surgery")
    dialog.gp_address.lines.setPlainText("14 Canal Street")
    dialog.gp_address.city.setText("Manchester")
    dialog.gp_address.postcode.setText("M1 3HE")
    dialog.clinician_name.setText("Dr Pieter van der Berg")
    dialog.patient.country.setText("xx")  # not a country code: refused, nothing saved
    assert not dialog.save()
    assert dialog.errors.isVisible() and window.controller.doc.contacts == doc.contacts
    dialog.patient.country.setText("")
    assert dialog.save()
    saved = window.controller.doc.contacts
    assert saved.gp.name == "Dr Hannah Okafor" and saved.gp.address.city == "Manchester"
    assert saved.responsible_clinician.name == "Dr Pieter van der Berg" and saved.patient_address is None
    with ClinicStore(window.location) as store:
        assert store.get_document(doc.id).contacts == saved


def test_demo_clinic_is_marked_in_the_window_and_on_every_letter(qtbot: Any, tmp_path: Path) -> None:
    from nmdbone_desktop.app import build_main_window
    from nmdbone_desktop.services.clinic import open_clinic

    db = tmp_path / "demo.sqlite"
    with open_clinic(db) as store:
        store.fill_demo_clinic(6, seed=1, as_of=AS_OF)
        assert store.is_demo_clinic()
    win = build_main_window(db, settings_path=tmp_path / "settings.ini", today=lambda: AS_OF)
    qtbot.addWidget(win)
    win.show()
    assert "SYNTHETIC DEMO DATA" in win.windowTitle()
    assert win.status_demo.objectName() == "statusDemo" and win.status_demo.isVisible()
    qtbot.waitUntil(lambda: win.controller.doc is not None, timeout=10_000)
    dialog = win.worklist_letters.write_letter()
    assert dialog is not None and dialog.options().demo
    text = pypdf.PdfReader(io.BytesIO(dialog.pdf_bytes())).pages[0].extract_text()
    assert DEMO_BANNER in text
    dialog.close()


def test_an_ordinary_clinic_is_not_marked(window: Any) -> None:
    assert "DEMO" not in window.windowTitle() and not window.status_demo.isVisible()


def test_batch_is_audited_as_the_signed_in_user_and_reports_what_is_missing(
        qtbot: Any, clinic_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(users, "_hasher", lambda: cheap)
    with ClinicStore(clinic_db) as admin:
        admin.add_user("sam", "secretary", PASSWORD)
        admin.add_user("dr.who", "physician", PASSWORD)
        admin.set_login_required(True)
        ids = admin.patient_ids()[:3]
    with ClinicStore(clinic_db) as window_store:
        session = window_store.sign_in("sam", PASSWORD)
        dlg = BatchLetterDialog(clinic_db, ids, letterhead=LETTERHEAD, as_of=AS_OF, session=session)
        qtbot.addWidget(dlg)
        dlg.kind_box.setCurrentIndex(dlg.kind_box.findData("gp"))
        dlg.per_patient.setChecked(True)
        dlg.out_edit.setText(str(tmp_path / "each"))
        with qtbot.waitSignal(dlg.finishedBatch, timeout=60_000) as blocker:
            assert dlg.start() is not None
        result = blocker.args[0]
    assert len(result.written) == 3
    with ClinicStore(clinic_db) as store:
        events = [e for e in store.history() if e.action == "letter"]
    assert len(events) == 3
    assert {e.user for e in events} == {"sam"} and {e.detail["role"] for e in events} == {"secretary"}
    # the test clinic's patients have no GP address: each one is reported
    assert set(result.missing) == set(ids)
    assert not dlg.missing.isHidden() and all(pid in dlg.missing.toPlainText() for pid in ids)
    assert "No GP name and address" in missing_report(result)
    # and the letters are signed by the user who made them
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(result.written[0].path).pages)
    assert "sam" in text and "Secretary" in text


def test_letterhead_settings_choose_the_envelope_window(qtbot: Any, tmp_path: Path) -> None:
    from nmdbone_desktop.letters import load_letterhead
    from nmdbone_desktop.ui.letters import ClinicSettingsDialog

    path = tmp_path / "letterhead.json"
    dlg = ClinicSettingsDialog(LETTERHEAD, path=path)
    qtbot.addWidget(dlg)
    box = dlg.address_window
    assert box.objectName() == "clinicAddressWindow" and box.currentData() == "din5008_b"
    box.setCurrentIndex(box.findData("uk_c5"))
    dlg.save()
    assert load_letterhead(path).address_window == "uk_c5"
