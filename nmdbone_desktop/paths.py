"""Where the application keeps its files, per user and per platform (platformdirs).

One place for every default location, so the window, the command line and the tests agree.
Nothing here creates a directory: whoever writes a file creates its folder (the store does).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "nmdbone-desktop"


def data_dir() -> Path:
    """Per-user data folder (e.g. ~/.local/share/nmdbone-desktop, %LOCALAPPDATA%\\nmdbone-desktop)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    """The clinic database used when no ``--db`` is given."""
    return data_dir() / "clinic.sqlite"


def backups_dir() -> Path:
    """Where automatic and manual backups go by default (beside the default database)."""
    return data_dir() / "backups"


def log_dir() -> Path:
    """Log files (platformdirs' per-user log folder)."""
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def settings_path() -> Path:
    """The user's settings file (INI), in the per-user config folder."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "settings.ini"
