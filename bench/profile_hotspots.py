"""Where the time goes, for a metric that misses its target (pyinstrument, already in ``.venv``).

    .venv/bin/python bench/profile_hotspots.py WHAT --db CLINIC.sqlite [--flat] [--as-of DATE]

WHAT is ``window`` (imports + build + show + first paint, in-process), ``switch`` (100 patient
switches), ``search`` (typing names), ``assess``, ``letter``, ``worklist`` or ``import`` (needs
``--export DIR``). Prints pyinstrument's call tree with each frame's share of the total, then
the functions with the most self time. The clinic is copied first, so the cache is never touched.
"""

from __future__ import annotations

import time

STARTED = time.time()

import argparse  # noqa: E402 - the window profile starts with the imports
import os  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from pyinstrument import Profiler  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def profile_window(db: Path, tmp: Path, profiler: Profiler) -> None:
    profiler.start()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QAbstractItemView
    from qt_probe import PaintWatcher, build_window, find, make_application

    make_application(real=True)
    window = build_window(db, tmp)
    view = find(window, QAbstractItemView, "patientList")
    PaintWatcher(view.viewport(), lambda: QCoreApplication.exit(0))
    window.show()
    QCoreApplication.instance().exec()
    profiler.stop()
    print(f"first paint {time.time() - STARTED:.3f} s after the script started")


def profile_interaction(kind: str, db: Path, tmp: Path, profiler: Profiler) -> None:
    from window_interact import open_window, patient_switches, search_keystrokes

    window, view, _ = open_window(db, tmp, 300)
    extras: dict[str, Any] = {}
    profiler.start()
    if kind == "switch":
        figures = patient_switches(window, view, 100, extras)
    else:
        figures = search_keystrokes(window, view, 6, extras)
    profiler.stop()
    print(figures, {k: v for k, v in extras.items() if k.endswith("_ms")})


def profile_call(fn: Callable[[], Any], profiler: Profiler) -> None:
    profiler.start()
    fn()
    profiler.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("window", "switch", "search", "assess", "letter", "worklist", "import"))
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--export", type=Path)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--interval", type=float, default=0.0005)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    profiler = Profiler(interval=args.interval)
    from clinic import copy_db

    with tempfile.TemporaryDirectory(prefix="nmdbone-profile-") as tmp_name:
        tmp = Path(tmp_name)
        work = tmp / "clinic.sqlite"
        copy_db(args.db, work)
        if args.what == "window":
            profile_window(work, tmp, profiler)
        elif args.what in ("switch", "search"):
            profile_interaction(args.what, work, tmp, profiler)
        else:
            profile_call(_workload(args, work, tmp), profiler)
    print(profiler.output_text(unicode=True, time="percent_of_total", short_mode=False))
    print(f"--- top {args.top} functions by self time ---")
    flat = profiler.output_text(unicode=True, time="percent_of_total", flat=True)
    # pyinstrument's flat "[self]  file.py" lines lump unattributed time together: misleading, left out
    print("\n".join([line for line in flat.splitlines() if "[self]" not in line][: args.top + 8]))
    os._exit(0)


def _workload(args: argparse.Namespace, work: Path, tmp: Path) -> Callable[[], Any]:
    from harness import require

    if args.what == "assess":
        from core_bench import load_sample

        assess = require("nmdbone_desktop.core.assessment:assess")
        docs = load_sample(work, 2000)
        return lambda: [assess(doc, args.as_of) for doc in docs]
    if args.what == "letter":
        from letter_bench import prepare

        letter = prepare(work, args.as_of, {})
        letter(0)
        return lambda: [letter(i) for i in range(20)]
    if args.what == "worklist":  # on this thread (workers=1 when offered): worker processes are invisible here
        import inspect

        from store_bench import empty_cache

        worklist = require("nmdbone_desktop.services:worklist")
        store = require("nmdbone_desktop.store:ClinicStore")(work, user="bench")
        empty_cache(work)
        one = {"workers": 1} if "workers" in inspect.signature(worklist).parameters else {}
        return lambda: worklist(store, args.as_of, **one)
    if args.what == "import":
        from store_bench import import_runs

        if args.export is None:
            raise SystemExit("import needs --export DIR (bench/.cache/clinic-…-export)")
        return lambda: import_runs(args.export, args.as_of, 1, tmp, {})
    raise SystemExit(f"unknown workload {args.what}")


if __name__ == "__main__":
    main()
