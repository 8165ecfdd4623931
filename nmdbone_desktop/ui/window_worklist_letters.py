"""Where the window meets the worklist and the letters.

Their modules are imported when first used — the letters pull in reportlab and the worklist the
whole assessment, which the window does not need to paint its first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .translation import translate
from .window_part import WindowPart

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget


class WorklistAndLetters(WindowPart):
    """The worklist tab, the letters (one patient, a selection, the letterhead) and the demo marks."""

    def make_worklist(self, parent: QWidget) -> QWidget:
        """A light stand-in named ``worklistView`` until the Worklist tab is first opened.

        The real view imports the services and the whole assessment (a fifth of a second) —
        work the window need not do before its first paint. :meth:`ensure_worklist` swaps it in.
        """
        from .worklist_placeholder import WorklistPlaceholder

        return WorklistPlaceholder(parent)

    def ensure_worklist(self, *, show: bool = True) -> QWidget:
        """The worklist in the Worklist tab (made once, when first needed); ``show``: bring the
        tab to the front (not when the window prepares the worklist in the background)."""
        from .worklist_placeholder import WorklistPlaceholder

        if not isinstance(self.window.worklist, WorklistPlaceholder):
            return self.window.worklist
        from .worklist import WorklistView

        view = WorklistView(self.clinic, self.window.tabs, today=self.window.today)
        view.patient_activated.connect(self.open_patient)
        view.letters_requested.connect(self.letters_for)
        index = self.window.tabs.indexOf(self.window.worklist)
        old, self.window.worklist = self.window.worklist, view
        old.setObjectName("")  # one ``worklistView`` at any time
        shown = self.window.tabs.currentWidget()
        self.window.tabs.blockSignals(True)
        self.window.tabs.removeTab(index)
        self.window.tabs.insertTab(index, view, translate("WorklistAndLetters", "Worklist"))
        if show or shown is old:
            self.window.tabs.setCurrentIndex(index)
        else:
            self.window.tabs.setCurrentWidget(shown)
        self.window.tabs.blockSignals(False)
        old.deleteLater()
        return view

    def open_patient(self, patient_id: str) -> bool:
        """Show a patient chosen elsewhere (the worklist): clear a search that hides them."""
        if not self.window.patient_list.select_patient(patient_id):
            self.window.patient_list.search.clear()
            if not self.window.patient_list.select_patient(patient_id):
                return False
        self.window.show_overview()
        return True

    def write_letter(self) -> Any:
        doc, report = self.controller.doc, self.controller.report
        if doc is None or report is None:
            return None
        from ..letters.settings import load_letterhead
        from .letters import LetterDialog

        # The letter pipeline's signer and assessment (the clinic's LSC, as on screen).
        dialog = LetterDialog(doc, report, letterhead=load_letterhead(), audit=self.clinic, as_of=self.today(),
                              assess_fn=self.clinic.letter_assess(), **self.clinic.letter_signer(),
                              parent=self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def letters_for(self, patient_ids: list[str]) -> Any:
        if not patient_ids:
            return None
        from ..letters.settings import load_letterhead
        from .letters import BatchLetterDialog

        dialog = BatchLetterDialog(self.location, patient_ids, letterhead=load_letterhead(), as_of=self.today(),
                                   session=self.clinic.session, parent=self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- demo clinic and contacts (issue 17; issue 15 item 6) ------------------------------------
    DEMO_TEXT = QT_TRANSLATE_NOOP("WorklistAndLetters", "SYNTHETIC DEMO DATA — not real patients")

    def is_demo(self) -> bool:
        try:
            return self.clinic.is_demo_clinic()
        except Exception:  # busy or an old clinic: not worth failing the window for
            return False

    def demo_suffix(self) -> str:
        """Appended to the window title of the demo clinic."""
        return f" — {translate('WorklistAndLetters', self.DEMO_TEXT)}" if self.is_demo() else ""

    def demo_label(self) -> QLabel:
        """A permanent status-bar label, visible only for the demo clinic."""
        from PySide6.QtWidgets import QLabel

        label = QLabel(translate("WorklistAndLetters", self.DEMO_TEXT), self.window)
        label.setObjectName("statusDemo")
        label.setStyleSheet("color: white; background: #b2182b; padding: 1px 6px; font-weight: bold;")
        label.setVisible(self.is_demo())
        return label

    def letterhead(self) -> Any:
        from ..letters.settings import load_letterhead
        from .letters import ClinicSettingsDialog

        dialog = ClinicSettingsDialog(load_letterhead(), parent=self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
