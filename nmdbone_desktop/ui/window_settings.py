"""Window settings in an INI file the user can see, back up and delete.

INI rather than the Windows registry (QSettings' native default there) so settings travel with
the user's profile folder and tests can point them at a temporary file. The file lives where
:func:`nmdbone_desktop.paths.settings_path` says. ``SETTINGS_VERSION`` lets a later release
rename or drop keys with an explicit upgrade step instead of reading stale values.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
ORGANIZATION = "NMD Bone"
APPLICATION = "nmdbone-desktop"


def default_settings_path() -> Path:
    from .. import paths

    return paths.settings_path()


def open_settings(path: Path | None = None) -> QSettings:
    """The per-user INI settings (``path`` overrides the location, e.g. in tests)."""
    target = Path(path) if path is not None else default_settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(target), QSettings.Format.IniFormat)
    version = settings.value("settings_version", 0, type=int)
    if version > SETTINGS_VERSION:  # written by a newer release: ignore its window layout
        settings.remove("window")
    settings.setValue("settings_version", SETTINGS_VERSION)
    return settings


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def read_words(settings: QSettings, key: str, default: list[str]) -> list[str]:
    """A list of words stored as one comma-separated string (an INI file cannot tell an empty
    list from a missing one otherwise)."""
    value = settings.value(key)
    if value is None:
        return default
    return [w for w in str(value).split(",") if w]


def write_words(settings: QSettings, key: str, words: list[str]) -> None:
    settings.setValue(key, ",".join(words))
