"""Rule place_within: "where in X …?" asks a place inside X, which a passage naming only X and the
question's own places does not give."""

import pytest

from bot.engine.place_within import place_within
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "Where in Marwick did the volunteers train?"


def test_the_outer_place_is_read_after_where_in_or_as_a_place_word_before_a_kind_of_place():
    assert place_within("where in romania would the french troops go", lambda w: True, lambda w: True) == "romania"
    assert place_within("In which Russian region were the drills held?", lambda w: w == "Russian", lambda w: True) == (
        "Russian"
    )
    assert place_within("What part of the immune system protects the brain?", lambda w: False, lambda w: True) is None


def test_a_passage_naming_only_the_asked_place_does_not_answer_where_in_it(write_articles):
    index = one_article(write_articles, "The volunteers trained in Marwick on Monday.")
    assert index.search(QUESTION) == []
    assert index.switched(place_within=False).search(QUESTION) != []


def test_a_place_inside_the_asked_one_answers_where_in_it(write_articles):
    index = one_article(write_articles, "The volunteers trained in Shevchenko Park on Monday, in central Marwick.")
    assert "Shevchenko" in index.search(QUESTION)[0].text


def test_us_in_capitals_is_an_outer_place_not_the_pronoun():
    assert place_within("Which US state are the troops from?", lambda w: w == "US", lambda w: True) == "US"


def test_inside_the_us_another_country_is_no_state(write_articles):
    index = one_article(write_articles, "The 800 troops of the rapid force would be sent to help Ukraine on Tuesday.")
    assert index.search("Which US state are the 800 troops of the rapid force from?") == []
