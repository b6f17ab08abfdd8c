"""CPU time the refusal check (``SearchOptions.asked_thing``) adds to a warm search.

    python benchmarks/refusal_cost.py ARCHIVE QUESTIONS.jsonl [--kinds] [--limit N] [--rounds 4] [--switch NAME]

Opens the archive once, asks every question once to warm the caches, then asks them all with
the check on and off in alternate rounds (CPU time, one process, so both read the same warm
index) and prints the median milliseconds per search of each and of their difference.
``--kinds`` keeps the questions the check reads most (how many / how much / how long / when /
where / what percentage), the first ``--limit`` of them. ``--switch`` times another
``SearchOptions`` switch instead (``answerable``: the learned gate, with ``--kinds`` it also
keeps who-questions, the gate's other kind; ``shown_kind``: the kind asked in a passage shown).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bot.engine import open_index
from bot.engine.question import Question
from bot.engine.search import Searcher

KINDS = ("how many", "how much", "how long", "when", "where", "what percentage")


def per_search(index: Searcher, questions: list[Question]) -> float:
    """CPU milliseconds per search of ``questions``."""
    started = time.process_time()
    for question in questions:
        index.search(question, top=3)
    return 1000 * (time.process_time() - started) / len(questions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--kinds", action="store_true", help="only questions the check reads most")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--switch", default="asked_thing", help="the SearchOptions switch timed")
    args = parser.parse_args()
    written = [
        json.loads(line)["q"] for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if args.kinds:
        kinds = (*KINDS, "who") if args.switch == "answerable" else KINDS
        written = [q for q in written if q.lower().startswith(kinds)][: args.limit]
    questions = [Question(q, language="en") for q in written]
    on = open_index(args.archive).switched(**{args.switch: True})
    off = on.switched(**{args.switch: False})
    per_search(on, questions), per_search(off, questions)  # warm: every word looked up once
    timings: list[tuple[float, float]] = [
        (per_search(on, questions), per_search(off, questions)) for _ in range(args.rounds)
    ]
    checked, unchecked = (statistics.median(t[k] for t in timings) for k in (0, 1))
    cost = statistics.median(a - b for a, b in timings)
    print(f"{len(questions)} questions: {checked:.3f} ms a search with the check, {unchecked:.3f} without; {cost:.3f}")


if __name__ == "__main__":
    main()
