"""Icons of the window, found wherever the application runs (checkout, bundle, packager's layout).

The same search order as the letters' resource finder (``NMDBONE_RESOURCES``, the PyInstaller
bundle, the checkout), written out here because importing ``nmdbone_desktop.letters`` would pull
in reportlab — a third of a second at every start for a window that has not printed anything yet.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QIcon

ENV_VAR = "NMDBONE_RESOURCES"


def icon_path(name: str) -> Path:
    roots = []
    if os.environ.get(ENV_VAR):
        roots.append(Path(os.environ[ENV_VAR]))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots.append(Path(__file__).resolve().parents[2] / "resources")
    for root in roots:
        candidate = root / "icons" / f"{name}.svg"
        if candidate.exists():
            return candidate
    return roots[-1] / "icons" / f"{name}.svg"


def icon(name: str) -> QIcon:
    """The named SVG icon (scales cleanly on HiDPI screens); an empty icon for no name."""
    return QIcon(str(icon_path(name))) if name else QIcon()
