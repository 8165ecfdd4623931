"""Every command of the main window as a QAction with a shortcut, in menus and the toolbar.

Declared as a table so that each command has exactly one shortcut, one tooltip and one place in
the menus; tests can list them and check that none lacks a shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from .icons import icon


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
    ("&File", (
        Command("newPatient", "&New patient…", "Ctrl+N", "new_patient", "patient-new", "Add a patient", True),
        Command("openServer", "Open clinic &server…", "Ctrl+Shift+O", "open_server", "",
                "Work on the clinic database of the clinic's PostgreSQL server (several workstations)"),
        Command("importFiles", "&Import patient files…", "Ctrl+I", "import_files", "import",
                "Import patient documents (JSON); all or nothing", True),
        Command("importFolder", "Import &folder…", "Ctrl+Shift+I", "import_folder", "",
                "Import every *.json file of a folder"),
        Command("importDxa", "Import &DXA results…", "Ctrl+Shift+D", "import_dxa", "",
                "DXA results from scanner tables (CSV, XLSX), DICOM SR or FHIR: preview, then import"),
        Command("exportPatient", "&Export this patient…", "Ctrl+E", "export_patient", "export",
                "Write the selected patient's document", True),
        Command("exportAll", "Export &all patients…", "Ctrl+Shift+E", "export_all", "",
                "Write every patient's document, one file each"),
        None,
        Command("letterhead", "Clinic &letterhead…", "Ctrl+Shift+H", "letterhead", "",
                "Clinic name, address and signatory printed on letters"),
        Command("clinicSettings", "Clinic &settings (LSC)…", "Ctrl+Shift+L", "clinic_settings", "",
                "The clinic's least significant change per DXA site, for every workstation"),
        None,
        Command("backup", "&Back up database…", "Ctrl+Shift+B", "backup", "backup",
                "A verified copy of the live database"),
        Command("restore", "&Restore from backup…", "Ctrl+Shift+R", "restore", "",
                "Replace the database with a verified backup (the current one is kept aside)"),
        None,
        Command("quit", "&Quit", "Ctrl+Q", "close"),
    )),
    ("&Patient", (
        Command("editDetails", "Edit patient &details…", "Ctrl+Shift+P", "edit_details"),
        Command("editContacts", "Edit &contacts (address, GP, clinician)…", "Ctrl+Shift+A", "edit_contacts", "",
                "Where this patient's letters go and who signs them"),
        Command("addDxa", "Add &DXA study…", "Ctrl+D", "add_dxa", "dxa-add",
                "Add a DXA study: date, scanner and every site in one form", True),
        Command("addFracture", "Add &fracture…", "Ctrl+Shift+F", "add_fracture", "fracture-add",
                "Add a fracture", True),
        Command("addSpine", "Add &spine imaging…", "Ctrl+Shift+X", "add_spine"),
        Command("addGlucocorticoid", "Add &glucocorticoid course…", "Ctrl+G", "add_glucocorticoid", "",
                "A course with its dose steps (a taper) in one form"),
        Command("addMedication", "Add bone &medication…", "Ctrl+M", "add_medication"),
        Command("addLab", "Add &lab result…", "Ctrl+L", "add_lab"),
        Command("addMeasurement", "Add height/&weight…", "Ctrl+Shift+W", "add_measurement"),
        Command("addMobility", "Add m&obility status…", "Ctrl+Shift+M", "add_mobility"),
        Command("addFrax", "Add FRA&X entry…", "Ctrl+Shift+K", "add_frax"),
        Command("editRisk", "Edit &risk factors…", "Ctrl+Shift+G", "edit_risk_factors"),
        None,
        Command("writeLetter", "Write le&tter…", "Ctrl+P", "write_letter", "",
                "Referral, GP or patient letter for this patient: edit, preview, print"),
        None,
        Command("deletePatient", "Delete patient…", "Ctrl+Shift+Del", "delete_patient"),
        None,
        Command("refreshAssessments", "Refresh assessments of all patients", "F5", "refresh_assessments",
                "refresh", "Re-assess patients whose list risk / next due is missing or old", True),
    )),
    ("&View", (
        Command("findPatient", "&Find patient", "Ctrl+F", "focus_search", "search",
                "Search by name, ID or diagnosis"),
        Command("nextPatient", "Next patient", "Alt+Down", "next_patient"),
        Command("previousPatient", "Previous patient", "Alt+Up", "previous_patient"),
        None,
        Command("showOverview", "&Overview", "Ctrl+1", "show_overview"),
        Command("showRecords", "&Records", "Ctrl+2", "show_records"),
        Command("showWorklist", "&Worklist", "Ctrl+3", "show_worklist"),
        None,
        Command("saveChart", "&Save chart as PNG…", "Ctrl+Shift+S", "save_chart"),
    )),
    ("&Help", (
        Command("about", "&About NMD Bone Desktop", "F1", "about"),
    )),
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
    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    window.addToolBar(toolbar)
    for title, commands in MENUS:
        menu: QMenu = window.menuBar().addMenu(title)
        menu.setToolTipsVisible(True)
        for command in commands:
            if command is None:
                menu.addSeparator()
                continue
            action = QAction(icon(command.icon), command.text, window)
            action.setObjectName(f"action_{command.name}")
            action.setShortcut(QKeySequence(command.shortcut))
            tip = command.tip or command.text.replace("&", "").rstrip("…")
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            action.setStatusTip(tip)
            action.triggered.connect(slot_of(command.slot))
            menu.addAction(action)
            if command.toolbar:
                toolbar.addAction(action)
            actions[command.name] = action
    toolbar.setToolTip("Main toolbar")
    return actions
