"""A question asking for the name of something is answered only by a passage that names it:
"Denmark is sending a frigate" gives no name of the frigate (rule 17)."""

import pytest

from bot.engine.answer import answer
from bot.engine.names import name_asked
from bot.engine.search import _is_noun, _noun_file
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "What is the name of the Danish frigate heading to Lithuania?"


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        (QUESTION, "frigate"),
        ("What are the names of the two senior administration officials?", "administration officials"),
        ("What is the name of the Kyiv park where the volunteers train?", "park"),
        ("What were the names of the three ships Spain is sending?", "ships"),
        ("Name of the bridge?", "bridge"),
    ],
)
def test_the_thing_whose_name_is_asked_is_the_head_noun_with_a_noun_right_before_it(question, thing):
    assert name_asked(question, _is_noun) == thing


def test_a_question_not_asking_a_name_asks_none():
    assert name_asked("Why is Denmark sending a frigate?", _is_noun) == ""


def test_what_x_is_called_asks_a_name_only_when_switched_on():
    assert (
        name_asked("What is the frigate called?", _is_noun, called=False),
        name_asked("What is the frigate called?", _is_noun),
    ) == ("", "frigate")


def test_which_x_asks_a_name_when_x_is_filed_under_a_named_kind():
    files = ("communication",)
    assert name_asked("Which TV channel aired the interview?", _is_noun, files, _noun_file) == "channel"


def test_which_x_of_another_file_asks_no_name():
    files = ("location",)
    assert name_asked("Which TV channel aired the interview?", _is_noun, files, _noun_file) == ""


def test_a_passage_mentioning_the_thing_without_naming_it_is_no_answer(write_articles):
    index = one_article(write_articles, "Denmark is sending a frigate and warplanes to Lithuania.")
    assert index.search(QUESTION) == []


def test_a_name_right_after_the_thing_answers(write_articles):
    index = one_article(write_articles, "Denmark is sending the frigate Niels Juel to Lithuania.")
    assert "Niels Juel" in index.search(QUESTION)[0].text


def test_a_name_set_apart_before_the_thing_answers(write_articles):
    index = one_article(write_articles, "Niels Juel, a Danish frigate, is heading to Lithuania.")
    assert "Niels Juel" in index.search(QUESTION)[0].text


def test_a_name_joined_to_the_thing_by_and_is_another_thing(write_articles):
    index = one_article(write_articles, "Denmark is sending a frigate and Gripen warplanes to Lithuania.")
    assert index.search(QUESTION) == []


def test_a_place_right_before_the_thing_is_where_it_is_not_its_name(write_articles):
    index = one_article(write_articles, "The volunteers train in a Kyiv park every weekend.")
    assert index.search("What is the name of the Kyiv park where the volunteers train?") == []


def test_a_place_after_a_preposition_is_where_the_thing_is_not_its_name(write_articles):
    index = one_article(write_articles, "The volunteers train in a city park in Kyiv every weekend.")
    assert index.search("What is the name of the park where the volunteers train?") == []


def test_a_name_holding_the_thing_word_names_it(write_articles):
    index = one_article(write_articles, "The volunteers train in Shevchenko Park every weekend.")
    assert "Shevchenko Park" in index.search("What is the name of the park where the volunteers train?")[0].text


def test_a_name_on_the_question_own_words_is_no_answer(write_articles):
    index = one_article(write_articles, "Lithuania welcomed a frigate heading to Lithuania from Denmark.")
    assert index.search(QUESTION) == []


def test_the_name_check_switched_off_answers_with_the_thing_unnamed(write_articles):
    index = one_article(write_articles, "Denmark is sending a frigate and warplanes to Lithuania.")
    assert index.switched(shown_name=False, which_member=False).search(QUESTION) != []


def test_a_refusal_of_a_name_question_says_no_name_is_given(write_articles):
    index = one_article(write_articles, "Denmark is sending a frigate and warplanes to Lithuania.")
    assert answer(index, QUESTION).text.startswith("The articles don't give a name.")


def test_a_name_the_clause_says_is_one_of_the_thing_names_it(write_articles):
    index = one_article(write_articles, "Ian made landfall in Florida as a major Category 4 hurricane.")
    assert "Ian" in index.search("What is the name of the hurricane that hit Florida?")[0].text


def test_a_name_opening_a_sentence_with_the_thing_word_names_it(write_articles):
    index = one_article(write_articles, "Hurricane Otis dealt a devastating blow to the coast of Acapulco.")
    assert "Otis" in index.search("What is the name of the hurricane that hit Acapulco?")[0].text
