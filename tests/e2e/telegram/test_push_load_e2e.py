"""A batch of new articles reaching 1,000 watchers: within Telegram's limits, and answers are not held up."""

from __future__ import annotations

import signal
import time
from collections import Counter

from bot.telegram.push import IN_FLIGHT
from tests.support.fake_telegram import parse_html
from tests.support.push_load import FIRST_WATCHER, PushLoad

WATCHERS = 1000
READER = 7777


def test_a_batch_reaching_1000_watchers_is_delivered_without_429_and_questions_are_answered_meanwhile(tmp_path):
    load = PushLoad(tmp_path, WATCHERS)
    try:
        load.arrive()
        deadline = time.monotonic() + 120
        while len(load.pushes()) < 20:  # delivery under way
            assert time.monotonic() < deadline, load.bot.output()
            time.sleep(0.05)
        after = len(load.fake.calls)
        load.fake.send_text(READER, "how many walruses rested on the beach?")
        answer = load.fake.wait_for_call("sendMessage", lambda p: p["chat_id"] == READER, 60, after)
        assert "forty walruses" in parse_html(answer.params["text"])
        assert len([t for t in load.pushes() if t <= answer.at]) < WATCHERS  # answered while pushes went on

        deadline = time.monotonic() + 300
        while len(load.pushes()) < WATCHERS:
            assert time.monotonic() < deadline, f"{len(load.pushes())} pushes: {load.bot.output()[-2000:]}"
            time.sleep(0.2)
        load.wait_for_log("New articles: 1; 1000 watching chat(s) matched, 1000 push(es) sent")
        watchers = {c.params["chat_id"] for c in load.fake.calls if c.params.get("chat_id", 0) >= FIRST_WATCHER}
        assert watchers == set(range(FIRST_WATCHER, FIRST_WATCHER + WATCHERS))
        assert len(load.pushes()) == WATCHERS  # one each
        assert load.fake.throttled == []
        assert load.fake.rejected == []
    finally:
        assert load.stop() == 0


def test_a_bot_killed_in_the_middle_of_a_batch_sends_the_rest_at_its_next_start(tmp_path):
    load = PushLoad(tmp_path, 100)
    try:
        load.arrive()
        deadline = time.monotonic() + 120
        while len(load.pushes()) < 20:
            assert time.monotonic() < deadline, load.bot.output()
            time.sleep(0.02)
        load.bot.stop(signal.SIGKILL)
        assert len(load.pushes()) < 100
        load.bot = load.start("restarted.log")
        load.wait_for_log("New articles: 1; 100 watching chat(s) matched")
        per_chat = Counter(c.params["chat_id"] for c in load.fake.calls if c.params.get("chat_id", 0) >= FIRST_WATCHER)
        assert set(per_chat) == set(load.watchers(100))  # no one forgotten
        # Only a push sent in the instant between Telegram's answer and its record can go twice.
        assert sum(per_chat.values()) - 100 <= IN_FLIGHT
        assert load.fake.throttled == []
    finally:
        assert load.stop() == 0
