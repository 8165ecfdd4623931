"""Pause Python's cyclic garbage collector around bulk object building."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: A pause that ends with at least this many new objects alive (net of those freed) freezes
#: them when asked to (``results_stay``): a worklist of a large clinic, not a patient's worth.
FREEZE_AT_LEAST = 100_000


@contextmanager
def gc_paused(*, results_stay: bool = False) -> Iterator[None]:
    """Pause the cyclic collector while building many small objects that all stay alive.

    Loading thousands of documents or cached reports creates hundreds of thousands of dicts and
    pydantic models; the collector would re-scan them again and again (measured: validation 2.5×
    slower, 20,000 reports parse in 3.0 s instead of 1.2 s). Reference counting still frees
    everything as usual, and the previous state is restored.

    ``results_stay``: what the block builds is kept (the worklist on screen). A pause only defers
    the collector: its first run afterwards scans every object the block made, and the next full
    collection all of them again — about a million at 20,000 patients, measured as 0.8–1.5 s
    stalls of the window's event loop right after a worklist build (the collector holds the GIL,
    whichever thread runs it). So when at least :data:`FREEZE_AT_LEAST` new objects are alive at
    the end, they are frozen (``gc.freeze``) instead: never scanned, still freed by reference
    counting when the worklist is replaced. Everything else alive at that moment is frozen too (in
    the window, mostly what :func:`freeze_startup_objects` froze already). Measured at 20,000
    patients: after dropping the worklist, what stays frozen is what was alive before the build
    plus ≈ 5 objects a build. What freezing gives up: a reference cycle alive at that moment that
    dies later is never collected.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if results_stay and gc.get_count()[0] >= FREEZE_AT_LEAST:
                gc.freeze()
            gc.enable()


def freeze_startup_objects() -> None:
    """Move every object alive now out of the collector's reach (``gc.freeze``).

    Called once the window has opened and shown its first patient: the ≈ 110,000 objects made by
    then (Qt wrappers, matplotlib, the rules, the document models) live as long as the process.
    Without this, each full collection re-scans all of them — measured at up to 60 ms, landing in
    the middle of a keystroke or a patient switch. Reference counting still frees them as usual;
    only garbage *cycles* among them would stay, and they are created once. Once per process: a
    second window (tests build many) must not pin the first one's objects after it is closed.
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
