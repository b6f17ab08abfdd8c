"""Rule (switch ``kind_sisters``): "what NOUN …?" asking a kind of act is answered by a sister act
under the same WordNet class ("sanctions" for a penalty, both kinds of social control)."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

ASKED = "What penalty has the council threatened if the Halvorsen firm sells the port?"
SANCTIONS = "The council has vowed to hit the Halvorsen firm with sanctions if it sells the port."


def test_a_sister_act_answers_the_kind_of_act_asked(write_articles):
    assert "sanctions" in one_article(write_articles, SANCTIONS).search(ASKED)[0].text


def test_an_act_of_another_class_does_not_answer(write_articles):
    lawsuit = "The council has vowed to hit the Halvorsen firm with a lawsuit if it sells the port."
    assert one_article(write_articles, lawsuit).search(ASKED) == []


def test_the_switch_turns_the_rule_off(write_articles):
    assert one_article(write_articles, SANCTIONS).switched(kind_sisters=False).search(ASKED) == []
