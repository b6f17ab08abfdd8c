"""What a question reads again is kept or read more cheaply, and reads the same."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from bot.engine.backends.in_process.index import _among
from bot.engine.corpus import load_corpus
from bot.engine.long_lived import long_lived
from bot.engine.question import as_question
from bot.engine.search import build_index

ELECTION = {
    "a.txt": "date 2023-01-01 title: Results\nCarl Dorn won the election on Monday. The weather was cold.",
    "b.txt": "date 2023-01-01 title: Results\nAnna Berg won the election on Tuesday. It was held in Oslo.",
    "c.txt": "date 2023-01-01 title: Markets\nShares rose in early trading. Bonds fell later.",
}


@pytest.fixture
def election(write_articles: Callable[[dict[str, str]], Path]) -> Path:
    return write_articles(ELECTION)


def test_candidates_texts_are_their_sentences_texts_read_first_and_again(election):
    index = build_index(load_corpus(election))
    query, _, _ = index.candidates("who won the election?")
    backend = index.backend
    ids = np.array([*backend.article_sentences(2), *backend.article_sentences(0)])
    texts = [s.text for s in backend.sentences(ids.tolist())]
    first = backend.candidates(ids, np.ones(ids.size), query).texts
    again = backend.candidates(ids[::-1], np.ones(ids.size), query).texts
    assert first == texts
    assert again == texts[::-1]


def test_a_passages_matched_words_are_its_words_with_a_question_term_asked_first_and_again(election):
    index = build_index(load_corpus(election))
    first = index.search("who won the election in Oslo?", top=3)
    again = index.search("who won the election in Oslo?", top=3)
    assert [p.matched_words for p in first] == [p.matched_words for p in again]
    assert {("Oslo",), ("election",)} <= {p.matched_words for p in first}


@pytest.mark.parametrize("few", [[], [3], [3, 9, 11], list(range(0, 80, 2))])
def test_values_among_a_few_are_those_isin_finds(few):
    values = np.array([1, 3, 5, 9, 11, 40, 3, 77, 0], dtype=np.int32)
    wanted = np.array(few, dtype=np.int32)
    assert _among(values, wanted).tolist() == np.isin(values, wanted).tolist()


def test_a_long_lived_table_is_left_out_of_the_collectors_passes():
    table = frozenset(f"word{i}" for i in range(1000))
    assert any(o is table for o in gc.get_objects())
    assert long_lived(table) is table
    assert not any(o is table for o in gc.get_objects())


def test_a_term_is_known_when_a_sentence_has_it_asked_first_and_again(election):
    backend = build_index(load_corpus(election)).backend
    assert [backend.knows(t) for t in ("elect", "oslo", "zzyzx")] == [True, True, False]
    assert [backend.knows(t) for t in ("elect", "oslo", "zzyzx")] == [True, True, False]


def test_the_part_that_asks_is_read_the_same_first_and_again(election):
    index = build_index(load_corpus(election))
    question = as_question("russia's baltic fleet, how many ships?")
    first = index._asking_part(question).text
    assert first != question.text
    assert index._asking_part(question).text == first
