"""``nmdbone-desktop [--db PATH] [--empty]``: open the desktop window.

A database that does not exist yet starts with the synthetic demo clinic (300 patients, seed 1)
unless ``--empty``, so a first start shows something to explore rather than an empty list. Its
list figures (risk, next due) are computed once here, before the window opens, so the window
itself never assesses the whole clinic before it opens. A few seconds after the window is up,
today's worklist starts building in the background (``MainWindow.prepare_worklist``), so that
the first build of the day is done or under way when someone opens the Worklist tab.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

DEMO_PATIENTS = 300
DEMO_SEED = 1
#: After the first paint and the first patient: the window is the user's before the scan starts.
PREPARE_WORKLIST_AFTER_MS = 3000


def resolve_db_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "db", None)
    if given:
        return Path(given).expanduser()
    from .. import paths

    return paths.default_database_path()


def create_demo_clinic(db_path: Path, *, patients: int = DEMO_PATIENTS, seed: int = DEMO_SEED,
                       as_of: date | None = None) -> int:
    """Fill a new database with the demo clinic and its list figures; returns the patient count."""
    from ..services.clinic import open_clinic

    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open_clinic(db_path) as clinic:
        return clinic.fill_demo_clinic(patients, seed=seed, as_of=as_of or date.today())


def run_gui(args: argparse.Namespace) -> int:
    """Open the window on the chosen database; returns the application's exit code."""
    db_path = resolve_db_path(args)
    if not db_path.exists() and not getattr(args, "empty", False):
        print(f"Creating the demo clinic in {db_path} …", file=sys.stderr)
        create_demo_clinic(db_path, patients=DEMO_PATIENTS)
    from ..app import build_main_window, create_application

    app = create_application(sys.argv[:1])
    window = build_main_window(db_path)
    window.show()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(PREPARE_WORKLIST_AFTER_MS, window.prepare_worklist)  # type: ignore[attr-defined]
    code = int(app.exec())
    daily_backup(db_path)
    return code


def daily_backup(db_path: Path, *, backups_dir: Path | None = None, keep: int | None = None) -> Path | None:
    """The clinic's automatic backup on closing (at most one a day, the newest few kept).

    A failure is logged and does not change the exit code: the clinic's data are intact, only
    today's extra copy is missing.
    """
    from .. import paths
    from ..services.clinic import DEFAULT_KEEP, StoreError, auto_backup

    try:
        return auto_backup(db_path, backups_dir or paths.backups_dir(), keep=keep or DEFAULT_KEEP)
    except (StoreError, OSError, ValueError) as error:
        log.warning("automatic backup of %s failed: %s", db_path, error)
        return None
