"""Rule light_act: a when-question asking a light verb with its object ("take office") is dated
only beside that object, not by a time of the verb alone or of another act."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "When did Brackenby take office?"


def test_a_time_beside_the_light_verb_without_its_object_does_not_answer_when(write_articles):
    text = "This photo of Mayor Brackenby was taken from video on Tuesday. Brackenby praised the ferry crews."
    index = one_article(write_articles, text)
    assert index.search(QUESTION) == []
    assert index.switched(light_act=False).search(QUESTION) != []


def test_a_time_beside_the_light_verbs_object_answers_when(write_articles):
    index = one_article(write_articles, "Mayor Brackenby took office in March 2019 after a close vote.")
    assert "2019" in index.search(QUESTION)[0].text
