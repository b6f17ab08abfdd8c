"""What a refusal switch costs answerable questions and gains on near-miss ones.

    python benchmarks/kind_cost.py CORPUS SET.jsonl [--neg NEG.jsonl ...] [--switch shown_kind]
                                   [--option shown_kind_top=1 ...] [--all]

Asks every question that asks a kind (``asked.kind_asked``; every question with ``--all``)
with the switch on (and the ``--option`` values) and off, on the same index, and prints the
answerable questions it newly refuses (and of them, those answered within 3 off) and the
``--neg`` questions it newly refuses, each listed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bot.engine import open_index
from bot.engine.asked import kind_asked
from bot.engine.question import Question
from bot.engine.related_words import kinds_of


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--neg", type=Path, action="append", default=[])
    parser.add_argument("--switch", default="shown_kind")
    parser.add_argument("--option", action="append", default=[], help="NAME=INT for the switched-on searcher")
    parser.add_argument("--all", action="store_true", help="every question, not only those asking a kind")
    args = parser.parse_args()
    values = {k: int(v) for k, v in (o.split("=") for o in args.option)}
    index = open_index(args.corpus)
    on = index.switched(**{args.switch: True}, **values)
    off = index.switched(**{args.switch: False})
    refused = hits = asked = 0
    for item in read(args.questions):
        if not args.all and not kind_asked(item["q"], kinds_of):
            continue
        asked += 1
        question = Question(item["q"], language="en")
        if on.search(question, top=3):
            continue
        before = off.search(question, top=3)
        if before:
            refused += 1
            hit = any(g in p.text for p in before for g in item["gold"])
            hits += hit
            print(f"  refused{' (hit)' if hit else ''}: {item['q']}")
    print(f"{args.questions}: {asked} asked, {refused} newly refused, {hits} of them hits within 3 before")
    for path in args.neg:
        items = read(path)
        gained = [i["q"] for i in items if not on.search(i["q"], top=3) and off.search(i["q"], top=3)]
        left = sum(1 for i in items if on.search(i["q"], top=3))
        print(f"{path}: {len(gained)} more refused, {left} of {len(items)} still answered")
        for q in gained:
            print(f"  gained: {q}")


if __name__ == "__main__":
    main()
