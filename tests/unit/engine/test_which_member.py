"""A question asking for one X of a country's ("Which fighter jets is Spain sending?", "What
model of …?", "danish frigate name?") is answered, where the first passage shown writes X, only
by a name or a word bound to that X; the X alone, counted, gives none (switch ``which_member``)."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")


def test_a_passage_giving_only_a_count_of_the_kind_asked_is_no_answer(write_articles):
    text = "Denmark is sending F-16 warplanes to Lithuania; Spain is sending four fighter jets to Bulgaria."
    index = one_article(write_articles, text).switched(which_member=True, shown_which=False)
    assert index.search("What model of fighter jet is Spain sending to Bulgaria?") == []


def test_a_model_named_beside_the_kind_asked_answers(write_articles):
    text = "Spain is sending four Eurofighter Typhoon jets to Bulgaria."
    index = one_article(write_articles, text).switched(which_member=True, shown_which=False)
    assert "Typhoon" in index.search("What model of fighter jet is Spain sending to Bulgaria?")[0].text


def test_a_name_asked_after_the_thing_needs_a_name_bound_to_it(write_articles):
    unnamed = one_article(write_articles, "Denmark is sending a frigate to Lithuania.")
    named = one_article(write_articles, "Denmark is sending the frigate Niels Juel to Lithuania.")
    assert unnamed.switched(which_member=True).search("danish frigate name?") == []
    assert "Niels Juel" in named.switched(which_member=True).search("danish frigate name?")[0].text


def test_a_question_naming_no_country_is_left_to_the_other_rules(write_articles):
    index = one_article(write_articles, "The airline is buying four jets from the maker.")
    assert index.switched(which_member=True).search("Which model of jet is the airline buying?")
