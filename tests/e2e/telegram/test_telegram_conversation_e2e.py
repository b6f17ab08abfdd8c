"""Follow-up questions in Telegram, end to end: the real bot process against the fake Bot API."""

from __future__ import annotations

import itertools
import signal
from collections.abc import Iterator

import pytest

from tests.support.bot_process import TOKEN, BotProcess, module_fake_bot_api, running_bot
from tests.support.chat import ask, reply_to
from tests.support.fake_telegram import BOT_USER, FakeBotApi, parse_html

fake = module_fake_bot_api
_chats = itertools.count(3001)
_groups = itertools.count(-300500, -1)
MENTION = f"@{BOT_USER['username']}"


@pytest.fixture(scope="module")
def bot(fake: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    yield from running_bot(fake, tmp_path_factory.mktemp("bot") / "bot.log")


@pytest.fixture
def chat(bot: BotProcess) -> int:
    return next(_chats)


@pytest.fixture
def group(bot: BotProcess) -> int:
    return next(_groups)


def text_of(reply: dict) -> str:
    return parse_html(reply["text"])


def answer_message_of(fake: FakeBotApi, chat_id: int, reply: dict) -> dict:
    """The bot's answer ``reply`` as a message in the chat (to reply to it, or press its buttons)."""
    question_id = reply["reply_parameters"]["message_id"]
    for message_id in itertools.count(question_id + 1):
        message = fake.message(chat_id, message_id)
        if message["from"]["id"] == BOT_USER["id"] and message["text"] == reply["text"]:
            return message
    raise AssertionError("unreachable")


def reply_with(fake: FakeBotApi, chat_id: int, text: str, answer: dict) -> dict:
    after = len(fake.calls)
    return reply_to(fake, fake.send_text(chat_id, text, reply_to=answer), after=after)


def test_the_next_private_message_follows_up_the_answer_before(fake, chat):
    ask(fake, chat, "what did the US order?")
    text = text_of(ask(fake, chat, "and canada?"))
    assert text.startswith("🔎 what did canada order?")
    assert "Canadian diplomatic staff" in text.split("\n\n")[2]


def test_a_pronoun_is_resolved_from_the_passage_shown(fake, chat):
    ask(fake, chat, "who is the kremlin spokesman?")
    assert text_of(ask(fake, chat, "what did he accuse the US of?")).startswith("🔎 what did Peskov accuse")


def test_a_standalone_question_after_an_answer_is_answered_on_its_own(fake, chat):
    ask(fake, chat, "what did the US order?")
    text = text_of(ask(fake, chat, "who is the defence minister of Ukraine?"))
    assert "🔎" not in text and "Oleksii Reznikov" in text.split("\n\n")[1]


def test_a_reply_to_an_earlier_answer_follows_up_that_answer(fake, chat):
    first = ask(fake, chat, "what did the US order?")
    ask(fake, chat, "how many people have been killed?")
    text = text_of(reply_with(fake, chat, "and canada?", answer_message_of(fake, chat, first)))
    assert text.startswith("🔎 what did canada order?")


def test_a_group_reply_to_the_answer_carries_its_context(fake, group):
    first = ask(fake, group, f"{MENTION} what did the US order?")
    text = text_of(reply_with(fake, group, "and canada?", answer_message_of(fake, group, first)))
    assert text.startswith("🔎 what did canada order?") and "Canadian diplomatic staff" in text


def test_in_a_group_a_new_mention_is_not_a_follow_up(fake, group):
    ask(fake, group, f"{MENTION} what did the US order?")
    assert "🔎" not in text_of(ask(fake, group, f"{MENTION} and canada?"))


def test_a_follow_up_never_leans_on_another_chats_answer(fake, chat):
    ask(fake, chat, "what did the US order?")
    assert "🔎" not in text_of(ask(fake, next(_chats), "and canada?"))


def test_more_on_a_follow_up_pages_the_question_as_understood(fake, chat):
    ask(fake, chat, "how many troops did the US put on alert?")
    follow_up = ask(fake, chat, "and britain?")
    more = [b for row in follow_up["reply_markup"]["inline_keyboard"] for b in row if b["text"] == "More »"]
    after = len(fake.calls)
    fake.press_button(answer_message_of(fake, chat, follow_up), more[0]["callback_data"])
    edited = fake.wait_for("editMessageText", lambda p: p["chat_id"] == chat, after=after)
    assert text_of(edited).startswith("🔎 how many troops did britain put on alert?")
    assert "expired" not in edited["text"]


def test_a_reply_to_a_follow_ups_answer_follows_it_after_a_restart(tmp_path):
    fake = FakeBotApi(TOKEN).start()  # its own server: one bot process polls it at a time
    try:
        first = BotProcess(fake, tmp_path / "first.log")
        fake.wait_for("setMyCommands", timeout=60)
        ask(fake, 7, "what is Denmark sending?")
        follow_up = ask(fake, 7, "what about Spain?")
        assert first.stop(signal.SIGINT) == 0
        started = len(fake.calls)
        second = BotProcess(fake, tmp_path / "second.log")
        fake.wait_for("setMyCommands", timeout=60, after=started)
        text = text_of(reply_with(fake, 7, "and France?", answer_message_of(fake, 7, follow_up)))
        assert text.startswith("🔎 what is France sending?") and "France stands ready" in text
        assert second.stop(signal.SIGINT) == 0
    finally:
        fake.stop()
