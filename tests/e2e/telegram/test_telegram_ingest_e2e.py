"""Admins grow the archive from Telegram; feeds keep it current — the real bot, the fake Bot API, a local web server."""

from __future__ import annotations

import itertools
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.bot_process import TOKEN, BotProcess, module_fake_bot_api, running_bot
from tests.support.fake_telegram import FakeBotApi, parse_html
from tests.support.paths import CORPUS
from tests.support.web_server import WebServer

ADMIN = 4242
STRANGER = 99
_pages = itertools.count(1)


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    server = WebServer().start()
    yield server
    server.stop()


fake = module_fake_bot_api


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ingest") / "corpus"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns(".index"))
    return folder


@pytest.fixture(scope="module")
def bot(fake: FakeBotApi, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    log = tmp_path_factory.mktemp("ingest-bot") / "bot.log"
    yield from running_bot(fake, log, corpus=corpus, ADMIN_IDS=str(ADMIN), FETCH_TIMEOUT="4")


def say(fake: FakeBotApi, chat_id: int, text: str, timeout: float = 30) -> str:
    after = len(fake.calls)
    fake.send_text(chat_id, text)
    return reply_text(fake, chat_id, after, timeout)


def reply_text(fake: FakeBotApi, chat_id: int, after: int, timeout: float = 30) -> str:
    return parse_html(fake.wait_for("sendMessage", lambda p: p["chat_id"] == chat_id, timeout, after)["text"])


def article_page(web: WebServer, title: str, date: str, *paragraphs: str) -> str:
    """Serve a new news page and return its URL."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f'<html><head><title>{title}</title><meta property="article:published_time" content="{date}"></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article></body></html>"
    )
    path = f"/article-{next(_pages)}.html"
    web.pages[path] = ("text/html; charset=utf-8", page.encode())
    return web.url(path)


def test_admin_sends_a_link_and_the_article_is_added_and_answered(fake, bot, web, corpus):
    url = article_page(
        web, "Walrus colony found on remote island", "2023-05-06",
        "Researchers found a colony of 3,200 walruses on a remote Arctic island last week.",
        "The colony had never been recorded before, the expedition leader said.",
    )  # fmt: skip
    reply = say(fake, ADMIN, url)
    assert "Added Walrus colony found on remote island" in reply
    assert "📅 2023-05-06 · 2 passages · 2023-05-06-walrus-colony-found-on-remote-island.txt" in reply
    assert (corpus / "2023-05-06-walrus-colony-found-on-remote-island.txt").is_file()
    assert "3,200 walruses" in say(fake, 7001, "how many walruses were found?")


def test_add_command_takes_a_date_for_an_undated_page(fake, bot, web):
    reply = say(fake, ADMIN, f"/add {web.url('/undated.html')} 2023-04-01")
    assert "Added Glacier retreat speeds up in the Alps" in reply and "📅 2023-04-01" in reply


def test_add_command_without_a_date_for_an_undated_page_says_how_to_give_one(fake, bot, web):
    web.pages["/undated-again.html"] = web.pages["/undated.html"]  # not the address the test above added
    reply = say(fake, ADMIN, f"/add {web.url('/undated-again.html')}")
    assert reply == (
        f"Could not add {web.url('/undated-again.html')}: no publication date found; "
        "give one after the link: /add URL YYYY-MM-DD"
    )


def test_add_command_alone_explains_what_to_send(fake, bot):
    assert "send a link, /add URL" in say(fake, ADMIN, "/add")


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/missing", "the server answered 404"),
        ("/redirect-file", "redirects to file:///etc/passwd"),
        ("/navigation.html", "no article text found"),
        ("/slow", "no answer within 4 s"),
    ],
)
def test_a_bad_link_gets_one_message_naming_it_and_the_problem(fake, bot, web, corpus, path, problem):
    before = sorted(p.name for p in corpus.iterdir())
    reply = say(fake, ADMIN, web.url(path))
    assert reply.startswith(f"Could not add {web.url(path)}: ") and problem in reply
    assert sorted(p.name for p in corpus.iterdir()) == before


def test_a_file_scheme_link_is_refused(fake, bot):
    assert "only http:// and https://" in say(fake, ADMIN, "/add file:///etc/passwd")


def test_a_duplicate_link_names_the_existing_file(fake, bot, web):
    url = article_page(web, "Ferry service resumes", "2023-06-01", "The island ferry resumed service after a month.")
    say(fake, ADMIN, url)
    reply = say(fake, ADMIN, url)
    assert reply == f"Could not add {url}: already in the corpus as 2023-06-01-ferry-service-resumes.txt (same URL)"


def test_a_stranger_is_told_only_admins_can_add_and_nothing_is_fetched(fake, bot, web, corpus):
    url = article_page(web, "Secret page", "2023-06-02", "Nobody should fetch this page about lighthouses today.")
    requests, before = len(web.requests), sorted(p.name for p in corpus.iterdir())
    assert say(fake, STRANGER, url) == "Only the bot's admins can add articles."
    assert say(fake, STRANGER, f"/add {url}") == "Only the bot's admins can add articles."
    assert say(fake, STRANGER, "/remove 000_a388bfca99b435f5.txt") == "Only the bot's admins can remove articles."
    assert web.requests[requests:] == []
    assert sorted(p.name for p in corpus.iterdir()) == before


def test_a_stranger_uploading_a_document_is_told_only_admins_can_add(fake, bot):
    after = len(fake.calls)
    fake.send_document(STRANGER, "notes.txt", b"date 2023-01-01 Something.")
    assert reply_text(fake, STRANGER, after) == "Only the bot's admins can add articles."
    assert "getFile" not in [c.method for c in fake.calls[after:]]


def test_admin_uploads_a_text_file_with_the_date_in_the_caption(fake, bot, corpus):
    after = len(fake.calls)
    content = "Harbour reopens after the storm\n\nThe harbour reopened on Monday after 14 boats were repaired.\n"
    fake.send_document(ADMIN, "harbour.txt", content.encode(), caption="2024-01-15")
    reply = reply_text(fake, ADMIN, after)
    assert "Added Harbour reopens after the storm" in reply and "📅 2024-01-15 · 1 passages" in reply
    assert "14 boats" in say(fake, 7002, "how many boats were repaired in the harbour?")


def test_admin_uploads_a_saved_html_page(fake, bot, web):
    after = len(fake.calls)
    page = web.pages["/news.html"][1].replace(b"polar.example.com", b"saved.example.org")
    page = page.replace(b"12,400", b"12,401")  # not the same text as another test's article
    fake.send_document(ADMIN, "Penguins – The Polar Times.html", page, mime_type="text/html")
    reply = reply_text(fake, ADMIN, after)
    assert "Added Penguins march across the ice in record numbers" in reply and "📅 2023-03-03" in reply


def test_an_upload_without_a_date_says_to_put_it_in_the_caption(fake, bot):
    after = len(fake.calls)
    fake.send_document(ADMIN, "notes.md", b"# Notes\n\nSome undated notes about the harbour master.\n")
    assert reply_text(fake, ADMIN, after) == (
        "Could not add notes.md: no publication date found; put the date in the caption, e.g. 2024-05-01"
    )


def test_an_upload_over_5_mb_is_refused_without_downloading_it(fake, bot):
    after = len(fake.calls)
    fake.send_document(ADMIN, "big.txt", b"word " * (1_100_000))
    assert reply_text(fake, ADMIN, after) == "Could not add big.txt: the file is over the 5 MB limit"
    assert "getFile" not in [c.method for c in fake.calls[after:]]


def test_an_uploaded_file_name_is_never_used_as_a_path(fake, bot, corpus):
    after = len(fake.calls)
    fake.send_document(ADMIN, "../../escape.txt", b" date 2024-02-02 title: Escape attempt\nThe file stays home.\n")
    assert "2024-02-02-escape-attempt.txt" in reply_text(fake, ADMIN, after)
    assert not (corpus.parent / "escape.txt").exists() and not (corpus.parent.parent / "escape.txt").exists()
    assert (corpus / "2024-02-02-escape-attempt.txt").is_file()


def test_admin_forwards_a_channel_post_and_it_is_added_with_its_date(fake, bot, corpus):
    after = len(fake.calls)
    channel = {"id": -1001234, "type": "channel", "title": "Harbour News", "username": "harbournews"}
    text = "Lighthouse keeper retires\nThe lighthouse keeper retired after 41 years of service on the cape."
    fake.forward_channel_post(ADMIN, text, posted=1_700_000_000, channel=channel, post_id=77)
    reply = reply_text(fake, ADMIN, after)
    assert "Added Lighthouse keeper retires" in reply and "📅 2023-11-14" in reply
    written = (corpus / "2023-11-14-lighthouse-keeper-retires.txt").read_text()
    assert "url: https://t.me/harbournews/77" in written
    assert "41 years" in say(fake, 7003, "how many years did the lighthouse keeper serve?")


def test_admin_removes_an_article_and_it_is_no_longer_answered(fake, bot, web, corpus):
    url = article_page(web, "Owl census counts snowy owls", "2023-07-01", "Volunteers counted 58 snowy owls.")
    say(fake, ADMIN, url)
    assert "58 snowy owls" in say(fake, 7004, "how many snowy owls?")
    assert say(fake, ADMIN, "/remove 2023-07-01-owl-census-counts-snowy-owls.txt") == (
        "Removed 2023-07-01-owl-census-counts-snowy-owls.txt."
    )
    assert not (corpus / "2023-07-01-owl-census-counts-snowy-owls.txt").exists()
    assert "found nothing" in say(fake, 7005, "how many snowy owls?")


def test_remove_of_an_unknown_article_says_so(fake, bot):
    assert say(fake, ADMIN, "/remove ../../etc/passwd") == (
        "Could not remove ../../etc/passwd: no article in the corpus has this file name"
    )


def test_reload_lists_unreadable_entries_and_serves_the_rest(fake, bot, corpus):
    (corpus / "odd.txt").mkdir()
    (corpus / "gone.txt").symlink_to(corpus / "deleted.txt")
    try:
        reply = say(fake, ADMIN, "/reload", timeout=60)
        assert reply.startswith("Reloaded:") and "Skipped, cannot be read:" in reply
        assert "odd.txt: a folder named like an article" in reply and "gone.txt: broken symbolic link" in reply
        assert "100,000 troops" in say(fake, 7006, "how many troops?")
    finally:
        (corpus / "odd.txt").rmdir()
        (corpus / "gone.txt").unlink()


def test_everything_sent_was_valid_for_telegram(fake, bot):
    assert fake.rejected == []


def feed_messages(fake: FakeBotApi) -> list[str]:
    return [parse_html(p["text"]) for p in fake.sent_to(ADMIN) if "From the feeds" in p["text"]]


def wait_for_feed_messages(fake: FakeBotApi, count: int, timeout: float = 60) -> list[str]:
    deadline = time.monotonic() + timeout
    while len(messages := feed_messages(fake)) < count:
        assert time.monotonic() < deadline, f"only {len(messages)} feed message(s): {messages}"
        time.sleep(0.1)
    return messages


def test_feeds_are_polled_and_admins_get_one_message_per_poll_with_news(web, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus, ignore=shutil.ignore_patterns(".index"))
    (corpus / "odd.txt").mkdir()  # listed at start-up, the rest served
    web.pages["/live-feed.xml"] = web.pages["/feed.xml"]
    feeds = f"{web.url('/live-feed.xml')} {web.url('/missing-feed.xml')}"
    fake = FakeBotApi(TOKEN).start()
    try:
        bot = BotProcess(
            fake,
            tmp_path / "bot.log",
            corpus=corpus,
            ADMIN_IDS=str(ADMIN),
            FEEDS=feeds,
            FEED_INTERVAL="1",
            FETCH_ALLOW_PRIVATE="1",  # the feed's entries link to the local web server
        )
        [first] = wait_for_feed_messages(fake, 1)
        assert first.startswith("From the feeds: 2 new article(s)")
        assert "2023-03-03 · Penguins march across the ice in record numbers (5 passages)" in first
        assert "2023-03-04 · Icebreaker frees trapped research ship" in first
        assert f"{web.url('/missing-feed.xml')}: the server answered 404" in first
        assert "All forty crew members are safe" in say(fake, 7101, "how many crew members are safe?")

        item = (
            "<item><title>Seal pups counted on the beach</title><pubDate>Sun, 05 Mar 2023 09:00:00 GMT</pubDate>"
            "<description>Rangers counted 230 seal pups on the beach this week.</description></item>"
        )
        web.pages["/live-feed.xml"] = (
            "application/rss+xml",
            web.pages["/feed.xml"][1].replace(b"<item>", item.encode() + b"<item>", 1),
        )
        messages = wait_for_feed_messages(fake, 2)
        assert len(messages) == 2  # the polls in between found nothing new and said nothing
        assert (
            messages[1]
            == "From the feeds: 1 new article(s)\n• 2023-03-05 · Seal pups counted on the beach (1 passages)"
        )
        assert "230 seal pups" in say(fake, 7102, "how many seal pups?")
        assert bot.stop() == 0
        assert fake.rejected == []
        assert "Skipping a corpus entry that cannot be read: " in bot.output()
        assert "odd.txt: a folder named like an article; rename it without .txt" in bot.output()
    finally:
        fake.stop()
