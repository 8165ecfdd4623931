"""The chart's place in the overview; the chart itself is built there once the window has painted.

Why: the chart needs matplotlib, and importing it (with numpy) is about half a second of the
window's start on the clinic's machines — as long as everything else before the first paint
together. Nothing in the first paint needs it: the chart has nothing to draw until a patient is
loaded, and the first patient is loaded only after the patient list has painted
(``MainWindow.eventFilter``). So the slot stands in the overview splitter from the start and the
chart is built into it on first use: right after the first paint (the window asks for it before
loading the first patient), or earlier when anything asks for :meth:`chart` (a test, a command).

Like :class:`.sealed_pane.SealedPane`, the slot has no layout: the chart is kept at the slot's own
size, so building it does not lay out the window again.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from .bmd_chart_widget import BmdChartWidget

#: The chart pane's size hints before it exists (its measured hints at 100 % scaling, English);
#: the splitter's sizes are set or restored before the first paint either way.
SIZE_HINT = QSize(700, 666)
MINIMUM_SIZE_HINT = QSize(472, 433)


class ChartSlot(QWidget):
    """Holds the place of the BMD chart (``bmdChartSlot``) and builds it on first use."""

    #: The chart, once built (the window connects its signals then).
    chartBuilt = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bmdChartSlot")
        self._chart: BmdChartWidget | None = None
        self._sites: list[str] | None = None

    @property
    def built(self) -> bool:
        return self._chart is not None

    def chart(self) -> BmdChartWidget:
        """The chart, built now if it is not yet (this imports matplotlib: see the module's docstring)."""
        if self._chart is None:
            from .bmd_chart_widget import BmdChartWidget

            chart = BmdChartWidget(self)
            chart.setGeometry(self.rect())
            if self._sites is not None:
                chart.set_selected_sites(self._sites)
            chart.show()
            self._chart = chart
            self.updateGeometry()  # its real size hints replace the estimates, once
            self.chartBuilt.emit(chart)
        return self._chart

    def set_selected_sites(self, sites: Collection[str]) -> None:
        """The sites to show: applied now if the chart is built, else when it is."""
        if self._chart is not None:
            self._chart.set_selected_sites(sites)
        else:
            self._sites = list(sites)

    def selected_sites(self) -> list[str] | None:
        """The sites shown; None while the chart is not built and no choice was restored."""
        return self._chart.selected_sites() if self._chart is not None else self._sites

    def resizeEvent(self, event: Any) -> None:
        if self._chart is not None:
            self._chart.setGeometry(self.rect())
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return self._chart.sizeHint() if self._chart is not None else SIZE_HINT

    def minimumSizeHint(self) -> QSize:
        return self._chart.minimumSizeHint() if self._chart is not None else MINIMUM_SIZE_HINT
