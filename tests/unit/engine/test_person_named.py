"""Switch ``person_named``: a question asking for a person, an office's holder ("Which Danish
minister announced it?", "Who took over as Norway's president?", "Who runs that office?"), is
answered only by a passage shown naming a person none of the question's; a passage naming only
countries, cities and bodies ("Denmark said …") names none."""

import re

import pytest

from bot.engine.person_asked import names_person, role_asked
from bot.engine.related_words import is_inflected_verb
from bot.engine.search import _adjective_first, _continues_phrase, _is_office_word, _is_person_name, _mostly_noun
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

STATE = "NATO said a frigate was being sent to the Baltic port of Klaipeda."
PERSON = "Danish Defence Minister Morten Bodskov said Denmark was sending a frigate to the Baltic."
BODY = "A photo of the frigate was provided by the Danish Navy Press Service on Tuesday."


def _role(question: str) -> str:
    return role_asked(question, _is_office_word, _continues_phrase, is_inflected_verb, _adjective_first)


def _names(text: str, previous: str = "", question: str = "") -> bool:
    own = {w.lower() for w in re.findall(r"\w+", question)}
    return names_person(text, previous, own, _is_person_name, _mostly_noun)


def test_which_and_an_office_noun_asks_its_holder():
    assert _role("Which Danish minister said it was sending a frigate?") == "minister"


def test_who_as_an_office_asks_its_holder():
    assert _role("Who took over as Norway's president after the vote?") == "president"


def test_an_office_modifying_a_noun_or_owning_one_asks_no_holder():
    assert _role("Which major sports league did he join?") == ""
    assert _role("Which country's lawmakers urged restraint?") == ""
    assert _role("What governing body appoints commissioners?") == ""


def test_a_verb_after_what_asks_a_thing_not_an_office():
    assert _role("What made Luther even more short tempered than usual?") == ""


def test_which_and_a_noun_a_country_may_fill_asks_no_holder():
    assert _role("Which allies are sending ships?") == ""
    assert _role("Which country is sending a frigate?") == ""


def test_a_country_a_city_and_a_body_name_no_person():
    assert not _names("Denmark said Copenhagen and NATO agreed, the Danish Navy Press Service said on Jan. 25.")


def test_a_titled_name_and_a_lone_surname_name_a_person():
    assert _names(PERSON)
    assert _names("Bodskov's remarks came on Monday.")


def test_a_lone_unknown_word_modifying_a_noun_or_placed_names_no_person():
    assert not _names("Its Iskander missile launchers were seen near Slavyanoserbsk.")


def test_the_questions_own_person_is_no_answer():
    assert not _names("Bodskov's remarks came on Monday.", question="Apart from Bodskov, which officials spoke?")


def test_a_pronoun_names_the_person_of_the_sentence_before():
    assert _names('"Sleep well," he said.', previous=PERSON)
    assert not _names('"Sleep well," he said.', previous=STATE)


def test_a_body_acting_does_not_answer_which_official(write_articles):
    assert one_article(write_articles, STATE).search("Which official said a frigate was being sent?") == []


def test_a_named_minister_answers_which_minister(write_articles):
    found = one_article(write_articles, PERSON).search("Which Danish minister said Denmark was sending a frigate?")
    assert "Morten Bodskov" in found[0].text


def test_a_body_does_not_answer_who_runs_it(write_articles):
    searcher = one_article(write_articles, BODY)
    assert searcher.search("The frigate photo came from the Danish Navy Press Service. Who runs that office?") == []


def test_who_did_an_act_asks_no_office_a_state_may_answer():
    assert _role("Who annexed Crimea as its territory?") == ""


def test_switched_off_a_body_acting_answers_which_official(write_articles):
    # ``which_sought`` refuses it too: an archive never writing "official" names no person
    index = one_article(write_articles, STATE).switched(person_named=False, which_sought=False)
    assert index.search("Which official said a frigate was being sent?") != []


def test_a_name_after_a_title_or_a_first_name_names_a_person_though_its_surname_is_a_word():
    assert _names("Its President (currently former Poland Prime Minister Donald Tusk) chairs it.")
    assert _names("Wesley appointed fellow priest Thomas Coke as superintendent.")


def test_a_name_in_a_later_passage_bound_to_no_question_word_does_not_answer(write_articles):
    text = f"{STATE} Analysts doubt that Vladimir Putin will back down soon."
    assert one_article(write_articles, text).search("Which official said a frigate was being sent?") == []
