"""WATCHES_PER_CHAT and TIMEZONE: defaults, and a clear refusal of bad values."""

from __future__ import annotations

import pytest

from bot.settings import Settings, SettingsError

TOKEN = {"TELEGRAM_BOT_TOKEN": "123:abc"}


def test_ten_watches_per_chat_and_utc_by_default():
    settings = Settings.from_env(TOKEN)
    assert (settings.watches_per_chat, settings.timezone) == (10, "UTC")


def test_a_time_zone_by_its_iana_name_is_taken():
    settings = Settings.from_env({**TOKEN, "TIMEZONE": "Europe/Berlin", "WATCHES_PER_CHAT": "3"})
    assert (settings.timezone, settings.watches_per_chat) == ("Europe/Berlin", 3)


@pytest.mark.parametrize("value", ["0", "101", "ten", "-1", "2.5"])
def test_watches_per_chat_out_of_range_is_refused(value):
    with pytest.raises(SettingsError, match=f"WATCHES_PER_CHAT takes a whole number from 1 to 100, not '{value}'"):
        Settings.from_env({**TOKEN, "WATCHES_PER_CHAT": value})


@pytest.mark.parametrize("value", ["Mars/Olympus", "../../etc/passwd", "UTC+25"])
def test_an_unknown_time_zone_is_refused(value):
    with pytest.raises(SettingsError, match="TIMEZONE takes a time zone name such as UTC or Europe/Berlin"):
        Settings.from_env({**TOKEN, "TIMEZONE": value})
