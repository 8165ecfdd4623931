"""Clinic locations: a SQLite file, or a server URL `postgresql://host/clinic` (or `postgres://`)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://")


def is_server_location(location: str | Path) -> bool:
    return isinstance(location, str) and location.startswith(SCHEMES)


def location_label(location: str | Path) -> str:
    """A short name for titles and file names: the file's name, or the server database's name and host."""
    if not is_server_location(location):
        return Path(location).name
    parts = urlsplit(str(location))
    dbname = parts.path.lstrip("/") or "clinic"
    return f"{dbname} on {parts.hostname or 'this computer'}"


def location_stem(location: str | Path) -> str:
    """For a backup's file name: the file's stem, or the server database's name."""
    if not is_server_location(location):
        return Path(location).stem
    return urlsplit(str(location)).path.lstrip("/") or "clinic"


def display_url(url: str) -> str:
    """The URL without a password (what the window shows and the settings file may keep)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))
