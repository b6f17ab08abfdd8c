"""The bot's own words: every catalog translates every message of the template, markup intact."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

import bot
from bot.telegram.app import commands
from bot.telegram.handlers import HELP
from bot.telegram.i18n import ENGLISH, LANGUAGES, LOCALES, language_of, read_catalog, translator_for

BOT = Path(bot.__file__).parent
TAG = re.compile(r"</?[a-z]+[^>]*>")
COMMAND = re.compile(r"(?<!\w)/[a-z]+")


def _template() -> list[str]:
    with open(LOCALES / "messages.pot", "rb") as file:
        return [m.id for m in read_po(file) if m.id]


def _placeholders(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_translates_every_message_of_the_template(language):
    catalog = read_catalog(language)
    assert [m for m in _template() if m not in catalog] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_declares_no_message_the_template_lacks(language):
    assert set(read_catalog(language)) - set(_template()) == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_html_tags_of_their_message(language):
    for message, translation in read_catalog(language).items():
        assert sorted(TAG.findall(translation)) == sorted(TAG.findall(message)), message


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_of_their_message(language):
    for message, translation in read_catalog(language).items():
        assert _placeholders(translation) == _placeholders(message), message


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_commands_of_their_message(language):
    for message, translation in read_catalog(language).items():
        assert sorted(COMMAND.findall(translation)) == sorted(COMMAND.findall(message)), message


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_names_the_more_button_as_the_button_says_it(language):
    tr = translator_for(language)
    assert f"<b>{tr.gettext('More »')}</b>" in tr.gettext(HELP)


@pytest.mark.parametrize(("code", "language"), [("de", "de"), ("de-AT", "de"), ("uk", "uk"), ("RU", "ru")])
def test_language_code_with_a_catalog_picks_it(code, language):
    assert language_of(code) == language


@pytest.mark.parametrize("code", ["pt", "zh-hans", "", None, "en-GB", "xx-!!"])
def test_unknown_or_missing_language_code_gets_english(code):
    assert translator_for(code).gettext("More »") == "More »"


def test_message_without_a_translation_is_said_in_english_never_as_a_key():
    assert translator_for("de").gettext("A sentence no catalog has.") == "A sentence no catalog has."


def test_english_translator_says_every_message_as_written():
    tr = translator_for(ENGLISH)
    assert all(tr.gettext(message) == message for message in _template())


@pytest.mark.parametrize("language", [None, *LANGUAGES])
def test_command_descriptions_fit_telegrams_limits(language):
    for command in commands(language):
        assert 1 <= len(command.description) <= 256


@pytest.mark.parametrize("language", LANGUAGES)
def test_command_menu_is_translated(language):
    english = {c.command: c.description for c in commands()}
    translated = {c.command: c.description for c in commands(language)}
    assert translated.keys() == english.keys()
    assert all(translated[c] != english[c] for c in english)


def test_template_holds_every_message_the_bot_and_the_engine_say():
    # The Telegram layer's N_/gettext messages and the engine's (and the store's) say(...) texts.
    sources = [path for folder in ("telegram", "engine", "store") for path in (BOT / folder).rglob("*.py")]
    keywords = {"N_": None, "gettext": None, "say": None}
    extracted = {message for path in sources for _, message, *_ in extract_from_file("python", path, keywords=keywords)}
    assert extracted == set(_template())
