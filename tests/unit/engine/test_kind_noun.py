"""Rule (switch ``kind_noun``): the noun of "what NOUN did …?" names the kind of the answer and
is left out of the relevance test's bar; it still counts where a passage has it."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

ASKED = "What event preceded the council's seizure of Halvorsen?"
ANNEXED = "The council met in Orland. In 2014, after the ouster of the mayor, the council annexed Halvorsen."


def test_an_instance_of_the_kind_asked_answers_without_the_kinds_word(write_articles):
    assert "ouster" in one_article(write_articles, ANNEXED).search(ASKED)[0].text


def test_a_passage_of_none_of_the_other_words_is_still_refused(write_articles):
    assert one_article(write_articles, "The council met in Orland. The mayor resigned.").search(ASKED) == []


def test_the_switch_turns_the_rule_off(write_articles):
    assert one_article(write_articles, ANNEXED).switched(kind_noun=False).search(ASKED) == []
