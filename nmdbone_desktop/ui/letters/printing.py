"""Print a finished PDF through the operating system, and keep preview files tidy.

Decision (PySide6-Essentials only): Qt can print only what it can paint, and painting a PDF
needs QtPdf (``QPdfDocument``), which is in PySide6-Addons (≈ 120 MB more with WebEngine).
Rasterising the pages ourselves would need another PDF renderer (pypdfium2, poppler). So the
letter is printed as the PDF it is: the printer is chosen from Qt's own list
(``QPrinterInfo``, in Essentials) and the file is handed to the system spooler — CUPS ``lp``
on Linux and macOS, the PDF application's "printto" verb on Windows. Where neither works the
caller opens the PDF in the system viewer instead, from which the user prints.

Preview and print files hold patient data, so they live in one private folder under the
temporary directory and files older than :data:`KEEP_HOURS` are removed on the next use (not
at once: a viewer or the Windows print verb may still be reading them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..translation import translate

__all__ = ["KEEP_HOURS", "PrintError", "available_printers", "print_command", "scratch_pdf", "send_to_printer"]

KEEP_HOURS = 12


class PrintError(RuntimeError):
    """The system could not take the print job (message says what to do instead)."""


def available_printers() -> tuple[list[str], str]:
    """Printer names known to the system and the default one ("" if none)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames()), QPrinterInfo.defaultPrinterName()


def print_command(path: Path, printer: str, copies: int = 1, *, platform: str = sys.platform,
                  which: Callable[[str], str | None] = shutil.which) -> list[str] | None:
    """The spooler command for Linux/macOS (``None`` on Windows or without CUPS tools)."""
    if platform.startswith("win"):
        return None
    if which("lp"):
        return ["lp", *(["-d", printer] if printer else []), "-n", str(max(1, copies)), "--", str(path)]
    if which("lpr"):
        return ["lpr", *(["-P", printer] if printer else []), f"-#{max(1, copies)}", str(path)]
    return None


def send_to_printer(path: Path, printer: str, copies: int = 1) -> None:
    """Queue the PDF; raise :class:`PrintError` when the system cannot."""
    if sys.platform.startswith("win"):
        try:
            if printer:
                os.startfile(str(path), "printto", f'"{printer}"')  # type: ignore[attr-defined]
            else:
                os.startfile(str(path), "print")  # type: ignore[attr-defined]
        except OSError as error:
            raise PrintError(
                translate(
                    "Printing", "Windows could not print the PDF ({error}); open it and print from the viewer."
                ).format(error=error)
            ) from None
        return
    command = print_command(path, printer, copies)
    if command is None:
        raise PrintError(
            translate(
                "Printing", "No print command (CUPS lp or lpr) was found; open the PDF and print from the viewer."
            )
        )
    run = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    if run.returncode != 0:
        raise PrintError(translate("Printing", "The print spooler refused the job: {output}").format(
            output=(run.stderr or run.stdout).strip()))


def _scratch_dir() -> Path:
    folder = Path(tempfile.gettempdir()) / f"nmdbone-letters-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    folder.mkdir(mode=0o700, exist_ok=True)
    cutoff = time.time() - KEEP_HOURS * 3600
    for old in folder.glob("*.pdf"):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass  # in use by a viewer: next time
    return folder


def scratch_pdf(stem: str) -> Path:
    """A new, private file name for a preview or print PDF."""
    fd, name = tempfile.mkstemp(prefix=f"{stem}-", suffix=".pdf", dir=_scratch_dir())
    os.close(fd)
    return Path(name)
