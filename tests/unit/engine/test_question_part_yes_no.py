"""Rule (switch ``question_part_yes_no``): a yes/no question asked after a statement is read as
its own claim by the yes/no rules, pointing back or not; the statement still selects the story."""

import pytest

from bot.engine.question_part import question_part
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

STATEMENT_ONLY = "Marwick is ready to send troops to Halvorsen, its defence ministry said on Monday."
LEAD = "Marwick is ready to send troops to Halvorsen. Would it lead a battlegroup there?"
SHIPMENT = "Halvorsen received a Marwick shipment of munitions on Tuesday, its defence ministry said."
PLANNED = "Halvorsen received a Marwick shipment. Are more deliveries planned after this one?"


def test_without_the_switch_a_yes_no_question_pointing_back_at_no_name_is_read_with_its_statement():
    assert question_part(PLANNED, True, False) == PLANNED


def test_it_after_the_verb_stands_for_the_name_the_statement_opens_with():
    assert question_part(LEAD, True, True) == "Would Marwick lead a battlegroup in Halvorsen?"


def test_it_standing_for_a_thing_the_statement_names_leaves_the_question_read_whole():
    frigate = "Denmark is sending a frigate to Lithuania. Will it arrive in March?"
    assert question_part(frigate, True, True) == frigate


def test_a_yes_no_question_about_the_statement_itself_is_read_whole():
    claim = "Marwick says Halvorsen will hold elections in May. Is that true?"
    assert question_part(claim, True, True) == claim


def test_a_closing_demonstrative_pointing_back_at_the_statement_is_dropped():
    assert question_part(PLANNED, True, True) == "Are more deliveries planned?"


def test_a_passage_writing_only_the_statement_answers_no_claim_of_the_yes_no_part(write_articles):
    index = one_article(write_articles, STATEMENT_ONLY)
    assert index.search(LEAD) == []
    assert index.switched(question_part_yes_no=False).search(LEAD) != []


def test_a_passage_writing_only_the_statement_plans_no_more_deliveries(write_articles):
    index = one_article(write_articles, SHIPMENT)
    assert index.search(PLANNED) == []
    # ``time_carried`` refuses it as well: "after this one" narrows the ask to a time no passage carries
    assert index.switched(question_part_yes_no=False, time_carried=False).search(PLANNED) != []


def test_a_passage_writing_the_claim_answers_it(write_articles):
    claimed = "Marwick will lead a battlegroup in Halvorsen, its defence ministry said on Monday."
    assert one_article(write_articles, claimed).search(LEAD) != []


def test_a_passage_writing_the_planned_deliveries_answers_it(write_articles):
    planned = "Halvorsen received a Marwick shipment of munitions on Tuesday; more deliveries are planned for March."
    assert one_article(write_articles, planned).search(PLANNED) != []
