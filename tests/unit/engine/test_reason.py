"""Rule 27: "why …?" and "what led to …?" are answered only by a passage giving a cause for
the asked event."""

import pytest

from bot.engine.answer import answer
from bot.engine.reason import asks_reason
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

# The ouster is told only as the cause of something else: nothing says why the mayor was ousted.
OUSTER_AS_CAUSE = "Following the ouster of Mayor Halvorsen, Brackenby councillors elected a new mayor."


def test_why_and_what_led_to_ask_a_reason_and_a_pronoun_is_left_alone():
    assert asks_reason("Why was Halvorsen ousted?") and asks_reason("What led to the ouster of Halvorsen?")
    assert not asks_reason("Why was he ousted?")


def test_a_passage_naming_the_event_only_as_a_cause_does_not_answer_why(write_articles):
    index = one_article(write_articles, OUSTER_AS_CAUSE)
    assert index.search("Why was Mayor Halvorsen ousted?") == []


def test_a_passage_giving_a_cause_for_the_event_answers_why(write_articles):
    index = one_article(write_articles, "Mayor Halvorsen was ousted because the ferry tolls rose.")
    assert "tolls" in index.search("Why was Mayor Halvorsen ousted?")[0].text


def test_a_refusal_says_no_reason_is_given_and_the_switch_turns_it_off(write_articles):
    index = one_article(write_articles, OUSTER_AS_CAUSE)
    assert answer(index, "Why was Mayor Halvorsen ousted?").text.startswith("The articles don't give a reason.")
    assert index.switched(reason=False).search("Why was Mayor Halvorsen ousted?") != []
