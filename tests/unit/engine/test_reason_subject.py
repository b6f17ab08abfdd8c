"""Rule reason_subject: a why-question's cause is read in a clause naming its subject, not in one
about another party."""

import pytest

from bot.engine.reason import reason_subject
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "Why is Brackenby renaming the ferry?"


def test_the_subject_read_is_what_stands_between_the_auxiliary_and_the_asked_verb():
    assert reason_subject("Why is Canada only sending families home?", "sending") == ["Canada"]
    assert reason_subject("Why are Ukrainian officials trying to appear calm?", "trying") == ["Ukrainian", "officials"]


def test_a_cause_given_for_another_party_does_not_answer_why(write_articles):
    text = "Brackenby is renaming the ferry; Halvorsen is raising the ferry tolls to pay for the bridge."
    index = one_article(write_articles, text)
    assert index.search(QUESTION) == []
    assert index.switched(reason_subject=False).search(QUESTION) != []


def test_a_cause_given_in_the_subjects_clause_answers_why(write_articles):
    text = "Brackenby is renaming the ferry to pay for the bridge; Halvorsen is raising the ferry tolls."
    index = one_article(write_articles, text)
    assert "pay" in index.search(QUESTION)[0].text


def test_the_subject_named_only_inside_the_cause_does_not_answer_why(write_articles):
    index = one_article(write_articles, "Halvorsen is fighting the bridge amid fears about Brackenby's tolls.")
    assert index.search("Why does Brackenby oppose the bridge?") == []
    assert index.switched(reason_subject=False).search("Why does Brackenby oppose the bridge?") != []
