"""``python -m bot run`` refuses to start with a clear, one-paragraph message."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.support.bot_process import TOKEN
from tests.support.fake_telegram import FakeBotApi
from tests.support.paths import ROOT


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeBotApi]:
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()


def run(env: dict[str, str], cwd=ROOT) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "CORPUS_DIR"))}
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env={**environment, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_token_it_explains_botfather_and_ask(tmp_path):
    result = run({}, cwd=tmp_path)
    assert result.returncode == 2
    assert "@BotFather" in result.stderr and "python -m bot ask" in result.stderr
    assert "Traceback" not in result.stderr


def test_token_telegram_refuses_is_a_clear_message_without_traceback(fake):
    wrong = "1111111111:AAWrongTokenWrongTokenWrongToken123"
    result = run({"TELEGRAM_BOT_TOKEN": wrong, "TELEGRAM_BASE_URL": fake.base_url})
    assert result.returncode == 1
    assert "Telegram refused the token" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert wrong not in result.stderr + result.stdout


def test_bad_corpus_is_a_clear_message_without_traceback(fake, tmp_path):
    (tmp_path / "bad.txt").write_text("no date here")
    result = run({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": fake.base_url, "CORPUS_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert "bad.txt: missing the leading 'date YYYY-MM-DD'" in result.stderr
    assert "Traceback" not in result.stderr


def test_token_is_read_from_dotenv(fake, tmp_path):
    (tmp_path / ".env").write_text(f"TELEGRAM_BOT_TOKEN=1111111111:AAFromDotEnv\nTELEGRAM_BASE_URL={fake.base_url}\n")
    result = run({"CORPUS_DIR": str(ROOT / "corpus")}, cwd=tmp_path)
    assert "Telegram refused the token" in result.stderr  # it got as far as asking Telegram
