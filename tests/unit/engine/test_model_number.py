"""A model's number is no count: "Norway is sending F-35 jets" does not say how many (rule 23)."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "How many F-35s is Norway sending to Sweden?"


def test_a_models_number_does_not_answer_how_many(write_articles):
    index = one_article(write_articles, "Norway is sending F-35 jets to Sweden.")
    assert index.search(QUESTION) == []


def test_a_count_beside_the_models_number_answers(write_articles):
    index = one_article(write_articles, "Norway is sending four F-35 jets to Sweden.")
    assert "four F-35 jets" in index.search(QUESTION)[0].text


def test_a_models_number_answers_with_model_number_switched_off(write_articles):
    index = one_article(write_articles, "Norway is sending F-35 jets to Sweden.")
    assert "F-35 jets" in index.switched(model_number=False).search(QUESTION)[0].text
