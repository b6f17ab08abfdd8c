"""A Docker daemon of the tests' own, and the bot's image built on it once per session.

The daemon keeps its socket, images and containers in a temporary folder (no iptables, no
bridge: containers use host networking) and is stopped, its containers removed and its
folder deleted when the session ends, even after a failure. Its storage driver is
``overlay2`` where the kernel and the folder's file system allow it, else ``vfs``, which
runs anywhere but copies the whole image for every container.
Where no registry answers, the base image is built from Debian packages with
``deploy/build-debian-base.sh``, as docs/deployment.md tells users to.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest

from tests.support.paths import ROOT

DOCKERD = shutil.which("dockerd")
DEFAULT_BASE = "python:3.12-slim"
DEBIAN_BASE = "news-bot-base:bookworm"
IMAGE = "news-bot:test"
SHARD_IMAGE = "news-bot-shard:test"
# The CA of a TLS-inspecting proxy, if any, is in the system's bundle: the build takes it as its "ca" secret.
CA_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")
T = TypeVar("T")
PASSED_TO_BUILD = ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy")


def require_docker() -> str:
    """``dockerd``'s path; skip loudly (on CI: fail) where Docker cannot run here at all."""
    missing = [tool for tool in ("dockerd", "docker", "docker-compose", "mmdebstrap") if shutil.which(tool) is None]
    install = "apt-get install docker.io docker-compose mmdebstrap"
    problem = f"{', '.join(missing)} not installed ({install})" if missing else ""
    if not problem and os.geteuid() != 0:
        problem = "the Docker daemon needs root"
    if problem:
        message = f"Docker tests cannot run: {problem}"
        if os.environ.get("CI"):
            pytest.fail(message + "; .ci/run must provide it")
        warnings.warn(message, stacklevel=2)
        pytest.skip(message)
    assert DOCKERD is not None
    return DOCKERD


