"""The Patient menu: open the form of each kind of record, new patient, delete, contacts, clinic LSC.

A part of :class:`.main_window.MainWindow` (:mod:`.window_part`). Forms submit through the window's
:class:`.patient_controller.PatientController`, which saves through the clinic.
"""

from __future__ import annotations

from typing import Any

from ..services.clinic import StoreError, location_label
from .translation import translate
from .window_part import WindowPart


class PatientCommands(WindowPart):
    """Each command of the Patient menu (and File ▸ Clinic settings) opens its form or dialog."""

    def _open(self, key: str) -> Any:
        from .record_kinds import KINDS_BY_KEY

        if self.controller.doc is None:
            return None
        kind = KINDS_BY_KEY[key]
        return self.window.records.open_edit(kind, None) if kind.singleton else self.window.records.open_add(kind)

    def edit_details(self) -> Any:
        return self._open("")

    def add_dxa(self) -> Any:
        return self._open("dxa")

    def add_fracture(self) -> Any:
        return self._open("fractures")

    def add_spine(self) -> Any:
        return self._open("spine_imaging")

    def add_glucocorticoid(self) -> Any:
        return self._open("glucocorticoids")

    def add_medication(self) -> Any:
        return self._open("bone_medications")

    def add_lab(self) -> Any:
        return self._open("labs")

    def add_measurement(self) -> Any:
        return self._open("measurements")

    def add_mobility(self) -> Any:
        return self._open("mobility")

    def add_frax(self) -> Any:
        return self._open("frax")

    def edit_risk_factors(self) -> Any:
        return self._open("risk_factors")

    def clinic_settings(self) -> Any:
        """The clinic's LSC per site; saving re-assesses the shown patient and, in the
        background, the clinic (the clinic emptied the assessment cache)."""
        from .clinic_settings_dialog import ClinicLscDialog

        def save(values: dict[str, float]) -> None:
            self.clinic.set_clinic_lsc(values)
            self.controller.reload()
            self.refresh_list()
            self.window.file_commands.refresh_assessments()

        try:
            current = self.clinic.clinic_lsc()
        except StoreError as error:
            self.message(translate("PatientCommands", "Clinic settings"), str(error), error=True)
            return None
        dialog = ClinicLscDialog(current, save, clinic=location_label(self.location), parent=self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_patient(self) -> Any:
        from .record_dialog import RecordDialog
        from .record_kinds import PATIENT

        dialog = RecordDialog(
            PATIENT,
            self.controller.create_patient,
            is_new=True,
            title=translate("PatientCommands", "New patient"),
            parent=self.window,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_patient(self) -> bool:
        doc = self.controller.doc
        if doc is None:
            return False
        if not self.window.records.confirm(
            translate(
                "PatientCommands",
                "Delete {name} ({patient_id}) and all their records?\n"
                "The audit trail keeps a copy of the deleted record.",
            ).format(name=doc.display_name, patient_id=doc.id)
        ):
            return False
        return self.controller.delete_patient()

    def edit_contacts(self) -> Any:
        """The current patient's address, GP and responsible clinician."""
        if self.controller.doc is None:
            return None
        from .contacts_dialog import ContactsDialog

        dialog = ContactsDialog(self.controller, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
