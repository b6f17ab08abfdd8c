"""Secrets never reach a log line or a chat: the token in any spelling, credentials in addresses."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from bot.telegram.redaction import RedactSecrets, redact

TOKEN = "4242424242:AAFakeTokenForTests_abcdefghijklmnopqr"
SECRET_HALF = TOKEN.split(":")[1]


def every_character_encoded(text: str) -> str:
    return "".join(f"%{ord(c):02X}" for c in text)


SPELLINGS = {
    "as written": TOKEN,
    "url-encoded": quote(TOKEN, safe=""),
    "url-encoded, lower-case hex": TOKEN.replace(":", "%3a"),
    "double-encoded": quote(quote(TOKEN, safe=""), safe=""),
    "double-encoded, lower-case hex": TOKEN.replace(":", "%253a"),
    "every character encoded": every_character_encoded(TOKEN),
    "every character encoded twice": every_character_encoded(every_character_encoded(TOKEN)).lower(),
    "json-escaped colon": TOKEN.replace(":", "\\u003a"),
    "secret half alone": SECRET_HALF,
    "secret half url-encoded": every_character_encoded(SECRET_HALF),
}


@pytest.fixture
def log() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactSecrets(TOKEN))
    logger = logging.getLogger("tests.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)


def leaks(text: str) -> list[str]:
    return [name for name, spelling in SPELLINGS.items() if spelling in text or spelling.lower() in text.lower()]


@pytest.mark.parametrize("spelling", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_the_token_in_any_spelling_never_reaches_a_log_line(log, spelling):
    logger, stream = log
    logger.warning("Bad Request: wrong file_id for http://127.0.0.1:8081/bot%s/getFile", spelling)
    assert leaks(stream.getvalue()) == []
    assert "[token]" in stream.getvalue()


def test_the_token_echoed_in_a_traceback_never_reaches_a_log_line(log):
    logger, stream = log
    try:
        raise RuntimeError(f"error body: {{'url': 'https://api.telegram.org/bot{quote(TOKEN, safe='')}/sendMessage'}}")
    except RuntimeError:
        logger.exception("Failed to handle update 7")
    assert "RuntimeError" in stream.getvalue() and leaks(stream.getvalue()) == []


def test_credentials_and_keys_in_a_logged_address_are_removed(log):
    logger, stream = log
    logger.warning("Feed %s failed", "http://editor:hunter2@news.example/rss?key=s3cret")
    assert stream.getvalue() == "Feed http://news.example/rss failed\n"


@pytest.mark.parametrize("spelling", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_text_for_a_chat_is_redacted_of_the_token_in_any_spelling(spelling):
    assert leaks(redact(f"Telegram did not hand over the file (see {spelling})", TOKEN)) == []


def test_text_that_only_resembles_the_token_is_left_alone():
    text = "4242424242 questions, AAFake answers"
    assert redact(text, TOKEN) == text
