"""Rule (switch ``closed_compound``): a hyphenated question word the archive writes as one word
("non-essential", "nonessential") is read as that word."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

STAFF = "The Halvorsen embassy said that nonessential embassy staff could leave."
ASKED = "Are non-essential embassy employees allowed to go?"


def test_a_hyphenated_word_matches_the_archives_closed_spelling(write_articles):
    assert "nonessential" in one_article(write_articles, STAFF).search(ASKED)[0].text


def test_the_switch_turns_the_rule_off(write_articles):
    assert one_article(write_articles, STAFF).switched(closed_compound=False).search(ASKED) == []
