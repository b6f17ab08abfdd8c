"""Secrets stay out of chats, logs and the corpus — the real bot, the fake Bot API, a local web server.

The token echoed URL-encoded in an error body, credentials in a feed's address, credentials and
keys in a link an admin adds: none reaches a log line, an admin's chat, a stored ``url:`` line
or the title links every user sees.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.support.bot_process import TOKEN, BotProcess, module_fake_bot_api, running_bot
from tests.support.fake_telegram import FakeBotApi, parse_html
from tests.support.paths import CORPUS
from tests.support.web_server import WebServer

ADMIN = 4343
SECRETS = ("hunter2", "editor:", "s3cret", TOKEN.split(":")[1], "".join(f"%{ord(c):02X}" for c in "AAFake"))
OLD_ARTICLE = """ date 2023-05-02 title: Tide gauge sets a harbour record
url: https://harbour.example/news/tide?token=s3cret-old#top

The tide gauge at the harbour recorded 7.3 metres on Tuesday, the highest reading since 1953.
"""

fake = module_fake_bot_api


def with_credentials(url: str) -> str:
    return url.replace("http://", "http://editor:hunter2@", 1)


def leaked(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret.lower() in text.lower()]


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    server = WebServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("secrets") / "corpus"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns(".index"))
    (folder / "2023-05-02-tide-gauge.txt").write_text(OLD_ARTICLE)  # written before addresses were made public
    return folder


@pytest.fixture(scope="module")
def bot(
    fake: FakeBotApi, web: WebServer, corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BotProcess]:
    log = tmp_path_factory.mktemp("secrets-bot") / "bot.log"
    feed = with_credentials(web.url("/missing-feed.xml")) + "?key=s3cret-feed"
    yield from running_bot(
        fake, log, corpus=corpus, ADMIN_IDS=str(ADMIN), FEEDS=feed, FEED_INTERVAL="3600", FETCH_TIMEOUT="4",
        FETCH_ALLOW_PRIVATE="1",
    )  # fmt: skip


@pytest.fixture(scope="module")
def feed_report(fake: FakeBotApi, bot: BotProcess) -> str:
    """The admin's message about the first feed poll (the feed answers 404)."""
    sent = fake.wait_for("sendMessage", lambda p: p["chat_id"] == ADMIN and "From the feeds" in p["text"], 60)
    return parse_html(sent["text"])


def reply_to(fake: FakeBotApi, chat_id: int, after: int, timeout: float = 30) -> str:
    """The raw text (HTML) of the bot's next message to ``chat_id``."""
    return fake.wait_for("sendMessage", lambda p: p["chat_id"] == chat_id, timeout, after)["text"]


def say(fake: FakeBotApi, chat_id: int, text: str) -> str:
    after = len(fake.calls)
    fake.send_text(chat_id, text)
    return reply_to(fake, chat_id, after)


def wait_for_log(bot: BotProcess, text: str, timeout: float = 15) -> str:
    deadline = time.monotonic() + timeout
    while text not in (output := bot.output()):
        assert time.monotonic() < deadline, f"no {text!r} in the log"
        time.sleep(0.05)
    return output


def test_feed_problems_reach_admins_without_the_feeds_credentials_or_key(feed_report, web):
    assert f"⚠️ {web.url('/missing-feed.xml')}: the server answered 404" in feed_report
    assert leaked(feed_report) == []


def test_an_error_body_echoing_the_url_encoded_token_is_logged_redacted(fake, bot, feed_report):
    encoded = quote(TOKEN, safe="")
    fake.fail_next("sendMessage", 400, description=f"Bad Request: can't send to {fake.base_url}{encoded}/sendMessage")
    after = len(fake.calls)
    fake.send_text(5101, "how many troops?")
    fake.wait_for("sendMessage", lambda p: p["chat_id"] == 5101 and "went wrong" in p["text"], 30, after)
    log = wait_for_log(bot, "Failed to handle update")
    assert "[token]/sendmessage" in log.lower()  # PTB capitalizes the description, lower-casing the rest
    assert leaked(log) == []


def test_a_telegram_error_echoing_the_token_is_shown_to_the_admin_redacted(fake, bot, feed_report):
    encoded = quote(quote(TOKEN, safe=""), safe="").replace("%253A", "%253a")
    fake.fail_next("getFile", 400, description=f"Bad Request: wrong file_id for /file/bot{encoded}/documents/doc1")
    after = len(fake.calls)
    fake.send_document(ADMIN, "notes.txt", b"Harbour notes.", caption="2024-01-15")
    reply = parse_html(reply_to(fake, ADMIN, after))
    assert reply.startswith("Could not add notes.txt: Telegram did not hand over the file (")
    assert "[token]" in reply and leaked(reply) == []


def test_an_added_link_is_stored_and_linked_without_its_credentials_or_key(fake, bot, web, corpus, feed_report):
    page = (
        "<html><head><title>Ferry timetable changes</title>"
        '<meta property="article:published_time" content="2023-06-11"></head><body><article>'
        "<h1>Ferry timetable changes</h1><p>The island ferry will sail 14 times a day from June.</p>"
        "</article></body></html>"
    )
    web.pages["/ferry.html"] = ("text/html; charset=utf-8", page.encode())
    added = parse_html(say(fake, ADMIN, f"/add {with_credentials(web.url('/ferry.html'))}?token=s3cret-add#top"))
    assert added.startswith("Added Ferry timetable changes") and leaked(added) == []
    stored = (corpus / "2023-06-11-ferry-timetable-changes.txt").read_text()
    assert f"url: {web.url('/ferry.html')}\n" in stored and leaked(stored) == []
    answer = say(fake, 5102, "how many times a day will the ferry sail?")
    assert f'<a href="{web.url("/ferry.html")}">' in answer and leaked(answer) == []


def test_a_bad_link_is_reported_to_the_admin_without_its_credentials_or_key(fake, bot, web, feed_report):
    reply = parse_html(say(fake, ADMIN, f"{with_credentials(web.url('/missing'))}?token=s3cret-bad"))
    assert reply.startswith(f"Could not add {web.url('/missing')}: the server answered 404")
    assert leaked(reply) == []


def test_an_article_stored_with_a_key_earlier_is_linked_without_it(fake, bot, feed_report):
    answer = say(fake, 5103, "what did the tide gauge at the harbour record?")
    assert '<a href="https://harbour.example/news/tide">' in answer and leaked(answer) == []


def test_the_link_named_in_an_answer_about_an_article_stored_with_a_key_earlier_is_shown_without_it(
    fake, bot, feed_report
):
    answer = parse_html(say(fake, 5105, "what is the source of the article about the tide gauge?"))
    assert "comes from https://harbour.example/news/tide." in answer and leaked(answer) == []


def test_an_inline_result_links_an_article_stored_with_a_key_earlier_without_it(fake, bot, feed_report):
    after = len(fake.calls)
    fake.inline_query(5104, "tide gauge harbour record")
    results = fake.wait_for("answerInlineQuery", lambda p: bool(p.get("results")), 30, after)["results"]
    assert "https://harbour.example/news/tide" in [r.get("url") for r in results]
    assert leaked(str(results)) == []


def test_the_log_holds_no_credentials_or_keys(bot, feed_report):
    assert leaked(bot.output()) == []


def test_everything_sent_was_valid_for_telegram(fake, bot, feed_report):
    assert fake.rejected == []
