"""Real ``xapian-tcpsrv`` shard servers on 127.0.0.1 for the tests.

Each server runs in its own session (``setsid``): on exit ``xapian-tcpsrv`` signals its
whole process group, which must not be pytest's. Servers are stopped by their pid.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

TCPSRV = shutil.which("xapian-tcpsrv")


def require_tcpsrv() -> str:
    """The server binary; skip (or, on CI, fail) where xapian-tools is not installed."""
    if TCPSRV is None:
        message = "xapian-tcpsrv is not installed (apt-get install xapian-tools)"
        if os.environ.get("CI"):
            pytest.fail(message + ": .ci/run must install it")
        pytest.skip(message)
    return TCPSRV


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ShardServer:
    """``xapian-tcpsrv`` serving one database folder on a port of 127.0.0.1."""

    def __init__(self, database: Path, port: int | None = None) -> None:
        self.database = database
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30) -> ShardServer:
        self.process = subprocess.Popen(
            [require_tcpsrv(), "--interface", "127.0.0.1", "--port", str(self.port), "--quiet", str(self.database)],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + timeout
        while True:  # ready when the port accepts a connection
            if self.process.poll() is not None:
                error = self.process.stderr.read().decode(errors="replace") if self.process.stderr else ""
                raise RuntimeError(f"xapian-tcpsrv on port {self.port} exited: {error}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise TimeoutError(f"xapian-tcpsrv did not listen on port {self.port}") from None
                time.sleep(0.02)

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=20)
        if self.process.stderr:
            self.process.stderr.close()
        self.process = None


def start_servers(databases: list[Path]) -> list[ShardServer]:
    servers: list[ShardServer] = []
    try:
        for database in databases:
            servers.append(ShardServer(database).start())
    except BaseException:
        stop_servers(servers)
        raise
    return servers


def stop_servers(servers: list[ShardServer]) -> None:
    for server in servers:
        server.stop()
