""" "What did X say about Z?", "did X comment on / deny / say Z?" (``said_spoken``): answered only
by a passage where X (or "he" after X, or X's role) is the one saying, with Z's names and
distinctive words written in that sentence or the one before."""

import pytest

from bot.engine.corpus import load_corpus
from bot.engine.said_about import said_about
from bot.engine.search import SearchOptions, build_index
from tests.support.one_article import FILLER, one_article

pytestmark = pytest.mark.usefixtures("wordnet")

REPORTED = "Brackenby said that Halvorsen would raise the ferry tolls in March."
SPEAKS = "Mayor Ada Halvorsen told reporters that the ferry tolls would rise in March."


def test_a_yes_no_question_on_a_comment_reads_its_speaker_and_topic():
    read = said_about("Did Halvorsen comment on the ferry tolls?")
    assert read is not None and (read.speakers, read.topic, read.yes_no) == (("Halvorsen",), "the ferry tolls", True)


def test_a_yes_no_question_on_a_saying_takes_the_clause_said_as_its_topic():
    read = said_about("Did Halvorsen say the tolls would rise?")
    assert read is not None and read.topic == "the tolls would rise"


def test_a_yes_no_question_on_another_act_is_no_saying():
    assert said_about("Did Marwick offer any ferries?") is None


def test_a_reflexive_only_stresses_the_speaker():
    read = said_about("What did Halvorsen himself say about the tolls?")
    assert read is not None and read.speakers == ("Halvorsen",)


def test_the_question_is_read_from_its_last_sentence():
    read = said_about("Brackenby raised the tolls. What did Marwick's council say about it?")
    assert read is not None and (read.speakers, read.names) == (("council",), ("Marwick",))


def test_a_passage_where_another_speaks_of_the_one_asked_of_does_not_answer(write_articles):
    index = one_article(write_articles, REPORTED)
    assert index.search("What did Halvorsen say about the ferry tolls?") == []


def test_the_rule_switched_off_lets_a_passage_only_naming_the_speaker_answer(write_articles):
    corpus = write_articles({"a.txt": f"date 2023-05-01\ntitle: News\n{REPORTED} {FILLER}"})
    index = build_index(load_corpus(corpus), SearchOptions(said_spoken=False))
    assert index.search("What did Halvorsen say about the ferry tolls?") != []


def test_a_yes_no_question_is_not_answered_by_a_passage_without_the_speaker_saying(write_articles):
    index = one_article(write_articles, "The harbour office raised the ferry tolls in March.").switched(
        said_spoken_yes_no=True
    )
    assert index.search("Did Halvorsen comment on the ferry tolls?") == []


def test_the_speaker_saying_answers_a_yes_no_question(write_articles):
    index = one_article(write_articles, SPEAKS).switched(said_spoken_yes_no=True)
    assert index.search("Did Halvorsen say the ferry tolls would rise?") != []


def test_a_name_of_the_topic_written_elsewhere_only_does_not_answer(write_articles):
    text = f"{SPEAKS} {FILLER} Fishing boats from Brackenby stayed in port."
    index = one_article(write_articles, text)
    assert index.search("What did Halvorsen say about the ferry tolls in Brackenby?") == []


ROLE = (
    "Mayor Ada Halvorsen opened the quay. In an interview, the harbour mayor acknowledged that ferry tolls would rise."
)


def test_a_role_saying_stands_for_the_one_the_article_gives_that_role(write_articles):
    index = one_article(write_articles, ROLE)
    assert index.search("What did Halvorsen admit about ferry tolls?") != []


def test_a_role_saying_does_not_stand_for_one_the_article_never_gives_it(write_articles):
    index = one_article(write_articles, f"Brackenby visited. {ROLE}")
    assert index.search("What did Brackenby admit about ferry tolls?") == []


def test_a_speaker_of_another_country_does_not_answer_a_question_about_it(write_articles):
    index = one_article(
        write_articles, "Brackenby is sending ferries to Marwick. The Brackenby council said it was proud."
    )
    assert index.search("Brackenby is sending ferries to Marwick. What did Marwick's council say about it?") == []


def test_a_yes_no_question_needs_its_clause_in_the_words_said_not_around_the_speaker(write_articles):
    index = one_article(write_articles, "Ferry tolls rose as Mayor Ada Halvorsen told reporters the quay would close.")
    assert index.switched(said_spoken_yes_no=True).search("Did Halvorsen say the ferry tolls would rise?") == []


def test_a_yes_no_question_of_a_body_is_left_to_the_yes_no_rules_by_default(write_articles):
    # Off by default: it refused answerable "Did Canada order …?", "Has Ukraine's government denied …?"
    index = one_article(write_articles, "Ferry tolls rose as the Marwick council told reporters the quay would close.")
    assert index.search("Did the Marwick council say the ferry tolls would rise?") != []


def test_a_yes_no_question_of_a_person_named_is_read_by_default(write_articles):
    # ``said_spoken_person``: a person's saying is reported by the person speaking
    index = one_article(write_articles, "Ferry tolls rose as Mayor Ada Halvorsen told reporters the quay would close.")
    assert index.search("Did Halvorsen say the ferry tolls would rise?") == []
