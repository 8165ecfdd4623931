"""Worker: ``patient_switch_p95_ms`` and ``search_keystroke_p95_ms``, in-process with the window.

The window opens a working copy of the clinic offscreen; once its list has rows and background
work is done:

* patient switch — 100 different patients, spread over the first rows of the list, are selected
  through the ``patientList`` selection model. One switch ends when the selection handler has
  returned, the window's "patient shown" signal (if it has one) has fired, and the pending events
  (matplotlib's ``draw_idle`` timer and the paints it posts) are processed. Paints of ``bmdChart``
  are counted to check that every switch really redrew the chart.
* search keystroke — names of listed patients ("family given") are typed into ``patientSearch``
  one key at a time (real key events); one keystroke ends when the list model has signalled an
  update (reset, layout change, rows) and the pending events, the list's repaint included, are done.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from clinic import copy_db
from harness import Result, emit, percentile, summary
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget
from qt_probe import PaintWatcher, build_window, find, flush, make_application, settle, wait_until

SHOWN_SIGNALS = ("patientViewUpdated", "patientUpdated", "patientDisplayed", "patientShown")
#: countChanged too: a keystroke that leaves the shown rows as they were changes no row (no reset),
#: and the model only confirms the count.
MODEL_SIGNALS = ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved", "countChanged", "countPending")


class DrawTimer:
    """Times the chart canvas's ``draw()`` (the Agg render ``draw_idle`` ends in) by wrapping it."""

    def __init__(self, canvas: Any) -> None:
        self.total = 0.0
        self.calls = 0
        self._draw = canvas.draw

        def timed_draw(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return self._draw(*args, **kwargs)
            finally:
                self.total += time.perf_counter() - t0
                self.calls += 1

        canvas.draw = timed_draw


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self, *_args: Any) -> None:
        self.n += 1


def shown_signal(window: QObject) -> tuple[str, Any] | None:
    """The window's "patient view updated" signal, on the window or its controller, if any."""
    for owner_name, owner in (("window", window), ("controller", getattr(window, "controller", None))):
        for name in SHOWN_SIGNALS:
            signal = getattr(owner, name, None) if owner is not None else None
            if signal is not None and hasattr(signal, "connect") and hasattr(signal, "emit"):
                return f"{owner_name}.{name}", signal
    return None


def open_window(db: Path, tmp: Path, timeout_s: float) -> tuple[Any, QAbstractItemView, dict[str, Any]]:
    make_application(real=True)
    window = build_window(db, tmp)
    view = find(window, QAbstractItemView, "patientList")
    t0 = time.perf_counter()
    window.show()
    rows = wait_until(lambda: view.model().rowCount() > 0, timeout_s)
    settled = settle(timeout_s)
    return window, view, {"open_s": round(time.perf_counter() - t0, 3), "rows": rows, "settled": settled}


