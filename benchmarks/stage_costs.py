"""CPU time per warm answer spent in each stage of the search, in the checkout whose ``bot`` is imported.

    python benchmarks/stage_costs.py ARCHIVE QUESTIONS.jsonl [QUESTIONS.jsonl ...] [--rounds 5]

Asks every question twice to warm the caches, then ``--rounds`` times more, and prints the
milliseconds per answer of the whole answer and of each stage (the searcher's methods and
the engine functions it calls, each wrapped with a CPU clock; a stage's time includes the
stages it calls, a recursive call counted once). Stages a checkout does not have are left
out, so an older checkout is measured by running this file with its Python
(``../before/.venv/bin/python benchmarks/stage_costs.py …``, or ``PYTHONPATH=../before``).
The wrapping costs a little in every stage: compare checkouts, not absolute figures.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bot.engine.search as search_module

METHODS = (
    "search _rank scored candidates question_terms term_groups _country_forms _derived_forms _relatives"
    " _with_relatives _with_period _answers _counted _carries_kind _gives_amount _names_role _shows_kind"
    " _answerable _with_following _sought_terms _narrower_terms _asking _for_ranking read_after related"
).split()
FUNCTIONS = "_marked rerank_scores sought kind_asked asks_amount reacting following unlent tied_value".split()
BACKEND = "top candidates sentences following".split()

spent: dict[str, float] = defaultdict(float)


def timed(owner: object, name: str, label: str) -> None:
    """Replace ``owner.name`` by the same callable adding its CPU time to ``spent[label]``."""
    function = getattr(owner, name, None)
    if function is None:
        return
    depth = [0]

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        depth[0] += 1
        started = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            depth[0] -= 1
            if not depth[0]:
                spent[label] += time.thread_time() - started

    setattr(owner, name, wrapper)


def answerer(archive: Path) -> tuple[Callable[[str], object], object]:
    """A function answering one question as the bot does, and the searcher it asks."""
    try:
        from bot.engine import answer_turn, finds, open_index, spelled, understand
    except ImportError:  # a checkout from before conversations: one call answers
        from bot.engine.index_store import open_index  # type: ignore[import-not-found,no-redef]

        from bot.engine.answer import answer as engine_answer

        index = open_index(archive)
        return lambda question: engine_answer(index, question, top=3), index
    index = open_index(archive)
    return (
        lambda question: answer_turn(
            index, understand(spelled(index, question), None, finds=lambda x: finds(index, x)), top=3
        )
    ), index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive", type=Path)
    parser.add_argument("questions", type=Path, nargs="+")
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    searcher = getattr(search_module, "Searcher", None) or search_module.SearchIndex
    for name in METHODS:
        timed(searcher, name, name)
    for name in FUNCTIONS:
        timed(search_module, name, name + "()")
    answer, index = answerer(arguments.archive)
    for name in BACKEND:
        timed(index.backend, name, "backend." + name)  # type: ignore[attr-defined]
    lines = [line for path in arguments.questions for line in path.read_text(encoding="utf-8").splitlines()]
    questions = list(dict.fromkeys(json.loads(line)["q"] for line in lines if line.strip()))
    for question in questions * 2:
        answer(question)
    spent.clear()
    started = time.thread_time()
    for _ in range(arguments.rounds):
        for question in questions:
            answer(question)
    answers = arguments.rounds * len(questions)
    print(f"{'answer':24} {1000 * (time.thread_time() - started) / answers:7.3f} ms")
    for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"{label:24} {1000 * seconds / answers:7.3f}")


if __name__ == "__main__":
    main()
