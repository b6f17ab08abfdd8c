"""Hung downloads never hold the bot: answers, other feeds, the next poll and stopping go on —
the real bot process, the fake Bot API and a hostile web server that never answers."""

from __future__ import annotations

import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.bot_process import TOKEN, BotProcess
from tests.support.fake_telegram import FakeBotApi, parse_html
from tests.support.paths import CORPUS
from tests.support.web_server import WebServer

ADMIN = 4242
HUNG = "300"  # FETCH_TIMEOUT: far longer than any test waits


@pytest.fixture
def web() -> Iterator[WebServer]:
    server = WebServer().start()
    yield server
    server.stop()


@pytest.fixture
def fake() -> Iterator[FakeBotApi]:
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns(".index"))
    return folder


@pytest.fixture
def start_bot(fake: FakeBotApi, corpus: Path, tmp_path: Path) -> Iterator[Callable[..., BotProcess]]:
    started: list[BotProcess] = []

    def start(**env: str) -> BotProcess:
        bot = BotProcess(fake, tmp_path / "bot.log", corpus=corpus, ADMIN_IDS=str(ADMIN), FETCH_TIMEOUT=HUNG, **env)
        started.append(bot)
        fake.wait_for("setMyCommands", timeout=60)
        return bot

    yield start
    for bot in started:
        if bot.process.poll() is not None:
            continue
        try:
            assert bot.stop() == 0
        except subprocess.TimeoutExpired:
            bot.process.kill()  # SIGTERM did not end it
            bot.process.wait()
            raise


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"never: {what}"
        time.sleep(0.05)


def replies_to(fake: FakeBotApi, chat_id: int) -> list[str]:
    return [parse_html(p["text"]) for p in fake.sent_to(chat_id)]


def test_a_question_is_answered_while_six_admin_links_hang(fake, web, start_bot):
    start_bot()
    for number in range(6):
        fake.send_text(ADMIN, web.url(f"/hang-{number}.html"))
    wait_until(lambda: web.hanging >= 2, "the downloads started")
    after = len(fake.calls)
    fake.send_text(7201, "how many troops?")
    answer = fake.wait_for("sendMessage", lambda p: p["chat_id"] == 7201, timeout=60, after=after)
    assert "100,000 troops" in parse_html(answer["text"])
    assert web.hanging >= 1  # answered while the downloads still hang
    assert not any(text.startswith("Could not add") for text in replies_to(fake, ADMIN))


def test_sigterm_during_a_hung_download_exits_0_and_says_the_link_was_not_added(fake, web, start_bot):
    bot = start_bot()
    url = web.url("/hang.html")
    fake.send_text(ADMIN, url)
    wait_until(lambda: web.hanging >= 1, "the download started")
    assert bot.stop(signal.SIGTERM) == 0  # stop() allows 20 s; the download alone would take 300
    assert f"Could not add {url}: the download was abandoned: the bot is stopping" in replies_to(fake, ADMIN)
    assert TOKEN not in bot.output()


def feed_messages(fake: FakeBotApi) -> list[str]:
    return [text for text in replies_to(fake, ADMIN) if text.startswith("From the feeds")]


def test_a_hung_feed_holds_neither_the_other_feeds_nor_the_next_poll(fake, web, start_bot):
    web.pages["/live-feed.xml"] = web.pages["/feed.xml"]
    feeds = f"{web.url('/hang-feed.xml')} {web.url('/live-feed.xml')}"
    start_bot(FEEDS=feeds, FEED_INTERVAL="1", FETCH_ALLOW_PRIVATE="1")
    wait_until(lambda: len(feed_messages(fake)) >= 1, "the live feed's articles were announced")
    assert "Penguins march across the ice in record numbers" in feed_messages(fake)[0]

    item = (
        "<item><title>Seal pups counted on the beach</title><pubDate>Sun, 05 Mar 2023 09:00:00 GMT</pubDate>"
        "<description>Rangers counted 230 seal pups on the beach this week.</description></item>"
    )
    web.pages["/live-feed.xml"] = (
        "application/rss+xml",
        web.pages["/feed.xml"][1].replace(b"<item>", item.encode() + b"<item>", 1),
    )
    wait_until(lambda: any("Seal pups" in m for m in feed_messages(fake)), "a later poll's article was announced")
    assert web.hanging == 1  # the hung feed is still being read...
    assert web.requests.count("/hang-feed.xml") == 1  # ...and not asked again meanwhile


def test_admins_are_told_how_many_feed_entries_wait_for_the_next_polls(fake, web, start_bot):
    item = (
        "<item><title>Seal pups counted on the beach</title><pubDate>Sun, 05 Mar 2023 09:00:00 GMT</pubDate>"
        "<description>Rangers counted 230 seal pups on the beach this week.</description></item>"
    )
    web.pages["/long-feed.xml"] = (
        "application/rss+xml",
        web.pages["/feed.xml"][1].replace(b"<item>", item.encode() + b"<item>", 1),
    )
    feed = web.url("/long-feed.xml")
    start_bot(FEEDS=feed, FEED_INTERVAL="1", FETCH_ALLOW_PRIVATE="1", FEED_MAX_ITEMS="2")
    wait_until(lambda: len(feed_messages(fake)) >= 2, "two polls announced their articles")
    first, second = feed_messages(fake)[:2]
    assert first.startswith("From the feeds: 2 new article(s)")
    assert f"⚠️ {feed}: 1 more new entries wait for the next polls (at most 2 a poll, FEED_MAX_ITEMS)" in first
    assert second.startswith("From the feeds: 1 new article(s)") and "⚠️" not in second
