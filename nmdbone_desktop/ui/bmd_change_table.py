"""Per DXA site: BMD change since the previous scan and since baseline, against the site's LSC.

What a DXA vendor's trend report prints under its graph: the change in % of BMD (g/cm²), each
set against the least significant change (the clinic's own, or RULES §7's default), the
significant ones marked and the mark explained right under the table. A comparison across
scanner manufacturers is not computed, and the cell says so.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..charts.bmd_change import BmdChange, SiteChanges
from ..charts.styles import SITE_ORDER, SITE_STYLES, site_label
from .translation import translate
from .vocabulary import display, local_date, local_number

SIGNIFICANT_MARK = "●"
LOSS_COLOUR = "#B00020"
GAIN_COLOUR = "#1B5E20"
#: Rows the table shows without scrolling (most patients have two or three sites).
VISIBLE_ROWS = 3
HEADERS = (QT_TRANSLATE_NOOP("BmdChangeTable", "Site"), QT_TRANSLATE_NOOP("BmdChangeTable", "Scans"),
           QT_TRANSLATE_NOOP("BmdChangeTable", "Since previous"), QT_TRANSLATE_NOOP("BmdChangeTable", "Since baseline"),
           QT_TRANSLATE_NOOP("BmdChangeTable", "LSC"))


def change_text(change: BmdChange | None, missing: str) -> tuple[str, str]:
    """Cell text and tooltip of one comparison."""
    if change is None:
        return missing, missing
    mark = f" {SIGNIFICANT_MARK}" if change.significant else ""
    percent = local_number(change.percent, 1, sign=True).replace("-", "−")
    text = f"{percent}%{mark}"
    tip = translate("BmdChangeTable", "BMD {start_bmd} → {end_bmd} g/cm², {start} → {end}: {percent}%").format(
        start_bmd=local_number(change.start_bmd, 3), end_bmd=local_number(change.end_bmd, 3),
        start=local_date(change.start), end=local_date(change.end), percent=percent)
    if change.annualised_percent is not None:
        tip += translate("BmdChangeTable", " ({percent}% a year)").format(
            percent=local_number(change.annualised_percent, 1, sign=True))
    lsc = local_number(change.lsc_percent)
    tip += "\n" + (translate("BmdChangeTable", "significant: at least the least significant change ({lsc}%)")
                   if change.significant else
                   translate("BmdChangeTable", "not significant: less than the least significant change ({lsc}%)")
                   ).format(lsc=lsc)
    return text, tip


class BmdChangeTable(QWidget):
    """The change table (``bmdChangeTable``) and its legend line (``bmdChangeLegend``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bmdChangePane")
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("bmdChangeTable")
        self.table.setAccessibleName(translate("BmdChangeTable", "BMD change per site"))
        self.table.setHorizontalHeaderLabels([translate("BmdChangeTable", h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # fits any width: no scroll bar
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(20)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.legend = QLabel(self)
        self.legend.setObjectName("bmdChangeLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #444; font-size: 8pt;")
        self.legend.setText(
            translate(
                "BmdChangeTable",
                "{mark} significant: the BMD change (% of g/cm²) is at least the site's least significant change (LSC). Baseline: first scan on the latest scan's manufacturer; scans on another manufacturer are not compared.",  # noqa: E501 (one message for the translators)
            ).format(mark=SIGNIFICANT_MARK)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(1)
        layout.addWidget(self.table)
        layout.addWidget(self.legend)
        self.rows: dict[str, SiteChanges] = {}
        self._height_set = False
        self.show_changes({})

    def show_changes(self, changes: Mapping[str, SiteChanges], lsc_source: Mapping[str, str] | None = None) -> None:
        """Refill (a handful of cells). The height never changes: a pane that grew or shrank with
        the number of sites would resize the chart canvas, and so redraw it, on a patient switch."""
        self.rows = {site: changes[site] for site in SITE_ORDER if site in changes}
        self.rows.update({s: c for s, c in changes.items() if s not in self.rows})
        table = self.table
        table.setRowCount(len(self.rows))
        bold = QFont(table.font())
        bold.setBold(True)
        for r, (site, change) in enumerate(self.rows.items()):
            notes = "; ".join(change.notes)
            first = change.baseline.date.year if change.baseline is not None else None
            span = (translate("BmdChangeTable", "{scans} since {year}").format(scans=change.scans, year=first)
                    if first and change.since_baseline else str(change.scans))
            previous_missing = translate("BmdChangeTable", "other scanner") if any(
                n.startswith("change since previous") for n in change.notes) else "—"
            prev_text, prev_tip = change_text(change.since_previous, previous_missing)
            if change.since_previous is None and notes:
                prev_tip = notes
            base_text, base_tip = change_text(change.since_baseline, "—")
            source = (lsc_source or {}).get(site, "")
            site_name = display("dxa_site", site) if site in SITE_STYLES else site_label(site)
            cells = [
                (site_name, notes or site_name, None),
                (span, translate("BmdChangeTable", "{scans} scans with a BMD").format(scans=change.scans), None),
                (prev_text, prev_tip, change.since_previous),
                (base_text, base_tip, change.since_baseline),
                ((translate("BmdChangeTable", "{lsc}% clinic") if source
                  else translate("BmdChangeTable", "{lsc}% default")).format(lsc=local_number(change.lsc_percent)),
                 translate("BmdChangeTable", "least significant change: the clinic value") if source
                 else translate("BmdChangeTable", "least significant change: RULES §7 default"), None),
            ]
            for c, (text, tip, cmp) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if c == 0 and site in SITE_STYLES:
                    item.setForeground(QBrush(QColor(SITE_STYLES[site].colour)))
                if cmp is not None and cmp.significant:
                    item.setFont(bold)
                    item.setForeground(QBrush(QColor(LOSS_COLOUR if cmp.percent < 0 else GAIN_COLOUR)))
                table.setItem(r, c, item)
        table.clearSpans()
        if not self.rows:
            table.setRowCount(1)
            table.setSpan(0, 0, 1, len(HEADERS))
            empty = QTableWidgetItem(translate("BmdChangeTable", "No BMD on record: no change to show"))
            empty.setForeground(QBrush(QColor("#707070")))
            table.setItem(0, 0, empty)
        if not self._height_set:
            height = table.horizontalHeader().sizeHint().height() + 20 * VISIBLE_ROWS + 2 * table.frameWidth()
            table.setFixedHeight(height)
            self._height_set = True

    def cell(self, site: str, column: str) -> str:
        """The text shown for a site in a column (tests)."""
        row = list(self.rows).index(site)
        item = self.table.item(row, HEADERS.index(column))
        return item.text() if item is not None else ""
