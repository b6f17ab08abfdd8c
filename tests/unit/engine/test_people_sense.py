"""Rule (switch ``people_sense``): "how many X …?" of a noun that names a person only in a later
WordNet sense ("lives") is counted by people; a kind of person ("civilians") is not."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

KILLED = "The fighting in Halvorsen has killed over 14,000 people since 2014."


def test_lives_claimed_are_counted_by_people_killed(write_articles):
    index = one_article(write_articles, KILLED)
    assert "14,000" in index.search("How many lives has the fighting in Halvorsen claimed?")[0].text


def test_a_kind_of_person_is_not_counted_by_people(write_articles):
    index = one_article(write_articles, KILLED)
    assert index.search("How many civilians has the fighting in Halvorsen claimed?") == []


def test_the_switch_turns_the_rule_off(write_articles):
    index = one_article(write_articles, KILLED).switched(people_sense=False)
    assert index.search("How many lives has the fighting in Halvorsen claimed?") == []
