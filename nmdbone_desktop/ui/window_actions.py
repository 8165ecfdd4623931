"""Every command of the main window as a QAction with a shortcut, in menus and the toolbar.

Declared as a table so that each command has exactly one shortcut, one tooltip and one place in
the menus; tests can list them and check that none lacks a shortcut. Texts and tips are English
source texts marked for ``pyside6-lupdate`` (context ``Menus``) and translated when the actions are
built; shortcuts stay the same in every language (a clinic's muscle memory, and the manual's).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from .icons import icon
from .translation import translate


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    text: str
    shortcut: str
    slot: str  # method name on the window
    icon: str = ""
    tip: str = ""
    toolbar: bool = False


MENUS: tuple[tuple[str, tuple[Command | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Menus", "&File"),
        (
            Command(
                "newPatient",
                QT_TRANSLATE_NOOP("Menus", "&New patient…"),
                "Ctrl+N",
                "new_patient",
                "patient-new",
                QT_TRANSLATE_NOOP("Menus", "Add a patient"),
                True,
            ),
            Command(
                "openServer",
                QT_TRANSLATE_NOOP("Menus", "Open clinic &server…"),
                "Ctrl+Shift+O",
                "open_server",
                "",
                QT_TRANSLATE_NOOP(
                    "Menus", "Work on the clinic database of the clinic's PostgreSQL server (several workstations)"
                ),
            ),
            Command(
                "importFiles",
                QT_TRANSLATE_NOOP("Menus", "&Import patient files…"),
                "Ctrl+I",
                "import_files",
                "import",
                QT_TRANSLATE_NOOP("Menus", "Import patient documents (JSON); all or nothing"),
                True,
            ),
            Command(
                "importFolder",
                QT_TRANSLATE_NOOP("Menus", "Import &folder…"),
                "Ctrl+Shift+I",
                "import_folder",
                "",
                QT_TRANSLATE_NOOP("Menus", "Import every *.json file of a folder"),
            ),
            Command(
                "importDxa",
                QT_TRANSLATE_NOOP("Menus", "Import &DXA results…"),
                "Ctrl+Shift+D",
                "import_dxa",
                "",
                QT_TRANSLATE_NOOP(
                    "Menus", "DXA results from scanner tables (CSV, XLSX), DICOM SR or FHIR: preview, then import"
                ),
            ),
            Command(
                "exportPatient",
                QT_TRANSLATE_NOOP("Menus", "&Export this patient…"),
                "Ctrl+E",
                "export_patient",
                "export",
                QT_TRANSLATE_NOOP("Menus", "Write the selected patient's document"),
                True,
            ),
            Command(
                "exportAll",
                QT_TRANSLATE_NOOP("Menus", "Export &all patients…"),
                "Ctrl+Shift+E",
                "export_all",
                "",
                QT_TRANSLATE_NOOP("Menus", "Write every patient's document, one file each"),
            ),
            None,
            Command(
                "letterhead",
                QT_TRANSLATE_NOOP("Menus", "Clinic &letterhead…"),
                "Ctrl+Shift+H",
                "letterhead",
                "",
                QT_TRANSLATE_NOOP("Menus", "Clinic name, address and signatory printed on letters"),
            ),
            Command(
                "clinicSettings",
                QT_TRANSLATE_NOOP("Menus", "Clinic &settings (LSC)…"),
                "Ctrl+Shift+L",
                "clinic_settings",
                "",
                QT_TRANSLATE_NOOP("Menus", "The clinic's least significant change per DXA site, for every workstation"),
            ),
            Command(
                "preferences",
                QT_TRANSLATE_NOOP("Menus", "&Preferences…"),
                "Ctrl+,",
                "preferences",
                "",
                QT_TRANSLATE_NOOP("Menus", "This workstation's settings of the window: its language"),
            ),
            None,
            Command(
                "backup",
                QT_TRANSLATE_NOOP("Menus", "&Back up database…"),
                "Ctrl+Shift+B",
                "backup",
                "backup",
                QT_TRANSLATE_NOOP("Menus", "A verified copy of the live database"),
            ),
            Command(
                "restore",
                QT_TRANSLATE_NOOP("Menus", "&Restore from backup…"),
                "Ctrl+Shift+R",
                "restore",
                "",
                QT_TRANSLATE_NOOP(
                    "Menus", "Replace the database with a verified backup (the current one is kept aside)"
                ),
            ),
            None,
            Command("quit", QT_TRANSLATE_NOOP("Menus", "&Quit"), "Ctrl+Q", "close"),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&Patient"),
        (
            Command(
                "editDetails", QT_TRANSLATE_NOOP("Menus", "Edit patient &details…"), "Ctrl+Shift+P", "edit_details"
            ),
            Command(
                "editContacts",
                QT_TRANSLATE_NOOP("Menus", "Edit &contacts (address, GP, clinician)…"),
                "Ctrl+Shift+A",
                "edit_contacts",
                "",
                QT_TRANSLATE_NOOP("Menus", "Where this patient's letters go and who signs them"),
            ),
            Command(
                "addDxa",
                QT_TRANSLATE_NOOP("Menus", "Add &DXA study…"),
                "Ctrl+D",
                "add_dxa",
                "dxa-add",
                QT_TRANSLATE_NOOP("Menus", "Add a DXA study: date, scanner and every site in one form"),
                True,
            ),
            Command(
                "addFracture",
                QT_TRANSLATE_NOOP("Menus", "Add &fracture…"),
                "Ctrl+Shift+F",
                "add_fracture",
                "fracture-add",
                QT_TRANSLATE_NOOP("Menus", "Add a fracture"),
                True,
            ),
            Command("addSpine", QT_TRANSLATE_NOOP("Menus", "Add &spine imaging…"), "Ctrl+Shift+X", "add_spine"),
            Command(
                "addGlucocorticoid",
                QT_TRANSLATE_NOOP("Menus", "Add &glucocorticoid course…"),
                "Ctrl+G",
                "add_glucocorticoid",
                "",
                QT_TRANSLATE_NOOP("Menus", "A course with its dose steps (a taper) in one form"),
            ),
            Command("addMedication", QT_TRANSLATE_NOOP("Menus", "Add bone &medication…"), "Ctrl+M", "add_medication"),
            Command("addLab", QT_TRANSLATE_NOOP("Menus", "Add &lab result…"), "Ctrl+L", "add_lab"),
            Command(
                "addMeasurement", QT_TRANSLATE_NOOP("Menus", "Add height/&weight…"), "Ctrl+Shift+W", "add_measurement"
            ),
            Command("addMobility", QT_TRANSLATE_NOOP("Menus", "Add m&obility status…"), "Ctrl+Shift+M", "add_mobility"),
            Command("addFrax", QT_TRANSLATE_NOOP("Menus", "Add FRA&X entry…"), "Ctrl+Shift+K", "add_frax"),
            Command("editRisk", QT_TRANSLATE_NOOP("Menus", "Edit &risk factors…"), "Ctrl+Shift+G", "edit_risk_factors"),
            None,
            Command(
                "writeLetter",
                QT_TRANSLATE_NOOP("Menus", "Write le&tter…"),
                "Ctrl+P",
                "write_letter",
                "",
                QT_TRANSLATE_NOOP("Menus", "Referral, GP or patient letter for this patient: edit, preview, print"),
            ),
            None,
            Command("deletePatient", QT_TRANSLATE_NOOP("Menus", "Delete patient…"), "Ctrl+Shift+Del", "delete_patient"),
            None,
            Command(
                "refreshAssessments",
                QT_TRANSLATE_NOOP("Menus", "Refresh assessments of all patients"),
                "F5",
                "refresh_assessments",
                "refresh",
                QT_TRANSLATE_NOOP("Menus", "Re-assess patients whose list risk / next due is missing or old"),
                True,
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&View"),
        (
            Command(
                "findPatient",
                QT_TRANSLATE_NOOP("Menus", "&Find patient"),
                "Ctrl+F",
                "focus_search",
                "search",
                QT_TRANSLATE_NOOP("Menus", "Search by name, ID or diagnosis"),
            ),
            Command("nextPatient", QT_TRANSLATE_NOOP("Menus", "Next patient"), "Alt+Down", "next_patient"),
            Command("previousPatient", QT_TRANSLATE_NOOP("Menus", "Previous patient"), "Alt+Up", "previous_patient"),
            None,
            Command("showOverview", QT_TRANSLATE_NOOP("Menus", "&Overview"), "Ctrl+1", "show_overview"),
            Command("showRecords", QT_TRANSLATE_NOOP("Menus", "&Records"), "Ctrl+2", "show_records"),
            Command("showWorklist", QT_TRANSLATE_NOOP("Menus", "&Worklist"), "Ctrl+3", "show_worklist"),
            None,
            Command("saveChart", QT_TRANSLATE_NOOP("Menus", "&Save chart as PNG…"), "Ctrl+Shift+S", "save_chart"),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&Help"),
        (Command("about", QT_TRANSLATE_NOOP("Menus", "&About NMD Bone Desktop"), "F1", "about"),),
    ),
)


_RECORD_FORMS = ("editDetails", "editContacts", "addDxa", "addFracture", "addSpine", "addGlucocorticoid",
                 "addMedication", "addLab", "addMeasurement", "addMobility", "addFrax", "editRisk")

#: The clinic's use case (a :class:`~nmdbone_desktop.services.clinic.Clinic` method) each command ends
#: in: the window disables a command whose use case the signed-in role may not run (``Clinic.may``).
#: The clinic checks the role itself, whatever the window shows; this only spares a useless dialog.
USE_CASES: dict[str, str] = {
    "newPatient": "save_record", **dict.fromkeys(_RECORD_FORMS, "save_record"),
    "importFiles": "import_documents_from", "importFolder": "import_documents_from",
    "importDxa": "commit_dxa_import", "exportPatient": "export_documents", "exportAll": "export_documents",
    "backup": "backup", "restore": "restore", "writeLetter": "record_event", "deletePatient": "delete_patient",
    "refreshAssessments": "refresh_assessments",
}


def build_actions(window: QMainWindow, slot_of: Callable[[str], Callable[[], object]]) -> dict[str, QAction]:
    """Create the actions, menus and toolbar on ``window``; returns the actions by name."""
    actions: dict[str, QAction] = {}
    toolbar = QToolBar(translate("WindowActions", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    window.addToolBar(toolbar)
    for title, commands in MENUS:
        menu: QMenu = window.menuBar().addMenu(translate("Menus", title))
        menu.setToolTipsVisible(True)
        for command in commands:
            if command is None:
                menu.addSeparator()
                continue
            text = translate("Menus", command.text)
            action = QAction(icon(command.icon), text, window)
            action.setObjectName(f"action_{command.name}")
            action.setShortcut(QKeySequence(command.shortcut))
            tip = translate("Menus", command.tip) if command.tip else text.replace("&", "").rstrip("…")
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            action.setStatusTip(tip)
            action.triggered.connect(slot_of(command.slot))
            menu.addAction(action)
            if command.toolbar:
                toolbar.addAction(action)
            actions[command.name] = action
    toolbar.setToolTip(translate("WindowActions", "Main toolbar"))
    return actions
