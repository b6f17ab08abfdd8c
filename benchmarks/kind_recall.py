"""How often the kind detectors find the asked kind in the sentence that answers (recall).

    python benchmarks/kind_recall.py SET.jsonl CORPUS [--misses FILE] [--limit N]

For every question of the set that asks a kind (``asked.kind_asked``: a time, a person, a
number), finds the answer sentence — the sentence of the corpus holding the gold string (the
question's ``article``, else the first file that holds it) — and prints per kind the share
whose sentence the lenient detector carries (``asked.carries``), the precise one gives a value
of (``asked.kind_spans``), and gives one tied to the question's words (``asked.tied_value``:
in the same clause, or within 3 / 6 words). ``--misses`` writes the untied answer sentences.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from bot.engine.analysis.analyzer import ENGLISH
from bot.engine.asked import carries, kind_asked, kind_spans, tied_value
from bot.engine.related_words import domain, kinds_of
from bot.engine.search import _names_person

WITHIN = (0, 3, 6)
_PIECE = 25  # characters of the gold string's start or end that place it in a sentence


def noun_file(word: str) -> str:
    """The WordNet lexicographer file of a noun's most frequent sense ("person", "time")."""
    return domain(word, "noun")


def answer_sentence(text: str, gold: str) -> str:
    """The sentences of ``text`` that hold the first occurrence of ``gold``, joined."""
    ends = (gold[:_PIECE], gold[-_PIECE:])
    found = [s for s in ENGLISH.split_sentences(text) if gold in s or s in gold or any(e in s for e in ends)]
    return " ".join(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--misses", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    items = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {
        p.name: p.read_text(encoding="utf-8", errors="replace") for p in sorted(args.corpus.iterdir()) if p.is_file()
    }
    totals: Counter[str] = Counter()
    found: Counter[tuple[str, str]] = Counter()
    misses: list[str] = []
    for item in items[: args.limit or None]:
        kind = kind_asked(item["q"], kinds_of)
        if not kind:
            continue
        gold = item["gold"][0]
        names = [item["article"]] if "article" in item else [n for n, t in texts.items() if gold in t][:1]
        if not names or gold not in texts.get(names[0], ""):
            continue
        sentence = answer_sentence(texts[names[0]], gold)
        focus = {t for t in ENGLISH.tokenize(item["q"]) if t not in ENGLISH.stop_words}

        def is_focus(word: str, focus: set[str] = focus) -> bool:
            return not focus.isdisjoint(ENGLISH.compound_terms(word.lower()))

        totals[kind] += 1
        found[kind, "carries"] += carries(kind, sentence, _names_person)
        found[kind, "precise"] += bool(kind_spans(kind, sentence, _names_person, noun_file))
        for within in WITHIN:
            tied = tied_value(kind, sentence, is_focus, _names_person, noun_file, within, matched=True)
            found[kind, f"tied {within}"] += tied
            if within == 0 and not tied:
                misses.append(f"{kind}\t{item['q']}\t{gold}\t{sentence}")
    columns = ["carries", "precise", *(f"tied {w}" for w in WITHIN)]
    print("| kind | questions | " + " | ".join(columns) + " |")
    print("|---|---:|" + "---:|" * len(columns))
    for kind, total in sorted(totals.items()):
        cells = " | ".join(f"{found[kind, c] / total:.3f}" for c in columns)
        print(f"| {kind} | {total} | {cells} |")
    if args.misses:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
