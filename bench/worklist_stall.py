"""Probe: does the window stay responsive while and after the worklist is built?

    cd bench && QT_QPA_PLATFORM=offscreen PYTHONPATH=.. python worklist_stall.py --db CLINIC.sqlite [--rounds 2]

The window opens a copy of the clinic (its assessment cache as it is: a cache of today makes the
build a warm one), a 5 ms timer ticks on its event loop, and the Worklist tab's overview is built
``--rounds`` times (the first one whole, the next ones on the previous). For each build: its wall
time to ``overview_ready``, and the longest gaps between ticks from its start until 4 s after it
— the moments the window could not answer a click or a key. Prints one JSON line per build.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from clinic import copy_db
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from window_interact import open_window

    tmp = Path(tempfile.mkdtemp(prefix="nmdbone-stall-"))
    work = tmp / "clinic.sqlite"
    copy_db(Path(args.db), work)
    window, _view, _info = open_window(work, tmp, 300)
    app = QApplication.instance()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    for build in range(args.rounds):
        worklist = window.worklist_letters.ensure_worklist()
        done: list[float] = []
        worklist.overview_ready.connect(lambda _o, done=done: done.append(time.perf_counter()))
        gaps.clear()
        started = last[0] = time.perf_counter()
        if worklist.refresh() is None and not worklist.building:  # (the first show already builds)
            raise RuntimeError("the worklist would not build")
        deadline = started + 600
        while not done and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        if not done:
            raise RuntimeError(f"no worklist after 600 s: {worklist.status.text()}")
        settle = time.perf_counter() + 4
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.001)
        worst = sorted(gaps, reverse=True)[:4]
        print(json.dumps({"build": build, "build_s": round(done[0] - started, 2),
                          "longest_stalls_ms": [round(g) for g in worst],
                          "load_1min": os.getloadavg()[0]}), flush=True)
        worklist.overview_ready.disconnect()
    os._exit(0)  # the window's worker processes and threads end with the process


if __name__ == "__main__":
    main()
