"""Summaries, dates, "latest" and small talk through the real bot process and the fake Bot API,
on an archive of four articles of different dates."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from bot.telegram.formatting import shorten
from tests.support.bot_process import BotProcess, module_fake_bot_api, running_bot
from tests.support.chat import ask, plain, reply_to
from tests.support.dated_corpus import NEWEST_TITLE, write_dated_corpus
from tests.support.fake_telegram import BOT_USER, FakeBotApi, parse_html

_chat_ids = itertools.count(3001)


fake = module_fake_bot_api


@pytest.fixture(scope="module")
def bot(fake: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    folder = tmp_path_factory.mktemp("dated")
    corpus = write_dated_corpus(folder / "corpus")
    yield from running_bot(fake, folder / "bot.log", CORPUS_DIR=str(corpus))


@pytest.fixture
def chat(bot: BotProcess) -> int:
    return next(_chat_ids)


def test_greeting_gets_a_friendly_reply_with_an_example_question(fake, chat):
    text = plain(ask(fake, chat, "Hello!"))
    assert text.startswith("Hello! I answer questions about 4 news articles from 2022-01-10 to 2022-03-01.")
    assert "Try for example: “What about" in text and "found nothing" not in text


def test_thanks_is_never_answered_with_nothing_found(fake, chat):
    text = plain(ask(fake, chat, "thanks!"))
    assert text.startswith("You're welcome!") and "found nothing" not in text


def test_what_is_the_article_about_gets_the_newest_articles_summary(fake, chat):
    text = plain(ask(fake, chat, "what is this article about?"))
    heading = f"📰 {shorten(NEWEST_TITLE, 80)}\n📅 2022-03-01"
    assert text.startswith(f"{heading}\n• Aid agencies opened humanitarian corridors")
    assert text.count("• ") == 3


def test_summary_command_summarizes_the_article_its_words_point_to(fake, chat):
    reply = ask(fake, chat, "/summary gas supplies")
    assert "<i>Gas supplies europe</i>" in reply["text"]
    assert "• Europe is looking for gas supplies beyond Russia" in plain(reply)


def test_latest_command_summarizes_the_newest_articles_newest_first_with_more(fake, chat):
    question = fake.send_text(chat, "/latest")
    reply = reply_to(fake, question)
    text = plain(reply)
    assert text.startswith("Newest first\n\n📰 " + shorten(NEWEST_TITLE, 80))
    assert text.index("2022-03-01") < text.index("2022-02-14") < text.index("2022-01-25")
    [[more], _votes] = reply["reply_markup"]["inline_keyboard"]
    fake.press_button(fake.message(chat, question["message_id"] + 1), more["callback_data"])
    edited = fake.wait_for("editMessageText", lambda p: p["chat_id"] == chat)
    assert "Gas supplies europe" in parse_html(edited["text"]) and "2022-01-10" in parse_html(edited["text"])


def test_last_week_is_counted_back_from_the_newest_article_and_the_reply_says_so(fake, chat):
    text = plain(ask(fake, chat, "what happened last week?"))
    assert text.startswith("Articles dated from last week (2022-02-23 to 2022-03-01)")
    assert "2022-02-14" not in text and "humanitarian corridors" in text


def test_a_question_in_a_month_is_answered_from_that_months_articles(fake, chat):
    text = plain(ask(fake, chat, "what did the United States do in February 2022?"))
    assert text.startswith("Articles dated from February 2022 (2022-02-01 to 2022-02-28)")
    assert "Geneva" in text and "2022-01-25" not in text


def test_nothing_in_the_range_names_the_archive_range(fake, chat):
    text = plain(ask(fake, chat, "what happened before 2022?"))
    assert text == (
        "No article is dated before 2022 (up to 2021-12-31): "
        "the archive holds 4 news articles from 2022-01-10 to 2022-03-01."
    )


def test_when_was_it_published_is_answered_from_the_metadata(fake, chat):
    text = plain(ask(fake, chat, "When was the article about gas published?"))
    assert text == "“Gas supplies europe” was published on 2022-01-10."


def test_who_wrote_it_says_plainly_the_files_name_no_author(fake, chat):
    assert "none names an author" in plain(ask(fake, chat, "who wrote it?"))


def test_ask_command_and_groups_give_the_same_answers(fake, bot):
    group = -200000 - next(_chat_ids)
    assert "Gas supplies europe" in plain(ask(fake, group, "/ask summarize the article about gas supplies"))
    mention = plain(ask(fake, group, f"@{BOT_USER['username']} which articles do you have?"))
    assert mention.startswith("4 articles (from 2022-01-10 to 2022-03-01), newest first:")


def test_inline_summary_is_one_result_posting_the_whole_summary(fake, bot):
    query_id = fake.inline_query(next(_chat_ids), "summarize the article about refugees")
    [result] = fake.wait_for("answerInlineQuery", lambda p: p["inline_query_id"] == query_id)["results"]
    assert result["title"] == "Summary"
    assert "600,000 refugees" in parse_html(result["input_message_content"]["message_text"])


def test_everything_sent_was_valid_for_telegram(fake, bot):
    assert fake.rejected == []
