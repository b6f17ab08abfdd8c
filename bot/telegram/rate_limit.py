"""Respect Telegram's flood limits and ride out passing Bot API failures.

PTB's ``AIORateLimiter`` paces requests within Telegram's limits (smoothly, see below)
and waits out a 429's ``retry_after``. On top, a request that failed with a 5xx or a refused connection is
sent again after a short back-off, so the user's reply still arrives. A timed-out
request is not: it may have reached Telegram, and sending again could post twice.
"""

from __future__ import annotations

import asyncio
from typing import Any

from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

# aiolimiter is a leaky bucket: with PTB's default (30 per 1 s) it lets a burst of 30
# through on top of 30/s, up to ~60 messages in one second. A bucket of one message
# refilled every 1/29 s keeps any one-second window within Telegram's 30.
MESSAGES_PER_SECOND = 29
NETWORK_RETRIES = 3
FIRST_BACKOFF = 0.5  # seconds, doubled after each failure


class RetryingRateLimiter(AIORateLimiter):
    def __init__(self, max_retries: int = 3) -> None:
        super().__init__(overall_max_rate=1, overall_time_period=1 / MESSAGES_PER_SECOND, max_retries=max_retries)

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args) -> Any:  # type: ignore[no-untyped-def]
        for attempt in range(NETWORK_RETRIES + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except (TimedOut, BadRequest):
                raise
            except NetworkError:
                if attempt == NETWORK_RETRIES:
                    raise
                await asyncio.sleep(FIRST_BACKOFF * 2**attempt)
        raise AssertionError("unreachable")
