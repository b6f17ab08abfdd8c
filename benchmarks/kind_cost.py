"""What a refusal switch costs answerable questions and gains on near-miss ones.

    python benchmarks/kind_cost.py CORPUS SET.jsonl [--neg NEG.jsonl ...] [--switch shown_kind]
                                   [--option shown_kind_top=1 ...] [--all | --names | --places] [--time]

Asks every question that asks a kind (``asked.kind_asked``; every question with ``--all``)
with the switch on (and the ``--option`` values) and off, on the same index, and prints the
answerable questions it newly refuses (and of them, those answered within 3 off) and the
``--neg`` questions it newly refuses, each listed. ``--names``: only the questions asking a
name (``names.name_asked`` as the switched-on searcher reads it; for ``--switch shown_name``);
``--places``: only "where did / is …?" questions (``asked.asks_place``; for ``--switch shown_place``).
``--time``: instead, the CPU time the strict kind check (``Searcher._shows_kind``; with
``--switch shown_name`` the name check, ``Searcher._shows_name``; ``reason`` / ``means`` rule 27's /
28's, ``Searcher._gives_reason`` / ``_gives_means``; ``talked_between`` / ``thing_done`` /
``yes_no`` / ``yes_no_names`` / ``yes_no_act``, ``Searcher._names_parties`` / ``_names_thing_done`` /
``_names_both`` / ``_names_every_name`` / ``_writes_claim``; ``shown_which``, ``Searcher._shows_which``;
``which_member``, ``Searcher._names_member``; ``which_candidate``, ``Searcher._holds_candidate``; ``future``,
``Searcher._gives_future``; ``future_act``, ``Searcher._tells_future_act``; ``shown_subject``,
``Searcher._stands_with_subject``; ``named_agent``,
``Searcher._names_agent``; ``role_holder``, ``Searcher._names_role_holder``) takes per question of the
set, every question ranked once to warm the caches, then checked three times (median).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bot.engine import open_index
from bot.engine.asked import asks_place, kind_asked
from bot.engine.question import Question
from bot.engine.related_words import kinds_of
from bot.engine.search import Searcher


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check_time(index: Searcher, items: list[dict], names: bool = False, switch: str = "") -> None:
    """Print the CPU milliseconds the strict kind check (``names``: the name check; ``switch``
    "reason", "means", "talked_between", "thing_done", "yes_no" or "future": that rule's check)
    takes per question, on average."""
    ranked = []
    for item in items:
        question = Question(item["q"], language="en")
        query, ids, _ = index._rank(question)
        texts = [s.text for s in index.backend.sentences([int(i) for i in ids[:3]])]  # the search has them
        ranked.append((question, query, ids, texts))
    checking, rounds = index.switched(shown_kind=True, shown_name=True), []
    for _ in range(4):  # the first warms the caches
        started = time.process_time()
        for question, query, ids, texts in ranked:
            if len(ids) and switch == "reason":
                checking._gives_reason(question, query, ids)
            elif len(ids) and switch == "means":
                checking._gives_means(question, ids)
            elif len(ids) and switch == "talked_between":
                checking._names_parties(question, ids)
            elif len(ids) and switch == "thing_done":
                checking._names_thing_done(question, ids)
            elif len(ids) and switch == "yes_no":
                checking._names_both(question, ids)
            elif len(ids) and switch == "yes_no_names":
                checking._names_every_name(question, ids)
            elif len(ids) and switch == "yes_no_act":
                checking._writes_claim(question, ids)
            elif len(ids) and switch == "future":
                checking._gives_future(question, query, ids)
            elif len(ids) and switch == "future_act":
                checking._tells_future_act(question, ids)
            elif len(ids) and switch == "shown_which":
                checking._shows_which(question, query, ids)
            elif len(ids) and switch == "which_member":
                checking._names_member(question, query, ids)
            elif len(ids) and switch == "which_candidate":
                checking._holds_candidate(question, query, ids)
            elif len(ids) and switch == "shown_subject":
                checking._stands_with_subject(question, ids)
            elif len(ids) and switch == "named_agent":
                checking._names_agent(question, ids)
            elif len(ids) and switch == "role_holder":
                checking._names_role_holder(question, ids)
            elif len(ids) and switch == "role_unwritten":
                checking._names_role_asked(question, ids)
            elif len(ids) and names:
                checking._shows_name(question, query, ids)
            elif len(ids):
                checking._shows_kind(question, query, ids, texts)
        rounds.append(1000 * (time.process_time() - started) / len(ranked))
    check = (
        f"{switch} check"
        if switch
        in (
            "reason",
            "means",
            "talked_between",
            "thing_done",
            "yes_no",
            "yes_no_names",
            "yes_no_act",
            "future",
            "future_act",
            "shown_which",
            "which_member",
            "which_candidate",
            "shown_subject",
            "named_agent",
            "role_holder",
        )
        else "name check"
        if names
        else "kind check"
    )
    print(f"{len(ranked)} questions: {statistics.median(rounds[1:]):.4f} ms a question for the {check}")


def _value(text: str) -> int | float | str:
    """An ``--option`` value: an integer, a number or words ("time number")."""
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--neg", type=Path, action="append", default=[])
    parser.add_argument("--switch", default="shown_kind")
    parser.add_argument(
        "--option", action="append", default=[], help="NAME=VALUE (integer, number, words) for the switched-on searcher"
    )
    parser.add_argument("--all", action="store_true", help="every question, not only those asking a kind")
    parser.add_argument("--names", action="store_true", help="only questions asking a name (rule 17)")
    parser.add_argument("--places", action="store_true", help="only questions asking a place (rule 31)")
    parser.add_argument("--which", action="store_true", help="only 'which / what X' questions (switch shown_which)")
    parser.add_argument("--time", action="store_true", help="time the strict kind check per question")
    args = parser.parse_args()
    values = {k: _value(v) for k, v in (o.split("=", 1) for o in args.option)}
    index = open_index(args.corpus)
    if args.time:
        off = {"shown_kind": False, "shown_name": False}
        check_time(index.switched(**off, **values), read(args.questions), args.switch == "shown_name", args.switch)
        return
    on = index.switched(**{args.switch: True}, **values)
    off = index.switched(**{args.switch: False})
    refused = hits = asked = 0
    for item in read(args.questions):
        question = Question(item["q"], language="en")
        if args.names and not on._name_thing(question):
            continue
        if args.places and not asks_place(item["q"]):
            continue
        if args.which and not on._which_thing(question):
            continue
        if not (args.all or args.names or args.places or args.which) and not kind_asked(item["q"], kinds_of):
            continue
        asked += 1
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
