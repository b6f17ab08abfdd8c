"""An attribute asked of something ("the X of Y", "Y's X") is carried as itself: its head word,
its synonyms and derived forms, not a narrower kind of it nor a relative of its modifier
(switch ``attribute_kin``)."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

NAME = "What is Joe Biden's middle name?"
BUDGET = "What is the annual budget of the Defence Ministry?"


def test_a_narrower_kind_of_the_attribute_does_not_answer(write_articles):
    index = one_article(write_articles, "Joe Biden is known by the nickname Amtrak Joe.")
    assert index.search(NAME) == []


def test_a_relative_of_the_modifier_alone_does_not_answer(write_articles):
    index = one_article(write_articles, "The Defence Ministry reports to parliament every year.")
    assert index.search(BUDGET) == []


def test_a_bare_attribute_typed_after_a_name_is_asked_of_it(write_articles):
    index = one_article(write_articles, "Oleksii Reznikov spoke in parliament on Tuesday.")
    assert index.search("reznikov age") == []


def test_a_bare_attribute_given_by_a_derived_form_answers(write_articles):
    index = one_article(write_articles, "Oleksii Reznikov, aged 55, spoke in parliament on Tuesday.")
    assert "aged 55" in index.search("reznikov age")[0].text
