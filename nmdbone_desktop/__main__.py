"""``python -m nmdbone_desktop`` and the entry point of the PyInstaller bundle.

Absolute imports only: PyInstaller runs the bundle's entry script as a top-level ``__main__``
module, outside the package. Before the command line runs, logging goes to the user's log file;
a windowed build (no console on Windows/macOS) gets ``os.devnull`` as stdout/stderr so a stray
``print`` cannot crash it, and keeps its messages in the log only.
"""

from __future__ import annotations

import os
import sys

#: Set by the bundle for its own process (bootloader, PySide6 run-time hook); a program the app
#: starts (``lp``, ``xdg-open``, the PDF viewer, another Qt application) must not inherit them.
BUNDLE_ONLY_VARIABLES = ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH")


def _windowed() -> bool:
    """True in a build without a console: the bootloader leaves stdout/stderr as ``None``."""
    return sys.stdout is None or sys.stderr is None


def _clean_child_environment() -> None:
    """Give programs started from the bundle the system's libraries and Qt plugins, not ours.

    On Linux the bootloader points ``LD_LIBRARY_PATH`` at the bundle (saving the user's value in
    ``LD_LIBRARY_PATH_ORIG``); the dynamic loader read it when this process started, so restoring
    it now changes only what child processes see. Qt has an embedded qt.conf for its plugins and
    does not need ``QT_PLUGIN_PATH``.
    """
    if sys.platform.startswith("linux"):
        original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            os.environ.pop("LD_LIBRARY_PATH", None)
        else:
            os.environ["LD_LIBRARY_PATH"] = original
    for name in BUNDLE_ONLY_VARIABLES:
        os.environ.pop(name, None)


def run(argv: list[str] | None = None) -> int:
    """Configure logging, then run the ``nmdbone-desktop`` command line; returns its exit code."""
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
        _clean_child_environment()
    windowed = _windowed()
    if windowed:
        devnull = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        sys.stdout = sys.stdout or devnull
        sys.stderr = sys.stderr or devnull

    from nmdbone_desktop.cli.main import main
    from nmdbone_desktop.logging_setup import configure_logging

    configure_logging(console=not windowed)
    return main(argv)


if __name__ == "__main__":
    sys.exit(run())
