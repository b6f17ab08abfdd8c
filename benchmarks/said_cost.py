"""What rule 18 (``SearchOptions.said_about``) costs a search, in CPU time.

    python benchmarks/said_cost.py CORPUS SET.jsonl

Reads every question of the set with ``said_about.said_about`` (what each answer pays), then
checks the questions it reads ("what did X say about Z?") against their first passages
(``Searcher._says_about``), each ranked once beforehand with the rule off; both three times,
the median printed, and the two summed per answer of the set.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bot.engine import open_index
from bot.engine.question import Question
from bot.engine.said_about import said_about


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("questions", type=Path)
    args = parser.parse_args()
    lines = args.questions.read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["q"] for line in lines if line.strip()]
    for question in questions:  # WordNet's pages and memos warmed
        said_about(question)
    parses = []
    for _ in range(3):
        start = time.process_time()
        for question in questions:
            said_about(question)
        parses.append((time.process_time() - start) * 1000 / len(questions))
    index = open_index(args.corpus)
    read = [Question(q, language="en") for q in questions if said_about(q)]
    unchecked = index.switched(said_about=False)
    ranked = [(question, *unchecked._rank(question)[:2]) for question in read]
    checks = []
    for _ in range(3):
        start = time.process_time()
        for question, query, ids in ranked:
            if len(ids):
                index._says_about(question, query, ids)
        checks.append((time.process_time() - start) * 1000)
    parse, check = statistics.median(parses), statistics.median(checks)
    print(f"parse: {parse:.4f} ms a question ({len(questions)})")
    print(f"check: {check / max(len(ranked), 1):.4f} ms a question read ({len(ranked)})")
    print(f"per answer: {parse + check / len(questions):.4f} ms")


if __name__ == "__main__":
    main()
