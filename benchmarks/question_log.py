"""The question log's cost: a write per question, a vote, /stats over a month, the chart.

    python benchmarks/question_log.py [--rows 100000] [--days 30]

Fills a fresh log in a temporary folder with ``--rows`` questions spread evenly over ``--days``
days (a third unanswered, one in five voted on), then reports the median and p99 time of
one ``record`` and one ``vote`` (each its own transaction, as the bot makes them), of the
statistics over the period, of the chart, and the database's size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.store.question_log import DAY, Asked, LogMode, QuestionLog  # noqa: E402
from bot.telegram.stats_chart import render_chart  # noqa: E402

QUESTIONS = ["how many troops?", "what did Reznikov say?", "gas supplies", "pancake recipe", "weather in Kyiv"]


def timed(action, times: int) -> list[float]:
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        action()
        spent.append((time.perf_counter() - started) * 1000)
    return spent


def summary(name: str, spent: list[float]) -> str:
    spent = sorted(spent)
    return f"{name}: median {statistics.median(spent):.2f} ms, p99 {spent[int(len(spent) * 0.99)]:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args()
    random.seed(1)
    now = time.time()
    clock = [now]
    with tempfile.TemporaryDirectory() as folder:
        log = QuestionLog(Path(folder), LogMode.ALL, clock=lambda: clock[0])
        counter = iter(range(10**9))

        def record() -> None:
            n = next(counter)
            clock[0] = now - (1 - n / args.rows) * args.days * DAY  # in time order, as the bot writes them
            question = random.choice(QUESTIONS)
            answered = n % 3 > 0
            log.record(Asked(n % 997, "private", question, question, "passages", answered, 3, 20.0), 1, n)

        writes = timed(record, args.rows)
        votes = timed(lambda: log.vote(random.randrange(997), 1, random.randrange(args.rows), random.choice((1, -1))),
                      args.rows // 5)  # fmt: skip
        clock[0] = now
        reads = timed(lambda: log.stats(args.days), 5)
        stats = log.stats(args.days)
        charts = timed(lambda: render_chart(stats), 5)
        size = sum(p.stat().st_size for p in Path(folder).iterdir()) / 1e6
        print(f"{args.rows} questions over {args.days} days, {len(votes)} votes; database {size:.1f} MB")
        for name, spent in (("record", writes), ("vote", votes), ("stats", reads), ("chart", charts)):
            print(summary(name, spent))


if __name__ == "__main__":
    main()
