"""Fit the re-ranking weights on one half of a question set and score them on the other.

    python benchmarks/rerank_fit.py --corpus ../shared/eval/squad/corpus ../shared/eval/squad/questions.jsonl

The set's articles are split in two (alternate articles in name order, the ``article``
field). Coordinate ascent over a grid fits each feature's weight (BM25's stays 1) to
hit@1 + hit@3 / 2 on one half, starting from the shipped weights; the weights are then
scored on the other half, both ways.
Only the held-out figures say how well the weights generalize; ``rerank.Weights``
keeps rounded weights that both halves agree on.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import astuple
from pathlib import Path

import numpy as np

from bot.engine import Searcher, open_index, read_questions
from bot.engine.rerank import FEATURES, Weights, features, scores

GRID = (0.0, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0)


def collect(index: Searcher, items: list[dict]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each question's candidates as feature rows, and which of them hold its answer."""
    rows = []
    for item in items:
        query, ids, candidates = index.candidates(item["q"])
        weights = index.options.rerank_weights()
        if weights.following:  # the sentence after the best candidates, as ``search`` reads it
            candidates = index.read_after(query, ids, candidates, scores(query, candidates, weights))
        gold = np.array([any(g in text for g in item["gold"]) for text in candidates.texts], dtype=bool)
        rows.append((features(query, candidates), gold))
    return rows


def hits(weights: np.ndarray, rows: list[tuple[np.ndarray, np.ndarray]]) -> tuple[float, float]:
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


def coordinate_ascent(
    hits_of: Callable[[np.ndarray], tuple[float, float]],
    start: np.ndarray,
    features: Sequence[int],
    grid: Sequence[float],
    rounds: int = 3,
) -> np.ndarray:
    """Weights improved one feature at a time over ``grid`` for hit@1 + hit@3 / 2, until a round
    changes nothing (shared with news_fit.py)."""
    weights = start.copy()
    h1, h3 = hits_of(weights)
    best = h1 + h3 / 2
    for _ in range(rounds):
        improved = False
        for feature in features:
            for value in grid:
                trial = weights.copy()
                trial[feature] = value
                h1, h3 = hits_of(trial)
                if h1 + h3 / 2 > best + 1e-9:
                    best, weights, improved = h1 + h3 / 2, trial, True
        if not improved:
            break
    return weights


def fit(rows: list[tuple[np.ndarray, np.ndarray]], rounds: int = 3) -> np.ndarray:
    start = np.array(astuple(Weights()), dtype=float)
    # BM25's weight stays 1: scores are relative.
    return coordinate_ascent(lambda w: hits(w, rows), start, range(1, len(FEATURES)), GRID, rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("--corpus", type=Path, required=True)
    args = parser.parse_args()
    index = open_index(args.corpus)
    items = read_questions(args.set)
    articles = sorted({item["article"] for item in items})
    first = set(articles[::2])
    halves = {
        "A": collect(index, [i for i in items if i["article"] in first]),
        "B": collect(index, [i for i in items if i["article"] not in first]),
    }
    current = np.array(astuple(Weights()), dtype=float)
    for name, rows in halves.items():
        print(f"half {name}: shipped weights hit@1={hits(current, rows)[0]:.3f} hit@3={hits(current, rows)[1]:.3f}")
    for fitted, held_out in (("A", "B"), ("B", "A")):
        weights = fit(halves[fitted])
        h1, h3 = hits(weights, halves[held_out])
        print(f"fitted on {fitted}: {dict(zip(FEATURES, weights.round(2).tolist(), strict=True))}")
        print(f"  held-out half {held_out}: hit@1={h1:.3f} hit@3={h3:.3f}  (relevance test and deduplication aside)")


if __name__ == "__main__":
    main()
