"""Send within Telegram's flood limits, chat by chat, and ride out passing Bot API failures.

Telegram allows a bot about 30 messages a second overall, about one a second in a private
chat after a short burst, and 20 a minute in a group. ``FairRateLimiter`` paces each chat
on its own and only then takes a slot of the overall rate, so a chat with a backlog
waits for itself alone: other chats' replies pass it. A 429 (``retry_after``) pauses only
the chat it concerns — PTB's ``AIORateLimiter`` pauses every request of the bot. A
request that failed with a 5xx or a refused connection is sent again after a short
back-off; a timed-out one is not (it may have reached Telegram, and sending again could
post twice).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
import warnings
from collections import deque
from collections.abc import Callable, Coroutine
from contextlib import AbstractAsyncContextManager
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

logger = logging.getLogger(__name__)

# aiolimiter is a leaky bucket: capacity ``max_rate``, draining ``max_rate`` per
# ``time_period``. A bucket of one message refilled every 1/25 s keeps any one-second
# window within Telegram's 30 even when the network delays some messages and bunches
# them up (at 29/s, one load test in five met a 429).
MESSAGES_PER_SECOND = 25
# A private chat: a burst of 3, then one a second.
PRIVATE_BURST = 3
PRIVATE_INTERVAL = 1.0
# A group: at most 19 in any minute (Telegram: 20), so a few questions are answered at once.
GROUP_PER_MINUTE = 19
NETWORK_RETRIES = 3
FIRST_BACKOFF = 0.5  # seconds, doubled after each failure
RETRY_SLACK = 0.1  # seconds added to Telegram's retry_after
_MAX_CHATS = 2048  # idle chat limiters are forgotten past this many

Callback = Callable[..., Coroutine[Any, Any, Any]]


def retry_seconds(error: RetryAfter) -> float:
    """``retry_after`` in seconds (PTB 22 returns an int or a timedelta, with a warning)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


class FairRateLimiter(BaseRateLimiter[int]):
    def __init__(
        self,
        max_retries: int = 3,
        clock: Callable[[], float] = time.monotonic,
        on_retry: Callable[[], object] = lambda: None,
    ) -> None:
        self._on_retry = on_retry  # counts retries (the metrics)
        self._overall = AsyncLimiter(1, 1 / MESSAGES_PER_SECOND)
        self._chats: dict[int | str, AsyncLimiter | SlidingWindow] = {}
        self._paused_until: dict[int | str, float] = {}
        self._max_retries = max_retries
        self._clock = clock

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        chat = data.get("chat_id")
        max_retries = self._max_retries if rate_limit_args is None else rate_limit_args
        network_failures = 0
        throttled = 0
        while True:
            try:
                if chat is None:  # not a message (answers to buttons and inline queries)
                    return await callback(*args, **kwargs)
                return await self._send_paced(chat, callback, args, kwargs)
            except RetryAfter as error:
                throttled += 1
                if throttled > max_retries:
                    raise
                wait = retry_seconds(error) + RETRY_SLACK
                self._on_retry()
                logger.warning("Telegram asked to slow down %s; retrying in %.1f s", _what(endpoint, chat), wait)
                if chat is None:
                    await asyncio.sleep(wait)
                else:
                    self._paused_until[chat] = max(self._paused_until.get(chat, 0.0), self._clock() + wait)
            except (TimedOut, BadRequest):
                raise
            except NetworkError as error:
                network_failures += 1
                if network_failures > NETWORK_RETRIES:
                    raise
                backoff = FIRST_BACKOFF * 2 ** (network_failures - 1)
                self._on_retry()
                logger.warning("%s failed (%s); retrying in %.1f s", _what(endpoint, chat), error, backoff)
                await asyncio.sleep(backoff)

    async def _send_paced(self, chat: int | str, callback: Callback, args: Any, kwargs: dict[str, Any]) -> Any:
        # The chat's own pace first, so waiting for it holds no slot of the overall rate.
        while (pause := self._paused_until.get(chat, 0.0) - self._clock()) > 0:
            await asyncio.sleep(pause)
        async with self._chat_limiter(chat):
            while (pause := self._paused_until.get(chat, 0.0) - self._clock()) > 0:
                await asyncio.sleep(pause)
            async with self._overall:
                return await callback(*args, **kwargs)

    def _chat_limiter(self, chat: int | str) -> AbstractAsyncContextManager[None]:
        limiter = self._chats.get(chat)
        if limiter is None:
            if len(self._chats) >= _MAX_CHATS:
                for key in [k for k, lim in self._chats.items() if _is_idle(lim)]:
                    del self._chats[key]
                    self._paused_until.pop(key, None)
            if _is_private(chat):
                limiter = AsyncLimiter(PRIVATE_BURST, PRIVATE_BURST * PRIVATE_INTERVAL)
            else:
                limiter = SlidingWindow(GROUP_PER_MINUTE, 60.0, self._clock)
            self._chats[chat] = limiter
        return limiter


class SlidingWindow:
    """At most ``limit`` entries in any ``period`` seconds (Telegram's per-group rule, exactly).

    Unlike a leaky bucket, a quiet group gets its first ``limit`` messages at once.
    """

    def __init__(self, limit: int, period: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.period, self._clock = limit, period, clock
        self._sent: deque[float] = deque()
        self._lock = asyncio.Lock()  # first come, first served

    def is_idle(self) -> bool:
        self._forget_old(self._clock())
        return not self._sent

    def _forget_old(self, now: float) -> None:
        while self._sent and now - self._sent[0] >= self.period:
            self._sent.popleft()

    async def __aenter__(self) -> None:
        async with self._lock:
            while True:
                now = self._clock()
                self._forget_old(now)
                if len(self._sent) < self.limit:
                    self._sent.append(now)
                    return
                await asyncio.sleep(self._sent[0] + self.period - now)

    async def __aexit__(self, *exc_info: object) -> None:
        pass


def _is_idle(limiter: AsyncLimiter | SlidingWindow) -> bool:
    if isinstance(limiter, SlidingWindow):
        return limiter.is_idle()
    return limiter.has_capacity(limiter.max_rate)


def _is_private(chat: int | str) -> bool:
    """Private chats have positive ids; groups and channels negative ids or @usernames."""
    try:
        return int(chat) > 0
    except (TypeError, ValueError):
        return False


def _what(endpoint: str, chat: int | str | None) -> str:
    return endpoint if chat is None else f"{endpoint} to chat {chat}"
