"""Switch ``manner``: "how was X VERBed?" is answered only by a passage writing the act with a
manner tied to it, "how did X react to Y?" only by one where X acts on Y."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

NO_APPROVAL = "The museum grant for Marwick was announced on Tuesday."
APPROVED = "The museum grant for Marwick was approved by a council vote on Tuesday."
HOW_APPROVED = "How was the Marwick museum grant approved?"
NO_REACTION = "Marwick announced a grain embargo against Halvorsen on Tuesday."
REACTED = "Marwick announced a grain embargo on Tuesday. Halvorsen condemned the embargo on Wednesday."
HOW_REACTED = "How did Halvorsen react to the grain embargo?"


def test_a_passage_not_writing_the_act_does_not_answer_how_it_was_done(write_articles):
    index = one_article(write_articles, NO_APPROVAL)
    assert index.search(HOW_APPROVED) == []
    assert index.switched(manner=False).search(HOW_APPROVED) != []


def test_a_passage_writing_the_act_and_its_manner_answers_how_it_was_done(write_articles):
    index = one_article(write_articles, APPROVED)
    assert "council vote" in index.search(HOW_APPROVED)[0].text


def test_a_passage_where_the_party_does_not_act_on_the_thing_does_not_answer_its_reaction(write_articles):
    index = one_article(write_articles, NO_REACTION)
    assert index.search(HOW_REACTED) == []
    assert index.switched(manner=False).search(HOW_REACTED) != []


def test_a_passage_where_the_party_acts_on_the_thing_answers_its_reaction(write_articles):
    index = one_article(write_articles, REACTED)
    assert any("condemned" in p.text for p in index.search(HOW_REACTED))
