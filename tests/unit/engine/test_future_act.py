"""Rule (switch ``future_act``): "who / where / how much will …?" is answered only by a clause in
the future that writes the asked verb and a value of the asked kind."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

WHO = "Who will chair the Halvorsen commission?"
NOW = "John Smith chairs the Halvorsen commission, which met on Monday."


def test_a_present_act_does_not_answer_who_will_do_it(write_articles):
    assert one_article(write_articles, NOW).search(WHO) == []


def test_a_person_in_a_future_clause_answers_who_will_do_it(write_articles):
    index = one_article(write_articles, "Officials said John Smith will chair the Halvorsen commission.")
    assert "John Smith" in index.search(WHO)[0].text


def test_a_place_in_a_future_clause_answers_where_something_will_be_done(write_articles):
    index = one_article(write_articles, "The Halvorsen jets are to be stationed at Orland air base in Norway.")
    assert "Orland" in index.search("Where will the Halvorsen jets be stationed?")[0].text


def test_the_switch_turns_the_rule_off(write_articles):
    assert one_article(write_articles, NOW).switched(future_act=False).search(WHO) != []
