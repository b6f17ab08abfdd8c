"""The real bot process against a fake Telegram Bot API on 127.0.0.1."""

from __future__ import annotations

import itertools
import json
import signal
import time
from collections.abc import Iterator

import pytest

from bot.telegram.formatting import shorten
from tests.support.bot_process import TOKEN, BotProcess, module_fake_bot_api, running_bot
from tests.support.chat import ask, button, plain, reply_to
from tests.support.fake_telegram import BOT_USER, FakeBotApi, parse_html
from tests.support.paths import SEED_TITLE

_chat_ids = itertools.count(1001)


fake = module_fake_bot_api


@pytest.fixture(scope="module")
def bot(fake: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    yield from running_bot(fake, tmp_path_factory.mktemp("bot") / "bot.log")


@pytest.fixture
def chat(bot: BotProcess) -> int:
    """A fresh private chat id, so tests do not see each other's messages."""
    return next(_chat_ids)


def test_command_menu_is_registered_at_startup(fake, bot):
    commands = fake.wait_for("setMyCommands")["commands"]
    expected = {"start", "help", "sources", "ask", "summary", "latest", "watch", "digest"}
    assert {c["command"] for c in commands} == expected


def test_question_is_answered_with_the_100000_troops_sentence_and_its_date(fake, chat):
    reply = ask(fake, chat, "how many troops?")
    heading, first = parse_html(reply["text"]).split("\n\n")[:2]
    assert "100,000 troops" in first and "2022-01-25" in heading


def test_reply_is_html_with_the_question_words_in_bold(fake, chat):
    reply = ask(fake, chat, "how many troops?")
    assert reply["parse_mode"] == "HTML"
    assert "<b>troops</b>" in reply["text"]


def test_reply_lists_three_passages_best_first(fake, chat):
    text = parse_html(ask(fake, chat, "how many troops?")["text"])
    heading, *passages = text.split("\n\n")
    assert heading.startswith("📰") and [block.split(".")[0] for block in passages] == ["1", "2", "3"]


def test_quote_is_shown_with_the_sentence_before_it(fake, chat):
    text = parse_html(ask(fake, chat, "What did Reznikov say about packing bags?")["text"])
    assert "Don't worry, sleep well" in text.split("\n\n")[1]
    assert "No need to have your bags packed" in text.split("\n\n")[1]


def test_markup_characters_in_a_question_are_escaped(fake, chat):
    ask(fake, chat, "<b>troops</b> & <script>alert(1)</script> &amp; 🙂")
    assert not fake.rejected


def test_nothing_relevant_says_so_and_suggests_rephrasing(fake, chat):
    text = ask(fake, chat, "recipe for pancakes")["text"]
    assert "found nothing" in text and "Try other words" in text


def test_more_button_pages_to_the_next_passages(fake, chat):
    question = fake.send_text(chat, "troops")
    reply = reply_to(fake, question)
    more = button(reply, "More »")
    assert len(more["callback_data"].encode()) <= 64
    fake.press_button(fake.message(chat, question["message_id"] + 1), more["callback_data"])
    edited = fake.wait_for("editMessageText", lambda p: p["chat_id"] == chat)
    assert parse_html(edited["text"]).split("\n\n")[1].startswith("4.")
    assert [b["text"] for b in edited["reply_markup"]["inline_keyboard"][-2]] == ["« Back", "More »"]


def test_a_button_for_a_changed_question_says_to_ask_again(fake, chat):
    question = fake.send_text(chat, "troops")
    reply = reply_to(fake, question)
    data = button(reply, "More »")["callback_data"]
    answer = fake.message(chat, question["message_id"] + 1)
    answer["reply_to_message"] = {**question, "text": "something else entirely"}
    fake.press_button(answer, data)
    alert = fake.wait_for("answerCallbackQuery", lambda p: "ask the question again" in (p.get("text") or ""))
    assert alert["show_alert"] is True


def test_start_says_in_one_line_what_the_bot_knows_with_three_examples_and_help(fake, chat):
    text = parse_html(ask(fake, chat, "/start")["text"])
    first = text.splitlines()[0]
    assert "1 news article of 2022-01-25, about Ukraine" in first and "to 2022-01-25" not in first
    examples = [line[2:] for line in text.splitlines() if line.startswith("• ")]
    assert len(examples) == 3 and not any(e.startswith("What about") for e in examples)
    assert "/help" in text


def test_start_examples_are_answered(fake, chat):
    text = parse_html(ask(fake, chat, "/start")["text"])
    for example in [line[2:] for line in text.splitlines() if line.startswith("• ")]:
        assert "found nothing" not in plain(ask(fake, next(_chat_ids), example))


def test_help_explains_how_to_ask(fake, chat):
    assert "/ask" in ask(fake, chat, "/help")["text"]


def test_sources_lists_each_article_with_date_and_passages(fake, chat):
    text = parse_html(ask(fake, chat, "/sources")["text"])
    assert f"2022-01-25 · {shorten(SEED_TITLE, 80)} · Associated Press (35 passages, 000_a388bfca99b435f5.txt)" in text


def test_ask_command_answers_its_question(fake, chat):
    assert "100,000 troops" in plain(ask(fake, chat, "/ask how many troops?"))


def test_ask_command_without_question_explains_usage(fake, chat):
    assert "/ask how many troops?" in ask(fake, chat, "/ask")["text"]


GROUP = -100500


def test_group_mention_is_answered(fake, bot):
    group = GROUP - next(_chat_ids)
    reply = ask(fake, group, f"@{BOT_USER['username']} how many troops?")
    assert "100,000 troops" in plain(reply)


def test_group_ask_command_is_answered(fake, bot):
    group = GROUP - next(_chat_ids)
    assert "100,000 troops" in plain(ask(fake, group, f"/ask@{BOT_USER['username']} how many troops?"))


def test_group_reply_to_the_bot_is_answered(fake, bot):
    group = GROUP - next(_chat_ids)
    first = ask(fake, group, f"@{BOT_USER['username']} troops")
    bot_message = fake.message(group, 2)
    assert bot_message["text"] == first["text"]
    followup = fake.send_text(group, "who is the Kremlin spokesman?", reply_to=bot_message)
    assert "Dmitry Peskov" in plain(reply_to(fake, followup))


def test_other_group_messages_get_no_reply(fake, bot):
    group = GROUP - next(_chat_ids)
    fake.send_text(group, "how many troops?")
    fake.send_text(group, "@someone_else how many troops?")
    time.sleep(1.0)
    ask(fake, group, f"@{BOT_USER['username']} troops")  # processed after the two above
    time.sleep(0.5)
    assert len(fake.sent_to(group)) == 1


def test_inline_query_offers_passages_with_dates(fake, bot):
    query_id = fake.inline_query(next(_chat_ids), "how many troops")
    answer = fake.wait_for("answerInlineQuery", lambda p: p["inline_query_id"] == query_id)
    results = answer["results"]
    assert "100,000 troops" in parse_html(results[0]["input_message_content"]["message_text"])
    assert all("2022-01-25" in r["input_message_content"]["message_text"] for r in results)


def test_inline_query_offers_at_most_50_results(fake, bot):
    query_id = fake.inline_query(next(_chat_ids), "Ukraine Russia NATO US troops Europe said")
    answer = fake.wait_for("answerInlineQuery", lambda p: p["inline_query_id"] == query_id)
    assert 1 <= len(answer["results"]) <= 50


@pytest.mark.parametrize(
    "content",
    [
        {"sticker": {"file_id": "s1", "file_unique_id": "u1", "width": 512, "height": 512, "is_animated": False,
                     "is_video": False, "type": "regular"}},
        {"photo": [{"file_id": "p1", "file_unique_id": "u2", "width": 90, "height": 90}]},
        {"voice": {"file_id": "v1", "file_unique_id": "u3", "duration": 2}},
        {"document": {"file_id": "d1", "file_unique_id": "u4", "file_name": "a.pdf"}},
    ],
)  # fmt: skip
def test_non_text_messages_get_a_one_line_hint(fake, chat, content):
    message = fake.send_other(chat, **content)
    assert reply_to(fake, message)["text"] == "I can only read text — please type your question."


def test_edited_question_gets_a_fresh_answer(fake, chat):
    question = fake.send_text(chat, "recipe for pancakes")
    reply_to(fake, question)
    fake.edit_text(question, "how many troops?")
    reply = fake.wait_for("sendMessage", lambda p: p["chat_id"] == chat and "100,000" in parse_html(p["text"]))
    assert reply["reply_parameters"]["message_id"] == question["message_id"]


def test_very_long_question_is_answered_within_telegram_limits(fake, chat):
    question = ("how many troops did Russia mass near Ukraine " * 200)[:4096]
    started = time.monotonic()
    reply = ask(fake, chat, question)
    assert "100,000 troops" in plain(reply)
    assert time.monotonic() - started < 10


def test_failure_in_a_handler_is_reported_and_the_bot_keeps_serving(fake, bot, chat):
    fake.fail_next("sendMessage", 400)
    fake.send_text(chat, "how many troops?")
    fake.wait_for("sendMessage", lambda p: p["chat_id"] == chat and "something went wrong" in p["text"])
    assert "100,000 troops" in plain(ask(fake, chat, "how many troops?"))
    assert "Failed to handle update" in bot.output()


def test_429_is_waited_out_and_the_reply_still_arrives(fake, chat):
    fake.fail_next("sendMessage", 429, retry_after=1)
    calls_before = len(fake.calls)
    reply = ask(fake, chat, "how many troops?")
    attempts = [c for c in fake.calls[calls_before:] if c.method == "sendMessage" and c.params["chat_id"] == chat]
    assert "100,000 troops" in plain(reply)
    assert [a.status for a in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 1.0


def test_5xx_on_send_is_retried_and_the_reply_still_arrives(fake, chat):
    fake.fail_next("sendMessage", 502)
    assert "100,000 troops" in plain(ask(fake, chat, "how many troops?"))


def test_5xx_on_polling_is_survived(fake, chat):
    fake.fail_next("getUpdates", 500, times=2)
    assert "100,000 troops" in plain(
        ask(
            fake,
            chat,
            "how many troops?",
        )
    )


def test_everything_sent_was_valid_for_telegram(fake, bot):
    assert fake.rejected == []


def test_no_log_line_contains_the_token(fake, bot):
    assert "Failed to handle update" in bot.output()  # tracebacks were logged, and redacted
    assert TOKEN not in bot.output()


def test_button_pressed_after_a_restart_still_pages(tmp_path):
    fake = FakeBotApi(TOKEN).start()  # its own server: one bot process polls it at a time
    try:
        first = BotProcess(fake, tmp_path / "first.log")
        fake.wait_for("setMyCommands", timeout=60)
        question = fake.send_text(5, "troops")
        reply = reply_to(fake, question)
        assert first.stop(signal.SIGINT) == 0
        data = button(reply, "More »")["callback_data"]
        started = len(fake.calls)
        second = BotProcess(fake, tmp_path / "second.log")
        fake.wait_for("setMyCommands", timeout=60, after=started)
        fake.press_button(fake.message(5, question["message_id"] + 1), data)
        edited = fake.wait_for("editMessageText", lambda p: p["chat_id"] == 5)
        assert parse_html(edited["text"]).split("\n\n")[1].startswith("4.")
        assert second.stop(signal.SIGTERM) == 0
    finally:
        fake.stop()


def test_json_roundtrip_of_callback_data_is_plain_ascii(fake, chat):
    reply = ask(fake, chat, "troops 🙂 " * 300)
    for row in reply["reply_markup"]["inline_keyboard"]:
        for key in row:
            assert json.dumps(key["callback_data"]).isascii()


def test_the_bundled_article_is_titled_by_its_lead_in_answers(fake, chat):
    first = plain(ask(fake, chat, "how many troops?")).split("\n\n")[0]
    assert f"📰 {shorten(SEED_TITLE, 80)}" in first and "a388bfca" not in first
