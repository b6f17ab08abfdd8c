"""Push load: a new article reaching 1,000 watchers, through the real bot and the fake Bot API.

    python benchmarks/push_load.py [--watchers 1000] [--questions 20]

Stores the watches, starts ``python -m bot run`` against the fake Telegram Bot API (which
enforces Telegram's flood limits and answers 429 past them), adds a matching article and
sends SIGHUP. Reports the time from the article's arrival to the last push, answers'
latency (question available to the bot → its accepted reply) before and during delivery —
one question a second from a new reader — and the 429s the bot provoked.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.push_load import PushLoad  # noqa: E402

QUESTION = "how many walruses rested on the beach?"
FIRST_READER = 7_000


def ask(load: PushLoad, reader: int) -> float:
    """Seconds from the question being available to the bot to its accepted answer."""
    after = len(load.fake.calls)
    sent = time.monotonic()
    load.fake.send_text(reader, QUESTION)
    answer = load.fake.wait_for_call("sendMessage", lambda p: p["chat_id"] == reader, 60, after)
    return answer.at - sent


def summary(latencies: list[float]) -> str:
    ms = sorted(1000 * s for s in latencies)
    return f"p50 {statistics.median(ms):.0f} ms, max {ms[-1]:.0f} ms over {len(ms)} questions"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--watchers", type=int, default=1000)
    parser.add_argument("--questions", type=int, default=20, help="asked during delivery, one a second")
    args = parser.parse_args()
    load = PushLoad(Path(tempfile.mkdtemp()), args.watchers)
    try:
        readers = iter(range(FIRST_READER, FIRST_READER + 1000))
        quiet = [ask(load, next(readers)) for _ in range(5)]
        arrived = load.arrive()
        while not load.pushes():
            time.sleep(0.01)
        during, overlapping = [], 0
        for _ in range(args.questions):
            asked = time.monotonic()
            during.append(ask(load, next(readers)))
            overlapping += len(load.pushes()) < args.watchers
            time.sleep(max(0.0, 1.0 - (time.monotonic() - asked)))
        deadline = time.monotonic() + 600
        while len(load.pushes()) < args.watchers and time.monotonic() < deadline:
            time.sleep(0.1)
        pushes = load.pushes()
        throttled, rejected = len(load.fake.throttled), len(load.fake.rejected)
    finally:
        load.stop()
    print(f"watchers: {args.watchers}; pushes accepted: {len(pushes)}")
    print(f"arrival to first push: {pushes[0] - arrived:.1f} s; to the last: {pushes[-1] - arrived:.1f} s "
          f"({len(pushes) / (pushes[-1] - pushes[0]):.1f} pushes/s)")  # fmt: skip
    print(f"answers with no pushes: {summary(quiet)}")
    print(f"answers during delivery: {summary(during)} ({overlapping} answered while pushes were still going)")
    print(f"429 Too Many Requests provoked: {throttled}; requests Telegram would refuse: {rejected}")


if __name__ == "__main__":
    main()
