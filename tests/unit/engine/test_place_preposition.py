"""Rule place_preposition: "where was X when …?" asks a place X was in, "where … to?" a place
something went to; a place of another kind beside X answers neither."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "Where was Brackenby when he criticised Halvorsen?"


def test_a_place_the_act_is_about_does_not_answer_where_someone_was(write_articles):
    index = one_article(write_articles, "Brackenby on Tuesday criticised Halvorsen over the tensions around Marwick.")
    assert index.search(QUESTION) == []
    assert index.switched(place_preposition=False).search(QUESTION) != []


def test_a_place_someone_was_in_answers_where_they_were(write_articles):
    index = one_article(write_articles, "Speaking in Marwick on Tuesday, Brackenby criticised Halvorsen.")
    assert "Marwick" in index.search(QUESTION)[0].text


def test_a_place_left_does_not_answer_where_something_went_to(write_articles):
    index = one_article(write_articles, "The families of the Brackenby sailors were relocated from Marwick on Tuesday.")
    question = "Where were the families of the Brackenby sailors relocated to?"
    assert index.search(question) == []
    assert index.switched(place_preposition=False).search(question) != []
