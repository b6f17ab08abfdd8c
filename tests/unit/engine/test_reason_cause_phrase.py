"""Rule reason_cause_phrase: a why-question's party named only inside the cause phrase of another
act ("following the ouster of the harbour master, …") gives no reason for the party's act."""

import pytest

from bot.engine.cause_phrase import only_in_cause_phrase
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "Why was the harbour master removed?"


def test_a_party_inside_a_following_phrase_stands_only_as_a_cause():
    def is_master(word: str) -> bool:
        return word == "master"

    assert only_in_cause_phrase("Following the ouster of the harbour master, Brackenby closed.", is_master)
    assert only_in_cause_phrase("The harbour master was ousted after the vote.", is_master) is False
    assert only_in_cause_phrase("Brackenby closed the ferry.", is_master) is None


def test_the_act_written_only_as_the_cause_of_another_does_not_answer_why(write_articles):
    text = "Following the ouster of the harbour master in Tollmere, Brackenby closed the ferry."
    index = one_article(write_articles, text)
    assert index.search(QUESTION) == []
    assert index.switched(reason_cause_phrase=False).search(QUESTION) != []


def test_the_party_written_as_the_subject_of_its_own_clause_answers_why(write_articles):
    index = one_article(write_articles, "The harbour master was ousted because of the ferry tolls.")
    assert "tolls" in index.search(QUESTION)[0].text
