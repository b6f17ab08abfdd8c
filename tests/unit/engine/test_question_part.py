"""Rule (switch ``question_part``): the refusal rules read the part of a question that asks — a
trailing "- how many?", a bare role or attribute phrase, and (``question_part_two``) a two-part
question's last sentence when a pronoun or "there" in it points back at the statement."""

import pytest

from bot.engine.question_part import question_part
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

NO_COUNT = "Marwick is sending troops to Halvorsen for the drills."
TWO_PART = "Marwick is sending troops to Halvorsen. How many troops will they send?"


def test_a_statement_before_the_question_does_not_hide_the_count_asked(write_articles):
    assert one_article(write_articles, NO_COUNT).switched(question_part_two=True).search(TWO_PART) == []


def test_a_two_part_question_is_answered_by_a_passage_giving_the_count(write_articles):
    index = one_article(write_articles, "Marwick is sending 300 troops to Halvorsen for the drills.")
    assert "300" in index.switched(question_part_two=True).search(TWO_PART)[0].text


def test_a_question_naming_what_the_statement_describes_is_read_whole(write_articles):
    index = one_article(write_articles, "Torrential rain flooded the campsites of the Harlow Sound gathering.")
    described = "Torrential rain flooded campsites this week. What was the name of the festival?"
    assert index.search(described) != []
    assert question_part(described) == described


def test_a_pronoun_after_a_description_is_not_read_as_its_opening_word():
    described = "An off-duty Norvane pilot tried to stop the engines. Which drug did he say he took?"
    assert question_part(described) == described


def test_a_trailing_how_many_asks_a_count_of_the_phrase_before_it(write_articles):
    index = one_article(write_articles, NO_COUNT)
    assert index.search("marwick ready to send troops to halvorsen - how many?") == []
    # number_any_form reads the same trailing count (rule 82): both off
    off = index.switched(question_part=False, number_any_form=False)
    assert off.search("marwick ready to send troops to halvorsen - how many?") != []


@pytest.mark.parametrize(
    ("phrase", "read"),
    [
        ("halvorsen's foreign minister?", "who is halvorsen's foreign minister?"),  # a person's role
        ("brandt age?", "what is the age of brandt?"),  # an attribute
    ],
)
def test_a_bare_phrase_reads_as_the_question_it_abbreviates(phrase, read):
    assert question_part(phrase) == read


def test_a_yes_no_question_closing_on_a_word_of_a_person_is_no_bare_phrase():
    # "married" is also a noun of a person in WordNet: "Is Brandt married?" asks yes or no, not who
    assert question_part("Is Brandt married?") == "Is Brandt married?"