def patient_switches(window: Any, view: QAbstractItemView, count: int, extras: dict[str, Any]) -> dict[str, float]:
    model, selection = view.model(), view.selectionModel()
    while model.rowCount() < 5 * count and model.canFetchMore():
        model.fetchMore()
    total = model.rowCount()
    current = view.currentIndex().row()
    candidates = [r for r in range(total) if r != current]
    step = max(1, len(candidates) // (count + 3))
    rows = candidates[::step][: count + 3]
    chart = window.findChild(QWidget, "bmdChart")
    chart_paints = PaintWatcher(chart) if chart is not None else None
    drawing = DrawTimer(chart) if chart is not None and hasattr(chart, "draw") else None
    shown = shown_signal(window)
    counter = Counter()
    if shown is not None:
        shown[1].connect(counter)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    times, cpu, draws, unredrawn, unsignalled = [], [], [], 0, 0
    for i, row in enumerate(rows):
        before_paints, before_shown = (chart_paints.count if chart_paints else 0), counter.n
        before_draw = drawing.total if drawing else 0.0
        c0, t0 = time.process_time(), time.perf_counter()
        selection.setCurrentIndex(model.index(row, 0), flags)
        if shown is not None and not wait_until(lambda n=before_shown: counter.n > n, 5.0, step_ms=1):
            unsignalled += 1
        flush()
        elapsed, cpu_s = time.perf_counter() - t0, time.process_time() - c0
        if i < 3:  # warm-up: first-use imports and caches
            extras[f"switch_warmup_{i}_ms"] = round(elapsed * 1000, 2)
            continue
        times.append(elapsed * 1000)
        cpu.append(cpu_s * 1000)
        draws.append(((drawing.total if drawing else 0.0) - before_draw) * 1000)
        if chart_paints is not None and chart_paints.count == before_paints:
            unredrawn += 1
    extras["patient_switch_ms"] = summary(times, 2)
    extras["patient_switch_cpu_ms"] = summary(cpu, 2)
    if drawing is not None:
        extras["patient_switch_chart_draw_ms"] = summary(draws, 2)
        extras["patient_switch_chart_draw_share"] = round(sum(draws) / sum(times), 3)
    extras["patient_switch_signal"] = shown[0] if shown else None
    extras["patient_switch_without_signal"] = unsignalled
    extras["patient_switch_without_chart_paint"] = unredrawn if chart_paints is not None else "no bmdChart"
    extras["patient_switch_rows_loaded"] = total
    return {"patient_switch_p95_ms": percentile(times, 95)}


def type_key(widget: QWidget, ch: str) -> None:
    """A real key press and release carrying ``ch`` (QTest.keyClick mangles non-ASCII text)."""
    key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.strip() else (
        Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def names_to_type(view: QAbstractItemView, count: int) -> list[str]:
    model = view.model()
    total = model.rowCount()
    names = []
    for row in range(0, total, max(1, total // count))[:count]:
        shown = str(model.data(model.index(row, 0)) or "")
        family, _, given = shown.partition(", ")
        names.append(f"{family} {given}".strip())
    return [n for n in names if n]


def search_keystrokes(window: Any, view: QAbstractItemView, count: int, extras: dict[str, Any]) -> dict[str, float]:
    search = find(window, QLineEdit, "patientSearch")
    model = view.model()
    updates = Counter()
    for name in MODEL_SIGNALS:
        getattr(model, name).connect(updates)
    names = names_to_type(view, count)
    times, cpu, by_position, no_update, matches = [], [], {}, 0, []
    for name in names:
        search.clear()
        search.setFocus()
        flush()  # the reset list and the focus change are painted before the clock starts
        for position, ch in enumerate(name):
            before = updates.n
            c0, t0 = time.process_time(), time.perf_counter()
            type_key(search, ch)
            if not wait_until(lambda n=before: updates.n > n, 2.0, step_ms=1):
                no_update += 1
            flush()
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
            by_position.setdefault(min(position, 3), []).append(times[-1])
        matches.append(model.rowCount())
    if search.text() != names[-1]:
        raise RuntimeError(f"typed {names[-1]!r} but the search box holds {search.text()!r}")
    search.clear()
    flush()
    extras["search_keystroke_ms"] = summary(times, 2)
    extras["search_keystroke_cpu_ms"] = summary(cpu, 2)
    extras["search_keystroke_ms_by_key"] = {("1st", "2nd", "3rd", "4th+")[k]: summary(v, 2)
                                            for k, v in sorted(by_position.items())}
    extras["search_names"] = names
    extras["search_rows_after_full_name"] = matches
    extras["search_keystrokes_without_model_update"] = no_update
    return {"search_keystroke_p95_ms": percentile(times, 95)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="the clinic (copied first), or a clinic server's URL (used as is)")
    parser.add_argument("--switches", type=int, default=100)
    parser.add_argument("--names", type=int, default=6)
    parser.add_argument("--timeout", type=float, default=300.0)
    args = parser.parse_args()
    result = Result()
    with tempfile.TemporaryDirectory(prefix="nmdbone-interact-") as tmp_name:
        tmp = Path(tmp_name)
        work: Path | str = args.db  # a server database (server_bench.py made it for this run)
        if not args.db.startswith(("postgresql://", "postgres://")):
            work = tmp / "clinic.sqlite"
            copy_db(Path(args.db), work)
        opened: dict[str, Any] = {}

        def start() -> dict[str, float]:
            window, view, info = open_window(work, tmp, args.timeout)
            opened.update(window=window, view=view)
            result.extras["interact_window"] = info
            return {}

        names = ["patient_switch_p95_ms", "search_keystroke_p95_ms"]
        result.measure(names, start)
        if opened:
            window, view = opened["window"], opened["view"]
            result.measure(names[:1], lambda: patient_switches(window, view, args.switches, result.extras))
            result.measure(names[1:], lambda: search_keystrokes(window, view, args.names, result.extras))
    emit(result)
    os._exit(0)  # the figures are out; skip Qt's teardown


if __name__ == "__main__":
    main()
