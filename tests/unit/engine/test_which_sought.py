"""A "which X …?" question, however written around X (a preposition first, a place's or a body's
name before X, a modal or an inflected verb after it), asks an instance of the kind X: an archive
that never writes X, a relative or a narrower kind, and names nothing of X's kind, cannot answer
it (switch ``which_sought``)."""

import pytest

from bot.engine.related_words import is_inflected_verb, is_word, parents
from bot.engine.search import _is_common, _is_known, _is_noun, _noun_file
from bot.engine.which_sought import heads_name, names_one, which_sought
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

JETS = "Spain is sending four fighter jets to Bulgaria and three ships to the Black Sea to join NATO naval forces."
SHIPMENT = "A shipment of US weapons and munitions arrived in Ukraine on Tuesday, the deputy defence minister said."
PARLIAMENT = "In parliament, Defence Minister Oleksii Reznikov said there are no grounds to expect an invasion."


def read(question: str) -> tuple[str, ...] | None:
    found = which_sought(question, _is_noun, is_inflected_verb, _noun_file, is_word)
    return found.words if found is not None else None


def test_x_is_the_last_word_before_the_verb_a_place_word_before_it_left_out():
    assert read("Which Russian banks are named as sanction targets?") == ("banks",)


def test_a_preposition_may_open_the_question():
    assert read("At which airport did the US weapons shipment land?") == ("airport",)


def test_an_inflected_verb_ends_the_phrase_after_a_lowercase_word():
    assert read("Which party holds the majority in parliament?") == ("party",)


def test_a_preposition_and_a_name_after_x_place_it():
    assert read("Which airport in Kyiv did the US weapons shipment land at?") == ("airport",)


def test_a_word_no_x_may_be_ends_the_reading_at_once():
    # Read as one pattern over the joined words, "infrastructure)" took minutes to reject
    assert read("Which telecommunications-infrastructure) firms did the sanctions hit?") is None


def test_a_preposition_before_a_lowercase_word_keeps_the_phrase_unread():
    assert read("Which airport in the capital did the shipment land at?") is None


def test_a_word_wordnet_does_not_know_may_be_x():
    assert read("Which Bulgarian airbase will host the Spanish fighter jets?") == ("airbase",)


def test_a_time_a_sort_or_a_function_word_is_no_x():
    assert read("In which year did Russia annex Crimea?") is None
    assert read("Which kind of jets will Spain send?") is None
    assert read("Which of the banks are named?") is None


def test_a_question_of_another_form_is_not_read():
    assert read("What banks are named as sanction targets?") is None
    assert read("Which is the bank named in the sanctions list?") is None


def test_a_name_of_a_sister_kind_gives_one():
    def of_kind(word: str) -> bool:
        return word == "commission"

    text = "Biden's team has been working with the European Commission on contingency plans."
    assert names_one(text, of_kind, False, _is_common, lambda w: w == "Biden", _is_known)


def test_a_known_place_before_a_noun_names_none_of_its_kind():
    def of_kind(word: str) -> bool:
        return word in {"military", "troops"}

    assert not names_one("The US military is on alert.", of_kind, False, _is_common, lambda w: False, _is_known)
    text = "Putting US-based troops on heightened alert suggested diminishing hope."
    assert not names_one(text, of_kind, False, _is_common, lambda w: False, _is_known)


def test_a_place_is_named_after_in():
    text = "A woman walks with her dogs near the frontline in Slavyanoserbsk."
    assert names_one(text, lambda w: False, True, _is_common, lambda w: False, _is_known)


def test_an_archive_never_writing_x_refuses_which_x(write_articles):
    index = one_article(write_articles, JETS)
    assert index.search("Which Bulgarian airbase will host the Spanish fighter jets?") == []


def test_the_form_with_a_preposition_first_is_refused(write_articles):
    index = one_article(write_articles, SHIPMENT)
    assert index.search("At which airport did the US weapons shipment land?") == []


def test_the_form_with_an_inflected_verb_is_refused(write_articles):
    index = one_article(write_articles, PARLIAMENT)
    assert index.search("Which party holds the majority in parliament?") == []


def test_switched_off_the_question_is_answered(write_articles):
    index = one_article(write_articles, PARLIAMENT).switched(which_sought=False)
    assert "Reznikov" in index.search("Which party holds the majority in parliament?")[0].text


def test_a_name_of_xs_kind_answers_though_x_is_never_written(write_articles):
    text = "Biden's national security team has been working with the European Commission on energy plans."
    index = one_article(write_articles, text)
    found = index.search("Which EU institution is the Biden team working with on energy plans?")
    assert "European Commission" in found[0].text


def test_a_place_named_after_in_answers_which_town(write_articles):
    text = "A woman walks with her dogs near the frontline in Slavyanoserbsk, eastern Ukraine."
    index = one_article(write_articles, text)
    assert "Slavyanoserbsk" in index.search("In which town was the woman walking her dogs?")[0].text


def test_an_x_the_archive_writes_is_left_to_the_other_rules(write_articles):
    text = "The US State Department has ordered families of staff at the US Embassy in Kyiv to leave the country."
    index = one_article(write_articles, text)
    assert index.search("Which country has the US State Department ordered families to leave?")


def test_a_name_heading_its_phrase_may_be_one():
    def is_other(name: str) -> bool:
        return False

    assert heads_name("Tesco released a Christmas advert.", _is_common, lambda w: False, is_other, _is_noun)


def test_a_name_before_a_noun_or_possessive_heads_nothing():
    def is_other(name: str) -> bool:
        return False

    text = "The Russian army's Iskander missile launchers take positions."
    assert not heads_name(text, _is_common, lambda w: w == "Russian", is_other, _is_noun)
    assert not heads_name("Biden's team met.", _is_common, lambda w: False, is_other, _is_noun)


def test_a_name_heading_its_clause_answers_though_the_archive_never_writes_x(write_articles):
    text = "Tesco released a Christmas advert in midsummer to help customers spread the cost."
    index = one_article(write_articles, text)
    assert "Tesco" in index.search("Which UK supermarket launched its Christmas advert in midsummer?")[0].text


def test_a_nouns_broader_senses_are_its_most_frequent_senses_hypernyms():
    assert "organization" in parents("institution")
    assert "organization" not in parents("airport")


def test_a_person_titled_otherwise_may_still_be_the_person_asked(write_articles):
    # A title says what else someone is: a Kremlin spokesman is a Russian official, though WordNet
    # files a spokesman under no official
    text = "Kremlin spokesman Dmitry Peskov accused Washington of stoking tensions."
    index = one_article(write_articles, text)
    assert "Peskov" in index.search("Which Russian functionary accused Washington of stoking tensions?")[0].text


def test_a_person_named_without_a_title_may_be_the_person_asked(write_articles):
    text = "Russia is holding military drills commanded by Valery Gerasimov near the border."
    index = one_article(write_articles, text)
    assert "Gerasimov" in index.search("Which Russian general is commanding the military drills?")[0].text
