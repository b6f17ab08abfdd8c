"""Switch ``main_ask``: a question of more than one ask (a chat tail, a unit asked in, a bare
question word after a yes/no question, a topic before a colon, conjoined question clauses) is
judged by its main ask: only its words set the relevance bar, and the refusal rules read it."""

import pytest

from bot.engine.main_ask import main_ask
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

CAPTION = (
    "In this photo taken from video provided by the Marwick Defense Ministry on Tuesday, Jan. 25, 2022, "
    "Iskander launchers take positions during drills."
)
PACKAGE = "As part of a new US$300 million in security assistance to Halvorsen, a shipment arrived."


def test_a_chat_tail_after_a_dash_is_no_part_of_the_ask():
    assert main_ask("Marwick's defence chief — full name pls") == "Marwick's defence chief?"


def test_alternatives_after_a_question_word_are_answers_it_may_take_not_the_ask():
    asked = "Where did Vost give his assessment - a press conference or the legislature?"
    assert main_ask(asked) == "Where did Vost give his assessment?"


def test_alternatives_after_a_phrase_with_no_question_word_are_what_is_asked():
    asked = "marwick embassy in halvorsen - full evacuation or only partial?"
    assert main_ask(asked) == asked


def test_a_unit_asked_in_makes_a_measure_a_count_of_that_unit():
    asked = "How large is the new security assistance package, in US dollars?"
    assert main_ask(asked) == "how many US dollars is the new security assistance package?"


def test_a_bare_question_word_after_a_yes_no_question_asks_of_it():
    asked = "Is Marwick holding drills at the moment? where?"
    assert main_ask(asked) == "where is Marwick holding drills at the moment?"


def test_a_topic_before_a_colon_is_what_its_it_stands_for():
    asked = "The Iskander footage: what date is on it and who released it?"
    assert main_ask(asked) == "what date is on the Iskander footage?"


def test_a_yes_no_question_after_a_topic_is_read_whole():
    asked = "Crimea — is it an island, a peninsula, or a city?"
    assert main_ask(asked) == asked


def test_the_first_of_conjoined_question_clauses_is_the_main_ask():
    assert main_ask("What is Marwick contributing, and where is it going?") == "What is Marwick contributing?"


def test_two_question_words_of_one_clause_are_one_ask():
    asked = "Where and when did the investigation of the pathogen begin?"
    assert main_ask(asked) == asked


def test_one_word_after_a_comma_qualifies_the_ask():
    asked = 'Marwick talks about "planned provocations". What provocations, specifically?'
    assert main_ask(asked) == asked


def test_a_tail_naming_a_place_the_question_does_not_name_is_part_of_the_ask():
    asked = "Where are Marwick's drills happening - inside poland?"
    assert main_ask(asked) == asked


def test_a_phrase_of_circumstance_after_a_comma_is_part_of_the_ask():
    asked = "How many awards has the show been nominated for, over the years?"
    assert main_ask(asked) == asked


def test_the_last_item_of_a_list_is_part_of_the_ask():
    asked = "What is the name of the fund that focuses on youth, community and sustainable environments?"
    assert main_ask(asked) == asked


def test_a_comma_inside_a_quotation_ends_no_ask():
    asked = 'Who said "Don\'t worry, sleep well"?'
    assert main_ask(asked) == asked


def test_an_either_or_yes_no_question_keeps_its_alternative():
    asked = "Is Marwick sending only jets, or a ship too?"
    assert main_ask(asked) == asked


def test_words_of_a_second_ask_set_no_bar_for_the_first(write_articles):
    index = one_article(write_articles, CAPTION)
    asked = "The Iskander footage: what date is on it and who released it?"
    # ``size_sum`` reads "how large is the package" as a sum as well
    assert index.switched(main_ask=False, size_sum=False).search(asked) == []
    assert "Jan. 25" in index.search(asked)[0].text


def test_a_measure_asked_in_a_currency_is_answered_by_a_sum_in_it(write_articles):
    index = one_article(write_articles, PACKAGE)
    asked = "How large is the new security assistance package, in US dollars?"
    # ``size_sum`` reads "how large is the package" as a sum as well
    assert index.switched(main_ask=False, size_sum=False).search(asked) == []
    assert "US$300 million" in index.search(asked)[0].text


def test_a_measure_asked_in_a_unit_no_passage_gives_is_still_refused(write_articles):
    index = one_article(write_articles, "The front line in eastern Halvorsen runs through farmland and towns.")
    assert index.search("How long is the front line in eastern Halvorsen, in kilometres?") == []


def test_a_contrast_after_a_comma_is_part_of_the_ask():
    asked = "Why are only the families of Marwick's diplomats told to leave, not the diplomats themselves?"
    assert main_ask(asked) == asked


def test_a_participle_clause_after_a_comma_is_part_of_the_ask():
    asked = "Which animals slipped loose from their enclosure at a zoo this week, prompting a full lockdown?"
    assert main_ask(asked) == asked
