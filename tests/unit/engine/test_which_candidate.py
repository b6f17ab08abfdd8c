"""A "which X …?" question whose passages shown never write X is answered only by a passage
holding a name that may be an X: not the question's own, a weekday, a person's or a country's for
an X no person or place (switch ``which_candidate``)."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")


def test_a_passage_whose_only_new_name_is_a_weekday_is_no_answer(write_articles):
    text = "In an interview aired on Tuesday, the defence minister acknowledged the risks."
    index = one_article(write_articles, text).switched(which_candidate=True)
    assert index.search("Which TV channel aired the defence minister's interview?") == []


def test_the_refusal_says_which_x_the_articles_do_not_give(write_articles):
    text = "In an interview aired on Tuesday, the defence minister acknowledged the risks."
    index = one_article(write_articles, text).switched(which_candidate=True)
    assert index.refusal("Which TV channel aired the defence minister's interview?") == (
        "The articles don't say which channel."
    )


def test_a_name_that_may_be_the_x_answers_though_x_is_never_written(write_articles):
    text = "The Denver Broncos defeated the Carolina Panthers to win Super Bowl 50."
    index = one_article(write_articles, text).switched(which_candidate=True)
    assert "Broncos" in index.search("Which team won Super Bowl 50?")[0].text


def test_a_place_gives_no_military_division(write_articles):
    text = "NATO bolstered its deterrence in the Baltic, and the US ordered 8500 troops on alert for Europe."
    index = one_article(write_articles, text).switched(which_candidate=True)
    assert index.search("Which US divisions were put on higher alert?") == []
