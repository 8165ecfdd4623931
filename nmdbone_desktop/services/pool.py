"""Run scan chunks on the calling thread or, for large jobs, on worker processes.

Why processes: assessing 20,000 patients is pure-Python CPU work (about 0.4 ms a patient, plus
0.4 ms to load the document); threads cannot share it out under the GIL. Each worker opens the
clinic once, by its location and the signed-in session (:func:`.scan.worker_clinic`), and writes
its own cache rows; the parent only collects small results.

How workers start: never by a plain fork (the window has threads, and fork would copy their
locks). Where the platform has it (Linux, macOS), a *fork server* is used: one helper process,
started on the first scan, imports the rules core, the document model and the store once
(:data:`PRELOAD`) and then forks each worker from itself — a single-threaded process with no
connection open, so the fork is safe, and a worker is ready in milliseconds instead of the
≈ 0.7 s of CPU a spawned interpreter needs to import all that (×2 workers, on a 2-core machine
that is ≈ 0.7 s of wall time per scan). The fork server lives as long as the process that
started it and ends with it. Elsewhere (Windows) workers are spawned.

Every pool is shut down before :func:`run_jobs` returns — finished, cancelled or failed — so no
worker process outlives the scan that started it. And a worker ends by itself when the process
that started the scan dies without shutting it down (killed, a test run's timeout): an idle
``ProcessPoolExecutor`` worker would otherwise wait for work forever — it holds its own copy of
the queue's writing end, so it never sees the end of the queue — and such orphans piled up on the
test machine. :func:`watch_parent` runs in every worker for that.

Processes are used only when they pay off: enough patients (:data:`PARALLEL_MIN`) and more than
one CPU. The PyInstaller bundle uses them too: its entry point (``__main__.run``) calls
``multiprocessing.freeze_support()`` first, which lets PyInstaller's run-time hook turn the fork
server's (or a spawned worker's) re-run of the executable into that helper instead of a second
application; ``scripts/check_bundle.sh`` runs a parallel worklist in the bundle to prove it.

Workers run at a lower scheduling priority (:data:`WORKER_NICENESS`) than the window: a scan in
the background takes the CPUs the window leaves idle, not the ones it needs to answer a click.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing.connection import wait as wait_ready
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING

from .scan import ChunkJob, ChunkOutcome, run_chunk, run_chunk_in_process

if TYPE_CHECKING:
    from .ports import ClinicStorePort

PARALLEL_MIN = 2000  # below this, starting processes costs more than it saves
MAX_WORKERS = 4
POLL_S = 0.2  # how often a waiting parent looks at the cancel flag
#: What the fork server imports once for all its workers (the chunk's code and what it reads).
#: Added to a worker's niceness (POSIX): the window's own process keeps the upper hand.
WORKER_NICENESS = 5
PRELOAD = ["nmdbone_desktop.services.pool", "nmdbone_desktop.services.clinic", "nmdbone_desktop.store.bulk"]


def default_workers(patients: int) -> int:
    """How many processes to use for a scan of ``patients`` (1 = the calling thread).

    ``NMDBONE_WORKERS`` overrides the choice (benchmarks; a frozen build tested with processes).
    """
    forced = os.environ.get("NMDBONE_WORKERS", "").strip()
    if forced.isdigit() and int(forced) > 0:
        return int(forced)
    cpus = os.cpu_count() or 1
    if patients < PARALLEL_MIN or cpus < 2:
        return 1
    return min(cpus, MAX_WORKERS)


def worker_context() -> BaseContext:
    """The fork server where there is one (see the module's docstring), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)  # read when the server starts; harmless later
        return context
    return multiprocessing.get_context("spawn")


def start_worker() -> None:
    """Initialiser of every worker process: lower its priority, then watch its parent."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):  # not allowed here: run at the normal priority
            os.nice(WORKER_NICENESS)
    watch_parent()


def watch_parent() -> None:
    """In a worker process: exit as soon as the process that started the pool is gone.

    ``parent_process().sentinel`` becomes ready when that process ends (spawned workers: their
    parent; fork-server workers: the process the server serves, not the server)."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def wait_then_exit() -> None:
        wait_ready([parent.sentinel])
        os._exit(1)

    threading.Thread(target=wait_then_exit, name="watch-parent", daemon=True).start()


def new_executor(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes at a lower priority that watch their parent (:func:`start_worker`)."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=worker_context(), initializer=start_worker)


def run_jobs(jobs: Sequence[ChunkJob], store: ClinicStorePort, workers: int,
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
    executor = new_executor(min(workers, len(jobs)))
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
        # waits for the chunks already running (≤ one per worker), drops the rest, and joins every
        # worker process: none is left behind, whatever ended the scan
        executor.shutdown(wait=True, cancel_futures=True)
