"""The real bot process over an archive of English, German and Russian articles: each user's
question, in their language, answered from the article in that language (fake Bot API)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from tests.support.bot_process import BotProcess, module_fake_bot_api, running_bot
from tests.support.chat import plain, reply_to
from tests.support.fake_telegram import FakeBotApi
from tests.support.languages import MIXED, QUESTIONS

_chat_ids = itertools.count(8101)

fake = module_fake_bot_api


@pytest.fixture(scope="module")
def bot(fake: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in MIXED.items():
        (corpus / name).write_text(text, encoding="utf-8")
    yield from running_bot(fake, tmp_path_factory.mktemp("bot") / "bot.log", CORPUS_DIR=str(corpus))


@pytest.mark.parametrize(("language_code", "question"), list(zip(["en", "de", "ru"], QUESTIONS, strict=True)))
def test_each_user_is_answered_from_the_article_in_their_language(fake, bot, language_code, question):
    chat = next(_chat_ids)
    sent = fake.send_text(chat, question, sender=FakeBotApi.user(chat, language_code))
    assert QUESTIONS[question] in plain(reply_to(fake, sent))
