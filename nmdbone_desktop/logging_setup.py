"""Logging for the whole application: a rotating file in the user's log folder, stderr when there is one.

A windowed build (Windows, macOS) has no stdout or stderr, so the log file is the only trace a
clinic's IT staff can ask for: unhandled exceptions (main thread and worker threads) go there
via ``sys.excepthook`` / ``threading.excepthook`` before the previous hook runs. Python warnings
are captured too. Calling :func:`configure_logging` again replaces the handlers it added earlier
(never anyone else's), so the entry point and a test may both call it.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from .paths import APP_NAME, log_dir

__all__ = ["LOG_FILE_NAME", "configure_logging"]

LOG_FILE_NAME = f"{APP_NAME}.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
FILE_FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"
CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"

_MARK = "_nmdbone_handler"
log = logging.getLogger(__name__)


def _writable_dir(preferred: Path) -> Path:
    """The preferred log folder, or a per-user folder under the temp dir when it cannot be created."""
    try:
        preferred.mkdir(parents=True, exist_ok=True)
        return preferred
    except OSError:
        fallback = Path(tempfile.gettempdir()) / f"{APP_NAME}-logs"
        fallback.mkdir(parents=True, exist_ok=True)
        return fallback


def _marked(handler: logging.Handler) -> logging.Handler:
    setattr(handler, _MARK, True)
    return handler


def _log_unhandled(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if not issubclass(exc_type, KeyboardInterrupt):
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))


def _install_hooks() -> None:
    """Log unhandled exceptions, then hand them to the hook that was there before (once only)."""
    if getattr(sys.excepthook, _MARK, False):
        return
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        _log_unhandled(exc_type, exc, tb)
        if sys.stderr is not None:
            previous(exc_type, exc, tb)

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            _log_unhandled(args.exc_type, args.exc_value, args.exc_traceback)
        if sys.stderr is not None:
            previous_thread(args)

    setattr(excepthook, _MARK, True)
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook


def configure_logging(*, console: bool, level: int = logging.INFO, directory: Path | None = None) -> Path:
    """Send log records to ``<user log dir>/nmdbone-desktop.log`` (rotated) and return that path.

    ``console``: also print warnings and errors on stderr (ignored when there is no stderr).
    ``directory`` overrides the platformdirs log folder (tests).
    """
    path = _writable_dir(directory or log_dir()) / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()

    file_handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                       encoding="utf-8", delay=True)
    file_handler.setFormatter(logging.Formatter(FILE_FORMAT))
    root.addHandler(_marked(file_handler))
    if console and sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter(CONSOLE_FORMAT))
        root.addHandler(_marked(stream))
    root.setLevel(level)
    logging.captureWarnings(True)
    _install_hooks()
    return path
