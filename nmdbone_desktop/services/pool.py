"""Run scan chunks on the calling thread or, for large jobs, on worker processes.

Why processes: assessing 20,000 patients is pure-Python CPU work (about 0.5 ms a patient, plus
0.2 ms to load the document); threads cannot share it out under the GIL. Spawned processes (never
forked: the window has threads, and fork would copy their locks) each open their own read
connection and write their own cache rows; the parent only collects small results.

Processes are used only when they pay off: enough patients (:data:`PARALLEL_MIN`), more than one
CPU, and not inside a frozen (PyInstaller) build, where spawning re-runs the executable unless its
entry point calls ``multiprocessing.freeze_support()`` — there we stay on one thread.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from ..store import ClinicStore
from .scan import ChunkJob, ChunkOutcome, run_chunk, run_chunk_in_process

PARALLEL_MIN = 2000  # below this, starting processes (~0.4 s) costs more than it saves
MAX_WORKERS = 4
POLL_S = 0.2  # how often a waiting parent looks at the cancel flag


def default_workers(patients: int) -> int:
    """How many processes to use for a scan of ``patients`` (1 = the calling thread).

    ``NMDBONE_WORKERS`` overrides the choice (benchmarks; a frozen build tested with processes).
    """
    forced = os.environ.get("NMDBONE_WORKERS", "").strip()
    if forced.isdigit() and int(forced) > 0:
        return int(forced)
    cpus = os.cpu_count() or 1
    if patients < PARALLEL_MIN or cpus < 2 or getattr(sys, "frozen", False):
        return 1
    return min(cpus, MAX_WORKERS)


def run_jobs(jobs: Sequence[ChunkJob], store: ClinicStore, workers: int,
             on_outcome: Callable[[ChunkJob, ChunkOutcome], None], cancelled: Callable[[], bool]) -> bool:
    """Run every job, handing each outcome to ``on_outcome`` on the calling thread.

    Returns False when stopped by ``cancelled`` (outcomes already handed over stay valid: each
    chunk's cache rows are one complete transaction). A failure in any chunk is raised here.
    """
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            if cancelled():
                return False
            on_outcome(job, run_chunk(job, store))
        return True
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=context)
    try:
        pending: dict[Future[ChunkOutcome], ChunkJob] = {
            executor.submit(run_chunk_in_process, job): job for job in jobs
        }
        while pending:
            if cancelled():
                return False
            done, _ = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
            for future in done:
                on_outcome(pending.pop(future), future.result())
        return True
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