class DockerDaemon:
    """``dockerd`` on a socket in ``folder``; ``run(...)`` runs the docker CLI that came with it."""

    def __init__(self, dockerd: str, folder: Path, driver: str) -> None:
        self.folder = folder
        self.driver = driver
        self.log = folder / "dockerd.log"
        # The CLI packaged with dockerd (docker.io's /usr/bin/docker) speaks its BuildKit; a newer
        # one earlier on PATH may need the buildx plugin.
        packaged = [Path(dockerd).parent / "docker", Path("/usr/bin/docker")]
        self.cli = next((str(cli) for cli in packaged if cli.exists()), "docker")
        self.env = {
            **os.environ,
            "PATH": f"{Path(self.cli).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "DOCKER_HOST": f"unix://{folder / 'docker.sock'}",
            "DOCKER_BUILDKIT": "1",
        }
        self._log_file = self.log.open("ab")
        self.process = subprocess.Popen(
            [
                dockerd,
                *("--storage-driver", driver, "--iptables=false", "--bridge=none"),
                *("--data-root", str(folder / "data"), "--exec-root", str(folder / "exec")),
                *("--host", self.env["DOCKER_HOST"], "--pidfile", str(folder / "dockerd.pid")),
            ],
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 120) -> DockerDaemon:
        deadline = time.monotonic() + timeout
        while self.run("version", check=False).returncode != 0:
            if self.process.poll() is not None:
                status = self.process.returncode
                raise DaemonExited(f"dockerd --storage-driver {self.driver} exited ({status}):\n{self.log.read_text()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"dockerd did not answer within {timeout}s:\n{self.log.read_text()}")
            time.sleep(0.2)
        return self

    def command(
        self, *argv: str, check: bool = True, timeout: float = 600, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """``argv`` in the project folder, talking to this daemon; raises with its output when it fails."""
        done = subprocess.run(
            argv, env={**self.env, **(env or {})}, capture_output=True, text=True, timeout=timeout, cwd=ROOT
        )
        if check and done.returncode != 0:
            raise AssertionError(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        return done

    def run(self, *args: str, check: bool = True, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        """``docker ARGS``."""
        return self.command(self.cli, *args, check=check, timeout=timeout)

    def inspect(self, name: str, kind: str = "container") -> dict:
        return json.loads(self.run(kind, "inspect", name).stdout)[0]

    def stop(self) -> None:
        """Remove every container, stop the daemon, delete its folder."""
        try:
            if self.process.poll() is None:
                containers = self.run("ps", "-aq", check=False).stdout.split()
                if containers:
                    self.run("rm", "-f", *containers, check=False)
                os.kill(self.process.pid, signal.SIGTERM)
                try:
                    self.process.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    os.kill(self.process.pid, signal.SIGKILL)
                    self.process.wait(timeout=20)
        finally:
            self._log_file.close()
            unmount_below(self.folder)  # dockerd leaves its network namespace mounted
            shutil.rmtree(self.folder, ignore_errors=True)


def unmount_below(folder: Path) -> None:
    mounts = [line.split()[1] for line in Path("/proc/self/mounts").read_text().splitlines()]
    for point in sorted((m for m in mounts if m.startswith(f"{folder}/")), key=len, reverse=True):
        subprocess.run(["umount", "--lazy", point], check=False, capture_output=True)


def report(config: pytest.Config, line: str) -> None:
    """Show a measured figure in pytest's output, outside its capturing."""
    capture = config.pluginmanager.get_plugin("capturemanager")
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if capture is not None and reporter is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(line)


@dataclass(frozen=True)
class BuiltImage:
    """The bot's image (and the shard server's), with what building them cost."""

    name: str
    shard_server: str
    base: str
    size_mb: float
    base_seconds: float
    build_seconds: float


def build_args(base: str) -> list[str]:
    args = ["--network", "host", "--build-arg", f"BASE_IMAGE={base}"]
    args += [arg for name in PASSED_TO_BUILD if os.environ.get(name) for arg in ("--build-arg", name)]
    if CA_BUNDLE.exists():
        args += ["--secret", f"id=ca,src={CA_BUNDLE}"]
    return args


def build_images(daemon: DockerDaemon) -> BuiltImage:
    """The default base if it can be pulled, else one from Debian packages; then both targets."""
    started = time.monotonic()
    base = DEFAULT_BASE
    if daemon.run("pull", DEFAULT_BASE, check=False, timeout=300).returncode != 0:
        base = DEBIAN_BASE
        daemon.command(str(ROOT / "deploy" / "build-debian-base.sh"), DEBIAN_BASE, timeout=900)
    built_base = time.monotonic()
    daemon.run("build", *build_args(base), "-t", IMAGE, ".", timeout=1200)
    built = time.monotonic()
    daemon.run("build", *build_args(base), "--target", "shard-server", "-t", SHARD_IMAGE, ".", timeout=900)
    size = int(daemon.inspect(IMAGE, "image")["Size"])
    return BuiltImage(IMAGE, SHARD_IMAGE, base, size / 1e6, built_base - started, built - built_base)


class DaemonExited(RuntimeError):
    """dockerd stopped while starting (e.g. its storage driver is not supported here)."""


def start_daemon() -> DockerDaemon:
    """A ready daemon in a fresh folder under /tmp (short: its sockets' paths are limited)."""
    dockerd = require_docker()
    failures = []
    for driver in ("overlay2", "vfs"):
        daemon = DockerDaemon(dockerd, Path(tempfile.mkdtemp(prefix="news-bot-docker-", dir="/tmp")), driver)
        try:
            return daemon.wait_ready()
        except DaemonExited as error:
            failures.append(str(error))
            daemon.stop()
        except BaseException:
            daemon.stop()
            raise
    raise RuntimeError("dockerd did not start with any storage driver:\n" + "\n".join(failures))


def wait_until(condition: Callable[[], T], what: str, timeout: float = 180, every: float = 0.5) -> T:
    """Poll ``condition()`` until it returns something true; fail naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout}s")
        time.sleep(every)
    return result
