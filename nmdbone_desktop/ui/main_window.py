"""The main window: patient list | overview (chart + recommendations), records, worklist.

The window wires widgets together with signals and owns nothing clinical: the controller loads,
assesses and saves; the list model queries; the chart and panel draw what the controller shows.
Long work (import, export, backup, re-assessing the clinic) goes through :mod:`.background`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSettings, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from ..gcpause import freeze_startup_objects
from ..services.clinic import Clinic, StoreError
from .chart_slot import ChartSlot
from .day_watcher import DayWatcher
from .icons import icon
from .patient_commands import PatientCommands
from .patient_controller import PatientController
from .patient_list_widget import PatientListWidget
from .patient_table_model import PatientTableModel
from .protection.change_watcher import ChangeWatcher
from .protection.history_view import HistoryView
from .recommendation_panel import RecommendationPanel
from .record_view import RecordView
from .translation import translate
from .vocabulary import local_count
from .window_actions import USE_CASES, build_actions
from .window_file_menu import FileCommands
from .window_settings import read_bytes, read_words, write_words
from .window_worklist_letters import WorklistAndLetters

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ..core.document import PatientDocument
    from ..core.report import AssessmentReport
    from .bmd_chart_widget import BmdChartWidget

WATCH_MS = 1000  # another workstation's change shows within 2 s (issue 19)
#: The roles of the clinic's users (services.protection), as the status bar names them.
ROLES = {"physician": QT_TRANSLATE_NOOP("MainWindow", "physician"), "nurse": QT_TRANSLATE_NOOP("MainWindow", "nurse"),
         "secretary": QT_TRANSLATE_NOOP("MainWindow", "secretary")}


class MainWindow(QMainWindow):
    """NMD Bone Desktop on one clinic database: layout, wiring, settings, moving between patients
    and tabs. The commands of each job live in a part of their own (:mod:`.window_part`):
    :attr:`file_commands`, :attr:`patient_commands` and :attr:`worklist_letters`."""

    def __init__(self, clinic: Clinic, settings: QSettings, *,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.clinic, self.settings, self.today = clinic, settings, today
        self.location = clinic.location  # a file's path, or a clinic server's URL (no password)
        self.file_commands = FileCommands(self)
        self.patient_commands = PatientCommands(self)
        self.worklist_letters = WorklistAndLetters(self)
        self.set_title()
        self.setWindowIcon(icon("app"))
        self.controller = PatientController(clinic, today=today, parent=self)
        self.model = PatientTableModel(clinic, today=today, parent=self)

        self.patient_list = PatientListWidget(self.model, self)
        self.chart_slot = ChartSlot(self)  # the chart is built after the first paint (chart_slot.py)
        self.panel = RecommendationPanel(self)
        self.records = RecordView(self.controller, self)
        self.worklist = self.worklist_letters.make_worklist(self)
        self.overview = QSplitter(Qt.Orientation.Horizontal, self)
        self.overview.setObjectName("overviewSplitter")
        self.overview.addWidget(self.chart_slot)
        self.overview.addWidget(self.panel)
        self.overview.setStretchFactor(0, 3)
        self.overview.setStretchFactor(1, 2)
        self.overview.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("patientTabs")
        self.tabs.addTab(self.overview, translate("MainWindow", "Overview"))
        self.tabs.addTab(self.records, translate("MainWindow", "Records"))
        self.tabs.addTab(self.worklist, translate("MainWindow", "Worklist"))
        self.history = HistoryView(clinic, self)
        self.tabs.addTab(self.history, translate("MainWindow", "History"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.patient_list)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.patient_list.setMinimumWidth(220)
        self.panel.setMinimumWidth(250)
        self.setCentralWidget(self.splitter)

        self.actions = build_actions(self, lambda name: lambda: getattr(self.command_owner(name), name)())
        self._build_status_bar()
        self._wire()
        self._update_patient_actions()
        if not self.settings.contains("window/geometry"):
            self.resize(self.sizeHint())
        self._default_split()
        self.restore_settings()

    @property
    def chart(self) -> BmdChartWidget:
        """The BMD chart, built on first use (see :mod:`.chart_slot`)."""
        return self.chart_slot.chart()

    def _after_first_paint(self) -> None:
        self.chart_slot.chart()
        self.select_initial_patient()

    def set_title(self) -> None:
        from ..services.clinic import location_label

        self.setWindowTitle(
            translate("MainWindow", "NMD Bone Desktop — {name}{demo_suffix}").format(
                name=location_label(self.location), demo_suffix=self.worklist_letters.demo_suffix()
            )
        )

    def command_owner(self, slot: str) -> Any:
        """The window or the part that carries a menu command's method."""
        for owner in (self, self.file_commands, self.patient_commands, self.worklist_letters):
            if hasattr(owner, slot):
                return owner
        raise AttributeError(f"no window command {slot!r}")

    def _default_split(self) -> None:
        """First start: list a good third, chart a bit more than the panel. Set before the first
        show so the chart is not resized (and redrawn) right after its first paint."""
        width = self.width()
        left = int(width * 0.36)
        self.splitter.setSizes([left, width - left])
        right = width - left
        self.overview.setSizes([int(right * 0.57), right - int(right * 0.57)])

    def sizeHint(self) -> Any:
        size = super().sizeHint()
        size.setWidth(max(size.width(), 1360))
        size.setHeight(max(size.height(), 860))
        return size

    # -- wiring -----------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_db = QLabel(translate("MainWindow", "Database: {location}").format(location=self.location), self)
        self.status_db.setObjectName("statusDatabase")
        self.status_count = QLabel(self)
        self.status_count.setObjectName("statusCount")
        self.status_ruleset = QLabel(
            translate("MainWindow", "Ruleset …"), self
        )  # filled after the first paint (import cost)
        self.status_ruleset.setObjectName("statusRuleset")
        self.status_user = QLabel(self)
        self.status_user.setObjectName("statusUser")
        self.status_demo = self.worklist_letters.demo_label()  # the synthetic demo clinic says so
        for label in (self.status_demo, self.status_user, self.status_db, self.status_count, self.status_ruleset):
            bar.addPermanentWidget(label)
        self._show_user()
        self._show_total()

    def _wire(self) -> None:
        self.patient_list.patientSelected.connect(self.controller.select)
        self.controller.patientShown.connect(self._on_patient_shown)
        self.controller.patientCleared.connect(self._on_patient_cleared)
        self.controller.patientSaved.connect(self._on_patient_saved)
        self.controller.patientDeleted.connect(lambda _pid: self.refresh_list())
        self.controller.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.chart_slot.chartBuilt.connect(
            lambda chart: chart.sitesChanged.connect(lambda sites: write_words(self.settings, "chart/sites", sites))
        )
        self.model.countChanged.connect(lambda *_: self._show_total())
        self.model.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        # Another window or the command line may write to the same database: look for that every
        # few seconds (one PRAGMA, no reading of patients) and refresh what is shown.
        self.watcher = ChangeWatcher(self.clinic, self, interval_ms=WATCH_MS)
        self._audit_seen = self._audit_position()  # the record as this window knows it
        self.watcher.changed_elsewhere.connect(self.on_changed_elsewhere)
        self.watcher.start()
        self.day_watcher = DayWatcher(self.today, self)  # a window left open overnight: see day_watcher.py
        self.day_watcher.dayChanged.connect(self.on_new_day)

    @Slot(object, object)
    def _on_patient_shown(self, doc: PatientDocument, report: AssessmentReport) -> None:
        self.chart.show_patient(doc, report, lsc=self.controller.lsc)
        self.panel.show_report(doc, report)
        if self.tabs.currentWidget() is self.history:  # the trail is read only when looked at
            self.history.set_patient(doc.id)
        self._update_patient_actions()

    @Slot(str)
    def _on_patient_cleared(self, message: str) -> None:
        self.chart.clear(message)
        self.panel.clear(message)
        self._update_patient_actions()

    @Slot(str)
    def _on_patient_saved(self, patient_id: str) -> None:
        self._audit_seen = self._audit_position()  # our own change is not news from elsewhere
        self.refresh_list()
        if self.patient_list.current_id != patient_id:
            self.patient_list.select_patient(patient_id)
        self.statusBar().showMessage(
            translate("MainWindow", "Saved {patient_id} (revision {revision})").format(
                patient_id=patient_id, revision=self.controller.revision
            ),
            5000,
        )

    def refresh_list(self) -> None:
        self.model.reload(keep_loaded=True)

    def on_changed_elsewhere(self) -> None:
        """Another connection wrote: refresh the list, and the patient if it changed.

        Only a change of the clinical record is announced: every such change is audited, so an
        unchanged audit trail means the write was derived data only — the assessment cache that a
        worklist build (this window's own, or another workstation's) fills — which refreshes the
        list's figures silently instead of telling the user that someone changed the clinic.
        """
        self.refresh_list()
        pid = self.controller.current_id
        row = self.model.row_of(pid) if pid else None
        revision = self.model.row_at(row).revision if row is not None else None
        if pid and (row is None or revision != self.controller.revision):
            self.controller.reload()
        audit = self._audit_position()
        if audit is None or audit != self._audit_seen:
            self.statusBar().showMessage(
                translate("MainWindow", "The database was changed elsewhere: list refreshed."), 5000
            )
        self._audit_seen = audit

    @Slot(object)
    def on_new_day(self, _day: date) -> None:
        """The calendar day changed while the window was open: ages, overdue marks, the patient's
        assessment and the worklist are shown as of the new day."""
        self.refresh_list()
        if self.controller.current_id:
            self.controller.reload()
        follow = getattr(self.worklist, "follow_calendar", None)  # not the stand-in before it is made
        if follow is not None:
            follow()

    def _audit_position(self) -> int | None:
        try:
            return self.clinic.last_audit_id()
        except StoreError:
            return None

    def _show_user(self) -> None:
        session = self.clinic.session
        role = translate("MainWindow", ROLES[session.role]) if session.role in ROLES else session.role
        self.status_user.setText(translate("MainWindow", "{user} ({role})").format(
            user=session.user, role=role or translate("MainWindow", "read-only: not signed in")))
        self._update_patient_actions()  # a sign-in may allow more

    def ask_sign_in(self) -> Any:
        """Databases with login switched on: ask once at start (Cancel = read-only)."""
        from .protection.login_dialog import LoginDialog

        dialog = LoginDialog(self.clinic, self)
        dialog.finished.connect(lambda _result: self._show_user())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _show_total(self) -> None:
        with contextlib.suppress(StoreError):  # busy: keep the last count
            count = local_count(self.clinic.patient_count())
            self.status_count.setText(translate("MainWindow", "{patient_count} patients").format(patient_count=count))

    def _update_patient_actions(self) -> None:
        """Commands on the shown patient need one; any command needs a role its use case allows."""
        has_patient = self.controller.doc is not None
        on_patient = {"editDetails", "editContacts", "addDxa", "addFracture", "addSpine", "addGlucocorticoid",
                      "addMedication", "addLab", "addMeasurement", "addMobility", "addFrax", "editRisk",
                      "deletePatient", "exportPatient", "saveChart", "writeLetter"}
        for name in on_patient | USE_CASES.keys():
            allowed = name not in USE_CASES or self.clinic.may(USE_CASES[name])
            self.actions[name].setEnabled(allowed and (has_patient or name not in on_patient))

    # -- settings ---------------------------------------------------------------------------------
    def restore_settings(self) -> None:
        s = self.settings
        for key, restore in (("window/geometry", self.restoreGeometry), ("window/state", self.restoreState),
                             ("window/mainSplitter", self.splitter.restoreState),
                             ("window/overviewSplitter", self.overview.restoreState)):
            value = read_bytes(s, key)
            if value is not None:
                restore(value)
        if s.value("chart/sites") is not None:
            self.chart_slot.set_selected_sites(read_words(s, "chart/sites", []))
        self.tabs.setCurrentIndex(min(max(s.value("window/tab", 0, type=int), 0), self.tabs.count() - 1))

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/mainSplitter", self.splitter.saveState())
        s.setValue("window/overviewSplitter", self.overview.saveState())
        s.setValue("window/tab", self.tabs.currentIndex())
        sites = self.chart_slot.selected_sites()
        if sites is not None:  # else the chart was never built and the setting stands as it was
            write_words(s, "chart/sites", sites)
        if self.controller.current_id:
            s.setValue("window/lastPatient", self.controller.current_id)
        s.sync()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            # Load the first patient only once the list has painted: a zero-delay timer alone can
            # fire before the first paint and make the window look slow to open.
            self.patient_list.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.patient_list.table.viewport():
            watched.removeEventFilter(self)
            # Two turns of the event loop: the first lets the paint pass finish and the frame reach
            # the screen together with whatever else was queued with it; the second loads the patient.
            # The chart is built first (matplotlib's import: see chart_slot.py), then the patient shown.
            # (the window as the timers' context: a window closed meanwhile is not touched)
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._after_first_paint))
        return super().eventFilter(watched, event)

    def select_initial_patient(self) -> None:
        """After the first paint: the last patient looked at, else the first in the list."""
        if not self.isVisible():
            return
        if self.tabs.currentIndex() == 2:  # restored onto the Worklist tab
            self.worklist_letters.ensure_worklist()
        from ..core.assessment import RULESET_VERSION

        self.status_ruleset.setText(
            translate("MainWindow", "Ruleset {version}").format(version=RULESET_VERSION)
        )
        from ..services.clinic import network_kind

        kind = None if self.clinic.on_server else network_kind(self.location)
        warning = None if kind is None else translate(
            "MainWindow",
            "Warning: {path} is on a network file system ({kind}); SQLite's write-ahead log is not safe there and two computers using it can corrupt the database. Keep the database on a local disk.",  # noqa: E501 (one message for the translators)
        ).format(path=self.location, kind=kind)
        if warning:  # SQLite's locking is unreliable on network shares: say so once, up front
            self.statusBar().showMessage(warning, 20000)
            self.status_db.setStyleSheet("color: #B00020;")
            self.status_db.setToolTip(warning)
        with contextlib.suppress(StoreError):
            if self.clinic.login_required() and not self.clinic.session.authenticated:
                self.ask_sign_in()
        if self.controller.doc is None:
            last = self.settings.value("window/lastPatient", "", type=str)
            if not (last and self.patient_list.select_patient(last)):
                self.patient_list.select_first()
        freeze_startup_objects()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watcher.stop()  # the clinic may be closed next: no more polls
        self.save_settings()
        super().closeEvent(event)

    # -- view commands ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.patient_list.focus_search()

    def _step_patient(self, step: int) -> None:
        table = self.patient_list.table
        row = table.currentIndex().row() + step
        if row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if 0 <= row < self.model.rowCount():
            table.setCurrentIndex(self.model.index(row, 0))

    def next_patient(self) -> None:
        self._step_patient(1)

    def previous_patient(self) -> None:
        self._step_patient(-1)

    def show_overview(self) -> None:
        self.tabs.setCurrentIndex(0)

    def show_records(self) -> None:
        self.tabs.setCurrentIndex(1)

    def show_worklist(self) -> None:
        self.tabs.setCurrentIndex(2)

    def prepare_worklist(self) -> None:
        """Start building today's worklist in the background, without showing the tab: on a
        large clinic the first build of the day assesses every patient (the cache is per date),
        so it should be under way before the nurse opens the Worklist tab. The window's own work
        comes first: the scan's worker processes run at a lower priority. Nothing happens if
        the worklist was already made (opened, or prepared before)."""
        from .worklist_placeholder import WorklistPlaceholder

        if self.isVisible() and isinstance(self.worklist, WorklistPlaceholder):
            view = self.worklist_letters.ensure_worklist(show=False)
            view.refresh()  # type: ignore[attr-defined]

    def _on_tab_changed(self, index: int) -> None:
        if index == 2 and self.isVisible():
            self.worklist_letters.ensure_worklist()
        elif self.tabs.widget(index) is self.history:
            self.history.set_clinic(self.clinic)
            self.history.set_patient(self.patient_list.current_id)

    def save_chart(self) -> None:
        self.chart.save_png_dialog()

    def preferences(self) -> Any:
        """File → Preferences…: the window's language (applies at the next start, nothing lost)."""
        from .preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)

        def done(result: int) -> None:
            if result == PreferencesDialog.DialogCode.Accepted and dialog.changed:
                self.statusBar().showMessage(translate(
                    "MainWindow", "The new language applies from the next start; nothing was lost."), 10000)

        dialog.finished.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def about(self) -> Any:
        from .about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def message(self, title: str, text: str, *, error: bool = False) -> None:
        """Tell the user something that needs acknowledging (tests replace this)."""
        (QMessageBox.warning if error else QMessageBox.information)(self, title, text)
