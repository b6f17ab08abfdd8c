"""Switch ``either_or``: an either/or yes/no question is refused by the yes/no rules only when
each of its alternatives, asked as its own yes/no question, is."""

import pytest

from bot.engine.either_or import alternatives
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

OFFER = "British Prime Minister Boris Johnson said he is prepared to send troops to protect NATO allies in Europe."


def test_the_second_alternative_takes_the_place_of_the_first_from_the_word_it_starts_with():
    assert alternatives("Is the offer aimed at Ukraine itself or at NATO allies?") == (
        "Is the offer aimed at Ukraine itself?",
        "Is the offer aimed at NATO allies?",
    )


def test_an_alternative_starting_with_a_new_word_replaces_as_many_words_as_it_has():
    assert alternatives("was the picture shot in ukraine or inside russia?")[1] == "was the picture shot inside russia?"


def test_an_alternative_that_opens_its_own_clause_leaves_the_first_question_alone():
    assert alternatives("Has France deployed soldiers to Romania, or is it on standby?") == (
        "Has France deployed soldiers to Romania?",
    )


def test_a_question_that_is_no_yes_no_question_has_no_alternatives():
    assert alternatives("Which country sent troops, Spain or Denmark?") == ()


def test_a_yes_no_question_without_or_has_no_alternatives():
    assert alternatives("Did Spain send ships to the Black Sea?") == ()


def test_an_either_or_question_is_answered_by_the_passage_answering_one_alternative(write_articles):
    index = one_article(write_articles, OFFER)
    question = "Is Boris Johnson's troop offer aimed at Ukraine or at NATO allies?"
    assert index.search(question) != []
    assert index.switched(either_or=False).search(question) == []  # read whole: Ukraine and NATO


def test_an_either_or_question_neither_of_whose_alternatives_is_answered_is_refused(write_articles):
    assert one_article(write_articles, OFFER).search("Did Boris Johnson visit Ukraine or Poland?") == []


def test_a_second_alternative_asked_of_a_pronoun_is_asked_of_the_first_questions_named_subject():
    assert alternatives("Has France deployed soldiers to Romania, or is it on standby?", clause=True) == (
        "Has France deployed soldiers to Romania?",
        "is France on standby?",
    )


def test_a_second_alternative_asked_of_a_pronoun_is_not_asked_where_the_subject_is_no_name():
    question = "Have the soldiers been deployed to Romania, or are they on standby?"
    assert alternatives(question, clause=True) == ("Have the soldiers been deployed to Romania?",)


def test_an_either_or_question_is_answered_where_its_second_clause_about_the_subject_is(write_articles):
    index = one_article(write_articles, "France stands ready to send troops to Romania.")
    question = "Has France already deployed soldiers to Romania, or is it just on standby?"
    assert index.search(question) != []
    assert index.switched(either_or_clause=False).search(question) == []  # deployed is not written
