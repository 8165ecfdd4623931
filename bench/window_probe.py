"""One window start, timed from process start to the first paint of the patient list's viewport.

``--mode app``: ``nmdbone_desktop.app.build_main_window(db)`` (its objectName ``patientList``);
``--mode bare``: a bare ``QMainWindow`` with a ``QTableView`` and an empty matplotlib
``FigureCanvasQTAgg`` (baseline.md's ``bare_window.py`` plus the chart canvas). A Paint event
filter on the viewport queues a zero timer; when it fires the paint is complete and the elapsed
time since ``--t0`` (the parent's ``time.time()`` just before it started this process) is taken.

After that the process waits for the list to have rows and for background work to finish
("the clinic is open"), then reads its peak RSS (``ru_maxrss``) and prints one JSON line.
"""

from __future__ import annotations

import time

SCRIPT_START = time.time()

import argparse  # noqa: E402 - the clock starts first
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402


def bare_window() -> tuple[Any, Any]:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView

    window = QMainWindow()
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    table = QTableView(splitter)
    table.setModel(QStandardItemModel(0, 7, table))
    canvas = FigureCanvasQTAgg(Figure(figsize=(7, 4.6), dpi=100))
    splitter.addWidget(table)
    splitter.addWidget(canvas)
    window.setCentralWidget(splitter)
    window.resize(1360, 860)
    return window, table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mode", choices=("app", "bare"), required=True)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--t0", type=float, required=True, help="parent's time.time() before starting us")
    parser.add_argument("--settings-dir", type=Path, required=True)
    parser.add_argument("--settle-timeout", type=float, default=60.0)
    args = parser.parse_args()
    out: dict[str, Any] = {"mode": args.mode, "script_start_s": SCRIPT_START - args.t0}

    t = time.time()
    from harness import Missing, peak_rss_mb
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QAbstractItemView
    from qt_probe import PaintWatcher, build_window, find, make_application, settle, wait_until

    out["import_qt_s"] = time.time() - t
    try:
        app = make_application(real=args.mode == "app")
        out["qapplication_s"] = time.time() - t - out["import_qt_s"]
        if args.mode == "app":
            window = build_window(args.db, args.settings_dir)
            view = find(window, QAbstractItemView, "patientList")
        else:
            window, view = bare_window()
    except Missing as missing:
        print(json.dumps({**out, "missing": missing.what, "detail": str(missing)}))
        sys.stdout.flush()
        os._exit(0)
    out["import_and_build_s"] = time.time() - t
    out["build_window_s"] = out["import_and_build_s"] - out["import_qt_s"] - out["qapplication_s"]
    model = view.model()

    def first_paint() -> None:
        out["first_paint_s"] = time.time() - args.t0
        out["first_paint_cpu_s"] = time.process_time()  # this process's CPU time so far: steadier under load
        out["rows_at_first_paint"] = model.rowCount() if model is not None else 0
        controller = getattr(window, "controller", None)  # not contract: a clue, when it is there
        out["patient_shown_at_first_paint"] = getattr(controller, "doc", None) is not None
        QCoreApplication.exit(0)

    watcher = PaintWatcher(view.viewport(), first_paint)
    shown = time.time()
    window.show()
    app.exec()
    out["show_to_paint_s"] = time.time() - shown
    out["paints"] = watcher.count
    if args.mode == "app":
        out["rows_seen"] = wait_until(lambda: model.rowCount() > 0, args.settle_timeout)
        out["settled"] = settle(args.settle_timeout)
        out["rows"] = model.rowCount()
        out["open_s"] = time.time() - args.t0
    out["rss_mb"] = peak_rss_mb()
    print(json.dumps(out))
    sys.stdout.flush()
    os._exit(0)  # the figures are taken; skip Qt's teardown


if __name__ == "__main__":
    main()
