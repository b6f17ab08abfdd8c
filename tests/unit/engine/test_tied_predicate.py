"""A who/when value is tied to the question's predicate: "who is the ROLE of Y?" is answered by
a name given that role, Y's; a role written as another's title ("Defence Minister X" where Y is
only mentioned) is no answer. The verb forms ("who VERB X?", "when did Y VERB X?") are switches."""

import pytest

from bot.engine.asked import predicate
from bot.engine.related_words import is_verb
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")


def test_a_role_written_as_the_title_of_a_name_is_not_the_role_of_another_country(write_articles):
    index = one_article(
        write_articles,
        "Denmark held drills. Defence Minister Anna Kowalczyk said that Norway is sending ships to the port.",
    )
    assert index.search("Who is the defence minister of Norway?") == []


def test_a_role_titled_by_its_owners_people_names_who_holds_it(write_articles):
    index = one_article(
        write_articles,
        "At the port, Norwegian Defence Minister Anna Kowalczyk said that ships from Norway are on their way.",
    )
    assert "Anna Kowalczyk" in index.search("Who is the defence minister of Norway?")[0].text


def test_a_title_without_its_owner_names_the_holder_in_an_article_opening_on_the_owner(write_articles):
    index = one_article(
        write_articles,
        "Norway held drills. Defence Minister Anna Kowalczyk said that ships from Norway are on their way.",
    )
    assert "Anna Kowalczyk" in index.search("Who is the defence minister of Norway?")[0].text


def test_a_role_in_apposition_after_the_name_names_who_holds_it(write_articles):
    index = one_article(
        write_articles, "Anna Kowalczyk, the defence minister of Norway, said that ships are on their way."
    )
    assert "Anna Kowalczyk" in index.search("Who is the defence minister of Norway?")[0].text


def test_the_role_check_switched_off_answers_on_another_ones_title(write_articles):
    index = one_article(
        write_articles,
        "Denmark held drills. Defence Minister Anna Kowalczyk said that Norway is sending ships to the port.",
    )
    assert index.switched(shown_predicate=False).search("Who is the defence minister of Norway?") != []


def test_a_copular_question_reads_the_role_and_whose_it_is():
    told = predicate("Who is Britain's defence secretary?", is_verb)
    assert (told.words, told.owner) == (("secretary",), ("Britain",))


def test_a_superlative_asks_no_role_of_anyone():
    assert predicate("Who was the oldest quarterback of the league?", is_verb) is None


def test_a_role_of_no_one_is_not_read():
    assert predicate("Who was the receiver on the last play?", is_verb) is None


def test_a_who_question_reads_its_main_verb():
    assert predicate("Who commands the reserve?", is_verb).words == ("commands",)


def test_a_when_question_reads_its_verb_past_a_preposition():
    told = predicate("When did the families of embassy staff leave the city?", is_verb, lambda w: w == "leave")
    assert told.words == ("leave",)


def test_with_the_verb_switch_a_name_not_doing_the_asked_act_does_not_answer(write_articles):
    index = one_article(write_articles, "Members of the reserve, led by Anna Kowalczyk, train in a park.")
    assert index.switched(shown_predicate_who=True).search("Who commands the reserve?") == []


def test_with_the_verb_switch_a_name_doing_a_relative_of_the_act_answers(write_articles):
    index = one_article(write_articles, "Anna Kowalczyk is the commander of the reserve, which trains in a park.")
    found = index.switched(shown_predicate_who=True).search("Who commands the reserve?")
    assert "Anna Kowalczyk" in found[0].text


def test_with_the_time_switch_a_time_of_another_act_does_not_date_the_asked_one(write_articles):
    text = "Denmark is sending ships. The Danish frigate, which arrived in Lithuania, was inspected on Monday."
    index = one_article(write_articles, text)
    assert index.switched(shown_predicate_when=True).search("When did Denmark send the frigate?") == []


def test_without_the_time_switch_that_time_passes_as_tied_to_the_questions_words(write_articles):
    text = "Denmark is sending ships. The Danish frigate, which arrived in Lithuania, was inspected on Monday."
    assert one_article(write_articles, text).search("When did Denmark send the frigate?") != []
