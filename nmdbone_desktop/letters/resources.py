"""Find the shipped ``resources/`` folder (fonts, letter templates, licences) wherever we run.

Three layouts must work: a source checkout (``resources/`` beside the package), a PyInstaller
bundle (data files unpacked under ``sys._MEIPASS``; the spec must add ``("resources", "resources")``
to ``datas``) and a packager's own layout named by the ``NMDBONE_RESOURCES`` environment variable.
The first root that holds the requested file wins, so a partial override falls back to the
shipped files. No Qt and no I/O beyond ``Path.exists``: any layer may use it.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

__all__ = ["ENV_VAR", "resource_path", "resource_roots"]

ENV_VAR = "NMDBONE_RESOURCES"


@cache
def _static_roots() -> tuple[Path, ...]:
    """Bundle and checkout roots; they cannot change while the process runs."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    # nmdbone_desktop/letters/resources.py -> the checkout root is two folders above the package.
    roots.append(Path(__file__).resolve().parents[2] / "resources")
    return tuple(roots)


def resource_roots() -> tuple[Path, ...]:
    """Candidate ``resources/`` folders, most specific first."""
    override = os.environ.get(ENV_VAR)
    extra = (Path(override),) if override else ()
    return extra + _static_roots()


def resource_path(*parts: str) -> Path:
    """Path of ``resources/<parts...>``: the first root holding it, else under the first root.

    Returning a path even when nothing exists lets the caller's error name a sensible location.
    """
    roots = resource_roots()
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return roots[0].joinpath(*parts)
