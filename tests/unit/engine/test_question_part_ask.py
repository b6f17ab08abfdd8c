"""Rule (switch ``question_part_ask``): a two-part question's own "what / which X … V?" part, read
alone where it points back at the statement, is answered only where a passage shown writes X or
its act V; the statement's passage writes neither."""

import pytest

from bot.engine.part_asked import PartAsk, part_asked
from bot.engine.search import _is_noun, _mostly_verb
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

ACCUSED = "Marwick spokesman Tolan Brask on Tuesday accused Halvorsen of stirring tensions in the region."
EVIDENCE = "Brask says Halvorsen is stirring tensions. What evidence did he offer?"


def test_the_part_asks_for_a_thing_and_the_act_it_is_asked_of():
    assert part_asked("What evidence did Brask offer?", _mostly_verb, _is_noun) == PartAsk("evidence", "offer")


def test_a_part_whose_verb_is_be_asks_no_act():
    assert part_asked("Which team is Brask currently a part of?", _mostly_verb, _is_noun) is None


def test_a_passage_writing_only_the_statement_gives_no_thing_asked_of_the_part(write_articles):
    index = one_article(write_articles, ACCUSED)
    assert index.search(EVIDENCE) == []
    assert index.switched(question_part_ask=False).search(EVIDENCE) != []


def test_a_passage_writing_the_thing_answers_it(write_articles):
    offered = f"{ACCUSED} Brask cited satellite images as evidence of the buildup."
    assert one_article(write_articles, offered).search(EVIDENCE) != []


def test_a_passage_writing_the_act_answers_it(write_articles):
    offered = f"{ACCUSED} Brask offered satellite images of the buildup."
    assert one_article(write_articles, offered).search(EVIDENCE) != []


def test_a_question_of_one_sentence_is_not_read_by_it(write_articles):
    index = one_article(write_articles, ACCUSED)
    assert index.search("What evidence did Brask offer for the tensions in the region?") != []
