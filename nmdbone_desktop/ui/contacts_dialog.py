"""Who the letters go to and who signs them: the patient's address, the GP, the responsible clinician.

One form for the document's optional ``contacts`` object (contract §2). Saving goes through the
patient controller like every other record form (the whole document is validated as an import
would validate it, then saved in one transaction), so a bad country code or a fifth address line
is refused with the same message the import would give.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .form_fields import ERROR_STYLE
from .record_kinds import FieldSpec, RecordKind
from .translation import translate

if TYPE_CHECKING:
    from ..core.document import PatientDocument
    from .patient_controller import PatientController

__all__ = ["CONTACTS", "ContactsDialog", "address_value"]

#: The ``contacts`` object as one singleton record of three parts (each a whole sub-object).
CONTACTS = RecordKind(
    "contacts",
    QT_TRANSLATE_NOOP("RecordKinds", "contacts"),
    QT_TRANSLATE_NOOP("RecordKinds", "contacts"),
    (
        FieldSpec("patient_address", QT_TRANSLATE_NOOP("RecordKinds", "Patient's address")),
        FieldSpec("gp", QT_TRANSLATE_NOOP("RecordKinds", "General practitioner")),
        FieldSpec("responsible_clinician", QT_TRANSLATE_NOOP("RecordKinds", "Responsible clinician")),
    ),
    singleton=True,
)


def address_value(lines: str, postcode: str, city: str, country: str) -> dict[str, Any] | None:
    """An ADDRESS object from the form's fields, or None when every field is empty."""
    street = [line.strip() for line in lines.splitlines() if line.strip()]
    values = {"postcode": postcode.strip(), "city": city.strip(), "country": country.strip().upper()}
    if not street and not any(values.values()):
        return None
    return {"lines": street, **{k: v for k, v in values.items() if v}}


class _AddressFields:
    def __init__(self, prefix: str, form: QFormLayout, address: Any) -> None:
        self.lines = QPlainTextEdit("\n".join(address.lines) if address else "", objectName=f"{prefix}Lines")
        self.lines.setFixedHeight(self.lines.fontMetrics().lineSpacing() * 4 + 12)
        self.lines.setPlaceholderText(translate("_AddressFields", "street and number, one line each (up to 4)"))
        self.lines.setTabChangesFocus(True)
        self.postcode = QLineEdit((address.postcode or "") if address else "", objectName=f"{prefix}Postcode")
        self.city = QLineEdit((address.city or "") if address else "", objectName=f"{prefix}City")
        self.country = QLineEdit((address.country or "") if address else "", objectName=f"{prefix}Country")
        self.country.setPlaceholderText(translate("_AddressFields", "two letters, e.g. GB, NL, DE"))
        self.country.setMaxLength(2)
        form.addRow(translate("_AddressFields", "Address"), self.lines)
        form.addRow(translate("_AddressFields", "Postcode"), self.postcode)
        form.addRow(translate("_AddressFields", "Town"), self.city)
        form.addRow(translate("_AddressFields", "Country"), self.country)

    def value(self) -> dict[str, Any] | None:
        return address_value(self.lines.toPlainText(), self.postcode.text(), self.city.text(), self.country.text())


class ContactsDialog(QDialog):
    """Edit the current patient's contacts; OK saves (and stays open on a problem)."""

    def __init__(self, controller: PatientController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.controller = controller
        doc: PatientDocument = controller.doc  # type: ignore[assignment]
        self.setWindowTitle(
            translate("ContactsDialog", "Contacts — {given} {family} ({id}, born {birth_date})").format(
                given=doc.name.given, family=doc.name.family, id=doc.id, birth_date=doc.birth_date
            )
        )
        contacts = doc.contacts
        gp = contacts.gp if contacts else None
        clinician = contacts.responsible_clinician if contacts else None

        patient_box = QGroupBox(translate("ContactsDialog", "Patient's postal address (advice sheets)"))
        patient_form = QFormLayout(patient_box)
        self.patient = _AddressFields("patientAddress", patient_form, contacts.patient_address if contacts else None)

        gp_box = QGroupBox(translate("ContactsDialog", "General practitioner (GP letters)"))
        gp_form = QFormLayout(gp_box)
        self.gp_name = QLineEdit((gp.name or "") if gp else "", objectName="gpName")
        self.gp_practice = QLineEdit((gp.practice or "") if gp else "", objectName="gpPractice")
        gp_form.addRow(translate("ContactsDialog", "Name"), self.gp_name)
        gp_form.addRow(translate("ContactsDialog", "Practice"), self.gp_practice)
        self.gp_address = _AddressFields("gpAddress", gp_form, gp.address if gp else None)

        clinician_box = QGroupBox(translate("ContactsDialog", "Responsible clinician (signs the letters)"))
        clinician_form = QFormLayout(clinician_box)
        self.clinician_name = QLineEdit((clinician.name or "") if clinician else "", objectName="clinicianName")
        self.clinician_role = QLineEdit((clinician.role or "") if clinician else "", objectName="clinicianRole")
        self.clinician_role.setPlaceholderText(translate("ContactsDialog", "e.g. Consultant Neurologist"))
        clinician_form.addRow(translate("ContactsDialog", "Name"), self.clinician_name)
        clinician_form.addRow(translate("ContactsDialog", "Role"), self.clinician_role)

        self.errors = QLabel(objectName="formErrors", wordWrap=True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        for box in (patient_box, gp_box, clinician_box):
            layout.addWidget(box)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        gp: dict[str, Any] = {k: v for k, v in (("name", self.gp_name.text().strip()),
                                                ("practice", self.gp_practice.text().strip())) if v}
        address = self.gp_address.value()
        if address:
            gp["address"] = address
        clinician = {k: v for k, v in (("name", self.clinician_name.text().strip()),
                                       ("role", self.clinician_role.text().strip())) if v}
        return {"patient_address": self.patient.value(), "gp": gp or None, "responsible_clinician": clinician or None}

    def save(self) -> bool:
        values = self.values()
        # Parts left empty are removed, not stored as nulls.
        problems = self.controller.submit(CONTACTS, "edit", None, values)
        if problems:
            names = {spec.key: spec.text for spec in CONTACTS.fields}
            messages = [f"{names.get(field, field)}: {message}" for field, message in problems.by_field.items()]
            messages += problems.general
            self.errors.setText("\n".join(messages))
            self.errors.setVisible(True)
            return False
        self.accept()
        return True
