"""Rule 28: "how did X ship / transport / reach Y?" is answered only by a passage naming a way
of travel for that journey."""

import pytest

from bot.engine.answer import answer
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

NO_MEANS = "A shipment of grain from Marwick arrived in Halvorsen on Tuesday."
QUESTION = "How was the grain shipment transported to Halvorsen?"


def test_a_passage_without_a_way_of_travel_does_not_answer_how_it_was_moved(write_articles):
    assert one_article(write_articles, NO_MEANS).search(QUESTION) == []


def test_a_passage_naming_the_vehicle_answers_how_it_was_moved(write_articles):
    index = one_article(write_articles, "The grain shipment from Marwick reached Halvorsen aboard two trucks.")
    assert "trucks" in index.search(QUESTION)[0].text


def test_a_refusal_says_no_means_is_given_and_the_switch_turns_it_off(write_articles):
    index = one_article(write_articles, NO_MEANS)
    assert answer(index, QUESTION).text.startswith("The articles don't give a means of transport.")
    assert index.switched(means=False, manner=False).search(QUESTION) != []  # manner: no act written either
