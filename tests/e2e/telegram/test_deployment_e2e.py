"""Reloading articles in a running bot, and webhook mode, end to end."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from tests.support.bot_process import TOKEN, BotProcess
from tests.support.chat import ask_text
from tests.support.dated_corpus import PENGUINS
from tests.support.fake_telegram import FakeBotApi, parse_html

ADMIN = 4242
SECRET = "s3cret-for-tests"


@pytest.fixture
def fake() -> Iterator[FakeBotApi]:
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()


@pytest.fixture
def bot(fake: FakeBotApi, corpus: Path, tmp_path: Path) -> Iterator[BotProcess]:
    process = BotProcess(fake, tmp_path / "bot.log", corpus=corpus, ADMIN_IDS=f"{ADMIN}, 7")
    fake.wait_for("setMyCommands", timeout=60)
    yield process
    assert process.stop() == 0
    assert TOKEN not in process.output()


def test_admin_reload_picks_up_an_added_article(fake, bot, corpus):
    assert "found nothing" in ask_text(fake, ADMIN, "penguins marching on ice")
    (corpus / "penguins.txt").write_text(PENGUINS)
    assert "Reloaded: 2 article(s)" in ask_text(fake, ADMIN, "/reload", timeout=60)
    assert "Penguins marched across the ice" in ask_text(fake, ADMIN, "penguins marching on ice")


def test_reload_picks_up_a_removed_article(fake, bot, corpus):
    (corpus / "penguins.txt").write_text(PENGUINS)
    assert "Reloaded: 2 article(s)" in ask_text(fake, ADMIN, "/reload", timeout=60)
    (corpus / "penguins.txt").unlink()
    assert "Reloaded: 1 article(s)" in ask_text(fake, ADMIN, "/reload", timeout=60)
    assert "found nothing" in ask_text(fake, ADMIN, "penguins marching on ice")


def test_reload_is_refused_to_other_users(fake, bot, corpus):
    (corpus / "penguins.txt").write_text(PENGUINS)
    assert "Only the bot's admins" in ask_text(fake, 99, "/reload")
    assert "found nothing" in ask_text(fake, 99, "penguins marching on ice")


def test_reload_with_a_bad_corpus_keeps_serving_the_old_articles(fake, bot, corpus):
    (corpus / "broken.txt").write_text("no date here")
    reply = ask_text(fake, ADMIN, "/reload", timeout=60)
    assert "still serving the old articles" in reply and "broken.txt" in reply
    assert "100,000 troops" in ask_text(fake, ADMIN, "how many troops?")


def test_sighup_reloads_the_articles(fake, bot, corpus):
    (corpus / "penguins.txt").write_text(PENGUINS)
    bot.process.send_signal(signal.SIGHUP)
    deadline = time.monotonic() + 60
    while "Penguins marched" not in ask_text(fake, 55, "penguins marching on ice"):
        assert time.monotonic() < deadline, "SIGHUP did not reload"
        time.sleep(0.5)


def test_questions_during_a_reload_are_all_answered(fake, bot, corpus):
    (corpus / "penguins.txt").write_text(PENGUINS)
    after = len(fake.calls)
    fake.send_text(ADMIN, "/reload")
    users = range(300, 320)
    for user in users:
        fake.send_text(user, "how many troops?")
    for user in users:
        reply = fake.wait_for("sendMessage", lambda p, u=user: p["chat_id"] == u, 60, after)
        assert "100,000 troops" in parse_html(reply["text"])
    fake.wait_for("sendMessage", lambda p: p["chat_id"] == ADMIN and "Reloaded" in p["text"], 60, after)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def post_update(url: str, update: dict, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(url, data=json.dumps(update).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_for_port(port: int, process: BotProcess, timeout: float = 60) -> None:
    """Return once ``port`` accepts connections (the webhook server is listening)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            assert process.process.poll() is None, process.output()
            assert time.monotonic() < deadline, f"nothing listens on port {port}"
            time.sleep(0.05)


@pytest.fixture
def webhook_bot(fake: FakeBotApi, tmp_path: Path) -> Iterator[tuple[BotProcess, str]]:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-updates"
    process = BotProcess(
        fake, tmp_path / "webhook.log", WEBHOOK_SECRET=SECRET, run_args=("--webhook-url", url,
        "--listen", "127.0.0.1", "--port", str(port)),
    )  # fmt: skip
    wait_for_port(port, process)
    fake.wait_for("setWebhook", timeout=60)
    yield process, url
    assert process.stop() == 0
    assert "Traceback" not in process.output()


def test_webhook_mode_registers_the_url_with_the_secret(fake, webhook_bot):
    _, url = webhook_bot
    assert fake.webhook == {"url": url, "secret_token": SECRET}


def test_webhook_mode_answers_updates_posted_with_the_secret(fake, webhook_bot):
    _, url = webhook_bot
    fake.send_text(808, "how many troops?")
    [update] = fake.take_updates()
    assert post_update(url, update, SECRET) == 200
    reply = fake.wait_for("sendMessage", lambda p: p["chat_id"] == 808)
    assert "100,000 troops" in parse_html(reply["text"])


@pytest.mark.parametrize("secret", [None, "wrong-secret"])
def test_webhook_mode_refuses_updates_without_the_secret(fake, webhook_bot, secret):
    _, url = webhook_bot
    fake.send_text(809, "how many troops?")
    [refused] = fake.take_updates()
    assert post_update(url, refused, secret) == 403
    answered_after(fake, url, 810)
    assert fake.sent_to(809) == []


def answered_after(fake: FakeBotApi, url: str, chat_id: int) -> None:
    """Post a good update and wait for its answer: everything posted before has been handled."""
    fake.send_text(chat_id, "how many troops?")
    [update] = fake.take_updates()
    assert post_update(url, update, SECRET) == 200
    fake.wait_for("sendMessage", lambda p: p["chat_id"] == chat_id)


def post_body(url: str, body: bytes) -> int:
    """POST raw bytes with the secret; the status (aiohttp reads it even if the body is cut short)."""

    async def post() -> int:
        headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with aiohttp.ClientSession() as session, session.post(url, data=body, headers=headers) as response:
            return response.status

    return asyncio.run(post())


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[1, 2]", b'"an update"', b"", b"\xff\xfe", b'{"update_id": "x", "message": 5}'],
    ids=["malformed-json", "a-list", "a-string", "empty", "not-utf8", "not-an-update"],
)
def test_webhook_mode_answers_400_to_a_body_that_is_not_an_update(webhook_bot, body):
    _, url = webhook_bot
    assert post_body(url, body) == 400


def test_webhook_mode_refuses_a_huge_body_with_413(fake, webhook_bot):
    _, url = webhook_bot
    assert post_body(url, b"{" + b" " * 10_000_000 + b"}") == 413
    answered_after(fake, url, 811)
