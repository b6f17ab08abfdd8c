"""The candidates WordNet's relatives add to a question's, found the cheap way and by the
second full search over every sentence that ``Searcher`` made before."""

from __future__ import annotations

import json

import numpy as np

from bot.engine.search import Searcher
from tests.support.paths import DATA


def questions() -> list[str]:
    """The shipped article's development, paraphrased and conversation questions."""
    found = []
    for name in ("questions.jsonl", "paraphrases.jsonl"):
        with (DATA / name).open(encoding="utf-8") as lines:
            found += [json.loads(line)["q"] for line in lines if line.strip()]
    return found


def added_by_relatives(index: Searcher, question: str) -> tuple[list[int], list[int]]:
    """The sentence ids the relatives add to BM25's candidates: as ``Searcher`` adds them, and
    as a search of every sentence with the relatives as alternatives adds them."""
    groups = index.term_groups(index.question_terms(question))
    relatives = index._relatives(question, groups)
    weights = [1.0] * len(groups)
    wanted = index.options.candidates
    best, scores = index.backend.top(groups, weights, wanted)
    cheap, _ = index._with_relatives(groups, relatives, weights, best, scores, None)
    widened = [g + relatives.get(g, ()) for g in groups]
    more, _ = index.backend.top(widened, weights, wanted // 2)
    return cheap[len(best) :].tolist(), more[~np.isin(more, best)].tolist()
