"""Question budgets at scale: the time a new user's question takes, and the buckets kept.

    python benchmarks/budget_scale.py [--users 20000 40000 100000] [--per-second 10000]

Lets ``--users`` distinct users ask one question each, ``--per-second`` of them a second (at
10,000 a second every bucket is still refilling, so none is idle), then times the questions of
200 more new users and reports the time per question and how many buckets are kept.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.telegram.budget import Allowance, QuestionBudget  # noqa: E402

TIMED = 200


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def measure(users: int, per_second: float) -> tuple[float, int]:
    """Seconds per new user's question after ``users`` have asked, and the buckets kept."""
    clock = Clock()
    budget = QuestionBudget(Allowance(10, 5), Allowance(20, 10), clock=clock)
    for user in range(users):
        budget.ask(user)
        clock.now += 1 / per_second
    started = time.perf_counter()
    for user in range(users, users + TIMED):
        budget.ask(user)
        clock.now += 1 / per_second
    return (time.perf_counter() - started) / TIMED, len(budget._buckets)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="+", default=[20_000, 40_000, 100_000])
    parser.add_argument("--per-second", type=float, default=10_000)
    args = parser.parse_args()
    for users in args.users:
        seconds, kept = measure(users, args.per_second)
        print(f"{users:>7,} users: {seconds * 1e6:6.1f} µs per new user's question, {kept:,} buckets kept")


if __name__ == "__main__":
    main()
