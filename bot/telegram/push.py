"""Deliver pushes (watch alerts, digests) below answers' priority.

Every push still goes through the bot's ``FairRateLimiter`` (each chat's pace, the overall
rate, 429 handling). On top of it pushes take at most ``PUSH_PER_SECOND`` of the overall 25
a second, and only ``IN_FLIGHT`` wait in the overall queue at once, so an answer never
queues behind more than a few pushes. A chat that blocked the bot (403) or no longer
exists is forgotten: its watches and digest are dropped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

from aiolimiter import AsyncLimiter
from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.store.watches import AlertStore

logger = logging.getLogger(__name__)

PUSH_PER_SECOND = 20  # of the limiter's 25: the rest is always free for answers
IN_FLIGHT = 4
_GONE = ("chat not found", "group chat was deactivated", "chat was deleted")


@dataclass(frozen=True)
class Push:
    chat_id: int
    thread_id: int | None
    text: str  # HTML
    keyboard: InlineKeyboardMarkup | None = None


class PushSender:
    """Sends pushes paced below answers."""

    def __init__(self, bot: Bot, store: AlertStore, on_result: Callable[[str], object] = lambda result: None) -> None:
        self._bot = bot
        self._store = store
        self._rate = AsyncLimiter(1, 1 / PUSH_PER_SECOND)
        self._slots = asyncio.Semaphore(IN_FLIGHT)
        self._on_result = on_result  # "sent", "failed" or "chat_gone": the metrics count them

    async def send(self, push: Push) -> bool:
        """Send ``push``; whether Telegram took it."""
        async with self._rate, self._slots:
            try:
                await self._bot.send_message(
                    push.chat_id,
                    push.text,
                    parse_mode=ParseMode.HTML,
                    reply_markup=push.keyboard,
                    message_thread_id=push.thread_id,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
            except Forbidden as error:
                await self._forget(push.chat_id, str(error))
                return False
            except BadRequest as error:
                if any(reason in error.message.lower() for reason in _GONE):
                    await self._forget(push.chat_id, error.message)
                else:
                    logger.warning("Telegram refused a push to chat %s: %s", push.chat_id, error.message)
                    self._on_result("failed")
                return False
            except TelegramError as error:  # retried by the rate limiter already
                logger.warning("Could not push to chat %s: %s", push.chat_id, error)
                self._on_result("failed")
                return False
        self._on_result("sent")
        return True

    async def _forget(self, chat_id: int, why: str) -> None:
        self._on_result("chat_gone")
        removed = await asyncio.to_thread(self._store.forget_chat, chat_id)
        logger.info("Chat %s cannot be sent to (%s): dropped its watches and digest (%s rows)", chat_id, why, removed)
