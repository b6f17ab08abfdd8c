"""Rule ``yes_no_act``: a yes/no question whose subject is a name is answered only by a clause
of a passage shown that writes its act with its subject and its other party."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")


def test_a_passage_naming_both_parties_without_their_act_does_not_answer(write_articles):
    text = "Putin will not back away from what President Joe Biden has said looks like a threat to Ukraine."
    assert one_article(write_articles, text).search("did biden call putin this week") == []


def test_a_clause_writing_the_act_between_both_parties_answers(write_articles):
    text = "President Joe Biden called Putin on Monday to discuss the troops near Ukraine."
    assert "called Putin" in one_article(write_articles, text).search("did biden call putin this week")[0].text


def test_the_act_and_the_other_party_must_stand_in_the_subjects_clause(write_articles):
    text = "Canada is sending medical supplies to Poland; Britain is sending troops to Ukraine."
    assert one_article(write_articles, text).search("did canada send troops to ukraine") == []


def test_a_stance_asked_is_answered_by_the_subjects_other_stance(write_articles):
    text = "Moscow has denied it is planning an assault on its neighbour."
    assert "denied" in one_article(write_articles, text).search("Does Moscow admit it is planning an attack?")[0].text


def test_after_a_form_of_be_a_base_form_after_the_name_is_a_noun_and_states_no_act(write_articles):
    text = "In this photo taken from video, Iskander missile launchers take positions during drills."
    index = one_article(write_articles, text)
    question = "Was the Iskander image a still photograph?"
    assert index.search(question) != []
    assert index.switched(yes_no_act_participle=False).search(question) == []  # "image" read as the act


def test_after_a_form_of_be_a_participle_is_the_act_asked(write_articles):
    text = "Russia has denied it plans an invasion and is holding drills near the border."
    assert one_article(write_articles, text).search("Is Russia withdrawing its troops from the border?") == []
