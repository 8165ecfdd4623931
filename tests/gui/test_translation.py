"""The window in the clinic's language (issue 21): catalogues complete, nothing left untranslated.

A pseudo-language wraps every text that goes through Qt's translation (and every glossary name
and report sentence) in ⟦…⟧; a walk of the window, its menus, every record form and dialog and
the worklist then finds any visible English that bypassed translation. The real catalogues are
checked against a fresh ``pyside6-lupdate`` run, and a German and a Dutch window are built from
them to see menus, panel, list, worklist and chart change while the codes stay the same.
"""

from __future__ import annotations

import html
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QProgressDialog,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from nmdbone_desktop.ui.import_notes import import_note

from .conftest import AS_OF

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("nmdbone_translations", ROOT / "scripts" / "translations.py")
assert _spec is not None and _spec.loader is not None
catalogues = importlib.util.module_from_spec(_spec)
sys.modules["nmdbone_translations"] = catalogues
_spec.loader.exec_module(catalogues)

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
#: Words that may stand outside ⟦…⟧: data the window shows as it is (names of the test clinic's
#: patients and users come from the fixture), symbols and the product's name.
DATA_WORDS = {"NMD", "Bone", "Desktop", "QFracture", "ClinRisk", "Ltd", "FRAX", "UK", "Hologic", "GE", "Lunar"}


#: Widgets whose words are not the window's: ClinRisk's disclaimer is the licensor's wording (kept
#: in English), the letter being edited speaks the letter's language
#: (its sections and warnings come from the letters package), paper sizes and date patterns are
#: names and codes, the letter languages are codes.
NOT_THE_WINDOWS = {"clinriskDisclaimer", "letterSections", "letterWarnings", "clinicDateFormat", "clinicLanguage",
                   "clinicPageSize", "letterPageSize", "batchPageSize"}
#: A code shown as a code (recommendation and diagnosis codes in the worklist filters), an
#: abbreviation (DXA, BMD, LSC) or a scanner model: upper case with "_", "-" or digits, or short.
CODE = re.compile(r"^(?:[A-Z0-9]+(?:[_-][A-Z0-9]+)+|[A-Z]{1,5}\d*)$")


