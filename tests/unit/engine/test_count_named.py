"""A two-part question whose last sentence counts its own thing ("How many sailors are on
board?") is answered by a count of that thing, not of the statement's (switch ``count_named``); the
count need not stand by the statement's words (``count_named_kind``: rule 14 reads the question
without the counted noun taken out)."""

import pytest

from bot.engine.corpus import load_corpus
from bot.engine.search import SearchOptions, build_index
from tests.support.one_article import FILLER, one_article

pytestmark = pytest.mark.usefixtures("wordnet")

SAILORS = "Norway is sending ships to the Baltic Sea. How many sailors are on board?"


def test_a_last_sentence_counting_its_own_thing_is_not_answered_by_a_count_of_the_statements(write_articles):
    text = "Finland is sending four fighter jets to Estonia and Norway is sending three ships to the Baltic Sea."
    index = one_article(write_articles, text).switched(count_named=True)
    assert index.search(SAILORS) == []


def test_a_last_sentence_counting_its_own_thing_is_answered_by_its_count(write_articles):
    text = "Norway is sending three ships to the Baltic Sea with 400 sailors on board."
    index = one_article(write_articles, text).switched(count_named=True)
    assert "400 sailors" in index.search(SAILORS)[0].text


def test_without_the_rule_the_statements_count_answers_it(write_articles):
    text = "Finland is sending four fighter jets to Estonia and Norway is sending three ships to the Baltic Sea."
    corpus = write_articles({"a.txt": f"date 2023-05-01\ntitle: News\n{text} {FILLER}"})
    index = build_index(load_corpus(corpus), SearchOptions(count_named=False))
    assert index.search(SAILORS) != []


PAYING = (
    "Fuel prices reached yearly peaks this month at 2.10 euros a litre nationally. "
    "How many regions are already paying 3 euros or more for fuel?"
)
REGIONS = "As of Friday, drivers in 9 regions were paying 3 euros or more for fuel."


def _two_articles(write_articles):
    """The count in one article, the statement's words in another."""
    corpus = write_articles(
        {
            "a.txt": f"date 2023-05-01\ntitle: News\n{REGIONS} {FILLER}",
            "b.txt": "date 2023-05-01\ntitle: Prices\nFuel prices reached yearly peaks this month nationally. "
            f"The average was 2.10 euros a litre. {FILLER}",
        }
    )
    return build_index(load_corpus(corpus), SearchOptions(count_named=True))


def test_the_count_asked_need_not_stand_by_the_statements_words(write_articles):
    assert "9 regions" in _two_articles(write_articles).search(PAYING)[0].text


def test_read_with_the_statement_only_rule_14_wants_the_count_by_the_statements_words(write_articles):
    index = _two_articles(write_articles).switched(count_named_kind=False)
    assert index.search(PAYING) == []
