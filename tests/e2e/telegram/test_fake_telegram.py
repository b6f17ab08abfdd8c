"""The fake Bot API holds the bot to Telegram's flood limits, like Telegram."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from tests.support.fake_telegram import (
    BOT_PER_SECOND,
    BOT_WINDOW,
    GROUP_PER_MINUTE,
    PRIVATE_BURST,
    FakeBotApi,
    FloodLimits,
)


def test_a_private_chat_takes_a_short_burst_then_about_one_message_a_second():
    limits = FloodLimits()
    assert [limits.check(5, 0.0) for _ in range(PRIVATE_BURST)] == [0.0] * PRIVATE_BURST
    assert limits.check(5, 0.0) > 0
    assert limits.check(5, 1.0) == 0.0
    assert limits.check(5, 1.1) > 0


def test_a_group_takes_twenty_messages_a_minute():
    limits = FloodLimits()
    for second in range(GROUP_PER_MINUTE):
        assert limits.check(-100, float(second)) == 0.0
    assert limits.check(-100, 30.0) == pytest.approx(30.0)
    assert limits.check(-100, 60.0) == 0.0


def test_the_bot_takes_thirty_messages_a_second_in_all():
    limits = FloodLimits()
    in_window = int(BOT_PER_SECOND * BOT_WINDOW)
    assert all(limits.check(chat, 0.5) == 0.0 for chat in range(1, in_window + 1))
    assert limits.check(999, 0.9) > 0
    assert limits.check(999, 0.5 + BOT_WINDOW) == 0.0


@pytest.fixture
def fake():
    server = FakeBotApi("1:x").start()
    yield server
    server.stop()


def send(fake: FakeBotApi, chat_id: int) -> tuple[int, dict]:
    body = json.dumps({"chat_id": chat_id, "text": "hi"}).encode()
    request = urllib.request.Request(
        f"{fake.base_url}1:x/sendMessage", data=body, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_a_message_over_the_limit_is_answered_429_with_retry_after(fake):
    statuses = [send(fake, 5) for _ in range(PRIVATE_BURST + 1)]
    status, body = statuses[-1]
    assert [s for s, _ in statuses[:-1]] == [200] * PRIVATE_BURST
    assert status == 429 and body["parameters"]["retry_after"] >= 1
    assert fake.throttled == [("sendMessage", 5)]
