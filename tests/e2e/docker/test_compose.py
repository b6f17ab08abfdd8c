"""compose.yaml brought up with docker-compose on the tests' own Docker daemon (docs/deployment.md)."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.docker_asking import ANSWER, QUESTION, ask, write_env_file
from tests.support.docker_daemon import BuiltImage, DockerDaemon, wait_until
from tests.support.fake_telegram import FakeBotApi
from tests.support.paths import ROOT
from tests.support.xapian_servers import free_port

pytestmark = pytest.mark.docker


class ComposeProject:
    """compose.yaml as a project of its own; compose's variables come from a file of the test's
    (never from a .env of the checkout), the bot's settings from ``bot_env``."""

    def __init__(self, docker: DockerDaemon, image: BuiltImage, folder: Path, fake: FakeBotApi) -> None:
        self.docker = docker
        self.bot_env = write_env_file(folder, fake)
        self.ports = [free_port() for _ in range(3)]
        self.variables = folder / "compose.env"
        self.variables.write_text(
            f"BOT_IMAGE={image.name}\nSHARD_IMAGE={image.shard_server}\nBOT_ENV_FILE={self.bot_env}\n"
            "HEALTH_INTERVAL=1s\n" + "".join(f"SHARD_PORT_{i}={port}\n" for i, port in enumerate(self.ports))
        )
        self.name = f"newsbot{uuid.uuid4().hex[:8]}"

    def __call__(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """``docker-compose ARGS``."""
        files = ("--project-name", self.name, "--file", str(ROOT / "compose.yaml"), "--env-file", str(self.variables))
        return self.docker.command("docker-compose", *files, *args, check=check, timeout=600)

    def container(self, service: str) -> str:
        return self("ps", "-q", service).stdout.strip()

    def down(self, *profiles: str) -> None:
        self(
            *(arg for profile in profiles for arg in ("--profile", profile)),
            "down",
            "--volumes",
            "--timeout",
            "30",
            check=False,
        )


@pytest.fixture(scope="module")
def bot_up(
    docker: DockerDaemon, image: BuiltImage, module_fake: FakeBotApi, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ComposeProject]:
    """``docker-compose up --detach``, the bot serving ``module_fake``."""
    project = ComposeProject(docker, image, tmp_path_factory.mktemp("compose"), module_fake)
    try:
        project("up", "--detach", "--no-build")
        module_fake.wait_for("setMyCommands", timeout=300)
        yield project
    finally:
        project.down()


def test_compose_brings_the_bot_up_and_it_answers(bot_up, module_fake):
    assert ANSWER in ask(module_fake, 7, QUESTION)


def test_compose_bot_turns_healthy(bot_up, docker):
    bot = bot_up.container("bot")
    wait_until(lambda: docker.inspect(bot)["State"]["Health"]["Status"] == "healthy", "the bot's health check passing")


def test_xapian_profile_answers_from_three_shard_servers(docker, image, fake, tmp_path):
    project = ComposeProject(docker, image, tmp_path, fake)
    shards = ",".join(f"tcp://127.0.0.1:{port}" for port in project.ports)
    with project.bot_env.open("a") as settings:
        settings.write(f"SEARCH_BACKEND=xapian\nXAPIAN_SHARDS={shards}\n")
    try:
        project("--profile", "xapian", "up", "--detach", "--no-build")
        fake.wait_for("setMyCommands", timeout=300)
        assert ANSWER in ask(fake, 7, QUESTION)
        project("stop", "shard-1")
        assert "Search is unavailable" in ask(fake, 7, QUESTION)
    finally:
        project.down("xapian")
