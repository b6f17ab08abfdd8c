"""Respect Telegram's flood limits and ride out passing Bot API failures.

PTB's ``AIORateLimiter`` paces requests within Telegram's limits and waits out a 429's
``retry_after``. On top, a request that failed with a 5xx or a refused connection is
sent again after a short back-off, so the user's reply still arrives. A timed-out
request is not: it may have reached Telegram, and sending again could post twice.
"""

from __future__ import annotations

import asyncio
from typing import Any

from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

NETWORK_RETRIES = 3
FIRST_BACKOFF = 0.5  # seconds, doubled after each failure


class RetryingRateLimiter(AIORateLimiter):
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
