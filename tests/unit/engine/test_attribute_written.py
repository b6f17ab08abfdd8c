"""An attribute asked of a thing the passages only name (``attribute_written``): "ada kerrow
party?" is not answered by a passage that names Ada Kerrow and no party."""

import pytest

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.attribute_written import asked_of_thing, named_thing, state_asked, unwritten_kind, writes_attribute
from bot.engine.corpus import load_corpus
from bot.engine.search import (
    SearchOptions,
    _first_kinds,
    _mostly_adjective,
    _mostly_noun,
    _noun_file,
    _valued_noun,
    build_index,
)
from tests.support.one_article import FILLER, one_article

pytestmark = pytest.mark.usefixtures("wordnet")

NAMED_ONLY = "Mayor Ada Kerrow closed the Marwick harbour on Monday after the storm."
PARTY_WRITTEN = "Mayor Ada Kerrow, of the Coastal Party, closed the Marwick harbour on Monday."


def _function_word(word: str) -> bool:
    return word.lower() in STOP_WORDS


def _unwritten(noun: str) -> bool:
    return unwritten_kind(noun, _noun_file, _first_kinds, _valued_noun)


def test_a_bare_question_asks_its_last_noun_of_the_words_before():
    assert asked_of_thing("ada kerrow birthplace?", "birthplace")


def test_a_possessive_closing_the_question_asks_an_attribute():
    assert asked_of_thing("What is Kerrow's political party?", "party")


def test_a_noun_with_a_relative_clause_names_the_kind_of_answer():
    assert not asked_of_thing("What is one factor that increases the risk?", "factor")


def test_a_preposition_before_the_question_word_asks_a_name():
    assert not asked_of_thing("In what venue did the final take place?", "venue")


def test_the_y_of_x_with_a_question_word_is_not_read():
    assert not asked_of_thing("What was the focus of the mayor's speech?", "focus")


def test_a_noun_opening_a_clause_names_the_kind_of_answer():
    assert not asked_of_thing("What advice did Kerrow give the fishermen?", "advice")


def test_a_plain_noun_is_told_only_by_writing_it():
    assert _unwritten("party")
    assert _unwritten("rating")


def test_a_time_a_number_a_person_or_a_place_named_is_written_without_its_noun():
    assert not _unwritten("day")
    assert not _unwritten("age")
    assert not _unwritten("minister")
    assert not _unwritten("city")
    assert not _unwritten("destination")


def test_a_content_is_given_by_the_content_itself():
    assert not _unwritten("advice")
    assert not _unwritten("type")


def test_a_name_asked_is_the_name_of_the_noun_before_it():
    assert named_thing("ada kerrow husband name?", "name", _mostly_noun, _function_word) == "husband"


def test_a_name_asked_of_no_noun_names_no_thing():
    assert named_thing("What was his name?", "name", _mostly_noun, _function_word) == ""


def test_a_passage_writing_the_attribute_writes_it():
    assert writes_attribute(["Kerrow leads the party."], lambda word: word == "party")
    assert not writes_attribute(["Kerrow closed the harbour."], lambda word: word == "party")


def test_a_relative_of_several_words_is_read_as_a_phrase():
    assert writes_attribute(["Kerrow named Dunmore as her place of origin."], lambda word: False, ["place of origin"])
    assert not writes_attribute(["Kerrow left the place for her origin."], lambda word: False, ["place of origin"])


def test_a_passage_only_naming_the_thing_does_not_answer(write_articles):
    index = one_article(write_articles, NAMED_ONLY)
    assert index.search("ada kerrow party?") == []


def test_the_rule_switched_off_lets_the_naming_passage_answer(write_articles):
    corpus = write_articles({"a.txt": f"date 2023-05-01\ntitle: News\n{NAMED_ONLY} {FILLER}"})
    index = build_index(load_corpus(corpus), SearchOptions(attribute_written=False))
    assert index.search("ada kerrow party?") != []


def test_a_passage_writing_the_attribute_answers(write_articles):
    index = one_article(write_articles, PARTY_WRITTEN)
    assert index.search("ada kerrow party?") != []


def test_a_name_asked_of_a_thing_never_written_does_not_answer(write_articles):
    index = one_article(write_articles, NAMED_ONLY)
    assert index.search("ada kerrow husband name?") == []


def test_a_narrower_kind_written_answers(write_articles):
    index = one_article(write_articles, "Mayor Ada Kerrow addressed the Marwick council in Welsh on Monday.")
    assert index.search("ada kerrow language?") != []


def test_a_yes_no_question_closing_on_an_adjective_asks_that_state():
    assert state_asked("Is Ada Kerrow married?", _mostly_adjective) == "married"


def test_a_compound_is_judged_by_its_last_part():
    assert state_asked("Is the Marwick ferry storm-resistant?", _mostly_adjective) == "storm-resistant"


def test_a_noun_an_adverb_or_an_either_or_closing_asks_no_state():
    assert state_asked("Is Kerrow a member?", _mostly_adjective) == ""
    assert state_asked("Is the plan moving forward?", _mostly_adjective) == ""
    assert state_asked("Were there two ferries, or more?", _mostly_adjective) == ""


FERRY = "The Marwick ferry sailed to Dunmore on Monday after the storm."


def test_a_state_never_written_is_not_answered(write_articles):
    index = one_article(write_articles, FERRY)
    assert index.search("Is the Marwick ferry storm-resistant?") == []


def test_a_state_written_by_a_relative_answers(write_articles):
    index = one_article(write_articles, "Mayor Ada Kerrow, whose marriage ended in 2019, closed the harbour.")
    assert index.search("Is Mayor Ada Kerrow married?") != []


def test_the_state_reading_switched_off_lets_the_naming_passage_answer(write_articles):
    corpus = write_articles({"a.txt": f"date 2023-05-01\ntitle: News\n{FERRY} {FILLER}"})
    index = build_index(load_corpus(corpus), SearchOptions(attribute_written_state=False))
    assert index.search("Is the Marwick ferry storm-resistant?") != []
