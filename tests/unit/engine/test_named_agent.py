"""Rule (switch ``named_agent``): a who-question asking the one who acts is answered, where a
passage writes the act, only by someone other than the question's words standing as its agent."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

WHO = "Who leads the Halvorsen commission?"
LED = "That has led John Smith and the Halvorsen commission to rush to prepare."


def test_a_name_the_act_is_done_to_does_not_answer_who_does_it(write_articles):
    assert one_article(write_articles, LED).search(WHO) == []


def test_a_name_before_the_act_answers_who_does_it(write_articles):
    index = one_article(write_articles, "John Smith has led the Halvorsen commission since 2019.")
    assert "John Smith" in index.search(WHO)[0].text


def test_a_name_after_by_answers_who_does_it(write_articles):
    index = one_article(write_articles, "The Halvorsen commission, led by John Smith, met on Monday.")
    assert "John Smith" in index.search(WHO)[0].text


def test_the_switch_turns_the_rule_off(write_articles):
    assert one_article(write_articles, LED).switched(named_agent=False).search(WHO) != []
