"""Rule reason_conjunct: a why-question naming its verb's object, or asking "only X and not Y",
is answered by a cause in the conjunct of that object, or of X."""

import pytest

from bot.engine.reason_conjunct import asks_only, named_object
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

PICK = "Why did Brackenby pick Halvorsen for its ferries?"
ONLY = "Why is Brackenby only renaming the ferry and not the barge?"


def test_the_object_read_is_the_names_after_the_asked_verb():
    assert named_object("Why did Britain leave the European Union?", "leave") == ["European", "Union"]
    assert named_object("Why did Spain pick Bulgaria for its jets?", "pick") == ["Bulgaria"]
    assert named_object("Why is Canada only sending families home?", "sending") == []


def test_only_x_and_not_y_asks_the_reason_for_a_contrast():
    assert asks_only(ONLY)
    assert not asks_only("Why is Brackenby renaming the ferry?")


def test_a_cause_after_another_conjunct_does_not_answer_why_the_object(write_articles):
    text = "Brackenby is sending two ferries to Halvorsen and three barges to Tollmere to join the harbour fleet."
    index = one_article(write_articles, text)
    assert index.search(PICK) == []
    assert index.switched(reason_conjunct=False).search(PICK) != []


def test_a_cause_in_the_objects_conjunct_answers_why(write_articles):
    index = one_article(write_articles, "Brackenby is sending two ferries to Halvorsen to join the harbour fleet.")
    assert "Halvorsen" in index.search(PICK)[0].text


def test_only_x_needs_the_cause_in_the_conjunct_of_x(write_articles):
    text = "Brackenby is renaming the ferry, and Halvorsen has been told to pay for the bridge."
    index = one_article(write_articles, text)
    assert index.search(ONLY) == []
    assert index.switched(reason_conjunct=False).search(ONLY) != []


def test_a_cause_fronted_before_the_clause_answers_why_in_each_conjunct(write_articles):
    text = "Due to its bridge between Tollmere and Halvorsen, Brackenby became the port of Halvorsen and the seat."
    index = one_article(write_articles, text)
    assert "bridge" in index.search("Why did Brackenby become the port of Halvorsen?")[0].text
