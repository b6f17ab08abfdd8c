"""One Docker daemon and one build of the images for every Docker test of the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.engine.opening import open_index
from tests.support.bot_process import TOKEN
from tests.support.docker_daemon import BuiltImage, DockerDaemon, build_images, report, start_daemon
from tests.support.fake_telegram import FakeBotApi
from tests.support.paths import CORPUS


@pytest.fixture(scope="session")
def docker() -> Iterator[DockerDaemon]:
    daemon = start_daemon()
    try:
        yield daemon
    finally:
        daemon.stop()


@pytest.fixture(scope="session")
def image(docker: DockerDaemon, pytestconfig: pytest.Config) -> BuiltImage:
    open_index(CORPUS)  # a checkout where the bot has run: corpus/.index exists, and .dockerignore must keep it out
    built = build_images(docker)
    report(
        pytestconfig,
        f"\nimage {built.name} on {built.base} ({docker.driver}): {built.size_mb:.0f} MB; "
        f"base built in {built.base_seconds:.0f} s, image in {built.build_seconds:.0f} s",
    )
    return built


@pytest.fixture
def fake() -> Iterator[FakeBotApi]:
    """A fake Bot API on 127.0.0.1, which containers on host networking reach."""
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def module_fake() -> Iterator[FakeBotApi]:
    """One fake Bot API for a module's shared container (ask with ``after`` to see only new calls)."""
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()
