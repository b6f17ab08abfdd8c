"""Watched words end to end: the real bot, the fake Bot API, a local web server's feed."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store.watches import AlertStore
from tests.support.bot_process import TOKEN, BotProcess, module_fake_bot_api, running_bot
from tests.support.fake_telegram import FakeBotApi, parse_html
from tests.support.paths import CORPUS
from tests.support.web_server import WebServer

ADMIN = 4242
WATCHER, OTHER, BLOCKER = 6001, 6002, 6003
GROUP, GROUP_ADMIN, GROUP_MEMBER = -100777, 501, 502
EMPTY_FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>The Arctic Courier</title></channel></rss>'
SECOND_HERD = (
    "<item><title>Second walrus herd seen</title><pubDate>Tue, 07 Mar 2023 08:00:00 GMT</pubDate>"
    "<description>A second walrus herd of twelve animals was seen on Edgeoya island.</description></item>"
)


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    server = WebServer().start()
    server.pages["/live.xml"] = ("application/rss+xml", EMPTY_FEED)
    yield server
    server.stop()


def say(fake: FakeBotApi, chat_id: int, text: str, user_id: int | None = None, thread_id: int | None = None) -> dict:
    """Send ``text`` and return the bot's reply's params."""
    after = len(fake.calls)
    fake.send_text(chat_id, text, user_id=user_id, thread_id=thread_id)
    return fake.wait_for("sendMessage", lambda p: p["chat_id"] == chat_id, 30, after)


def pushes(fake: FakeBotApi, chat_id: int) -> list[dict]:
    return [p for p in fake.sent_to(chat_id) if "🔔" in p["text"]]


def wait_for_log(process: BotProcess, line: str, count: int = 1, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while process.output().count(line) < count:
        assert process.process.poll() is None, process.output()
        assert time.monotonic() < deadline, f"no {line!r} in the log:\n{process.output()}"
        time.sleep(0.1)


def test_a_feed_poll_pushes_only_the_matching_article_once_and_a_restart_repeats_nothing(web, tmp_path):
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    shutil.copytree(CORPUS, corpus, ignore=shutil.ignore_patterns(".index"))
    env = {"ADMIN_IDS": str(ADMIN), "FEEDS": web.url("/live.xml"), "FEED_INTERVAL": "1", "DATA_DIR": str(data)}
    fake = FakeBotApi(TOKEN).start()
    try:
        bot = BotProcess(fake, tmp_path / "first.log", corpus=corpus, **env)
        fake.wait_for("setMyCommands", timeout=60)
        assert "Watching walrus" in parse_html(say(fake, WATCHER, "/watch walrus")["text"])
        assert "Watching volcano" in parse_html(say(fake, OTHER, "/watch volcano")["text"])
        assert "Watching walruses" in parse_html(say(fake, BLOCKER, "/watch walruses")["text"])
        fake.block(BLOCKER)

        web.pages["/live.xml"] = web.pages["/alerts-feed.xml"]
        wait_for_log(bot, "New articles: 2;")

        [push] = pushes(fake, WATCHER)
        text = parse_html(push["text"])
        assert text.startswith("🔔 New about walrus:")
        assert "📰 Walrus herd rests on Svalbard beach\n📅 2023-03-05" in text
        assert "forty walruses" in text
        assert "orchestra" not in text.lower()
        [[button]] = push["reply_markup"]["inline_keyboard"]
        assert button["text"] == "📖 1" and button["callback_data"].startswith("ctx:")
        assert pushes(fake, OTHER) == []
        assert AlertStore(data).watches(BLOCKER) == []  # blocked the bot: its watches are gone
        assert [w.words for w in AlertStore(data).watches(WATCHER)] == ["walrus"]

        message = fake.message(WATCHER, fake.accepted("sendMessage", WATCHER)[-1].result["message_id"])
        after = len(fake.calls)
        fake.press_button(message, button["callback_data"])
        context = fake.wait_for("sendMessage", lambda p: p["chat_id"] == WATCHER, 30, after)
        assert "Passage 1 in context" in parse_html(context["text"])
        assert bot.stop() == 0

        bot = BotProcess(fake, tmp_path / "second.log", corpus=corpus, **env)
        wait_for_log(bot, "Serving as")
        web.pages["/live.xml"] = (
            "application/rss+xml",
            web.pages["/alerts-feed.xml"][1].replace(b"<item>", SECOND_HERD.encode() + b"<item>", 1),
        )
        wait_for_log(bot, "New articles: 1;")
        first, second = pushes(fake, WATCHER)
        assert first == push
        assert "twelve animals" in parse_html(second["text"])
        assert "forty walruses" not in parse_html(second["text"])  # already sent before the restart
        assert pushes(fake, OTHER) == []
        assert bot.stop() == 0
        assert fake.rejected == []
        assert fake.throttled == []
    finally:
        fake.stop()


fake = module_fake_bot_api


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("alerts-data")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("alerts-corpus") / "corpus"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns(".index"))
    return folder


@pytest.fixture(scope="module")
def bot(fake: FakeBotApi, data: Path, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    fake.set_admins(GROUP, {GROUP_ADMIN})
    log = tmp_path_factory.mktemp("alerts-bot") / "bot.log"
    env = {"DATA_DIR": str(data), "WATCHES_PER_CHAT": "3", "TIMEZONE": "Europe/Berlin", "ADMIN_IDS": str(ADMIN)}
    yield from running_bot(fake, log, corpus=corpus, **env)


def reply(fake: FakeBotApi, chat_id: int, text: str, **sender: int) -> str:
    return parse_html(say(fake, chat_id, text, **sender)["text"])


def test_watch_alone_lists_the_chats_watches_with_a_remove_button_each(fake, bot, data):
    chat = 6101
    reply(fake, chat, "/watch gas prices")
    reply(fake, chat, '/watch "natural gas"')
    listing = say(fake, chat, "/watch")
    assert parse_html(listing["text"]).startswith('This chat watches:\n1. gas prices\n2. "natural gas"')
    buttons = [b for row in listing["reply_markup"]["inline_keyboard"] for b in row]
    assert [b["text"] for b in buttons] == ["✖ 1", "✖ 2"]
    message = fake.message(chat, fake.accepted("sendMessage", chat)[-1].result["message_id"])
    after = len(fake.calls)
    fake.press_button(message, buttons[0]["callback_data"])
    edited = fake.wait_for("editMessageText", lambda p: p["chat_id"] == chat, 30, after)
    assert parse_html(edited["text"]).startswith('This chat watches:\n1. "natural gas"')
    assert [w.words for w in AlertStore(data).watches(chat)] == ['"natural gas"']


def test_unwatch_removes_the_watch_however_its_words_are_written(fake, bot, data):
    chat = 6102
    reply(fake, chat, "/watch Gas Prices")
    assert reply(fake, chat, "/unwatch prices  gas") == "Stopped watching Gas Prices."
    assert reply(fake, chat, "/unwatch prices gas") == "This chat does not watch prices gas."
    assert AlertStore(data).watches(chat) == []


def test_a_chat_has_at_most_watches_per_chat_watches(fake, bot, data):
    chat = 6103
    for words in ("walrus", "penguin", "icebreaker"):
        assert reply(fake, chat, f"/watch {words}").startswith("👀 Watching")
    assert reply(fake, chat, "/watch seal").startswith("Not watched: this chat has its 3 watches already")
    assert reply(fake, chat, "/watch walrus") == "This chat already watches walrus."
    assert len(AlertStore(data).watches(chat)) == 3


@pytest.mark.parametrize(
    ("words", "reason"),
    [
        ("", "This chat watches nothing yet."),
        ("x" * 2000, "Not watched: Watched words are at most 200 characters; these are 2000."),
        ("the of and", "Not watched: These are only small common words"),
        ("🦭 🐧", "Not watched: These are only small common words"),
        ("цены на газ", "Not watched: The archive's articles are written in Latin script and these words in Cyrillic"),
    ],
)
def test_bad_watch_words_get_a_clear_reply_and_store_nothing(fake, bot, data, words, reason):
    chat = 6104
    assert reply(fake, chat, f"/watch {words}".strip()).startswith(reason)
    assert AlertStore(data).watches(chat) == []


def test_markup_in_watch_words_is_shown_as_text(fake, bot, data):
    shown = reply(fake, 6105, "/watch <b>walrus</b> & <i>seal</i>")
    assert shown.startswith("👀 Watching <b>walrus</b> & <i>seal</i>.")


def test_in_a_group_only_its_admins_may_add_watches_and_pushes_go_to_the_topic(fake, bot, data, corpus):
    topic = fake.create_topic(GROUP, "News")
    refused = reply(fake, GROUP, "/watch walrus", user_id=GROUP_MEMBER, thread_id=topic)
    assert refused == "In a group only its admins can change what the group watches."
    assert reply(fake, GROUP, "/watch walrus", user_id=GROUP_ADMIN, thread_id=topic).startswith("👀 Watching walrus")
    [watch] = AlertStore(data).watches(GROUP)
    assert (watch.words, watch.thread_id) == ("walrus", topic)
    assert fake.wait_for("getChatMember", lambda p: p["user_id"] == GROUP_MEMBER)

    # A file added by hand, then /reload: the same path as every other arrival.
    (corpus / "2023-03-05-walrus.txt").write_text(
        "date 2023-03-05 title: Walrus herd rests on Svalbard beach\nA herd of forty walruses rested on the beach.\n"
    )
    assert reply(fake, ADMIN, "/reload").startswith("Reloaded: 2 article(s)")
    push = fake.wait_for("sendMessage", lambda p: p["chat_id"] == GROUP and "🔔" in p["text"], 60)
    assert push["message_thread_id"] == topic
    assert "forty walruses" in parse_html(push["text"])


@pytest.mark.parametrize("time_of_day", ["25:61", "7", "07:60", "noon", "24:00"])
def test_a_digest_time_that_is_not_a_time_of_day_is_refused(fake, bot, data, time_of_day):
    chat = 6106
    assert reply(fake, chat, f"/digest {time_of_day}").startswith("Not a time of day")
    assert AlertStore(data).digests(chat) == []


def test_a_digest_is_set_in_the_bots_time_zone_and_stopped(fake, bot, data):
    chat = 6107
    assert reply(fake, chat, "/digest 7:30").startswith("🗞 Every day at 07:30 (Europe/Berlin)")
    assert reply(fake, chat, "/digest").startswith("This chat gets a daily digest at 07:30 (Europe/Berlin).")
    assert [d.minute for d in AlertStore(data).digests(chat)] == [450]
    assert reply(fake, chat, "/digest off") == "Daily digest stopped."
    assert AlertStore(data).digests(chat) == []


def test_everything_sent_was_valid_for_telegram(fake, bot):
    assert fake.rejected == []
