"""The sentence after a candidate is read for the best candidates and scored when it completes the question."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from bot.engine.corpus import load_corpus
from bot.engine.rerank import FOLLOWING_TOP
from bot.engine.search import Searcher, SearchOptions, build_index

ELECTION = {
    "a.txt": "date 2023-01-01 title: Results\nCarl Dorn won the election on Monday. The weather was cold.",
    "b.txt": "date 2023-01-01 title: Results\nAnna Berg won the election on Tuesday. It was held in Oslo.",
    "c.txt": "date 2023-01-01 title: Markets\nShares rose in early trading. Bonds fell later.",
    "d.txt": "date 2023-01-01 title: Sport\nThe team lost at home. Fans left early.",
}


@pytest.fixture
def election(write_articles: Callable[[dict[str, str]], Path]) -> Path:
    return write_articles(ELECTION)


def test_the_backend_reads_the_sentence_after_each_and_none_after_an_articles_last(election):
    backend = build_index(load_corpus(election)).backend
    ids = [*backend.article_sentences(1), *backend.article_sentences(0)]
    read = backend.following(ids)
    assert [s.text if s is not None else None for s in read] == [
        "It was held in Oslo.",
        None,
        "The weather was cold.",
        None,
    ]


def test_a_sentence_whose_next_one_completes_the_question_ranks_first(election):
    index = build_index(load_corpus(election), SearchOptions(following_sentence=True))
    assert index.search("who won the election in Oslo?")[0].text == "Anna Berg won the election on Tuesday."


def test_by_default_the_sentence_after_is_not_scored_and_the_one_naming_the_place_ranks_first(election):
    index = build_index(load_corpus(election))
    assert index.search("who won the election in Oslo?")[0].text == "It was held in Oslo."


def test_only_the_best_candidates_have_their_sentence_after_read(write_articles):
    lines = " ".join(f"The troops moved {n} miles north." for n in range(FOLLOWING_TOP + 5))
    index: Searcher = build_index(load_corpus(write_articles({"a.txt": f"date 2023-01-01 {lines} Troops waited."})))
    query, ids, found = index.candidates("where did troops move?")
    # Best first in candidate order, the article's last sentence (nothing after it) last.
    scores = -np.arange(len(found), dtype=float) - 100.0 * np.array([t == "Troops waited." for t in found.texts])
    read = index.read_after(query, ids, found, scores)
    best = np.argsort(-scores)
    assert read.after[best[:FOLLOWING_TOP]].any(axis=1).all()
    assert not read.after[best[FOLLOWING_TOP:]].any()
