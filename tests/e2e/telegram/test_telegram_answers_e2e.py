"""Answers a reader can follow, end to end: the real bot process against the fake Bot API.

Linked titles, the answer underlined, 📖 context buttons (also after a restart and after
the article changed), cropped inline descriptions and replies inside forum topics.
"""

from __future__ import annotations

import itertools
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.bot_process import TOKEN, BotProcess, module_fake_bot_api, running_bot
from tests.support.chat import button, reply_to
from tests.support.fake_telegram import BOT_USER, FakeBotApi, parse_html
from tests.support.paths import SEED

URL = "https://news.example.com/2022/02/harbour-strike"
STRIKE = f"""date 2022-02-10 title: Harbour pilots strike in Rotterdam
url: {URL}
author: Jan de Vries
source: Example Wire

Harbour pilots in Rotterdam walked out on Thursday over pay and staffing.

Ships queued outside the port for hours. About 350 pilots joined the strike, the union said.
Port authority spokeswoman Anna Visser said talks would resume on Monday.

The last strike, in 2019, lasted two days.
"""
LIGHTHOUSE = """date 2022-02-11 title: Lighthouse keeper retires

The lighthouse keeper of Westkapelle retired after forty years of service.

Volunteers will run the museum in the old tower from the spring.
"""

_chat_ids = itertools.count(3001)


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, folder / SEED.name)
    (folder / "010_harbour_strike.txt").write_text(STRIKE)
    (folder / "020_lighthouse.txt").write_text(LIGHTHOUSE)
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("linked") / "corpus")


fake = module_fake_bot_api


