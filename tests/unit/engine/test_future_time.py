"""Rule (switch ``future``): "when will …?" is answered only by a time the article places after
its own date (2023-05-01 in these archives), tied to the question's words."""

import pytest

from bot.engine.answer import answer
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "When will the Halvorsen bridge reopen?"
PAST = "Engineers closed the Halvorsen bridge on Monday, and it has not reopened as of today."


def test_a_past_day_does_not_answer_when_something_will_happen(write_articles):
    assert one_article(write_articles, PAST).search(QUESTION) == []


def test_a_date_after_the_articles_own_answers_when_something_will_happen(write_articles):
    index = one_article(write_articles, "The Halvorsen bridge reopens on June 3 after repairs.")
    assert "June 3" in index.search(QUESTION)[0].text


def test_a_day_in_a_future_clause_answers_when_something_will_happen(write_articles):
    index = one_article(write_articles, "Officials said the Halvorsen bridge will reopen on Monday.")
    assert "will reopen" in index.search(QUESTION)[0].text


def test_a_refusal_says_no_time_to_come_is_given_and_the_switch_turns_it_off(write_articles):
    index = one_article(write_articles, PAST)
    assert answer(index, QUESTION).text.startswith("The articles don't give a time still to come.")
    assert index.switched(future=False).search(QUESTION) != []
