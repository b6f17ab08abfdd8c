""" "What did X say / tell Y / reply in Z?" with no topic (``said_what``): answered only by a
passage whose sentence reports X saying, and that writes what qualifies the saying."""

import pytest

from bot.engine.corpus import load_corpus
from bot.engine.said_about import said_what
from bot.engine.search import SearchOptions, build_index
from tests.support.one_article import FILLER, one_article

pytestmark = pytest.mark.usefixtures("wordnet")

WALKS = "A fisherman mends his nets on the quay in Marwick harbour."
SPEAKS = "Mayor Ada Halvorsen told reporters that the ferry tolls would rise in March."


def test_the_speaker_and_the_heads_of_the_phrases_after_the_verb_are_read():
    read = said_what("What did Halvorsen tell Brackenby during their most recent phone call?")
    assert read is not None and (read.speakers, read.qualifiers) == (("Halvorsen",), ("Brackenby", "call"))


def test_those_spoken_to_and_a_time_are_no_qualifier():
    read = said_what("What did Halvorsen tell reporters at night?")
    assert read is not None and read.qualifiers == ()


def test_the_speaker_ends_before_a_participle_describing_them():
    read = said_what("what did the fisherman mending his nets in marwick tell reporters?")
    assert read is not None and read.speakers == ("fisherman",)


def test_a_speaker_written_as_a_kind_keeps_its_names():
    read = said_what("What did the Marwick harbour council say?")
    assert read is not None and read.names == ("Marwick",)


def test_a_question_with_a_topic_is_left_to_what_someone_said_about():
    assert said_what("What did Halvorsen say about the ferry tolls?") is None


def test_a_pronoun_speaker_is_left_to_the_turn_before():
    assert said_what("What did he tell reporters?") is None


def test_a_passage_naming_the_speaker_without_a_saying_does_not_answer(write_articles):
    index = one_article(write_articles, WALKS)
    assert index.search("what did the fisherman mending his nets in marwick tell reporters?") == []


def test_the_rule_switched_off_lets_a_passage_only_naming_the_speaker_answer(write_articles):
    corpus = write_articles({"a.txt": f"date 2023-05-01\ntitle: News\n{WALKS} {FILLER}"})
    index = build_index(load_corpus(corpus), SearchOptions(said_what=False))
    assert index.search("what did the fisherman mending his nets in marwick tell reporters?") != []


def test_a_qualifier_the_passage_does_not_write_does_not_answer(write_articles):
    index = one_article(write_articles, SPEAKS)
    assert index.search("What did Halvorsen say in reply to the ferry operators?") == []


def test_the_speaker_saying_answers(write_articles):
    index = one_article(write_articles, SPEAKS)
    assert index.search("What did Halvorsen tell reporters?") != []


def test_a_name_only_after_the_verb_of_saying_is_not_the_one_speaking(write_articles):
    index = one_article(write_articles, "Brackenby has warned that Marwick would keep Halvorsen waiting.")
    assert index.search("What did Halvorsen tell Brackenby?") == []


def test_a_role_saying_may_stand_for_the_one_asked_of_by_name(write_articles):
    index = one_article(write_articles, "In an interview, the harbour mayor told viewers that ferry tolls would rise.")
    assert index.search("What did Halvorsen tell viewers in an interview?") != []


def test_a_role_saying_does_not_stand_for_another_kind_of_speaker(write_articles):
    index = one_article(write_articles, "In an interview, the harbour mayor told viewers that ferry tolls would rise.")
    assert index.search("What did the fisherman tell viewers in an interview?") == []


def test_a_kind_of_speaker_of_another_name_does_not_answer(write_articles):
    index = one_article(write_articles, "The Brackenby harbour council said that ferry tolls would rise.")
    assert index.search("What did the Marwick harbour council say?") == []
