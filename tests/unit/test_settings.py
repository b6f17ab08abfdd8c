"""One settings object, read once from the environment and ``.env`` at the entry point."""

from pathlib import Path

import pytest

from bot.cli import environment
from bot.errors import BotError
from bot.settings import Settings, SettingsError


def test_settings_are_read_without_a_token():
    assert Settings.from_env({}, corpus_dir=Path("news")).token == ""


def test_running_the_bot_without_a_token_explains_botfather_and_ask():
    with pytest.raises(SettingsError, match=r"@BotFather.*python -m bot ask"):
        Settings.from_env({}).require_token()


def test_a_settings_error_is_a_project_error():
    assert issubclass(SettingsError, BotError)


def test_the_search_backend_and_shards_are_settings_the_engine_is_given():
    settings = Settings.from_env({"SEARCH_BACKEND": " Xapian ", "XAPIAN_SHARDS": "tcp://127.0.0.1:7000"})
    assert (settings.search_backend, settings.xapian_shards) == ("xapian", "tcp://127.0.0.1:7000")


def test_an_unknown_search_backend_is_a_settings_error_naming_the_choices():
    with pytest.raises(SettingsError, match="SEARCH_BACKEND must be one of in-process, xapian, not 'opensearch'"):
        Settings.from_env({"SEARCH_BACKEND": "opensearch"})


@pytest.mark.parametrize(("text", "seconds"), [("", 15.0), ("2.5", 2.5), ("0", 15.0), ("soon", 15.0)])
def test_fetch_timeout_is_seconds_else_the_default(text, seconds):
    assert Settings.from_env({"FETCH_TIMEOUT": text}).fetch_timeout == seconds


def test_the_corpus_folder_given_wins_over_corpus_dir_and_places_the_data_folder():
    settings = Settings.from_env({"CORPUS_DIR": "elsewhere"}, corpus_dir=Path("news/corpus"))
    assert (settings.corpus_dir, settings.data_dir) == (Path("news/corpus"), Path("news").resolve() / "data")


def test_the_environment_wins_over_dotenv(tmp_path, monkeypatch):
    dotenv = tmp_path / ".env"
    dotenv.write_text("PAGE_SIZE=4\nFEED_INTERVAL=60\n")
    monkeypatch.setenv("PAGE_SIZE", "5")
    read = environment(dotenv)
    assert (read["PAGE_SIZE"], read["FEED_INTERVAL"]) == ("5", "60")


def test_without_dotenv_the_environment_alone_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("PAGE_SIZE", "5")
    assert environment(tmp_path / "no.env")["PAGE_SIZE"] == "5"
