"""The bot's own words in the user's language: gettext catalogs read with Babel.

Catalogs are ``locales/<lang>/LC_MESSAGES/messages.po``, read as text (Babel's ``read_po``) so no
compiled ``.mo`` has to be built or committed. A message a catalog lacks is said in English.
"""

from __future__ import annotations

import functools
from pathlib import Path

from babel.messages.pofile import read_po

from bot.engine import Message

ENGLISH = "en"
# Besides English, the languages the bot speaks; each has a catalog under locales/.
LANGUAGES = ("de", "es", "fr", "ru", "uk")
DOMAIN = "messages"


def N_(message: str) -> str:
    """Marks ``message`` for extraction (``pybabel extract -k N_``); translated where it is said."""
    return message


class Translator:
    """One language's messages; a message without a translation is returned as it is (English)."""

    def __init__(self, language: str, messages: dict[str, str]) -> None:
        self.language = language
        self._messages = messages

    def gettext(self, message: str) -> str:
        return self._messages.get(message) or message

    def say(self, text: str) -> str:
        """``text`` in this language: an engine ``Message`` translated, any other text as it is."""
        return text.render(self.gettext) if isinstance(text, Message) else text

    def format(self, message: str, /, **params: object) -> str:
        """``message`` translated, its ``{placeholders}`` filled; the English where a translation is broken."""
        try:
            return self.gettext(message).format(**params)
        except (KeyError, IndexError, ValueError):
            return message.format(**params)


ENGLISH_WORDS = Translator(ENGLISH, {})  # the default of everything that renders text
LOCALES = Path(__file__).with_name("locales")


def catalog_path(language: str) -> Path:
    """Where ``language``'s catalog is, inside the package."""
    return LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(language: str) -> dict[str, str]:
    """``{English: translation}`` of ``language``'s catalog; fuzzy and empty entries left out."""
    with catalog_path(language).open("rb") as file:
        catalog = read_po(file, locale=language)
    # Plural entries (tuples) are not used by the bot's messages.
    return {
        m.id: m.string
        for m in catalog
        if m.id and isinstance(m.id, str) and isinstance(m.string, str) and m.string and not m.fuzzy
    }


@functools.cache
def _translator(language: str) -> Translator:
    return Translator(language, read_catalog(language) if language in LANGUAGES else {})


def language_of(language_code: str | None) -> str:
    """The supported language of a Telegram ``language_code`` ("de", "pt-br", "uk"), English otherwise."""
    primary = (language_code or "").split("-")[0].split("_")[0].lower()
    return primary if primary in LANGUAGES else ENGLISH


def translator_for(language_code: str | None) -> Translator:
    """The translator for a user's ``language_code``: English when it is missing or unsupported."""
    return _translator(language_of(language_code))
