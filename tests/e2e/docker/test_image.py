"""The bot's container image, built and run on a Docker daemon of the tests' own (docs/deployment.md)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.bot_process import TOKEN
from tests.support.docker_asking import ANSWER, QUESTION, ask, post_update, write_env_file
from tests.support.docker_daemon import BuiltImage, DockerDaemon, report, wait_until
from tests.support.fake_telegram import FakeBotApi, parse_html
from tests.support.paths import CORPUS
from tests.support.xapian_servers import free_port

pytestmark = pytest.mark.docker


@dataclass
class Container:
    docker: DockerDaemon
    name: str
    started: float  # time.monotonic() at `docker run`

    def state(self) -> dict:
        return self.docker.inspect(self.name)["State"]

    def logs(self) -> str:
        done = self.docker.run("logs", self.name)
        return done.stdout + done.stderr

    def index_files(self) -> list[str]:
        """What the saved index on the container's volume consists of (its files' names are new per build)."""
        data = Path(self.docker.inspect(self.name, "volume")["Mountpoint"])
        return sorted(entry.name for entry in (data / "corpus" / ".index").iterdir())


@pytest.fixture(scope="module")
def container(
    docker: DockerDaemon, image: BuiltImage, module_fake: FakeBotApi, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Container]:
    """The bot running in a container against ``module_fake``, its data on a new volume of the same name.

    Shared by the module's tests (with the vfs storage driver each container costs a copy
    of the image); every test leaves it serving.
    """
    name = f"news-bot-{uuid.uuid4().hex[:12]}"
    env_file = write_env_file(tmp_path_factory.mktemp("bot"), module_fake)
    started = time.monotonic()
    docker.run(
        *("run", "--detach", "--name", name, "--network", "host"),
        *("--env-file", str(env_file), "--volume", f"{name}:/data"),
        *("--health-interval", "1s", "--stop-timeout", "30"),
        image.name,
    )
    try:
        module_fake.wait_for("setMyCommands", timeout=300)  # serving from here on
        yield Container(docker, name, started)
    finally:
        docker.run("rm", "--force", name, check=False)
        docker.run("volume", "rm", name, check=False)


def status(pid: int, field: str) -> list[str]:
    """A field of /proc/PID/status, split."""
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    return next(line.split()[1:] for line in lines if line.startswith(f"{field}:"))


def test_ask_answers_from_the_shipped_corpus(docker, image):
    done = docker.run("run", "--rm", "--network", "host", image.name, "ask", QUESTION)
    assert ANSWER in done.stdout


def test_bot_in_a_container_answers_through_the_bot_api(container, module_fake, pytestconfig):
    assert ANSWER in ask(module_fake, 7, QUESTION)
    first_answer = time.monotonic() - container.started
    rss_mb = int(status(container.state()["Pid"], "VmRSS")[0]) / 1024
    report(
        pytestconfig, f"\ncontainer start to first answer: {first_answer:.1f} s; bot's resident memory {rss_mb:.0f} MB"
    )


def test_container_turns_healthy(container):
    wait_until(lambda: container.state()["Health"]["Status"] == "healthy", "the container's health check passing")


def test_bot_runs_as_an_unprivileged_user(container):
    assert status(container.state()["Pid"], "Uid") == ["10001"] * 4


def test_sigterm_stops_the_bot_cleanly_within_the_grace_period(container, docker, module_fake):
    docker.run("stop", "--time", "30", container.name)  # SIGTERM, then SIGKILL after 30 s
    state = container.state()
    after = len(module_fake.calls)
    docker.run("start", container.name)
    module_fake.wait_for("setMyCommands", timeout=300, after=after)
    assert (state["ExitCode"], state["OOMKilled"]) == (0, False)


def test_restart_reuses_the_index_on_the_volume(container, docker, module_fake):
    built = container.index_files()
    after = len(module_fake.calls)
    docker.run("restart", "--time", "30", container.name)
    module_fake.wait_for("setMyCommands", timeout=300, after=after)
    assert ANSWER in ask(module_fake, 7, QUESTION)
    assert container.index_files() == built


def test_token_is_neither_in_the_image_nor_in_the_logs(container, docker, image, module_fake):
    assert ANSWER in ask(module_fake, 7, QUESTION)
    assert not [env for env in docker.inspect(image.name, "image")["Config"]["Env"] if "TOKEN" in env]
    logs = container.logs()
    assert "Serving" in logs
    assert TOKEN.split(":")[1] not in logs


def test_image_ships_the_articles_without_a_saved_index_or_other_files(container, docker):
    # .dockerignore keeps corpus/.index (and .env, .venv) of the checkout out of the build.
    shipped = docker.run("exec", container.name, "ls", "-A", "/opt/news-bot/corpus").stdout.split()
    assert shipped == sorted(path.name for path in CORPUS.iterdir() if path.suffix == ".txt")


def test_webhook_mode_answers_updates_posted_to_the_container(docker, image, fake, tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    env_file = write_env_file(tmp_path, fake)
    with env_file.open("a") as settings:
        settings.write("WEBHOOK_SECRET=s3cret-for-tests\n")
    name = f"news-bot-{uuid.uuid4().hex[:12]}"
    try:
        docker.run(
            *("run", "--detach", "--name", name, "--network", "host", "--env-file", str(env_file)),
            *("--volume", f"{name}:/data", image.name),
            *("run", "--webhook-url", url, "--listen", "127.0.0.1", "--port", str(port)),
        )
        fake.wait_for("setWebhook", timeout=300)  # after the server listens
        fake.send_text(808, QUESTION)
        [update] = fake.take_updates()
        assert post_update(url, update, "s3cret-for-tests") == 200
        assert ANSWER in parse_html(fake.wait_for("sendMessage", lambda p: p["chat_id"] == 808, 60)["text"])
    finally:
        docker.run("rm", "--force", name, check=False)
        docker.run("volume", "rm", name, check=False)
