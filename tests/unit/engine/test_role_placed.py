"""A role held in a place ("Who is the US ambassador in Kyiv?") asks its holder there: a
passage must give a name beside the role itself, not beside a word related to it ("the US
Embassy in Kyiv") (rule 30)."""

import pytest

from bot.engine.asked import predicate
from bot.engine.related_words import is_verb
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "Who is the US ambassador in Kyiv?"


def test_the_place_a_role_is_held_in_is_its_owner():
    told = predicate(QUESTION, is_verb, None, placed=True)
    assert told is not None and (told.words, told.owner) == (("ambassador",), ("US", "Kyiv"))


def test_a_passage_about_the_embassy_in_the_place_names_no_ambassador(write_articles):
    index = one_article(write_articles, "The US Embassy in Kyiv told staff to leave, Secretary Antony Blinken said.")
    assert index.switched(shown_predicate_placed=True).search(QUESTION) == []


def test_a_name_beside_the_role_in_the_place_answers(write_articles):
    index = one_article(write_articles, "In Kyiv, US Ambassador Bridget Brink met the defence minister.")
    assert "Bridget Brink" in index.switched(shown_predicate_placed=True).search(QUESTION)[0].text


def test_a_lowercase_phrase_after_at_is_no_place_of_the_role():
    told = predicate("Who was the city's mayor at the time of the merger?", is_verb, None, placed=True)
    assert told is None or "mayor" not in told.words
