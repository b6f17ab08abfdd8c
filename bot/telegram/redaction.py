"""Keep secrets out of logs and chats: the bot token in any spelling, and what addresses carry.

The token sits in every Bot API URL, so an error body or a traceback may echo it as written
(``123:ABC``), URL-encoded (``123%3AABC``, ``%3a``, double-encoded ``%253A``, any character
encoded) or only its secret half (``ABC``, the part after the colon); every spelling becomes
``[token]``. Addresses lose their credentials and query keys (``bot.ingest.public_url``).
"""

from __future__ import annotations

import functools
import logging
import re

from bot.ingest.public_url import public_urls

SHOWN = "[token]"
_MIN_HALF = 16
_DEPTH = 3


def _spelled_any_way(secret: str) -> str:
    """A pattern for ``secret`` in either case (Telegram's error descriptions reach us capitalized,
    the rest lower-cased) with any of its characters percent-encoded, up to three times over, or
    JSON-escaped; compile it with ``re.IGNORECASE``."""
    return "".join(f"(?:{_encoded(c, _DEPTH)}|\\\\u00{ord(c):02X})" for c in secret)


def _encoded(text: str, depth: int) -> str:
    """``text`` as written or, up to ``depth`` times over, percent-encoded (the ``%`` and hex digits of
    an encoding encoded again too), a letter's either case encoded alike."""
    parts = []
    for c in text:
        alternatives = [re.escape(c)]
        if depth > 0:
            alternatives += [_encoded(f"%{ord(v):02X}", depth - 1) for v in sorted({c.lower(), c.upper()})]
        parts.append(f"(?:{'|'.join(alternatives)})")
    return "".join(parts)


class Redactor:
    """``redactor(text)``: ``text`` without the secrets (the token, a webhook secret) or address credentials."""

    def __init__(self, *secrets: str) -> None:
        spellings = []
        for secret in (s for s in secrets if s):
            spellings.append(_spelled_any_way(secret))
            _, colon, half = secret.partition(":")
            # The token's secret half, when the bot id before it was left out (a real one has 35
            # characters; a few letters would be ordinary text).
            if colon and len(half) >= _MIN_HALF:
                spellings.append(_spelled_any_way(half))
        # The whole token first, so "123:ABC" becomes "[token]", not "123:[token]".
        self._pattern = re.compile("|".join(spellings), re.IGNORECASE) if spellings else None

    def __call__(self, text: str) -> str:
        if self._pattern is not None:
            text = self._pattern.sub(SHOWN, text)
        return public_urls(text)


@functools.lru_cache(maxsize=8)
def redactor(*secrets: str) -> Redactor:
    """The ``Redactor`` of these secrets (compiled once)."""
    return Redactor(*secrets)


def redact(text: str, token: str) -> str:
    """``text`` safe to send to a chat or log: no token in any spelling, no credentials in addresses."""
    return redactor(token)(text)


class RedactSecrets(logging.Filter):
    """Redact every log record (message, arguments, traceback) before any handler writes it."""

    def __init__(self, *secrets: str) -> None:
        super().__init__()
        self._redact = redactor(*secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
        elif record.exc_text:
            message += "\n" + record.exc_text
        if record.stack_info:
            message += "\n" + record.stack_info
        record.msg, record.args = self._redact(message), None
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True
