"""Run ``python -m bot run`` as a real process against the fake Bot API."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.fake_telegram import FakeBotApi
from tests.support.paths import CORPUS, ROOT

TOKEN = "4242424242:AAFakeTokenForTests_abcdefghijklmnopqr"


class BotProcess:
    def __init__(
        self,
        fake: FakeBotApi,
        log: Path,
        token: str = TOKEN,
        corpus: Path = CORPUS,
        run_args: tuple[str, ...] = (),
        **env: str,
    ) -> None:
        self.log = log
        environment = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": token,
            "TELEGRAM_BASE_URL": fake.base_url,
            "CORPUS_DIR": str(corpus),
            "PYTHONUNBUFFERED": "1",
            **env,
        }
        self._log_file = log.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", *run_args],
            cwd=ROOT,
            env=environment,
            stdout=self._log_file,
            stderr=self._log_file,
        )

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout=20)
        finally:
            self._log_file.close()

    def output(self) -> str:
        return self.log.read_text(errors="replace")


@pytest.fixture(scope="module")
def module_fake_bot_api() -> Iterator[FakeBotApi]:
    """One fake Bot API for a test module (use as ``fake = module_fake_bot_api``)."""
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()


def running_bot(fake: FakeBotApi, log: Path, **env: str) -> Iterator[BotProcess]:
    """A bot process serving ``fake`` from the moment its command menu is registered; on exit
    it must stop cleanly and must not have logged its token."""
    process = BotProcess(fake, log, **env)
    fake.wait_for("setMyCommands", timeout=60)
    yield process
    assert process.stop() == 0
    assert TOKEN not in process.output()
    assert TOKEN.split(":")[1] not in process.output()
