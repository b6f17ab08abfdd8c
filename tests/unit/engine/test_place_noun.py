"""A place asked by a noun of its kind ("which state", "nato hq city", "which airport") asks a
place as "where …?" does, and a shown passage must name one that may be of that kind: an
unknown name may be, a name WordNet knows must be one by its broader senses (rule
``place_noun``)."""

import pytest

from bot.engine.attribute_asked import asked_attribute, name_spans, place_kind, place_name_fits
from bot.engine.related_words import domain, has_instances, is_inflected_verb, synonyms
from bot.engine.search import _mostly_noun, _name_kinds, _noun_files, _noun_within
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")


def is_place_kind(noun: str) -> bool:
    return place_kind(noun, _noun_files, has_instances, _noun_within)


def fits(noun: str, name: str) -> bool:
    alike = synonyms(noun, "noun") | {noun}
    return place_name_fits(noun, name, alike, lambda w: domain(w, "noun"), _name_kinds)


def test_a_city_a_state_and_a_port_are_places_named():
    assert all(is_place_kind(noun) for noun in ("city", "state", "port"))


def test_a_country_is_a_place_though_first_a_people():
    assert is_place_kind("country")


def test_a_facility_is_named_where_no_place_is_and_not_read():
    assert not is_place_kind("airport") and not is_place_kind("station")


def test_a_general_place_may_be_described_and_is_not_read():
    assert not is_place_kind("area") and not is_place_kind("region")


def test_a_direction_or_a_side_is_no_place_named():
    assert not is_place_kind("direction") and not is_place_kind("side")


def test_a_team_or_a_channel_is_no_place():
    assert not is_place_kind("team") and not is_place_kind("channel")


def test_a_continent_is_no_state():
    assert not fits("state", "Europe")


def test_a_name_wordnet_does_not_know_whole_is_read_by_its_head():
    assert not fits("city", "Eastern Europe")


def test_a_country_named_as_a_common_noun_is_a_country():
    assert fits("country", "Turkey")  # first a bird in WordNet


def test_a_country_is_no_city():
    assert not fits("city", "the United States")


def test_a_capital_known_to_wordnet_is_a_city():
    assert fits("city", "Kiev")


def test_a_name_wordnet_does_not_know_may_be_the_place():
    assert fits("city", "Vorgrad")


def test_a_kind_of_state_answers_a_country():
    assert fits("country", "Lithuania")  # a Baltic State


def test_a_lowercase_place_is_no_name():
    assert not fits("city", "a city park")


def test_a_name_hyphened_to_a_lowercase_word_names_no_place():
    text = "A Kremlin-friendly leader spoke in Vorgrad."
    assert [text[a:b] for a, b in name_spans(text)] == ["A", "Vorgrad"]


def test_a_name_hyphened_to_a_lowercase_word_is_no_place():
    assert not fits("state", "US-based")


def test_a_verb_asked_of_its_subject_asks_no_place():
    assert asked_attribute("What states that the treaty binds Vorland?", is_inflected_verb, _mostly_noun) == ""


def test_a_person_titled_by_a_place_is_no_place():
    assert not fits("state", "US President Joe Biden")


CONTINENT = "The alliance sent 800 troops of its rapid force to Europe on Tuesday."


def test_which_state_is_not_answered_by_a_continent(write_articles):
    index = one_article(write_articles, CONTINENT)
    assert index.search("Which US state are the 800 troops of the rapid force from?") == []


def test_the_switch_off_answers_which_state_by_a_continent(write_articles):
    index = one_article(write_articles, CONTINENT).switched(place_noun=False)
    assert index.search("Which US state are the 800 troops of the rapid force from?") != []


def test_which_city_is_answered_by_a_name_of_a_city(write_articles):
    index = one_article(write_articles, "The 800 troops of the rapid force landed in Vorgrad on Tuesday.")
    assert "Vorgrad" in index.search("In which city did the troops of the rapid force land?")[0].text


def test_words_searched_for_with_no_question_word_or_mark_ask_no_place(write_articles):
    # A watch's words: "harbour" is a kind of place, but nothing is asked
    text = "The harbour master counted twelve fishing boats in the bay."
    assert one_article(write_articles, text).search("fishing boats harbour") != []
