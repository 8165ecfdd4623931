"""Worker: ``letter_s`` (one referral letter with its BMD chart) against ``bare_letter_s``.

The application's letter is ``nmdbone_desktop.letters.render_letter`` for a stored patient with
BMD values (so the chart is drawn), written to memory; the assessment it needs is computed
before the clock starts. The bare letter is :mod:`bare_letter`. Each is warmed up once (imports,
fonts, the first matplotlib figure: reported as ``*_first_s`` extras), then both run alternately
(A B A B …) so the machine's drift affects both alike; the figures are medians. The bare letter
is measured even when the application's letters are not there yet.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bare_letter import bare_letter
from harness import Missing, Result, emit, median, require, summary

LetterFn = Callable[[int], int]  # i-th letter → PDF size in bytes


def chart_patients(db: Path, as_of: date, count: int) -> list[tuple[Any, dict[str, Any]]]:
    """Up to ``count`` patients with the most BMD values among a spread sample, with their reports."""
    store_cls = require("nmdbone_desktop.store:ClinicStore")
    assess = require("nmdbone_desktop.core.assessment:assess")
    with store_cls(db, user="bench") as store:
        ids = store.patient_ids()
        docs = list(store.iter_documents(ids[:: max(1, len(ids) // 400)]))
    with_bmd = [d for d in docs if sum(m.bmd_g_cm2 is not None for m in d.dxa) >= 2]
    with_bmd.sort(key=lambda d: -sum(m.bmd_g_cm2 is not None for m in d.dxa))
    chosen = with_bmd[:: max(1, len(with_bmd) // count)][:count]
    if not chosen:
        raise RuntimeError("no patient with two or more BMD values in the clinic: no chart to draw")
    return [(doc, assess(doc, as_of)) for doc in chosen]


def prepare(db: Path | None, as_of: date, extras: dict[str, Any]) -> LetterFn:
    """The application's referral letter, ready to run for the i-th chosen patient."""
    render_letter = require("nmdbone_desktop.letters:render_letter")
    options_cls = require("nmdbone_desktop.letters:LetterOptions")
    draw_function = require("nmdbone_desktop.letters.chart:draw_function")
    if draw_function() is None:
        raise Missing("nmdbone_desktop.charts.trajectory:draw_trajectory", "letters would print without a chart")
    if db is None:
        raise RuntimeError("no clinic database (see the clinic's reason)")
    patients = chart_patients(db, as_of, 5)
    extras["patients"] = [doc.id for doc, _ in patients]
    options = options_cls(kind="referral", as_of=as_of)

    def app_letter(i: int) -> int:
        doc, report = patients[i % len(patients)]
        buffer = io.BytesIO()
        render_letter(doc, report, options, None, buffer)
        return len(buffer.getvalue())

    return app_letter


def bare(_: int) -> int:
    buffer = io.BytesIO()
    bare_letter(buffer)
    return len(buffer.getvalue())


def _timed(fn: LetterFn, i: int) -> tuple[float, int]:
    start = time.perf_counter()
    size = fn(i)
    return time.perf_counter() - start, size


def race(contenders: dict[str, LetterFn], repeats: int, extras: dict[str, Any]) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for name, fn in contenders.items():  # the first of each pays imports, fonts and the first figure
        first, size = _timed(fn, 0)
        extras[f"{name}_first_s"] = round(first, 3)
        extras[f"{name}_kb"] = round(size / 1024, 1)
    for i in range(repeats):
        for name, fn in contenders.items():
            times[name].append(_timed(fn, i)[0])
    figures = {}
    for name, sample in times.items():
        extras[f"{name}_s"] = summary(sample, 4)
        figures[f"{name}_s"] = median(sample)
    if "letter_s" in figures:
        figures["letter_ratio"] = figures["letter_s"] / figures["bare_letter_s"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    result = Result()
    extras: dict[str, Any] = {}
    result.extras["letter"] = extras
    contenders: dict[str, LetterFn] = {}

    def setup() -> dict[str, float]:
        contenders["letter"] = prepare(args.db, args.as_of, extras)
        return {}

    result.measure(["letter_s", "letter_ratio"], setup)
    contenders["bare_letter"] = bare
    app_names = ["letter_s", "letter_ratio"] if "letter" in contenders else []
    result.measure([*app_names, "bare_letter_s"], lambda: race(contenders, args.repeats, extras))
    emit(result)


if __name__ == "__main__":
    main()
