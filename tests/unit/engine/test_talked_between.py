"""Rule ``talked_between``: "what did X and Y talk about / discuss?" and "what did X discuss
with Y?" are answered only by a passage naming every party."""

import pytest

from bot.engine.answer import answer
from bot.engine.said_about import talked_between
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

ONE_PARTY = "Mayor Halvorsen discussed the ferry tolls on Monday. The harbour froze in January."
BOTH_PARTIES = "Mayor Halvorsen met Governor Brackenby on Monday. They discussed the ferry tolls and the harbour."


def test_what_did_x_and_y_talk_about_reads_both_parties():
    assert talked_between("what did halvorsen and brackenby talk about?") == ("halvorsen", "brackenby")


def test_a_question_naming_a_topic_is_left_to_what_someone_said():
    assert talked_between("What did Halvorsen and Brackenby say about ferry tolls?") == ()


def test_a_passage_naming_one_party_does_not_answer(write_articles):
    index = one_article(write_articles, ONE_PARTY)
    assert index.search("What did Halvorsen and Brackenby discuss?") == []


def test_they_after_a_sentence_naming_both_parties_answers(write_articles):
    index = one_article(write_articles, BOTH_PARTIES)
    passages = index.search("What did Halvorsen discuss with Brackenby?")
    assert any("ferry tolls" in p.text for p in passages)


def test_a_refusal_names_the_parties(write_articles):
    index = one_article(write_articles, ONE_PARTY)
    assert answer(index, "What did Halvorsen and Brackenby talk about?").text.startswith(
        "The articles don't give what Halvorsen and Brackenby talked about."
    )
