"""Clinic locations: a SQLite file, or a server URL `postgresql://host/clinic` (or `postgres://`)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://")


def is_server_location(location: str | Path) -> bool:
    return isinstance(location, str) and location.startswith(SCHEMES)


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
