"""A German and a Russian user ask an archive of German, Russian and English articles through the
fake Bot API: the bot's words come in their language, the passages in their article's."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.telegram.formatting import NO_ANSWER
from bot.telegram.i18n import translator_for
from tests.support.bot_process import BotProcess, module_fake_bot_api, running_bot
from tests.support.chat import plain, reply_to
from tests.support.fake_telegram import FakeBotApi
from tests.support.mixed_corpus import GERMAN_ANSWER, RUSSIAN_ANSWER, write_mixed_corpus

_chat_ids = itertools.count(9101)

fake = module_fake_bot_api


ADMIN = 4343


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_mixed_corpus(tmp_path_factory.mktemp("mixed") / "corpus")


@pytest.fixture(scope="module")
def bot(fake: FakeBotApi, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    folder = tmp_path_factory.mktemp("mixed-bot")
    env = {"DATA_DIR": str(folder / "data"), "ADMIN_IDS": str(ADMIN)}
    yield from running_bot(fake, folder / "bot.log", corpus=corpus, **env)


def ask(fake: FakeBotApi, text: str, language_code: str, chat: int | None = None) -> str:
    """What a user whose Telegram app is in ``language_code`` sees of the bot's reply to ``text``."""
    chat = chat or next(_chat_ids)
    after = len(fake.calls)
    sent = fake.send_text(chat, text, sender=FakeBotApi.user(chat, language_code))
    return plain(reply_to(fake, sent, after=after))


def test_german_question_gets_the_german_article_passage(fake, bot):
    assert GERMAN_ANSWER in ask(fake, "Wie viele Flüchtlinge haben die Grenze nach Polen überquert?", "de")


def test_german_time_word_gets_a_german_heading_over_the_german_passage(fake, bot):
    reply = ask(fake, "Wie viele Flüchtlinge kamen letzte Woche nach Polen?", "de")
    assert reply.startswith("Bevorzugt Artikel aus dem Zeitraum „letzte Woche“ (2022-02-23 bis 2022-03-01)")
    assert GERMAN_ANSWER in reply


def test_german_refusal_is_in_german(fake, bot):
    assert translator_for("de").gettext(NO_ANSWER) in ask(fake, "Wie hoch ist der Eiffelturm?", "de")


def test_german_greeting_is_answered_in_german(fake, bot):
    assert ask(fake, "Hallo!", "de").startswith("Hallo! Ich beantworte Fragen zu diesem Archiv: ")


def test_russian_question_gets_the_russian_article_passage(fake, bot):
    assert RUSSIAN_ANSWER in ask(fake, "Где пройдёт следующий раунд переговоров?", "ru")


def test_russian_refusal_is_in_russian(fake, bot):
    assert translator_for("ru").gettext(NO_ANSWER) in ask(fake, "Сколько стоит нефть в Бразилии?", "ru")


def test_russian_greeting_is_answered_in_russian(fake, bot):
    assert ask(fake, "Привет!", "ru").startswith("Здравствуйте! Я отвечаю на вопросы по архиву:")


def test_russian_user_asking_in_english_gets_the_english_article_passage(fake, bot):
    reply = ask(fake, "Which countries could send more liquefied natural gas to Europe?", "ru")
    assert "Qatar and the United States could send more liquefied natural gas" in reply


def test_english_user_gets_the_same_german_passage_with_english_words(fake, bot):
    reply = ask(fake, "Flüchtlinge Polen Grenze überquert", "en")
    assert GERMAN_ANSWER in reply and "Bevorzugt" not in reply


def test_german_watch_is_confirmed_and_pushed_in_german(fake, bot, corpus):
    chat = next(_chat_ids)
    assert ask(fake, "/watch Eisbären", "de", chat).startswith("👀 Ich beobachte Eisbären.")
    (corpus / "eisbaeren.txt").write_text(
        "date 2022-03-01 title: Eisbären auf Spitzbergen\nZwölf Eisbären wurden auf Spitzbergen gesehen.\n",
        encoding="utf-8",
    )
    assert ask(fake, "/reload", "en", ADMIN).startswith("Reloaded: 4 article(s)")
    push = fake.wait_for("sendMessage", lambda p: p["chat_id"] == chat and "🔔" in p["text"], 60)
    assert plain(push).startswith("🔔 Neues zu Eisbären:\n\n") and "Zwölf Eisbären" in plain(push)


def test_russian_digest_setting_is_confirmed_in_russian(fake, bot):
    assert ask(fake, "/digest 08:00", "ru").startswith("🗞 Каждый день в 08:00 (UTC) я буду присылать")


def test_ukrainian_sources_are_listed_in_ukrainian(fake, bot):
    assert ask(fake, "/sources", "uk").startswith("Статей: ")


def test_inline_results_are_personal_and_titled_in_the_users_language(fake, bot):
    fake.inline_query(next(_chat_ids), "Привет", "ru")
    answered = fake.wait_for("answerInlineQuery", lambda p: p.get("results"), 30)
    assert answered["is_personal"] is True
    assert [r["title"] for r in answered["results"]] == ["Здравствуйте!"]
