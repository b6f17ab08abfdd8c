"""Which exchange a Telegram message follows up, and the answer's own record of it.

A reply to one of the bot's answers follows up that answer; in a private chat, so does the
next message within ``FOLLOW_UP_SECONDS`` of the last answer. In groups only a reply does.
The exchange comes from the bounded memory, or — after a restart, or once forgotten —
from the answer message itself: a follow-up's answer opens with the question as understood
("🔎 …"), and every answer shows its passages.
"""

from __future__ import annotations

import html
import re

from telegram import Message

from bot.engine import Exchange
from bot.telegram.conversation_state import ConversationState
from bot.telegram.formatting import MAX_MESSAGE, escape, shorten, telegram_length

UNDERSTOOD = "🔎"
_UNDERSTOOD_LIMIT = 300
_TAGS = re.compile(r"</?(?:b|i|u|s|a|code|pre|blockquote)\b[^>]*>")


def followed_up(message: Message, state: ConversationState, bot_id: int) -> Exchange | None:
    """The exchange ``message`` may lean on, or None."""
    answered = message.reply_to_message
    if answered is not None and answered.from_user is not None and answered.from_user.id == bot_id:
        return state.of_answer(message.chat_id, answered.message_id) or exchange_in(answered.text or "")
    if answered is None and message.chat.type == "private":
        return state.latest(message.chat_id)
    return None


def with_understood(text: str, question: str) -> str:
    """The answer ``text`` opening with the question as understood, when that still fits one message."""
    line = f"{UNDERSTOOD} <i>{escape(shorten(question, _UNDERSTOOD_LIMIT))}</i>\n\n"
    return line + text if telegram_length(line + text) <= MAX_MESSAGE else text


def _plain(text: str) -> str:
    """An answer's text as the user sees it (Telegram sends plain text; a test double may echo the HTML)."""
    return html.unescape(_TAGS.sub("", text)) if _TAGS.search(text) else text


def understood_in(text: str) -> str | None:
    """The question an answer says it understood ("🔎 …" on its first line), or None."""
    first = _plain(text).split("\n", 1)[0]
    if not first.startswith(UNDERSTOOD + " "):
        return None
    question = first.removeprefix(UNDERSTOOD + " ").strip()
    return None if question.endswith("…") else question


def exchange_in(text: str) -> Exchange | None:
    """The exchange an answer message records: its understood question (if any) and its first passage."""
    blocks = _plain(text).split("\n\n")
    first = next((b for b in blocks if b.startswith("1. ")), "")
    lines = [line for line in first.removeprefix("1. ").split("\n") if not line.startswith("📅")]
    passage = " ".join(line.removeprefix("… ") for line in lines).strip()
    question = understood_in(text) or passage
    return Exchange(question, passage) if question else None