class PseudoTranslator(QTranslator):
    """Every source text wrapped in ⟦…⟧ (Qt's own texts too: dialog buttons, context menus)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧" if source else source

    def isEmpty(self) -> bool:
        return False


# -- catalogues ------------------------------------------------------------------------------------
def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")}


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lupdate")
    catalogues.update(folder, ("de",))
    return folder


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_catalogue_has_every_text_of_the_window_translated(language: str, fresh_catalogues: Path) -> None:
    extracted = set(_messages(catalogues.catalogue("de", fresh_catalogues)))
    shipped = _messages(catalogues.catalogue(language))
    assert sorted(extracted - set(shipped)) == [], "texts missing: run scripts/translations.py update and translate"
    assert sorted(set(shipped) - extracted) == [], "texts no longer in the code: run scripts/translations.py update"
    for (context, source), message in shipped.items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (context, source)
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), f"{language}: empty translation of {context}/{source!r}"
            # The same named placeholders: a translation cannot drop or rename a value.
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (language, source, text)
            assert text.count("&") - text.count("&&") <= 1, (language, source, text)


#: One note of each kind the DXA importers write (importers/dicom_sr.py, fhir_import.py, table.py),
#: worded as they word them; ``test_the_importers_notes_are_known`` reads the table's from a real file.
IMPORTER_NOTES = (
    "C:\\scans\\dxa.csv: separator ';' detected", "dxa.csv: columns not read: Operator, Room",
    "dxa.csv: row 2: site 'Skull' is not a contract site; left out", "sr.dcm: a DXA report with no contract site in it",
    "sr.dcm: region 3: not a contract site; left out",
    "bundle.json: DiagnosticReport/r1: its Observations are read from the files given",
    "bundle.json: no DXA Observation in it", "bundle.json: Observation/o2: not a DXA value (LOINC 1234-5); left out",
    "bundle.json: Observation/o3: status cancelled; left out",
)


def test_the_importers_notes_are_known(tmp_path: Path) -> None:
    from nmdbone_desktop.importers import read_file
    from nmdbone_desktop.ui.import_notes import NOTES

    table = tmp_path / "dxa.csv"
    table.write_text("Patient ID;Scan Date;Region;BMD;T-Score;Z-Score;Operator\n"
                     "P0001;01.02.2026;Skull;0,850;-2,5;-1,0;x\nP0001;01.02.2026;L1-L4;0,850;-2,5;-1,0;x\n", "utf-8")
    notes = read_file(table).notes
    assert len(notes) == 3
    for note in [*notes, *IMPORTER_NOTES]:
        assert sum(bool(pattern.fullmatch(note)) for pattern, _ in NOTES) >= 1, note


# -- the pseudo-language walk ----------------------------------------------------------------------
def untranslated(text: str, data: set[str]) -> list[str]:
    """English words of ``text`` outside every ⟦…⟧ and not data."""
    text = re.sub(r"<[^<>]*>", " ", text)
    text = re.sub(r"&[a-z]+;|&#\d+;", " ", text)
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"⟦[^⟦⟧]*⟧", " ", text)
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    text = " ".join(t for t in text.split() if not CODE.match(t.strip(".,;:()[]·—%")))
    return [w for w in re.findall(r"[^\W\d_]{2,}", text) if w not in DATA_WORDS]


def _skipped(widget: QWidget) -> bool:
    """Qt's calendar (month names come from the locale, not a catalogue), a hidden progress dialog
    (its last message is the worker's), and the widgets of :data:`NOT_THE_WINDOWS`."""
    w: QWidget | None = widget
    while w is not None:
        if isinstance(w, QCalendarWidget) or w.objectName() in NOT_THE_WINDOWS:
            return True
        if isinstance(w, QProgressDialog) and not w.isVisible():
            return True
        w = w.parentWidget()
    return False


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every visible text of ``widget`` and its children."""
    for w in [widget, *widget.findChildren(QWidget)]:
        name = f"{type(w).__name__}#{w.objectName()}"
        if _skipped(w):
            continue
        if w.isWindow():
            yield f"{name}.windowTitle", w.windowTitle()
        yield f"{name}.toolTip", w.toolTip()
        yield f"{name}.statusTip", w.statusTip()
        if isinstance(w, QLabel):
            yield f"{name}.text", w.text()
        if isinstance(w, QAbstractButton):
            yield f"{name}.text", w.text()
        if isinstance(w, QLineEdit):
            yield f"{name}.placeholderText", w.placeholderText()
        if isinstance(w, QGroupBox):
            yield f"{name}.title", w.title()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name}.tab{i}", w.tabText(i)
                yield f"{name}.tabToolTip{i}", w.tabToolTip(i)
        if isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                yield f"{name}.item{i}", w.itemText(i)
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                yield f"{name}.item{i}", w.item(i).text()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            from PySide6.QtCore import QModelIndex, Qt

            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # Qt's internal list models (a combo's popup)
                columns = 0
            for c in range(columns):
                header = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                yield f"{name}.header{c}", str(header or "")
                tip = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                yield f"{name}.headerTip{c}", str(tip or "")
        if isinstance(w, QTableWidget) and not isinstance(w.parent(), QComboBox):
            for r in range(min(w.rowCount(), 20)):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    if item is not None and w.objectName() in ("recordTable",) and c > 0:
                        continue  # the records' values are the patient's data
                    if item is not None and w.objectName() not in ("recordTable",):
                        continue  # other tables: cells are data (checked through their tooltips)
                    if item is not None:
                        yield f"{name}.cell{r},{c}", item.text()
        if isinstance(w, QMenu):
            yield f"{name}.title", w.title()
            for action in w.actions():
                yield f"{name}.action", action.text()
                yield f"{name}.actionTip", action.toolTip()
                yield f"{name}.actionStatus", action.statusTip()
    for action in QWidget.actions(widget):  # MainWindow.actions is its dict of commands
        yield f"action#{action.objectName()}.text", action.text()
        yield f"action#{action.objectName()}.toolTip", action.toolTip()


def chart_texts(window: Any) -> Iterator[tuple[str, str]]:
    plot = window.chart.plot
    for _artist, label in plot.legend_entries:
        yield "chart.legend", label
    yield "chart.ylabel", plot.score_ax.get_ylabel()
    yield "chart.doseLabel", plot.dose_ax.get_ylabel()
    for text in (*plot.score_ax.texts, *plot.dose_ax.texts, *plot.fig.texts):
        if text.get_visible():
            yield "chart.text", text.get_text()
    for _artist, tip in plot.artists.hover if plot.artists is not None else ():
        for line in [tip] if isinstance(tip, str) else list(tip):
            yield "chart.hover", line


@pytest.fixture
def pseudo(qapp: Any) -> Iterator[None]:
    from nmdbone_desktop.ui import vocabulary

    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    vocabulary.set_language(vocabulary.PSEUDO)
    yield
    QCoreApplication.removeTranslator(translator)
    vocabulary.set_language("en")


@pytest.fixture
def pseudo_window(pseudo: None, qtbot: Any, clinic_db: Path, tmp_path: Path) -> Iterator[Any]:
    from nmdbone_desktop.services.clinic import open_clinic
    from nmdbone_desktop.ui.main_window import MainWindow
    from nmdbone_desktop.ui.window_settings import open_settings

    clinic = open_clinic(clinic_db)
    win = MainWindow(clinic, open_settings(tmp_path / "settings.ini"), today=lambda: AS_OF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.controller.doc is not None)
    yield win
    win.close()
    win.clinic.close()


def _data_of(window: Any) -> set[str]:
    """What the window shows as it is: this clinic's patients, its file, the signed-in user."""
    data = {str(window.location), window.location.name, window.clinic.session.user or ""}
    for doc in [window.controller.doc]:
        if doc is not None:
            data |= {doc.id, doc.display_name, doc.name.given, doc.name.family}
            if doc.diagnosis.label:
                data.add(doc.diagnosis.label)
            data |= {d.stop_reason for d in doc.bone_medications if d.stop_reason}
            data |= {f.country for f in doc.frax if f.country}
    return {d for d in data if d}


def _problems(pairs: Iterator[tuple[str, str]], data: set[str]) -> list[str]:
    import os

    found = [f"{where}: {text!r} → {words}" for where, text in pairs if text
            for words in [untranslated(text, data)] if words]
    if os.environ.get("PSEUDO_DUMP"):
        with open(os.environ["PSEUDO_DUMP"], "a", encoding="utf-8") as dump:
            dump.writelines(f"{line}\n" for line in found)
    return found


def _texts(pairs: Any, data: set[str]) -> list[tuple[str, str, frozenset[str]]]:
    """(where, text, what may stand as it is) of each text, taken now (the dialog closes next)."""
    return [(where, text, frozenset(data)) for where, text in pairs if text]


def walk(win: Any, qtbot: Any, tmp_path: Path) -> list[tuple[str, str, frozenset[str]]]:
    """Every visible text of the window, its menus, record forms, dialogs, worklist, dashboard
    (with each indicator's definition), the clinic-server dialog and the DXA import's preview."""
    assert win.patient_list.select_patient("P0001")
    qtbot.waitUntil(lambda: win.controller.current_id == "P0001")
    data = _data_of(win)
    seen = _texts(texts_of(win), data)
    seen += _texts(chart_texts(win), data)
    for card in win.panel.cards():  # the folded rationale too
        seen += _texts([("card.details", card.details.text())], data)
    # Every record kind's table, and every record form.
    from nmdbone_desktop.ui.record_kinds import RECORD_KINDS

    win.show_records()
    for kind in RECORD_KINDS:
        win.records.show_kind(kind.key)
        seen += _texts(texts_of(win.records), data)
        dialog = win.records.open_add(kind) if not kind.singleton else win.records.open_edit(kind, None)
        if dialog is not None:
            seen += _texts(texts_of(dialog), data)
            dialog.reject()
    # The other dialogs of the menus.
    for opener in (win.about, win.preferences, win.patient_commands.new_patient,
                   win.patient_commands.edit_contacts, win.patient_commands.clinic_settings,
                   win.worklist_letters.letterhead, win.worklist_letters.write_letter):
        dialog = opener()
        if dialog is None:
            dialog = next(d for d in win.findChildren(QDialog) if d.isVisible())
        allowed = data | ({"English", "Nederlands", "Deutsch", "Français", "Italiano", "Español"}
                          if dialog.objectName() == "preferences" else set())
        seen += _texts(texts_of(dialog), allowed)
        dialog.reject()
    # The history and the worklist (built on a worker: wait for it).
    win.tabs.setCurrentWidget(win.history)
    seen += _texts(texts_of(win.history), data)
    win.show_worklist()
    qtbot.waitUntil(lambda: getattr(win.worklist, "overview", None) is not None, timeout=60000)
    view = win.worklist
    seen += _texts(texts_of(view), data)
    items = [view.items.model.row_at(0)]
    dialogs = (view.book_dialog(items), view.not_applicable_dialog(items), win.worklist_letters.letters_for(["P0001"]))
    for dialog in dialogs:
        seen += _texts(texts_of(dialog), data | {items[0].name})
        dialog.reject()
    view.pages.setCurrentWidget(view.dashboard)  # the chart is drawn when its page is shown
    axes = view.dashboard.figure.axes[0]
    seen += _texts([("dashboard.title", axes.get_title()), ("dashboard.xlabel", axes.get_xlabel())], data)
    from nmdbone_desktop.ui.dxa_import_dialog import DxaImportDialog
    from nmdbone_desktop.ui.protection.login_dialog import LoginDialog

    for dialog in (DxaImportDialog(win.clinic, AS_OF, win, "P0001"), LoginDialog(win.clinic, win)):
        seen += _texts(texts_of(dialog), data)
        dialog.deleteLater()
    # Each indicator's definition (the dashboard's tooltip), the handled view, File → Open clinic
    # server (with its error for a wrong URL), and the DXA import's preview of a file.
    data |= {n for name in view.dashboard.names.values() for n in (name, *name.split(", "))}  # the listed patients
    for indicator_id in view.dashboard.results:
        view.dashboard.show_indicator(indicator_id)
        seen += _texts([(f"dashboard.{indicator_id}.toolTip", view.dashboard.caption.toolTip())], data)
    view.items.handled_button.setChecked(True)
    seen += _texts(texts_of(view), data)
    view.items.handled_button.setChecked(False)
    from nmdbone_desktop.ui.server_dialog import ServerDialog

    data.add("postgresql://user@clinic-server/clinic")  # the URL's example: a URL, not words
    server = ServerDialog("", win)
    assert not server.try_connect()
    seen += _texts(texts_of(server), data)
    server.deleteLater()
    csv = tmp_path / "dxa.csv"
    csv.write_text("Patient ID;Scan Date;Region;BMD;T-Score;Z-Score\nP0001;01.02.2026;L1-L4;0,850;-2,5;-1,0\n"
                   "P0001;01.02.2026;Neck Left;0,610;-2,6;-1,1\n", encoding="utf-8")
    preview = DxaImportDialog(win.clinic, AS_OF, win, "P0001")
    with qtbot.waitSignal(preview.set_files([csv]).ended, timeout=20000):
        pass
    assert preview.table.rowCount() == 2
    seen += _texts(texts_of(preview), data | {csv.name, str(csv), str(tmp_path)})
    seen += _texts([(f"dxaPreview.cell{r}", preview.table.item(r, 0).text())
                           for r in range(preview.table.rowCount())], data)
    seen += _texts([("dxaNotes", preview.notes.toPlainText())], data | {str(csv)})
    seen += _texts([(f"importNote{i}", import_note(note)) for i, note in enumerate(IMPORTER_NOTES)], data)
    preview.deleteLater()
    return seen


def test_pseudo_language_walk_finds_no_untranslated_text(pseudo_window: Any, qtbot: Any, tmp_path: Path) -> None:
    problems = sorted({problem for where, text, data in walk(pseudo_window, qtbot, tmp_path)
                       for problem in _problems(iter([(where, text)]), set(data))})
    assert problems == [], "\n".join(problems[:60])


#: Words a German text does not contain but an English one does (data, codes and the names of
#: sources aside): the German walk flags any text that still has one.
ENGLISH_WORDS = {"the", "and", "with", "of", "for", "from", "this", "that", "not", "are", "is", "was", "which",
                 "what", "when", "has", "have", "been", "will", "should", "your", "you", "be", "by", "or", "to",
                 "on", "at", "no", "none", "yes", "add", "added", "edit", "save", "cancel", "open", "patients",
                 "left", "right", "due", "since", "before", "after", "months", "years", "days", "within"}


def english_words(text: str, data: frozenset[str]) -> list[str]:
    """The English words of a text in another language (markup, data, codes and the cited sources'
    titles, which are quoted as published, left out)."""
    text = re.sub(r"<ul[^<>]*>.*?</ul>", " ", text, flags=re.DOTALL)
    text = re.sub(r"<[^<>]*>", " ", text)
    text = re.sub(r"&[a-z]+;|&#\d+;", " ", text)
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    return [w for w in re.findall(r"[^\W\d_]{2,}", text) if w in ENGLISH_WORDS]


def test_the_german_walk_finds_no_english(localized_window: Any, qtbot: Any, tmp_path: Path) -> None:
    """The same walk in German (the real catalogues compiled as the install does): no text left in
    English by a fallback (a key the catalogue lacks) or a service's words shown as they came."""
    win = localized_window("de")
    problems = sorted({f"{where}: {text!r} → {words}" for where, text, data in walk(win, qtbot, tmp_path)
                       for words in [english_words(text, data)] if words})
    assert problems == [], "\n".join(problems[:80])


# -- real languages --------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues compiled as the install does (``scripts/translations.py compile``)."""
    folder = tmp_path_factory.mktemp("qm")
    catalogues.compile_catalogues(folder)
    return folder


@pytest.fixture
def localized_window(compiled: Path, qtbot: Any, clinic_db: Path, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """``open(language)`` builds the window in that language; English is restored afterwards."""
    from nmdbone_desktop.app import build_main_window
    from nmdbone_desktop.ui.translation import install_language

    monkeypatch.setenv("NMDBONE_TRANSLATIONS", str(compiled))
    windows = []

    def open_window(language: str) -> Any:
        win = build_main_window(clinic_db, settings_path=tmp_path / f"{language}.ini", today=lambda: AS_OF,
                                language=language)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.controller.doc is not None)
        assert win.patient_list.select_patient("P0001")
        qtbot.waitUntil(lambda: win.controller.current_id == "P0001")
        windows.append(win)
        return win

    yield open_window
    for win in windows:
        win.close()
        win.clinic.close()
    install_language("en")


def _seen(win: Any) -> dict[str, Any]:
    """What a user sees first in each part of the window, and the codes behind it."""
    win.show_worklist()
    return {
        "menus": [a.text() for a in win.menuBar().actions()],
        "tabs": [win.tabs.tabText(i) for i in range(win.tabs.count())],
        "list": [str(win.model.headerData(i, Qt.Orientation.Horizontal)) for i in range(win.model.columnCount())],
        "sections": [
            label.text() for label in win.panel.findChildren(QLabel) if label.objectName().startswith("section_")
        ],
        "cards": [card.title.text() for card in win.panel.cards()],
        "codes": [card.code for card in win.panel.cards()],
        "ylabel": win.chart.plot.score_ax.get_ylabel(),
        "legend": [label for _artist, label in win.chart.plot.legend_entries],
        "status": win.status_count.text(),
    }


@pytest.mark.parametrize(("language", "file_menu", "overview", "warnings", "score"),
                         [("de", "&Datei", "Übersicht", "Warnhinweise", "T-Score"),
                          ("nl", "&Bestand", "Overzicht", "Waarschuwingen", "T-score")])
def test_switching_the_language_changes_the_words_not_the_codes(
        localized_window: Any, qtbot: Any, language: str, file_menu: str, overview: str, warnings: str,
        score: str) -> None:
    english = _seen(localized_window("en"))
    win = localized_window(language)
    local = _seen(win)
    assert local["menus"][0] == file_menu and english["menus"][0] == "&File"
    assert local["tabs"][0] == overview and english["tabs"][0] == "Overview"
    assert local["list"] != english["list"] and local["list"][1] == "ID"
    assert local["sections"][0].startswith(f"<b>{warnings}</b>")
    assert local["cards"] != english["cards"] and all(local["cards"])  # rendered from the message keys
    assert local["codes"] == english["codes"]  # the words change, never the codes
    assert local["ylabel"] == score and english["ylabel"] == "T-score"
    assert local["legend"] != english["legend"]
    qtbot.waitUntil(lambda: getattr(win.worklist, "overview", None) is not None, timeout=60000)
    headers = [str(win.worklist.items.model.headerData(i, Qt.Orientation.Horizontal))
               for i in range(win.worklist.items.model.columnCount())]
    assert "What to do" not in headers and "Patient" not in headers[1:]
    assert "checked" not in win.worklist.status.text() and "—" not in win.worklist.status.text()
    # Qt's own words come in the same language (qtbase_xx.qm): a dialog's Cancel button.
    dialog = win.preferences()
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") != "Cancel"
    dialog.reject()


def test_german_numbers_and_dates_in_the_header(localized_window: Any) -> None:
    win = localized_window("de")
    facts = win.panel.header.facts.text()
    assert "65,6 Jahre" in facts and "01.02.2023" in facts and "−2,4" in facts


def test_the_language_is_chosen_in_preferences_and_applies_at_the_next_start(
        localized_window: Any, tmp_path: Path) -> None:
    from nmdbone_desktop.ui.translation import LANGUAGE_KEY, chosen_language, system_language
    from nmdbone_desktop.ui.window_settings import open_settings

    win = localized_window("en")
    assert chosen_language(win.settings) == system_language()  # nothing chosen: the system's
    dialog = win.preferences()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert dialog.changed and win.settings.value(LANGUAGE_KEY) == "de"
    assert win.menuBar().actions()[0].text() == "&File"  # nothing rebuilt under the user's hands
    assert "next start" in win.statusBar().currentMessage()
    assert chosen_language(open_settings(tmp_path / "en.ini")) == "de"


@pytest.mark.parametrize(("system", "expected"), [("de_AT", "de"), ("nl_BE", "nl"), ("pt_BR", "en"), ("C", "en")])
def test_the_system_language_when_supported_else_english(system: str, expected: str) -> None:
    from nmdbone_desktop.ui.translation import normalise

    assert normalise(system) == expected


def test_the_risk_criteria_in_the_header_are_in_the_language(localized_window: Any) -> None:
    english = localized_window("en").panel.header
    german = localized_window("de").panel.header
    reasons = english.risk.toolTip().splitlines()[1:]
    assert reasons and german.risk.toolTip().startswith("Erfüllte Kriterien")
    local = german.risk.toolTip().splitlines()[1:]
    assert len(local) == len(reasons) and not set(local) & set(reasons)
    assert reasons[0].removeprefix("• ") not in german.risk.text()


@pytest.mark.parametrize("language", ["de", "nl"])
def test_the_headers_frax_and_qfracture_lines_are_in_the_language(
        compiled: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    from nmdbone_desktop.core.assessment import assess
    from nmdbone_desktop.core.report import typed_report
    from nmdbone_desktop.i18n import translator_for
    from nmdbone_desktop.letters.samples import SAMPLE_AS_OF, sample_child, sample_document
    from nmdbone_desktop.ui.assessment_header import AssessmentHeader
    from nmdbone_desktop.ui.translation import install_language

    monkeypatch.setenv("NMDBONE_TRANSLATIONS", str(compiled))
    header = AssessmentHeader()
    qtbot.addWidget(header)
    try:
        assert install_language(language) == language
        for doc in (sample_document(), sample_child()):
            report = assess(doc, SAMPLE_AS_OF)
            header.show_report(doc, typed_report(report))
            risk = report["fracture_risk"]
            english = risk["qfracture"]["notes"] + (risk["frax"]["adjustments"] if risk["frax"] else [])
            messages = risk["qfracture"]["note_messages"] + (risk["frax"]["adjustment_messages"]
                                                             if risk["frax"] else [])
            assert english and len(messages) == len(english)
            shown = html.unescape(header.scores.text())
            for line, message in zip(english, messages, strict=True):
                assert line not in shown and translator_for(language).render(message) in shown
    finally:
        install_language("en")


def test_history_change_words_come_from_the_catalogue() -> None:
    from dataclasses import asdict

    from nmdbone_desktop.i18n import SUPPORTED_LANGUAGES, load_messages
    from nmdbone_desktop.store.audit_text import AuditWords, describe_change
    from nmdbone_desktop.ui.protection.history_view import history_words

    english = AuditWords()
    assert history_words("en") == english  # the window's English is the command line's
    assert {name: load_messages("en")[f"history.{name}"] for name in asdict(english)} == asdict(english)
    german = history_words("de")
    assert describe_change(None, {"t_score": -2.5, "confirmed": True}, "dxa", german) == \
        "hinzugefügt: t_score -2.5, confirmed ja"
    assert describe_change({"name": {"family": "Muller", "given": "Anna"}}, None, "document", german) == \
        "ganze Akte entfernt: Muller, Anna"
    for language in set(SUPPORTED_LANGUAGES) - {"en"}:
        words = asdict(history_words(language))
        assert all(words[name] != asdict(english)[name] for name in ("added", "removed", "whole_record",
                                                                      "removed_whole_record", "yes")), language


def test_the_history_in_german_says_its_change_words_in_german(localized_window: Any) -> None:
    win = localized_window("de")
    win.tabs.setCurrentWidget(win.history)
    changes = [row[-1] for row in win.history.rows()]
    assert changes, "P0001 has a history"
    english = ("added: ", "removed: ", "whole record: ", "removed whole record: ")
    assert not [c for c in changes if c.startswith(english)]
    assert any(c.startswith(("hinzugefügt: ", "entfernt: ", "ganze Akte: ")) for c in changes), changes[:5]


def test_every_quality_indicator_title_is_catalogued_and_english_is_the_services() -> None:
    from nmdbone_desktop.i18n import SUPPORTED_LANGUAGES, load_messages
    from nmdbone_desktop.services.indicators import INDICATORS

    assert {i.id: load_messages("en")[f"indicator.title.{i.id}"] for i in INDICATORS} == \
        {i.id: i.title for i in INDICATORS}
    for language in set(SUPPORTED_LANGUAGES) - {"en"}:
        titles = [load_messages(language)[f"indicator.title.{i.id}"] for i in INDICATORS]
        assert not set(titles) & {i.title for i in INDICATORS}, language


def test_the_quality_indicators_in_german(localized_window: Any, qtbot: Any) -> None:
    from nmdbone_desktop.services.indicators import INDICATORS

    win = localized_window("de")
    win.show_worklist()
    qtbot.waitUntil(lambda: getattr(win.worklist, "overview", None) is not None, timeout=60000)
    dashboard = win.worklist.dashboard
    win.worklist.pages.setCurrentWidget(dashboard)  # the chart is drawn when its page is shown
    qtbot.waitUntil(lambda: bool(dashboard.figure.axes), timeout=60000)
    ticks = [t.get_text() for t in dashboard.figure.axes[0].get_yticklabels()]
    assert "Q1 Knochenstatus bei Diagnose" in ticks
    assert not [t for t in ticks for i in INDICATORS if t == f"{i.id} {i.title}"]
    dashboard.show_indicator("Q6")
    assert dashboard.caption.text().startswith("Q6 Fraktur → Behandlung — ")


def test_every_indicator_definition_is_catalogued_and_english_is_the_services() -> None:
    from nmdbone_desktop.i18n import SUPPORTED_LANGUAGES, load_messages
    from nmdbone_desktop.services.indicators import INDICATORS
    from nmdbone_desktop.ui.worklist.dashboard import DEFINITION_FIELDS

    english = load_messages("en")
    for field in DEFINITION_FIELDS:
        assert {i.id: english[f"indicator.{field}.{i.id}"] for i in INDICATORS} == \
            {i.id: getattr(i, field) for i in INDICATORS}, field
    for language in set(SUPPORTED_LANGUAGES) - {"en"}:
        messages = load_messages(language)
        for field in ("numerator", "denominator", "note"):  # windows and bases may be symbols/citations
            words = {messages[f"indicator.{field}.{i.id}"] for i in INDICATORS}
            assert not words & {getattr(i, field) for i in INDICATORS}, (language, field)


def test_the_indicator_definitions_and_the_disclaimer_in_german(localized_window: Any, qtbot: Any) -> None:
    from nmdbone_desktop.core.assessment import DISCLAIMER
    from nmdbone_desktop.services.indicators import INDICATORS
    from nmdbone_desktop.ui.about_dialog import about_html

    win = localized_window("de")
    footer = win.panel.footer.text()
    assert "ersetzt sie nicht" in html.unescape(footer) and DISCLAIMER not in html.unescape(footer)
    assert "ersetzt sie nicht" in about_html() and html.escape(DISCLAIMER) not in about_html()
    win.show_worklist()
    qtbot.waitUntil(lambda: getattr(win.worklist, "overview", None) is not None, timeout=60000)
    dashboard = win.worklist.dashboard
    qtbot.waitUntil(lambda: bool(dashboard.results), timeout=60000)
    for indicator in INDICATORS:
        dashboard.show_indicator(indicator.id)
        tip = dashboard.caption.toolTip()
        assert indicator.numerator not in tip and indicator.note not in tip, indicator.id
        assert tip.startswith("Zähler: "), tip[:80]
    dashboard.show_indicator("Q9")  # not computable: the note ends with how many it concerns
    assert "betroffen" in dashboard.caption.toolTip() and "concerned" not in dashboard.caption.toolTip()


@pytest.mark.parametrize("language", ["de", "nl", "fr", "it", "es"])
def test_the_services_progress_messages_in_the_language(compiled: Path, clinic_db: Path,
                                                        monkeypatch: pytest.MonkeyPatch, qapp: Any,
                                                        language: str) -> None:
    """Every message the services send while building the worklist and writing DXA results and
    letters is one the window knows, and it shows it in its language with local numbers."""
    from nmdbone_desktop.services.clinic import open_clinic
    from nmdbone_desktop.ui.progress_words import progress_words
    from nmdbone_desktop.ui.translation import install_language

    monkeypatch.setenv("NMDBONE_TRANSLATIONS", str(compiled))
    sent: list[str] = []
    with open_clinic(clinic_db) as clinic:
        clinic.overview(AS_OF, progress=lambda done, total, message: sent.append(message))
    assert sent and sent[-1].endswith("patients")
    sent += ["writing 12 DXA measurements for 3 patients", "assessing 1,234 patients", "Assessing P0001",
             "Writing letters"]  # services/dxa_import.py and letter_writing.py, as they word them
    try:
        assert install_language(language) == language
        for message in sent:
            words = progress_words(message)
            assert words != message, (language, message, words)
        from nmdbone_desktop.ui.vocabulary import local_count

        # the number as the language writes it: "1.234" (de, nl, it), "1 234" (fr), "1234" (es)
        assert local_count(1234) in progress_words("assessing 1,234 patients")
        assert "1,234" not in progress_words("assessing 1,234 patients")
        assert "P0001" in progress_words("Assessing P0001")
        assert progress_words("P0042") == "P0042"  # data (the export's patient ids) stays as it is
    finally:
        install_language("en")
    assert progress_words(sent[0]) == sent[0]  # English: the services' own words


def test_the_dxa_import_preview_says_its_refusals_in_the_language(
        compiled: Path, clinic_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    """Every refusal, reason and place the importers and the plan give for a file full of mistakes is
    one the window knows (a new wording fails here), and the preview says it in German."""
    from nmdbone_desktop.services.clinic import open_clinic
    from nmdbone_desktop.ui.import_notes import PROBLEMS, REASONS, import_problem, import_reason, import_where
    from nmdbone_desktop.ui.translation import install_language

    bad = tmp_path / "bad.csv"
    bad.write_text("Patient ID;Scan Date;Region;Side;BMD;T-Score\n"
                   ";01.02.2026;L1-L4;;0,850;-2,5\n"          # no patient id
                   "P0001;31.02.2026;L1-L4;;0,850;-2,5\n"     # not a calendar date
                   "P0001;2026-02-01;Total Hip;up;0,850;-2,5\n"  # side neither left nor right
                   "P0001;2026-02-01;L1-L4;;abc;-2,5\n"       # not a number
                   "P0001;2026-02-01;;;0,850;-2,5\n"          # no site
                   "P9999;2026-02-01;L1-L4;;0,850;-2,5\n"     # no such patient
                   "P0001;2030-02-01;L1-L4;;0,850;-2,5\n"     # in the future
                   "P0001;2026-03-01;L1-L4;;0,850;-2,5\nP0001;2026-03-01;L1-L4;;0,850;-2,5\n",  # the same twice
                   encoding="utf-8")
    empty = tmp_path / "empty.csv"
    empty.write_text("\n", encoding="utf-8")
    headless = tmp_path / "headless.csv"
    headless.write_text("Name;Comment\nx;y\n", encoding="utf-8")
    with open_clinic(clinic_db) as clinic:
        plan = clinic.plan_dxa_import([bad, empty, headless], as_of=AS_OF)
    problems = [p.message for p in plan.problems]
    reasons = [r.reason for r in plan.rows if r.reason]
    assert len(problems) >= 8 and len(reasons) >= 2, (problems, reasons)
    for message in problems:
        assert any(pattern.fullmatch(message) for pattern, _ in PROBLEMS), message
    for reason in reasons:
        assert any(pattern.fullmatch(reason) for pattern, _ in REASONS), reason
    monkeypatch.setenv("NMDBONE_TRANSLATIONS", str(compiled))
    try:
        assert install_language("de") == "de"
        german = [import_problem(m) for m in problems] + [import_reason(r) for r in reasons]
        assert all(g != e for g, e in zip(german, problems + reasons, strict=True)), german
        assert import_where("row 3") == "Zeile 3"
        assert import_reason("patient: no patient (no id) Muller, Anna born 1961-04-12 in the clinic") == \
            "patient: kein Patient (keine ID) Muller, Anna geb. 1961-04-12 in der Klinik"
    finally:
        install_language("en")
    assert import_problem(problems[0]) == problems[0]  # English: the importers' own words


def test_the_worklist_builds_progress_line_in_german(localized_window: Any, qtbot: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The build's count in the Worklist tab ("12 of 40 patients" from the services) in German."""
    import threading

    from nmdbone_desktop.services.clinic import Clinic

    release, original = threading.Event(), Clinic.overview

    def overview(self: Clinic, *args: Any, **kwargs: Any) -> Any:
        kwargs["progress"](12, 40, "12 of 40 patients")  # as services/assessments.py words it
        assert release.wait(60)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Clinic, "overview", overview)
    win = localized_window("de")
    win.show_worklist()
    view = win.worklist
    qtbot.waitUntil(lambda: view.building)
    try:
        qtbot.waitUntil(lambda: view.status.text() == "12 von 40 Patienten", timeout=20000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not view.building, timeout=120000)


def test_counts_use_the_language_s_grouping_and_the_pending_count_is_translated(localized_window: Any) -> None:
    """"20,000" reads as twenty in German; a partial result's "200+ of … patients match" was an
    English f-string outside the catalogue."""
    from nmdbone_desktop.ui.vocabulary import local_count

    win = localized_window("de")
    assert local_count(20000) == "20.000" and local_count(7) == "7"
    win.patient_list._show_pending(200, 20000)
    assert win.patient_list.count.text() == "200+ von 20.000 Patienten gefunden"
    win.patient_list._show_count(1234, 20000)
    assert win.patient_list.count.text() == "1.234 von 20.000 Patienten gefunden"
    win.patient_list._show_count(20000, 20000)
    assert win.patient_list.count.text() == "20.000 Patienten"


def test_counts_in_english_keep_their_commas(qapp: Any) -> None:
    from nmdbone_desktop.ui.vocabulary import local_count

    assert local_count(20000) == "20,000" and local_count(999) == "999"


def test_switching_the_clinic_keeps_the_status_bar_in_the_language(localized_window: Any, clinic_db: Path,
                                                                    tmp_path: Path) -> None:
    """After File → Open clinic server… the status bar said "Database: …" in English again and the
    panel "Opened …: choose a patient." (English f-strings outside the catalogue)."""
    import shutil

    from nmdbone_desktop.services.clinic import open_clinic

    win = localized_window("de")
    assert win.status_db.text().startswith("Datenbank: ")
    other = tmp_path / "other.sqlite"
    shutil.copy(clinic_db, other)
    cleared: list[str] = []
    win.controller.patientCleared.connect(cleared.append)
    win.file_commands.switch_clinic(open_clinic(other))
    assert win.status_db.text() == f"Datenbank: {other}"
    assert cleared == [f"{other} geöffnet: wählen Sie einen Patienten."]


def test_the_network_share_warning_and_the_import_result_are_in_the_language(
        localized_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: Any) -> None:
    """Two status bar messages the window showed in English whatever its language: the warning
    about a database on a network share, and what an import did."""
    import nmdbone_desktop.services.clinic as services_clinic
    from nmdbone_desktop.store import ImportResult

    monkeypatch.setattr(services_clinic, "network_kind", lambda path: "nfs4")
    win = localized_window("de")
    assert win.status_db.toolTip().startswith("Warnung: ") and "(nfs4)" in win.status_db.toolTip()
    assert "Netzwerk-Dateisystem" in win.status_db.toolTip()

    shown: list[str] = []
    monkeypatch.setattr(win.statusBar(), "showMessage", lambda text, *_: shown.append(text))
    result = ImportResult(path="/tmp/in", new_ids=tuple(f"N{i}" for i in range(1200)), updated_ids=("P0001",))
    win.file_commands.show_import_result(result)
    assert shown == ["1.201 Patienten importiert (1.200 neu, 1 aktualisiert, 0 unverändert) in /tmp/in"]


def test_a_refused_save_says_who_changed_what_and_when_in_the_language(localized_window: Any) -> None:
    """The no-lost-update refusal (issue 19) reached a German physician as the store's English."""
    from nmdbone_desktop.services.clinic import RevisionConflict
    from nmdbone_desktop.ui.store_words import conflict_message

    win = localized_window("de")
    assert win is not None
    changed = RevisionConflict("P0001", 3, 4, by="nurse.b", at="2026-12-03T12:55:09+00:00", records=("dxa[2]",))
    assert conflict_message(changed) == (
        "Nichts wurde gespeichert: nurse.b hat diesen Patienten (dxa[2]) am 03.12.2026 um 12:55 UTC geändert, "
        "nachdem Sie ihn geöffnet hatten. Laden Sie den Patienten neu und nehmen Sie die Änderung erneut vor.")
    deleted = RevisionConflict("P0001", 3, None, by="dr.a", at="2026-12-03T08:01:00+00:00")
    assert conflict_message(deleted) == (
        "Nichts wurde gespeichert: dr.a hat diesen Patienten am 03.12.2026 um 08:01 UTC gelöscht.")
    assert "Revision 3, jetzt 4" in conflict_message(RevisionConflict("P0001", 3, 4))

    from nmdbone_desktop.services.clinic import DatabaseBusy, StoreError
    from nmdbone_desktop.ui.store_words import store_error_message

    assert store_error_message(DatabaseBusy()) == (
        "Die Datenbank wird gerade von einem anderen Fenster oder Programm beschrieben; versuchen Sie es erneut.")
    assert store_error_message(changed) == conflict_message(changed)
    assert store_error_message(StoreError("cannot open /x/y.sqlite")) == "cannot open /x/y.sqlite"  # data, as it is


def test_a_refused_save_in_english_is_the_store_s_message(qapp: Any) -> None:
    from nmdbone_desktop.services.clinic import RevisionConflict
    from nmdbone_desktop.ui.store_words import conflict_message

    conflict = RevisionConflict("P0001", 3, 4, by="nurse.b", at="2026-12-03T12:55:09+00:00", records=("dxa[2]",))
    assert conflict_message(conflict) == str(conflict)
    assert "nurse.b changed dxa[2] on 2026-12-03 at 12:55 UTC" in conflict_message(conflict)
