"""The real bot process speaks each user's language (their Telegram ``language_code``) through the fake Bot API."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from bot.telegram.app import commands
from bot.telegram.handlers import HELP
from bot.telegram.i18n import LANGUAGES, translator_for
from tests.support.bot_process import BotProcess, module_fake_bot_api, running_bot
from tests.support.chat import button, plain, reply_to
from tests.support.fake_telegram import FakeBotApi, parse_html

_chat_ids = itertools.count(7001)

fake = module_fake_bot_api


@pytest.fixture(scope="module")
def bot(fake: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    yield from running_bot(fake, tmp_path_factory.mktemp("bot") / "bot.log")


@pytest.fixture
def chat(bot: BotProcess) -> int:
    """A fresh private chat id, so tests do not see each other's messages."""
    return next(_chat_ids)


def say(fake: FakeBotApi, chat: int, text: str, language_code: str | None) -> dict:
    """The bot's reply to ``text`` from a user whose Telegram app is in ``language_code``."""
    after = len(fake.calls)
    sent = fake.send_text(chat, text, sender=FakeBotApi.user(chat, language_code))
    return reply_to(fake, sent, after=after)


@pytest.mark.parametrize("language", LANGUAGES)
def test_command_menu_is_registered_in_each_language(fake, bot, language):
    registered = fake.wait_for("setMyCommands", lambda p: p.get("language_code") == language)
    expected = [{"command": c.command, "description": c.description} for c in commands(language)]
    assert registered["commands"] == expected


def test_english_command_menu_is_registered_for_every_other_language(fake, bot):
    registered = fake.wait_for("setMyCommands", lambda p: not p.get("language_code"))
    assert {c["command"]: c["description"] for c in registered["commands"]}["help"] == "How to ask"


def test_german_user_gets_help_in_german(fake, chat):
    assert plain(say(fake, chat, "/help", "de")) == parse_html(translator_for("de").gettext(HELP))


def test_german_user_gets_start_in_german(fake, chat):
    assert plain(say(fake, chat, "/start", "de")).startswith("Hallo! Ich beantworte Fragen zu ")


def test_german_user_gets_german_page_buttons(fake, chat):
    sender = FakeBotApi.user(chat, "de")
    question = fake.send_text(chat, "troops", sender=sender)
    reply = reply_to(fake, question)
    more = button(reply, "Mehr »")
    fake.press_button(fake.message(chat, question["message_id"] + 1), more["callback_data"], sender=sender)
    edited = fake.wait_for("editMessageText", lambda p: p["chat_id"] == chat)
    assert [b["text"] for b in edited["reply_markup"]["inline_keyboard"][-2]] == ["« Zurück", "Mehr »"]


def test_german_user_gets_an_expired_button_alert_in_german(fake, chat):
    sender = FakeBotApi.user(chat, "de")
    question = fake.send_text(chat, "troops", sender=sender)
    data = button(reply_to(fake, question), "Mehr »")["callback_data"]
    answer = fake.message(chat, question["message_id"] + 1)
    answer["reply_to_message"] = {**question, "text": "something else entirely"}
    fake.press_button(answer, data, sender=sender)
    alert = fake.wait_for("answerCallbackQuery", lambda p: "stelle die Frage noch einmal" in (p.get("text") or ""))
    assert alert["show_alert"] is True


@pytest.mark.parametrize("language_code", ["pt", "zh-hans", None])
def test_user_of_a_language_the_bot_does_not_speak_gets_english(fake, chat, language_code):
    assert plain(say(fake, chat, "/help", language_code)) == parse_html(HELP)


@pytest.mark.parametrize("language_code", ["uk", "ru-RU"])
def test_cyrillic_users_get_their_own_language(fake, chat, language_code):
    expected = translator_for(language_code).gettext("Send me a question, for example: /ask how many troops?")
    assert plain(say(fake, chat, "/ask", language_code)) == expected
