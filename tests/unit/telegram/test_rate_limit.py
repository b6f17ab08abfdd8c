"""Sending within flood limits chat by chat: one chat's backlog or 429 never holds another's."""

from __future__ import annotations

import asyncio

import pytest
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.telegram import rate_limit
from bot.telegram.rate_limit import FairRateLimiter, SlidingWindow


@pytest.fixture(autouse=True)
def fast_pacing(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same rules at a twentieth of the time, so the tests are quick.
    monkeypatch.setattr(rate_limit, "PRIVATE_INTERVAL", 0.05)
    monkeypatch.setattr(rate_limit, "FIRST_BACKOFF", 0.01)


def send(limiter: FairRateLimiter, chat: int, log: list, failures: list | None = None):
    async def callback() -> int:
        if failures:
            raise failures.pop(0)
        log.append(chat)
        return chat

    return limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": chat}, None)


async def test_a_private_chat_gets_a_burst_of_three_then_one_at_a_time(monkeypatch):
    monkeypatch.setattr(rate_limit, "PRIVATE_INTERVAL", 1.0)
    limiter, log = FairRateLimiter(), []
    tasks = [asyncio.create_task(send(limiter, 5, log)) for _ in range(5)]
    await asyncio.sleep(0.4)
    assert len(log) == 3
    await asyncio.gather(*tasks)
    assert len(log) == 5


async def test_another_chat_is_not_held_behind_one_chats_backlog():
    limiter, log = FairRateLimiter(), []
    flood = [asyncio.create_task(send(limiter, 5, log)) for _ in range(20)]
    await asyncio.sleep(0.01)
    await send(limiter, 6, log)
    assert log.index(6) <= 4
    await asyncio.gather(*flood)


async def test_a_429_pauses_only_the_chat_it_concerns():
    limiter, log = FairRateLimiter(), []
    throttled = asyncio.create_task(send(limiter, 5, log, [RetryAfter(1)]))
    await asyncio.sleep(0.05)
    await send(limiter, 6, log)
    assert log == [6]
    await throttled
    assert log == [6, 5]


async def test_a_429_also_delays_the_chats_next_messages():
    limiter, log = FairRateLimiter(), []
    await asyncio.gather(send(limiter, 5, log, [RetryAfter(1)]), send(limiter, 5, log))
    assert log == [5, 5]


async def test_a_5xx_is_retried():
    limiter, log = FairRateLimiter(), []
    assert await send(limiter, 5, log, [NetworkError("Bad Gateway")]) == 5


async def test_a_timeout_is_not_retried_as_the_message_may_have_arrived():
    limiter, log = FairRateLimiter(), []
    with pytest.raises(TimedOut):
        await send(limiter, 5, log, [TimedOut()])
    assert log == []


async def test_a_sliding_window_lets_the_first_messages_through_at_once_and_then_waits():
    window = SlidingWindow(limit=3, period=0.3)
    entered = []

    async def enter(number: int) -> None:
        async with window:
            entered.append(number)

    tasks = [asyncio.create_task(enter(n)) for n in range(5)]
    await asyncio.sleep(0.05)
    assert entered == [0, 1, 2]
    await asyncio.gather(*tasks)
    assert entered == [0, 1, 2, 3, 4]


def test_group_pacing_stays_under_telegrams_twenty_a_minute():
    assert rate_limit.GROUP_PER_MINUTE < 20
