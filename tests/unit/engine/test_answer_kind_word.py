"""Rule (switch ``answer_kind_word``): an asked noun that only names the kind of answer (a
property, feeling, state or quantity: "the general mood") is no sign the archive cannot answer
when the archive never writes it; an asked noun naming a thing still is."""

import pytest

from bot.engine.answer_kind_word import names_answer_kind
from bot.engine.related_words import domain
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

MOOD = "What is the general mood among the Orland farmers about the flood?"
FELT = "Many Orland farmers have expressed fear about the flood."


def test_a_feeling_asked_is_answered_by_a_passage_that_never_writes_its_noun(write_articles):
    assert "fear" in one_article(write_articles, FELT).search(MOOD)[0].text


def test_an_idea_asked_that_the_archive_never_writes_is_still_refused(write_articles):
    asked = "What is the general plan among the Orland farmers about the flood?"
    assert one_article(write_articles, FELT).search(asked) == []


def test_the_switch_turns_the_rule_off(write_articles):
    assert one_article(write_articles, FELT).switched(answer_kind_word=False).search(MOOD) == []


@pytest.mark.parametrize("noun", ["mood", "headcount", "size", "condition"])
def test_a_property_feeling_quantity_or_state_names_the_kind_of_answer(noun):
    assert names_answer_kind((noun,), ("noun",), domain)


@pytest.mark.parametrize("noun", ["model", "tractor", "weather", "plan"])
def test_a_thing_an_idea_or_an_event_does_not(noun):
    assert not names_answer_kind((noun,), ("noun",), domain)


def test_the_head_of_a_two_word_thing_decides():
    assert names_answer_kind(("general", "mood"), ("noun",), domain)


def test_a_how_adjective_measure_is_left_to_the_amount_rules():
    assert not names_answer_kind(("old",), ("adj", "noun"), domain)
