"""Fit the news re-ranking weights on half of a dated question set's quiz weeks, check on the other.

    python benchmarks/news_fit.py ../shared/eval/news/questions.jsonl ../shared/eval/news/corpus

Each question (``q``, ``gold``, ``asof``) is asked of the articles dated up to its day, with
recency counted back from that day and its relative time words ("this week") as a
preferred period, as ``answer`` does. One index holds the whole archive, so the IDFs are
the whole archive's rather than the day's (``asof_eval.py`` gives the exact figures). The
quiz days are split in two by alternate ISO weeks; coordinate ascent fits each feature's
weight (BM25's stays 1) on one half and scores the other, both ways.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import astuple, fields, replace
from pathlib import Path

import numpy as np
from rerank_fit import coordinate_ascent  # benchmarks/ is the script folder

from bot.cli import TECHNIQUES
from bot.engine import Kind, Searcher, SearchOptions, open_index, read_questions
from bot.engine.intent import classify
from bot.engine.rerank import AGREEMENT_TOP, Weights, features, scores
from bot.engine.timeframe import find_timeframe

GRID = (0.0, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0)
Rows = list[tuple[np.ndarray, np.ndarray]]


def week_half(item: dict) -> str:
    """ "A" for quiz days in even ISO weeks, "B" for odd ones."""
    return "AB"[dt.date.fromisoformat(item["asof"]).isocalendar()[1] % 2]


Period = tuple[dt.date, dt.date]


def preference(question: str, asof: dt.date) -> tuple[str, Period | None, Period | None]:
    """What ``answer`` searches for a passage question: its words, the period it prefers and the one it restricts to."""
    frame, rest = find_timeframe(question, asof)
    intent = classify(question, rest if frame else None)
    text = intent.topic if intent.kind is Kind.PASSAGES else question
    if frame is None:
        return text, None, None
    prefer = frame.preferred(asof)
    if prefer is not None or not frame.restricts:
        return text, prefer, None
    return text, None, (frame.since or dt.date.min, frame.until or asof)


def collect(index: Searcher, items: list[dict]) -> tuple[Rows, int]:
    """Each question's candidates as feature rows with which hold its answer; and how many got none."""
    rows, refused = [], 0
    dates = [s.date for s in index.sources]
    for item in items:
        asof = dt.date.fromisoformat(item["asof"])
        articles = [a for a, d in enumerate(dates) if d <= asof]
        text, prefer, restrict = preference(item["q"], asof)
        if restrict is not None:
            articles = [a for a in articles if restrict[0] <= dates[a] <= restrict[1]] or articles
        query, ids, candidates = index.candidates(text, articles, prefer=prefer, newest=asof)
        # The sentence after the best candidates by the shipped weights, as ``search`` reads it
        # and the agreeing articles of the best (also when switched off: their weights are then 0,
        # and ``--fit`` can fit them).
        first = scores(query, candidates, index.options.rerank_weights())
        candidates = index.read_after(query, ids, candidates, first)
        candidates = candidates.with_agreement(np.lexsort((candidates.ties, -first))[:AGREEMENT_TOP].tolist())
        refused += not len(candidates)
        gold = np.array([any(g in t for g in item["gold"]) for t in candidates.texts], dtype=bool)
        rows.append((features(query, candidates), gold))
    return rows, refused


def hits(weights: np.ndarray, rows: Rows) -> tuple[float, float]:
    """hit@1 and hit@3 of ranking every question's candidates by ``weights``."""
    first = third = 0
    for matrix, gold in rows:
        if not gold.any():
            continue
        scores = matrix @ weights
        rank = int((scores > scores[gold].max()).sum())
        first += rank == 0
        third += rank < 3
    return first / len(rows), third / len(rows)


def fit(rows: Rows, start: np.ndarray, only: list[int], rounds: int = 3) -> np.ndarray:
    return coordinate_ascent(lambda w: hits(w, rows), start, only, GRID, rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--fit", nargs="*", help="fit these features' weights (default: all but BM25's) on each half")
    parser.add_argument("--disable", nargs="*", default=[], choices=TECHNIQUES, help="switch techniques off")
    parser.add_argument("--weight", nargs="*", default=[], help="NAME=VALUE: a feature's weight")
    parser.add_argument("--option", nargs="*", default=[], help="NAME=NUMBER: a numeric search option")
    args = parser.parse_args()
    index = open_index(args.corpus)
    weights = replace(Weights(), **{k: float(v) for k, v in (w.split("=", 1) for w in args.weight)})
    numbers = {k: type(getattr(SearchOptions(), k))(float(v)) for k, v in (o.split("=", 1) for o in args.option)}
    index.options = SearchOptions(weights=weights, **{t: False for t in args.disable}, **numbers)
    items = read_questions(args.set)
    halves = {}
    for name in "AB":
        rows, refused = collect(index, [i for i in items if week_half(i) == name])
        halves[name] = rows
        h1, h3 = hits(index.options.rerank_weights().vector, rows)
        print(f"half {name} ({len(rows)} questions): shipped weights hit@1={h1:.3f} hit@3={h3:.3f} refused={refused}")
    if args.fit is not None:
        names = [f.name for f in fields(Weights)]
        only = [names.index(n) for n in args.fit] if args.fit else list(range(1, len(names)))
        for fitted, held_out in (("A", "B"), ("B", "A")):
            weights = fit(halves[fitted], np.array(astuple(index.options.rerank_weights()), dtype=float), only)
            h1, h3 = hits(weights, halves[held_out])
            print(f"fitted on {fitted}: {dict(zip(names, weights.round(2).tolist(), strict=True))}")
            print(f"  held-out half {held_out}: hit@1={h1:.3f} hit@3={h3:.3f}  (relevance test and grouping aside)")


if __name__ == "__main__":
    main()
