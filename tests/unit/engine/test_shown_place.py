"""Rule 31: a "where did / were …?" question is answered only by a passage shown that gives a
place in a clause with the question's words other than its verb: "holding a protest in
Brackenby" places no talks "held"."""

import pytest

from bot.engine.search import Searcher
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "Where were the trade talks held?"


def placed(index: Searcher) -> Searcher:
    """The searcher with rule 31 on, whatever its default."""
    return index.switched(shown_place=True, shown_place_verb=False)


def test_a_passage_giving_no_place_does_not_answer_where(write_articles):
    index = one_article(write_articles, "Several rounds of trade talks have failed to yield a deal.")
    assert placed(index).search(QUESTION) == []


def test_a_place_in_the_clause_of_the_event_answers_where(write_articles):
    index = one_article(write_articles, "The trade talks were held in Geneva after a long delay.")
    assert "Geneva" in placed(index).search(QUESTION)[0].text


def test_a_place_beside_only_the_questions_verb_does_not_answer_where(write_articles):
    index = one_article(write_articles, "The trade talks failed again. Farmers were holding a protest in Brackenby.")
    assert placed(index).search(QUESTION) == []


def test_the_switch_off_answers_where_without_a_place(write_articles):
    index = one_article(write_articles, "Several rounds of trade talks have failed to yield a deal.")
    # act_place too asks a place beside the talks: both off, nothing asks one
    assert "trade talks" in index.switched(shown_place=False, act_place=False).search(QUESTION)[0].text
