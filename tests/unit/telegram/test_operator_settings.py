"""The operator's settings, who may ask, and where the vote buttons go."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError
from bot.telegram.access import is_allowed
from bot.telegram.handlers import _page_keyboard
from bot.telegram.i18n import translator_for

TOKEN = {"TELEGRAM_BOT_TOKEN": "1:x"}


def settings(**env: str) -> Settings:
    return Settings.from_env({**TOKEN, **env}, corpus_dir=Path("/srv/news/corpus"))


def test_by_default_the_log_is_off_feedback_on_everyone_allowed_and_no_metrics():
    s = settings()
    assert (s.question_log, s.question_log_days, s.feedback_buttons) == ("off", 30, True)
    assert (s.allowed_user_ids, s.allowed_chat_ids, s.metrics_port) == (frozenset(), frozenset(), None)


def test_the_data_folder_defaults_to_data_beside_the_corpus():
    assert settings().data_dir == Path("/srv/news/data")


def test_the_metrics_server_binds_to_localhost_unless_told_otherwise():
    assert settings(METRICS_PORT="9100").metrics_host == "127.0.0.1"
    assert settings(METRICS_PORT="9100", METRICS_HOST="0.0.0.0").metrics_host == "0.0.0.0"


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"QUESTION_LOG": "sometimes"}, "QUESTION_LOG"),
        ({"QUESTION_LOG_DAYS": "0"}, "QUESTION_LOG_DAYS"),
        ({"QUESTION_LOG_DAYS": "a month"}, "QUESTION_LOG_DAYS"),
        ({"FEEDBACK_BUTTONS": "maybe"}, "FEEDBACK_BUTTONS"),
        ({"ALLOWED_USER_IDS": "12, @someone"}, "ALLOWED_USER_IDS"),
        ({"ALLOWED_CHAT_IDS": "-100x"}, "ALLOWED_CHAT_IDS"),
        ({"METRICS_PORT": "99999"}, "METRICS_PORT"),
        ({"DATA_DIR": "corpus/.index/data"}, "DATA_DIR"),
    ],
)
def test_a_malformed_setting_is_refused_naming_it(env, named):
    with pytest.raises(SettingsError, match=named):
        settings(**env)


def test_an_empty_allow_list_lets_everyone_ask():
    assert is_allowed(settings(), 5, 5)


def test_a_listed_user_may_ask_anywhere_and_others_may_not():
    s = settings(ALLOWED_USER_IDS="5, 6")
    assert is_allowed(s, 5, -100) and is_allowed(s, 6, None) and not is_allowed(s, 7, 7)


def test_everyone_in_a_listed_chat_may_ask_there_only():
    s = settings(ALLOWED_CHAT_IDS="-100")
    assert is_allowed(s, 7, -100) and not is_allowed(s, 7, 7) and not is_allowed(s, 7, None)


def test_admins_may_always_ask():
    assert is_allowed(settings(ALLOWED_USER_IDS="5", ADMIN_IDS="9"), 9, 9)


def test_vote_buttons_are_the_last_row_and_fit_callback_data():
    keyboard = _page_keyboard("troops", 0, 3, [], more=True, tr=translator_for("en"), feedback=True)
    assert [b.text for b in keyboard.inline_keyboard[-1]] == ["👍", "👎"]
    assert all(len(b.callback_data.encode()) <= 64 for b in keyboard.inline_keyboard[-1])


def test_with_feedback_off_there_are_no_vote_buttons():
    keyboard = _page_keyboard("troops", 0, 3, [], more=True, tr=translator_for("en"), feedback=False)
    assert [[b.text for b in row] for row in keyboard.inline_keyboard] == [["More »"]]
