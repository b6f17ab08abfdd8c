"""Rule 18: "what did X say about Z?", "how did X react to Z?", "what is X's view on Z?" are
answered only by a passage where X speaks and Z is spoken of."""

import pytest

from bot.engine.answer import answer
from bot.engine.said_about import said_about
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

SPEAKS_OF_OTHER = (
    "Mayor Halvorsen said he would open a new bridge. The harbour froze in January. Tolls on the ferry rose in March."
)


def test_what_did_x_say_about_z_reads_the_speakers_head_and_the_topic():
    read = said_about("What did Mayor Ada Halvorsen say about ferry tolls?")
    assert read is not None and (read.speakers, read.topic) == (("Halvorsen",), "ferry tolls")


def test_how_did_x_react_to_z_reads_the_speaker_and_the_topic():
    read = said_about("how did halvorsen react to the ferry tolls")
    assert read is not None and (read.speakers, read.topic) == (("halvorsen",), "the ferry tolls")


def test_what_is_xs_view_on_z_reads_the_speaker_and_the_topic():
    read = said_about("What is Halvorsen's view on ferry tolls?")
    assert read is not None and (read.speakers, read.topic) == (("Halvorsen",), "ferry tolls")


def test_a_pronoun_speaker_is_left_to_the_turn_before():
    assert said_about("what did he say about the tolls?") is None


def test_a_question_without_a_speaker_is_left_alone():
    assert said_about("What was said about the ferry tolls?") is None


def test_a_thing_as_subject_is_no_speaker():
    assert said_about("What does the film of oxide on metals delay?") is None


def test_the_speaker_speaking_of_something_else_does_not_answer(write_articles):
    index = one_article(write_articles, SPEAKS_OF_OTHER)
    assert index.search("What did Halvorsen say about ferry tolls?") == []


def test_the_topic_without_the_speaker_does_not_answer(write_articles):
    index = one_article(write_articles, "Tolls on the ferry rose in March, the operator announced.")
    assert index.search("What did Halvorsen say about ferry tolls?") == []


def test_a_reaction_without_the_one_reacting_does_not_answer(write_articles):
    index = one_article(write_articles, "Brackenby is sending a tugboat to Marwick harbour.")
    assert index.search("How did Halvorsen react to Brackenby sending a tugboat?") == []


def test_the_speaker_speaking_of_the_topic_answers(write_articles):
    index = one_article(write_articles, "Mayor Halvorsen said the ferry tolls were too high.")
    assert "ferry tolls" in index.search("What did Halvorsen say about ferry tolls?")[0].text


def test_a_pronoun_speaking_after_the_speaker_answers(write_articles):
    text = 'Mayor Halvorsen spoke at the harbour. "Lower the fares," she said. "Ferry tolls hurt families."'
    index = one_article(write_articles, text)
    assert "tolls" in index.search("What did the mayor say about ferry tolls?")[0].text


def test_the_check_can_be_switched_off(write_articles):
    index = one_article(write_articles, SPEAKS_OF_OTHER).switched(said_about=False)
    assert index.search("What did Halvorsen say about ferry tolls?") != []


def test_a_refusal_names_the_speaker_and_the_topic(write_articles):
    index = one_article(write_articles, SPEAKS_OF_OTHER)
    assert answer(index, "What did Halvorsen say about ferry tolls?").text.startswith(
        "The articles don't give what Halvorsen said about ferry tolls."
    )


def test_the_topic_in_the_sentence_before_the_speakers_answers(write_articles):
    index = one_article(write_articles, "Ferry tolls rose in March. Mayor Halvorsen called the rise unfair.")
    assert any("Halvorsen" in p.text for p in index.search("What did Halvorsen say about ferry tolls?"))


def test_a_relative_of_the_topic_beside_the_speaker_answers(write_articles):
    index = one_article(write_articles, "Halvorsen was shocked by the reminder of the harbour fees.")
    assert "shocked" in index.search("How did Halvorsen react to the request?")[0].text
