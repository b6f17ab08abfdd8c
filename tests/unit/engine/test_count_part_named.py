""" "How many of the N X were Y?" asks a part Y of a whole the question names: answered by a count of
Y among the X, not by a count of Y elsewhere (switch ``count_part_named``; ``attribute_asked.part_count``)."""

import pytest

from bot.engine import search
from bot.engine.attribute_asked import part_count
from bot.engine.count_part import plural_thing
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

DEAD = "How many of the 3,000 dead were farmers?"
ELSEWHERE = "The floods killed over 3,000 people. Dozens of farmers have been joining the relief teams in recent weeks."


def _never_a_verb(word: str) -> bool:
    return False


def test_the_part_is_read_as_counted_of_the_whole():
    assert part_count(DEAD, _never_a_verb, plural_thing) == "how many farmers of the 3,000 dead?"


def test_a_part_that_is_no_plural_noun_is_not_read():
    assert part_count("How many of the network's stations are owned-and-operated?", _never_a_verb, plural_thing) == ""


def test_a_whole_with_a_verb_is_not_read():
    assert part_count("How many of the 3,000 killed were farmers?", search._names_act, plural_thing) == ""


def test_a_count_of_the_part_elsewhere_does_not_answer_it(write_articles):
    assert one_article(write_articles, ELSEWHERE).search(DEAD) == []


def test_without_the_rule_a_count_of_the_part_elsewhere_answers_it(write_articles):
    assert one_article(write_articles, ELSEWHERE).switched(count_part_named=False).search(DEAD) != []


def test_a_count_of_the_part_among_the_whole_answers_it(write_articles):
    text = "The floods killed 3,000 people; of the 3,000 dead, 1,200 farmers were from the valley."
    assert "1,200 farmers" in one_article(write_articles, text).search(DEAD)[0].text
