"""The collector pause around bulk builds (nmdbone_desktop/gcpause.py).

A worklist of a large clinic is about a million objects that stay alive; once the pause ends, the
collector's next runs would scan them all at once — a stall of the window for a second or more. A
pause whose results stay freezes them instead, and reference counting still frees them when they
are dropped. Each case runs in a fresh interpreter: freezing is process-wide.
"""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = r"""
import gc, json, sys
from nmdbone_desktop.gcpause import FREEZE_AT_LEAST, gc_paused

results_stay, size = sys.argv[1] == "stay", int(sys.argv[2])
gc.collect()
before = gc.get_freeze_count()
alive_before = len(gc.get_objects())  # frozen along with the result: alive anyway
with gc_paused(results_stay=results_stay):
    kept = [[i] for i in range(size)]  # `size` lists (always tracked by the collector), alive at the end
    assert not gc.isenabled()
frozen = gc.get_freeze_count() - before
enabled = gc.isenabled()
del kept
left = gc.get_freeze_count() - before
print(json.dumps({"frozen": frozen, "left_after_drop": left, "alive_before": alive_before, "enabled": enabled,
                  "threshold": FREEZE_AT_LEAST}))
"""


def _run(mode: str, size: int) -> dict[str, int]:
    out = subprocess.run([sys.executable, "-c", PROBE, mode, str(size)], capture_output=True, text=True,
                         check=True, timeout=120)
    return json.loads(out.stdout)


def test_a_large_result_that_stays_is_frozen_then_freed_by_reference_counting() -> None:
    seen = _run("stay", 300_000)
    assert seen["enabled"]  # the collector is back on
    assert seen["frozen"] >= 300_000  # the lists the block made: never scanned by the collector
    # dropping the result frees it: what stays frozen is what was alive before the block
    assert seen["left_after_drop"] < seen["alive_before"] + 100


def test_a_pause_whose_results_do_not_stay_only_pauses() -> None:
    seen = _run("transient", 300_000)
    assert seen["enabled"]
    assert seen["frozen"] == 0


def test_a_small_result_is_left_to_the_collector() -> None:
    seen = _run("stay", 1_000)  # a patient's worth, far below the threshold
    assert seen["threshold"] > 1_000
    assert seen["frozen"] == 0
