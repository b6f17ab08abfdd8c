"""The bot's shared state is one typed BotData, made by PTB through ContextTypes."""

from __future__ import annotations

from bot.settings import Settings
from bot.telegram.app import build_application
from bot.telegram.bot_data import BotData
from bot.telegram.budget import QuestionBudget

TOKEN = "4242424242:AAFakeTokenForTests_abcdefghijklmnopqr"


def test_the_application_keeps_its_state_in_a_bot_data(seed_index, tmp_path):
    settings = Settings(token=TOKEN, corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data")
    application = build_application(settings, seed_index)
    state = application.bot_data
    assert isinstance(state, BotData)
    assert (state.settings, state.searcher) == (settings, seed_index)
    assert isinstance(state.budget, QuestionBudget) and state.metrics.registry is not None
    state.alert_store.close()
    state.question_log.close()


def test_two_bot_data_share_no_mutable_state():
    first, second = BotData(), BotData()
    assert first.conversations is not second.conversations
    assert first.refused is not second.refused and first.feeds_running is not second.feeds_running
