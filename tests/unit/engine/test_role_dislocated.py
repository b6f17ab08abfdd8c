"""Switch ``role_dislocated``: a role stated first and then asked by a pronoun ("lithuanias
defence minister, who is it?") is read as "who is lithuanias defence minister?" and answered
only by a passage naming that role's own holder (rule 60)."""

import pytest

from bot.engine.role_asked import dislocated_question
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

MINISTER = "In parliament, Norwegian Defence Minister Kari Holm said there was no threat to the border."


def test_a_role_stated_then_asked_by_a_pronoun_is_read_as_who_is_the_role():
    assert dislocated_question("lithuanias defence minister, who is it?") == "Who is lithuanias defence minister?"


def test_a_dash_sets_the_role_apart_too_and_its_article_is_lowercased():
    assert dislocated_question("The US president — who was he?") == "Who was the US president?"


def test_a_question_asking_what_someone_does_is_no_dislocated_role():
    assert dislocated_question("Biden, who is he meeting?") is None


def test_another_countrys_holder_does_not_answer_the_dislocated_role(write_articles):
    assert one_article(write_articles, MINISTER).search("swedens defence minister, who is it?") == []


def test_the_roles_own_holder_answers_the_dislocated_role(write_articles):
    found = one_article(write_articles, MINISTER).search("norways defence minister, who is it?")
    assert "Kari Holm" in found[0].text


def test_switched_off_the_dislocated_role_is_not_read(write_articles):
    index = one_article(write_articles, MINISTER).switched(role_dislocated=False)
    assert index.search("swedens defence minister, who is it?") != []
