"""A sentence's words borrowed from the sentence before: evidence for that sentence when it offers the answer."""

from dataclasses import replace

import numpy as np

from bot.engine.answer_type import AnswerType
from bot.engine.candidates import Candidates, Query, sentence_candidates
from bot.engine.corpus import load_corpus
from bot.engine.rerank import unlent
from bot.engine.search import SearchOptions, build_index

# Other articles make "fighting" a rare word and "north" a less rare one, as in a real archive.
OTHERS = {
    f"f{n}.txt": f"date 2022-01-01 Farmers in valley {n} harvested wheat. Rain fell for {n} days." for n in range(5)
}
OTHERS["north.txt"] = "date 2022-01-01 Farmers harvested wheat. Rain fell in the north for a week."


def first_answer(write_articles, article: str, question: str, **switches: bool) -> str:
    index = build_index(load_corpus(write_articles({"a.txt": article} | OTHERS)), SearchOptions(**switches))
    return index.search(question, top=1)[0].text


WAR = (
    "date 2022-01-01 Peace talks stalled again. In 2014, rebels seized the airport in the north. "
    "The fighting has killed hundreds of soldiers and stalled the talks."
)


def test_the_sentence_with_the_date_outranks_the_next_one_borrowing_its_words(write_articles):
    found = first_answer(write_articles, WAR, "when did the fighting in the north start?")
    assert found == "In 2014, rebels seized the airport in the north."


def test_switched_off_the_sentence_borrowing_the_words_wins(write_articles):
    found = first_answer(write_articles, WAR, "when did the fighting in the north start?", lent_words=False)
    assert found.startswith("The fighting has killed")


QUERY = Query(groups=(("fight",), ("north",)), idf=(3.0, 1.0), pairs=(), words=frozenset(), kind=AnswerType.DATE)


def previous_words(*texts: str, positions: tuple[int, ...] = (3, 4), query: Query = QUERY) -> list[list[bool]]:
    """Which question groups each of two candidates still reads in its sentence before after
    ``unlent``: the first is the second's sentence before (when their positions follow)."""
    terms = [tuple(QUERY.groups[k][0] for k, word in enumerate(("fighting", "north")) if word in t) for t in texts]
    rows = [(texts[0], terms[0], (), (), ()), (texts[1], terms[1], (), terms[0], ())]
    found = Candidates.of(query, [1.0, 1.0], [0, 1], rows, [0, 0], [7, 7], positions)
    return query.groups_in(unlent(query, found).previous).tolist()


def test_words_borrowed_from_a_neighbour_offering_the_asked_kind_are_not_counted():
    found = previous_words("In 2014 rebels took the north.", "The fighting killed hundreds.")
    assert found[1] == [False, False]


def test_a_sentence_offering_the_asked_kind_itself_keeps_its_borrowed_words():
    found = previous_words("In 2014 rebels took the north.", "Since May 2015 the fighting killed hundreds.")
    assert found[1] == [False, True]


def test_words_borrowed_from_a_neighbour_without_the_asked_kind_are_counted():
    found = previous_words("Rebels took the north.", "The fighting killed hundreds.")
    assert found[1] == [False, True]


def test_a_candidate_that_is_not_the_sentence_before_lends_nothing():
    found = previous_words("In 2014 rebels took the north.", "The fighting killed hundreds.", positions=(2, 4))
    assert found[1] == [False, True]


def test_a_name_asked_for_is_told_too_loosely_to_take_a_neighbours_words():
    # "Two capitalised words" offer a name: SQuAD's who-questions lost when a name took them.
    who = replace(QUERY, kind=AnswerType.PERSON)
    found = previous_words("Rebel leader Ivan Petrov took the north.", "The fighting killed hundreds.", query=who)
    assert found[1] == [False, True]


def test_candidates_read_from_arrays_and_from_sentences_know_their_positions_alike(seed_index):
    # Xapian's candidates are read from stored sentences: the sentence before is found the same way.
    query, ids, found = seed_index.candidates("when did the fighting in the east start?")
    from_sentences = sentence_candidates(query, seed_index.backend.sentences(ids.tolist()), found.bm25)
    assert (found.position >= 0).all()
    np.testing.assert_array_equal(found.position, from_sentences.position)