@pytest.fixture(scope="module", autouse=True)
def bot(fake: FakeBotApi, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """One bot process serving ``corpus`` for the module; everything it sent must be valid."""
    yield from running_bot(fake, tmp_path_factory.mktemp("bot") / "bot.log", corpus=corpus)
    assert fake.rejected == []


def ask(fake: FakeBotApi, text: str, chat_id: int | None = None) -> tuple[dict, dict]:
    """The question message and the bot's reply to it."""
    question = fake.send_text(chat_id or next(_chat_ids), text)
    return question, reply_to(fake, question)


def blocks(reply: dict) -> list[str]:
    """The reply's passages (after the heading naming their one article, if any)."""
    parts = reply["text"].split("\n\n")
    return parts[1:] if parts[0].startswith("📰") else parts


def press(fake: FakeBotApi, question: dict, reply: dict, label: str) -> None:
    answer = fake.message(question["chat"]["id"], question["message_id"] + 1)
    assert answer["text"] == reply["text"]
    fake.press_button(answer, button(reply, label)["callback_data"])


def test_answer_shows_the_article_title_as_a_link(fake):
    _, reply = ask(fake, "how many pilots joined the strike?")
    # In the heading when every passage comes from this article, else above the passage.
    assert f'<a href="{URL}"><i>Harbour pilots strike in Rotterdam</i></a> · Example Wire' in reply["text"]
    assert reply["link_preview_options"]["is_disabled"] is True


def test_how_many_troops_underlines_100000_and_8500(fake):
    _, reply = ask(fake, "how many troops?")
    first, second = blocks(reply)[:2]
    assert "<u>100,000</u> <b>troops</b>" in first
    assert "<u>8500</u> <b>troops</b>" in second


def test_who_is_the_kremlin_spokesman_underlines_dmitry_peskov(fake):
    _, reply = ask(fake, "who is the Kremlin spokesman?")
    assert "<b>Kremlin</b> <b>spokesman</b> <u>Dmitry Peskov</u>" in blocks(reply)[0]


def test_each_passage_has_a_numbered_context_button_in_one_row(fake):
    _, reply = ask(fake, "troops")
    rows = reply["reply_markup"]["inline_keyboard"]
    assert [b["text"] for b in rows[0]] == ["📖 1", "📖 2", "📖 3"]
    assert all(len(b["callback_data"].encode()) <= 64 for row in rows for b in row)


def test_context_button_replies_with_the_paragraph_and_the_passage_in_bold(fake):
    question, reply = ask(fake, "how many pilots joined the strike?")
    press(fake, question, reply, "📖 1")
    chat = question["chat"]["id"]
    shown = fake.wait_for("sendMessage", lambda p: p["chat_id"] == chat and "in context" in p["text"])
    assert "📖 <b>Passage 1 in context</b>" in shown["text"]
    assert (
        "<blockquote>Ships queued outside the port for hours. <b>About 350 pilots joined the strike, the union "
        "said.</b> Port authority spokeswoman Anna Visser said talks would resume on Monday.</blockquote>"
    ) in shown["text"]
    assert shown["reply_parameters"]["message_id"] == question["message_id"] + 1
    assert "Harbour pilots in Rotterdam walked out" not in shown["text"]  # another paragraph


def test_context_button_after_the_article_changed_says_so(fake, corpus):
    question, reply = ask(fake, "when did the lighthouse keeper retire?")
    (corpus / "020_lighthouse.txt").write_text(LIGHTHOUSE.replace("forty", "forty-one"))
    press(fake, question, reply, "📖 1")
    alert = fake.wait_for("answerCallbackQuery", lambda p: "article has changed" in (p.get("text") or ""))
    assert alert["show_alert"] is True


def test_inline_description_is_cropped_around_the_matched_words(fake):
    query_id = fake.inline_query(next(_chat_ids), "contingency plans")
    results = fake.wait_for("answerInlineQuery", lambda p: p["inline_query_id"] == query_id)["results"]
    description = results[0]["description"]
    assert description.startswith("…") and description.endswith("…") and "contingency plans" in description
    assert len(description) <= 120
    words = description.strip("…").split()
    source = results[0]["input_message_content"]["message_text"]
    assert all(w in parse_html(source).split() for w in words)  # whole words only


def test_inline_results_carry_the_article_link(fake):
    query_id = fake.inline_query(next(_chat_ids), "harbour pilots strike")
    [first, *_] = fake.wait_for("answerInlineQuery", lambda p: p["inline_query_id"] == query_id)["results"]
    assert first["url"] == URL and f'<a href="{URL}">' in first["input_message_content"]["message_text"]


def test_sources_lists_each_article_as_a_link(fake):
    _, reply = ask(fake, "/sources")
    assert f'<a href="{URL}"><i>Harbour pilots strike in Rotterdam</i></a>' in reply["text"]


def test_question_in_a_forum_topic_is_answered_in_that_topic(fake):
    forum = -1009000 - next(_chat_ids)
    topic = fake.create_topic(forum, "Ukraine")
    question = fake.send_text(forum, f"/ask@{BOT_USER['username']} how many troops?", thread_id=topic)
    reply = reply_to(fake, question)
    assert reply["message_thread_id"] == topic
    assert "<u>100,000</u>" in reply["text"]


def test_context_in_a_forum_topic_stays_in_that_topic(fake):
    forum = -1009000 - next(_chat_ids)
    fake.create_topic(forum, "General chat")
    topic = fake.create_topic(forum, "Strikes")
    question = fake.send_text(forum, f"@{BOT_USER['username']} how many pilots joined the strike?", thread_id=topic)
    reply = reply_to(fake, question)
    press(fake, question, reply, "📖 1")
    shown = fake.wait_for("sendMessage", lambda p: p["chat_id"] == forum and "in context" in p["text"])
    assert shown["message_thread_id"] == topic


def test_context_button_works_after_a_restart(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    fake = FakeBotApi(TOKEN).start()  # its own server: one bot process polls it at a time
    try:
        first = BotProcess(fake, tmp_path / "first.log", corpus=corpus)
        fake.wait_for("setMyCommands", timeout=60)
        question, reply = ask(fake, "how many pilots joined the strike?", chat_id=7)
        assert first.stop(signal.SIGINT) == 0
        started = len(fake.calls)
        second = BotProcess(fake, tmp_path / "second.log", corpus=corpus)
        fake.wait_for("setMyCommands", timeout=60, after=started)
        press(fake, question, reply, "📖 1")
        shown = fake.wait_for("sendMessage", lambda p: p["chat_id"] == 7 and "in context" in p["text"])
        assert "<b>About 350 pilots joined the strike, the union said.</b>" in shown["text"]
        assert second.stop(signal.SIGTERM) == 0
        assert fake.rejected == []
    finally:
        fake.stop()
