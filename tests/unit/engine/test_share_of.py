""" "How much of X …?" asks a part of X, which a share gives ("40%", "half"), not any number (rule 24)."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "How much of its grain does Norway buy from Sweden?"


def test_a_number_that_is_no_share_does_not_answer_how_much_of(write_articles):
    index = one_article(write_articles, "Norway buys grain from Sweden in 12 ports.")
    assert index.search(QUESTION) == []


def test_a_share_answers_how_much_of(write_articles):
    index = one_article(write_articles, "Norway buys half of its grain from Sweden.")
    assert "half of its grain" in index.search(QUESTION)[0].text
