"""A plural "which X …?" asking members of a set of political units is answered only when the
first passage shown names a member, not the set's whole or a quantifier: rule ``which_members``."""

import pytest

from bot.engine.search import _is_plural_noun
from bot.engine.which_members import names_member, ones_stand_for
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

WHOLE = "If needed, the union would buy gas from several European countries and from Asia."
MEMBER = "If needed, the union would buy gas from Romania and Bulgaria. Other countries declined."


def test_which_ones_stands_for_the_last_plural_noun_before():
    question = "The team is working with several European nations on energy. Which ones exactly?"
    assert ones_stand_for(question, _is_plural_noun) == "nations"


def test_which_ones_alone_stands_for_nothing():
    assert ones_stand_for("Which ones exactly?", _is_plural_noun) == ""


def test_a_name_is_read_whole_before_its_last_word():
    assert names_member("They met in North Africa.", [(3, 4)], lambda n: n == "north_africa", lambda _: True)


def test_the_whole_named_is_no_member(write_articles):
    index = one_article(write_articles, WHOLE)
    assert index.search("Which European countries would the union buy gas from?") == []


def test_a_member_named_answers(write_articles):
    index = one_article(write_articles, MEMBER)
    assert index.search("Which European countries would the union buy gas from?") != []


def test_the_switch_off_answers_from_the_whole(write_articles):
    index = one_article(write_articles, WHOLE).switched(which_members=False)
    assert index.search("Which European countries would the union buy gas from?") != []


def test_a_singular_which_x_asks_a_member_too(write_articles):
    index = one_article(write_articles, WHOLE)
    assert index.search("Which European country would the union buy gas from?") == []


def test_a_singular_which_x_is_answered_by_a_member_named(write_articles):
    index = one_article(write_articles, MEMBER)
    assert index.search("Which European country would the union buy gas from?") != []


def test_a_singular_which_x_without_a_part_asked_is_left_to_the_other_rules(write_articles):
    index = one_article(write_articles, WHOLE)
    assert index.search("Which country would the union buy gas from?") != []
