"""Worker: the rules core on one core — ``assessments_per_s`` and ``qfracture_per_s``.

Documents are loaded from the store first; only ``assess(doc, as_of)`` is timed. The sample is
spread evenly over the clinic (every k-th patient) so that it has the clinic's mix of children,
adults, treated and untreated patients.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from datetime import date
from pathlib import Path
from typing import Any

from harness import Result, emit, median, require, summary

QFRACTURE_FLAGS = (
    "antidepressant", "any_cancer", "asthma_copd", "care_home", "corticosteroids", "cardiovascular_disease",
    "dementia", "endocrine_disorder", "epilepsy_or_anticonvulsants", "falls", "prior_fracture",
    "hrt_oestrogen_only", "chronic_liver_disease", "malabsorption", "parkinsons", "ra_or_sle",
    "chronic_kidney_disease", "type1_diabetes", "type2_diabetes", "parental_osteoporosis",
)


def load_sample(db: Path, limit: int) -> list[Any]:
    store_cls = require("nmdbone_desktop.store:ClinicStore")
    with store_cls(db, user="bench") as store:
        ids = store.patient_ids()
        step = max(1, len(ids) // limit) if limit else 1
        return list(store.iter_documents(ids[::step][:limit] if limit else ids))


def assessments(db: Path, as_of: date, limit: int, repeats: int, extras: dict[str, Any]) -> dict[str, float]:
    assess = require("nmdbone_desktop.core.assessment:assess")
    started = time.perf_counter()
    docs = load_sample(db, limit)
    extras["assess_load_s"] = round(time.perf_counter() - started, 3)
    if not docs:
        raise RuntimeError("the clinic has no patients")
    for doc in docs[:20]:  # warm caches (lru caches, first-call imports)
        assess(doc, as_of)
    rates, cpu_rates = [], []
    for _ in range(repeats):
        times = []
        gc.collect()
        c0 = time.process_time()
        for doc in docs:
            t0 = time.perf_counter()
            assess(doc, as_of)
            times.append(time.perf_counter() - t0)
        cpu_rates.append(len(docs) / (time.process_time() - c0))
        rates.append(len(docs) / sum(times))
    extras["assess"] = {"patients": len(docs), "repeats": repeats, "per_s": summary(rates, 1),
                        "per_cpu_s": summary(cpu_rates, 1),
                        "per_patient_ms": summary([t * 1000 for t in times], 3)}
    return {"assessments_per_s": median(rates)}


def qfracture_inputs(count: int) -> list[Any]:
    input_cls = require("nmdbone_desktop.core.qfracture:QFractureInput")
    rng = random.Random(8)
    inputs = []
    for _ in range(count):
        flags = frozenset(f for f in QFRACTURE_FLAGS if rng.random() < 0.12)
        inputs.append(input_cls(sex=rng.choice(("female", "male")), age=rng.randint(30, 99),
                                bmi=round(rng.uniform(20, 40), 1), ethnicity=rng.randint(1, 9),
                                smoking=rng.randint(0, 4), alcohol=rng.randint(0, 5), years=10, flags=flags))
    return inputs


def qfracture_rate(count: int, repeats: int, extras: dict[str, Any]) -> dict[str, float]:
    qfracture = require("nmdbone_desktop.core.qfracture:qfracture")
    inputs = qfracture_inputs(count)
    for inp in inputs[:100]:
        qfracture(inp)
    rates = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for inp in inputs:
            qfracture(inp)
        rates.append(count / (time.perf_counter() - t0))
    extras["qfracture"] = {"inputs": count, "repeats": repeats, "per_s": summary(rates, 0)}
    return {"qfracture_per_s": median(rates)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--limit", type=int, default=4000, help="patients assessed per pass")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--qfracture-inputs", type=int, default=20000)
    args = parser.parse_args()
    result = Result()
    result.measure(["qfracture_per_s"], lambda: qfracture_rate(args.qfracture_inputs, max(3, args.repeats),
                                                               result.extras))
    if args.db is not None:
        result.measure(["assessments_per_s"],
                       lambda: assessments(args.db, args.as_of, args.limit, args.repeats, result.extras))
    emit(result)


if __name__ == "__main__":
    main()
