"""The Worklist tab (``worklistView``): the triaged items (``worklistItems``: urgent first, in
tiers, with booked / not-applicable marks) and every patient with open items (the "By patient"
page, filterable and sortable), beside the quality-indicator dashboard.

The overview (worklist + indicators) is computed off the GUI thread through
:mod:`..background`, on a ``Clinic`` the worker opens itself (sqlite3 connections belong to their
thread). Its progress and a Cancel button are in the tab itself (``worklistProgress``,
``worklistCancelButton``), not in a dialog: a build of a large clinic takes a while, and the rest
of the window stays usable meanwhile (the window may start today's build before the tab is
opened: :meth:`MainWindow.prepare_worklist`). Only stale assessments are recomputed
(:mod:`nmdbone_desktop.services.assessments`), so a second build on the same day is quick.
It is built the first time the tab is shown, and again on Refresh or a new date.

Signals for the main window: ``patient_activated(id)`` on double-click (or Enter) on a row or on
a patient listed under an indicator; ``letters_requested([ids])`` with the selected rows, for
batch letters.

Marking items (booked, not applicable, undo) writes to the clinic on the GUI thread — one small
audited transaction — through the clinic the view was given (the window's, so the signed-in user
is the one audited), then triages the items again without reassessing anyone (``retriage``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import (
    Overview,
    ScanCancelled,
    TriageItem,
    WorklistFilter,
)
from ...services.clinic import Clinic, Session, StoreError, is_server_location, open_clinic
from ...services.export import write_indicators_csv, write_worklist_csv
from ..background import BackgroundTask, Progress, run_in_background
from ..list_table import configure_list_table
from ..progress_words import progress_words
from ..store_words import store_error_message
from ..translation import translate
from ..vocabulary import local_count, local_date
from .dashboard import IndicatorDashboard
from .filter_bar import WorklistFilterBar
from .handle_dialogs import BookDialog, NotApplicableDialog
from .items_panel import TriageItemsPanel
from .table_model import COLUMN_KEYS, ID_ROLE, WorklistTableModel
from .words import header_text, item_title

_WIDTHS = {"priority": 28, "name": 170, "id": 72, "diagnosis": 90, "risk": 70, "next_due": 84, "codes": 320}


class WorklistView(QWidget):
    """The clinic worklist and quality dashboard on one database (a path, or an open clinic's path)."""

    patient_activated = Signal(str)
    letters_requested = Signal(list)
    overview_ready = Signal(object)
    overview_failed = Signal(object)

    def __init__(self, location_or_clinic: str | Path | Clinic, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("worklistView")
        self.clinic: Clinic | None = None  # the caller's clinic (GUI thread): marks are written with it
        self.session: Session | None = None  # workers open the clinic as this user
        if isinstance(location_or_clinic, Clinic):
            self.location, self.session = location_or_clinic.location, location_or_clinic.session
            self.clinic = location_or_clinic
        else:
            self.location = location_or_clinic if is_server_location(location_or_clinic) else Path(location_or_clinic)
        self.overview: Overview | None = None
        self._tier_counts: dict[str, int] = {}  # of the overview shown (set_overview)
        self.task: BackgroundTask | None = None
        self._built_once = False
        self._today = today
        self._building_for: date | None = None  # the as-of date of the build running now

        self.as_of = QDateEdit(self)
        self.as_of.setObjectName("worklistAsOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setToolTip(translate("WorklistView", "Assessment date of the worklist and the indicators"))
        day = self._day = today()  # the calendar day the As-of field follows while it shows it
        self.as_of.setDate(QDate(day.year, day.month, day.day))
        self.as_of.dateChanged.connect(self._on_date_changed)
        self.refresh_button = self._button(
            translate("WorklistView", "Refresh"),
            "worklistRefreshButton",
            translate("WorklistView", "Re-assess changed patients and rebuild the worklist (F5)"),
            self.refresh,
        )
        self.letters_button = self._button(
            translate("WorklistView", "Letters for selected…"),
            "worklistLettersButton",
            translate("WorklistView", "Write letters for the selected patients"),
            self.request_letters,
        )
        self.export_button = self._button(
            translate("WorklistView", "Export CSV…"),
            "worklistExportButton",
            translate("WorklistView", "Save the rows shown and the indicators as CSV files"),
            self.export_dialog,
        )
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("worklistProgress")
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.hide()
        self.cancel_button = self._button(
            translate("WorklistView", "Cancel"),
            "worklistCancelButton",
            translate("WorklistView", "Stop building the worklist; the patients assessed so far are kept"),
            self.cancel_build,
        )
        self.cancel_button.hide()
        self.status = QLabel(translate("WorklistView", "Not built yet."), self)
        self.status.setObjectName("worklistStatus")
        # the status takes the room left on its row, never more: a long progress line must not
        # squeeze the patient list beside the tab (at 1366 pixels it cut off the "Next due" column)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.filters = WorklistFilterBar(self)
        self.filters.changed.connect(self.set_filter)
        self.patient_status = QLabel(self)
        self.patient_status.setObjectName("worklistPatientStatus")

        self.items = TriageItemsPanel(self)
        self.items.open_requested.connect(self.patient_activated)
        self.items.letters_requested.connect(lambda ids: ids and self.letters_requested.emit(ids))
        self.items.book_requested.connect(self.book_dialog)
        self.items.not_applicable_requested.connect(self.not_applicable_dialog)
        self.items.undo_requested.connect(self.undo_marks)
        self.items.horizon_changed.connect(self.set_horizon)

        self.model = WorklistTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("worklistTable")
        self.table.setAccessibleName(translate("WorklistView", "Patients with open items"))
        self.table.setModel(self.model)
        # No sort until the user clicks a header: the worklist's own order (most urgent, then
        # earliest due) is the useful default, and enabling sorting would otherwise sort at once.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        configure_list_table(self.table, multi_select=True)
        for key, width in _WIDTHS.items():
            self.table.setColumnWidth(COLUMN_KEYS.index(key), width)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.dashboard = IndicatorDashboard(self)
        self.dashboard.patient_activated.connect(self.patient_activated)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("WorklistView", "As of:"), self))
        top.addWidget(self.as_of)
        top.addWidget(self.refresh_button)
        top.addWidget(self.progress_bar)
        top.addWidget(self.cancel_button)
        top.addWidget(self.status, 1)
        top.addWidget(self.export_button)
        by_patient = QWidget(self)
        patient_layout = QVBoxLayout(by_patient)
        patient_layout.setContentsMargins(0, 0, 0, 0)
        patient_layout.addWidget(self.filters)
        patient_layout.addWidget(self.table, 1)
        patient_row = QHBoxLayout()
        patient_row.addWidget(self.patient_status, 1)
        patient_row.addWidget(self.letters_button)
        patient_layout.addLayout(patient_row)
        # Three pages, so the items get the tab's whole width on a 1366-pixel screen: the items to
        # act on (the default), the patients with open items, and the quality indicators.
        self.pages = QTabWidget(self)
        self.pages.setObjectName("worklistPages")
        self.pages.addTab(self.items, translate("WorklistView", "Items to act on"))
        self.pages.addTab(by_patient, translate("WorklistView", "By patient"))
        self.pages.addTab(self.dashboard, translate("WorklistView", "Quality indicators"))
        self.by_patient_page = by_patient
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._update_buttons()

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- building ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._built_once:
            self._built_once = True
            self.refresh()

    def current_as_of(self) -> date:
        return self.as_of.date().toPython()  # type: ignore[return-value]

    def follow_calendar(self) -> bool:
        """A new calendar day (the window was left open overnight): the As-of field moves to it
        if it showed the old day — a date the user chose stays — and a list built before is
        built again for the new day. True if the field moved."""
        day = self._today()
        if day == self._day:
            return False
        following = self.current_as_of() == self._day
        self._day = day
        if following:
            self.as_of.setDate(QDate(day.year, day.month, day.day))  # rebuilt by _on_date_changed
        return following

    @Slot()
    def refresh(self) -> BackgroundTask | None:
        """Build the overview in the background; None if a build is already running."""
        if self.task is not None and self.task.running:
            return None
        self._built_once = True
        if self.follow_calendar():  # Refresh after midnight: today's list, not yesterday's again
            return self.task
        as_of, location, session, previous = self.current_as_of(), self.location, self.session, self.overview
        self._building_for = as_of

        horizon = self.items.horizon.value()

        def work(progress: Progress) -> Overview:
            with open_clinic(location, session) as clinic:
                try:  # the overview on screen is reused for every patient not changed since
                    return clinic.overview(as_of, previous=previous, progress=progress.report,
                                           cancelled=lambda: progress.cancelled, horizon_days=horizon)
                except ScanCancelled:
                    progress.check()  # raises background.Cancelled: the task reports "cancelled"
                    raise

        building = translate("WorklistView", "Assessing the clinic on {date}…").format(date=local_date(as_of))
        self.status.setText(building)
        self.refresh_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)  # busy until the first chunk reports
        self.progress_bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()

        def progressed(done: int, total: int, message: str) -> None:
            self.progress_bar.setRange(0, max(total, 0))
            self.progress_bar.setValue(min(done, total) if total else 0)
            if message:  # the date is in the As-of field beside it: the count fits a 1366-pixel screen
                words = progress_words(message)  # the services' English in the window's language
                self.status.setText(words)
                self.status.setToolTip(f"{building} {words}")

        self.task = run_in_background(
            self, work, on_progress=progressed, on_done=self.set_overview, on_error=self._on_failed,
            on_cancel=self._on_cancelled,
        )
        self.task.ended.connect(self._build_ended)
        return self.task

    @Slot()
    def cancel_build(self) -> None:
        """Stop the running build at its next chunk (what was assessed stays cached)."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    @property
    def building(self) -> bool:
        return self.task is not None and self.task.running

    @Slot()
    def _build_ended(self) -> None:
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.refresh_button.setEnabled(True)
        built_for, self._building_for = self._building_for, None
        if built_for is not None and built_for != self.current_as_of():
            # the date was changed while this build ran (by the user, or a new day): the list
            # shown must be the one of the date shown
            QTimer.singleShot(0, self, self.refresh)

    @Slot(object)
    def set_overview(self, overview: Overview) -> None:
        """Show an overview (from the background build, or handed in by the caller)."""
        self.overview = overview
        self._tier_counts = overview.worklist.tier_counts()  # once: a count over every item
        self.items.set_items(overview.worklist.triage, self._tier_counts)
        self.filters.set_worklist(overview.worklist)
        self.model.set_worklist(overview.worklist)
        self.model.set_filter(self.filters.current())
        self.dashboard.set_results(overview.indicators, overview.names)
        self._update_status()
        self.overview_ready.emit(overview)

    def _on_failed(self, error: BaseException) -> None:
        self.status.setText(translate("WorklistView", "Could not build the worklist: {error}").format(
            error=store_error_message(error)))
        self.overview_failed.emit(error)

    def _on_cancelled(self) -> None:
        self.status.setText(
            translate("WorklistView", "Cancelled; assessments finished so far are kept. Refresh to continue.")
        )

    @Slot()
    def _on_date_changed(self) -> None:
        if self._built_once:
            self.refresh()

    # -- rows -------------------------------------------------------------------------------------

    @Slot(object)
    def set_filter(self, condition: WorklistFilter) -> None:
        self.model.set_filter(condition)
        self._update_status()
        self._update_buttons()

    def _update_status(self) -> None:
        """The header in plain words; the cache's counters only in the tooltip."""
        if self.overview is None:
            return
        wl = self.overview.worklist
        self.status.setText(header_text(wl.patients, self._tier_counts))
        refresh = wl.refresh
        self.status.setToolTip(
            translate(
                "WorklistView",
                "On {date}: {computed} patients assessed anew, {reused} assessments reused from the cache",
            ).format(date=local_date(wl.as_of), computed=local_count(refresh.computed),
                     reused=local_count(refresh.reused))
        )
        shown, total = self.model.rowCount(), len(wl.items)
        self.patient_status.setText(
            translate(
                "WorklistView", "{shown} of {total} patients with open items shown ({patients} in the clinic)"
            ).format(shown=local_count(shown), total=local_count(total), patients=local_count(wl.patients))
        )

    # -- handling items -----------------------------------------------------------------------------

    def _write(self, action: Callable[[Clinic], Any]) -> bool:
        """Run one audited write with the caller's clinic (or one of our own), then re-triage."""
        try:
            if self.clinic is not None:
                action(self.clinic)
                self._retriage(self.clinic)
            else:
                with open_clinic(self.location, self.session) as clinic:
                    action(clinic)
                    self._retriage(clinic)
        except StoreError as error:  # includes PermissionDenied: say why, change nothing on screen
            self.status.setText(
                translate("WorklistView", "Not marked: {error}").format(error=store_error_message(error)))
            return False
        return True

    def _retriage(self, clinic: Clinic, horizon: int | None = None) -> None:
        if self.overview is not None and self.overview.state is not None:
            overview = clinic.retriage(self.overview, horizon_days=horizon)
            self.overview = overview
            self._tier_counts = overview.worklist.tier_counts()
            self.items.set_items(overview.worklist.triage, self._tier_counts)
            self._update_status()

    @Slot(int)
    def set_horizon(self, days: int) -> None:
        """A new 'coming up' horizon: items are re-tiered, nobody is reassessed."""
        if self.overview is None or self.overview.worklist.horizon_days == days:
            return
        if self.clinic is not None:
            self._retriage(self.clinic, days)
        else:
            with open_clinic(self.location, self.session) as clinic:
                self._retriage(clinic, days)

    def book_dialog(self, items: list[TriageItem]) -> BookDialog | None:
        """Ask for the booked date of the selected items; OK marks them (audited)."""
        if not items:
            return None
        as_of = self.current_as_of()
        dialog = BookDialog([f"{i.name}: {item_title(i.code, i.title)}" for i in items], as_of, self)
        dialog.setObjectName("bookDialog")

        def accepted() -> None:
            until, reason = dialog.booked_for(), dialog.reason()
            self._write(lambda clinic: [clinic.mark_booked(i.patient_id, i.code, until, as_of=as_of, reason=reason)
                                       for i in items])

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def not_applicable_dialog(self, items: list[TriageItem]) -> NotApplicableDialog | None:
        """Ask why the selected items do not apply; OK marks them (audited)."""
        if not items:
            return None
        as_of = self.current_as_of()
        dialog = NotApplicableDialog([f"{i.name}: {item_title(i.code, i.title)}" for i in items], self)
        dialog.setObjectName("notApplicableDialog")

        def accepted() -> None:
            reason = dialog.reason()
            self._write(lambda clinic: [clinic.mark_not_applicable(i.patient_id, i.code, reason, as_of=as_of)
                                       for i in items])

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot(list)
    def undo_marks(self, items: list[TriageItem]) -> bool:
        """Remove the marks of the selected handled items (audited): they are open again."""
        marked = [i for i in items if i.handled is not None]
        if not marked:
            return False
        return self._write(lambda clinic: [clinic.undo_mark(i.patient_id, i.code) for i in marked])

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row).patient_id for row in rows]

    @Slot()
    def _update_buttons(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.letters_button.setEnabled(count > 0)
        self.letters_button.setText(
            translate("WorklistView", "Letters for {count} selected…").format(count=count)
            if count
            else translate("WorklistView", "Letters for selected…")
        )

    @Slot()
    def request_letters(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.letters_requested.emit(ids)

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.patient_activated.emit(str(index.data(ID_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            index = self.table.currentIndex()
            if index.isValid():
                self.patient_activated.emit(str(index.data(ID_ROLE)))
                return True
        return super().eventFilter(watched, event)

    # -- export -----------------------------------------------------------------------------------

    def export_csv(self, worklist_path: Path, indicators_path: Path) -> None:
        """The rows shown (after the filter) and the indicators, as two CSV files."""
        with worklist_path.open("w", encoding="utf-8-sig", newline="") as out:
            write_worklist_csv(self.model.items(), out)
        if self.overview is not None:
            with indicators_path.open("w", encoding="utf-8-sig", newline="") as out:
                write_indicators_csv(self.overview.indicators, out)

    @Slot()
    def export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("WorklistView", "Export worklist"),
            f"worklist-{self.current_as_of()}.csv",
            translate("WorklistView", "CSV files (*.csv)"),
        )
        if name:
            path = Path(name)
            self.export_csv(path, path.with_name(f"{path.stem}-indicators.csv"))
