"""A "which X ...?" question whose X a place's word modifies asks for one of that place's X: a
passage shown must give one — a name beside X, a name WordNet cannot tell as something else, a
narrower kind of X — in a clause with the question's other words; a passage holding only X
itself gives none (switch ``shown_which``)."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

JETS = "Denmark is sending F-16 warplanes to Lithuania; Spain is sending four fighter jets to Bulgaria."


def test_a_passage_holding_only_the_kind_asked_is_no_answer(write_articles):
    index = one_article(write_articles, JETS).switched(shown_which=True)
    assert index.search("Which Spanish fighter jets are going to Bulgaria?") == []


def test_a_name_in_another_clause_gives_no_answer_but_one_in_the_clause_asked_of_does(write_articles):
    index = one_article(write_articles, JETS).switched(shown_which=True)
    assert "F-16" in index.search("Which Danish warplanes are going to Lithuania?")[0].text


def test_a_name_wordnet_does_not_know_answers(write_articles):
    text = "The sanctions would hit Sberbank and other Russian lenders, officials said."
    index = one_article(write_articles, text).switched(shown_which=True)
    assert "Sberbank" in index.search("Which Russian banks would the sanctions hit?")[0].text


def test_the_refusal_says_which_thing_the_articles_do_not_give(write_articles):
    text = "In an interview aired on Tuesday, the Ukrainian defence minister said there was no threat."
    index = one_article(write_articles, text).switched(shown_which=True)
    assert index.search("Which Ukrainian TV channel aired the defence minister's interview?") == []
    assert index.refusal("Which Ukrainian TV channel aired the defence minister's interview?").startswith(
        "The articles don't say which channel."
    )
