"""A "which X" question whose X a capitalised word modifies asks for a name ("Which Russian
banks ...?"): a passage only mentioning X's kind gives none, one naming it beside a noun of the
kind answers (rule 29)."""

import pytest

from bot.engine.names import name_asked
from bot.engine.search import _is_noun, _is_place, _noun_file
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")


def test_which_x_modified_by_a_capitalised_word_asks_its_name():
    assert (
        name_asked("Which Russian banks would the sanctions target?", _is_noun, (), _noun_file, placed=_is_place)
        == "banks"
    )


def test_which_x_without_a_capitalised_modifier_asks_no_name():
    assert name_asked("Which banks would the sanctions target?", _is_noun, (), _noun_file, placed=_is_place) == ""


def test_a_passage_mentioning_the_kind_without_naming_one_is_no_answer(write_articles):
    index = one_article(write_articles, "The sanctions would target Russian banks and energy firms.")
    assert index.switched(shown_name_proper=True).search("Which Russian banks would the sanctions target?") == []


def test_a_name_beside_a_noun_of_the_kind_answers(write_articles):
    text = "Kremlin spokesman Dmitry Peskov accused Washington of stoking tensions."
    index = one_article(write_articles, text).switched(shown_name_proper=True)
    assert "Dmitry Peskov" in index.search("Which Russian official accused Washington of stoking tensions?")[0].text
