"""A throwaway PostgreSQL server with PostGIS for the store tests, from Debian's packages.

:func:`missing` says why no server can be started (``None`` when one can); :func:`start` runs
``initdb`` and ``pg_ctl`` on a temporary directory: trust authentication, 127.0.0.1 on a free port,
the unix socket in the same directory, durability off (the tests kill clients, not the server).
initdb refuses to run as root, so as root the server runs as the ``postgres`` user that Debian's
package creates. :meth:`PostgresServer.stop` stops it at once and removes the directory.

Each test gets its own database, copied from a template that already has PostGIS (creating the
extension takes about a second, a copy a few hundredths).
"""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg

INSTALL_HINT = "apt-get install postgresql postgresql-15-postgis-3"
TEMPLATE = "strikemap_template"


def _versions() -> list[str]:
    """Installed server versions that have PostGIS, newest first."""
    found = [p.parent.parent.name for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")]
    found = [v for v in found if Path(f"/usr/share/postgresql/{v}/extension/postgis.control").is_file()]
    return sorted(found, key=lambda v: int(v) if v.isdigit() else 0, reverse=True)


def missing() -> str | None:
    """Why a server cannot be started here, or ``None``."""
    if not _versions():
        return f"PostgreSQL with PostGIS is not installed: {INSTALL_HINT}"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return f"running as root and there is no postgres user to run the server as: {INSTALL_HINT}"
    return None


@dataclass
class PostgresServer:
    root: Path
    bindir: Path
    port: int

    @property
    def admin_url(self) -> str:
        return self.url("postgres")

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, prefix: str = "t", *, template: str = TEMPLATE) -> str:
        """A new database, with PostGIS unless ``template`` is another; returns its name."""
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_url, autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        """Drop a database, ending any connection still open to it."""
        with psycopg.connect(self.admin_url, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        _run(self.bindir / "pg_ctl", "-D", self.root / "data", "stop", "-m", "immediate", check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def _as_server_user(*cmd: object) -> list[str]:
    cmd_ = [str(c) for c in cmd]
    return ["runuser", "-u", "postgres", "--", *cmd_] if os.geteuid() == 0 else cmd_


def _run(*cmd: object, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(_as_server_user(*cmd), capture_output=True, text=True, timeout=120)
    if check and proc.returncode:
        raise RuntimeError(f"{shlex.join(map(str, cmd))} exited with {proc.returncode}:\n{proc.stdout}{proc.stderr}")
    return proc


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start() -> PostgresServer:
    """Start a server (see the module's docstring); the caller stops it."""
    bindir = Path(f"/usr/lib/postgresql/{_versions()[0]}/bin")
    root = Path(tempfile.mkdtemp(prefix="strikemap-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    server = PostgresServer(root, bindir, _free_port())
    try:
        _run(bindir / "initdb", "-D", root / "data", "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync")
        opts = (f"-c listen_addresses=127.0.0.1 -p {server.port} -k {shlex.quote(str(root))} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        _run(bindir / "pg_ctl", "-D", root / "data", "-l", root / "server.log", "-w", "-t", "60", "-o", opts, "start")
        with psycopg.connect(server.admin_url, autocommit=True) as con:
            con.execute(f"CREATE DATABASE {TEMPLATE}")
        with psycopg.connect(server.url(TEMPLATE), autocommit=True) as con:
            con.execute("CREATE EXTENSION postgis")
            con.execute("CREATE EXTENSION amcheck")
    except BaseException as err:
        log = root / "server.log"
        if log.is_file():
            err.add_note(log.read_text(errors="replace"))
        server.stop()
        raise
    return server
