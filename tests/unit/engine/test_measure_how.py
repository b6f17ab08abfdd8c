""" "How heavy / tall / far …?" asks a measure, which a number with its unit gives ("40 tons"), not
a sentence about the thing (rule 25)."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "How heavy was the grain shipment?"


def test_a_sentence_with_no_unit_of_the_measure_does_not_answer(write_articles):
    index = one_article(write_articles, "The heavy grain shipment arrived with 200 million in aid.")
    assert index.search(QUESTION) == []


def test_a_number_with_a_unit_of_the_measure_answers(write_articles):
    index = one_article(write_articles, "The heavy grain shipment weighed 40 tons.")
    assert "40 tons" in index.search(QUESTION)[0].text
