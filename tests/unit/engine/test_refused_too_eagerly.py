"""Answerable paraphrases a refusal rule read too eagerly (docs/ranking-news.md, "Answerable
paraphrases refused by a reading too eager"): each reading narrowed to the form it was meant
for, each behind its own switch, and the near misses beside them still refused."""

import pytest

from bot.engine.article_reference import pointing_words, without_article_reference
from bot.engine.pictured import scene_of
from bot.engine.search import _attributes, _reports_adverb
from bot.engine.size_sum import sized_thing, sum_sizes
from bot.engine.which_member import likens
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

RELIEF = "The council approved a new $5 million flood relief package on Monday. A convoy of trucks left the depot."


def shown(index, question: str) -> str:
    return " ".join(p.text for p in index.search(question))


# article_here: "mentioned here" points at the article


def test_a_participle_before_here_points_at_the_article():
    question = "Who is the harbour official mentioned here?"
    assert without_article_reference(question, here=True) == "Who is the harbour official?"


def test_here_alone_is_no_pointer():
    assert without_article_reference("Who is here?", here=True) == "Who is here?"


def test_a_participle_after_is_stays_before_here():
    assert without_article_reference("Which official is mentioned here?", here=True) == "Which official is mentioned?"


def test_the_minister_mentioned_here_is_named(seed_index):
    assert "Reznikov" in shown(seed_index, "who's the ukrainian defence minister mentioned here?")


def test_without_article_here_the_participle_is_a_word_to_find(seed_index):
    assert seed_index.switched(article_here=False).search("who's the ukrainian defence minister mentioned here?") == []


# person_named_frame: "whats the name of X's ROLE" binds the role


def test_the_name_of_a_countrys_role_is_answered_by_the_holder(seed_index):
    assert "Zelenskyy" in shown(seed_index, "whats the name of ukraine's president")


def test_without_person_named_frame_the_name_of_frame_binds_nothing(seed_index):
    assert seed_index.switched(person_named_frame=False).search("whats the name of ukraine's president") == []


def test_a_role_the_article_never_gives_the_country_is_still_refused(seed_index):
    assert seed_index.search("what's the name of ukraine's health minister") == []


# reporting_adverb: "reportedly" is no owner


def test_an_adverb_made_on_a_verb_of_saying_reports():
    assert _reports_adverb("reportedly") and _reports_adverb("allegedly")


def test_an_adverb_of_emphasis_does_not_report():
    assert not _reports_adverb("actually")


def test_a_count_reportedly_gathered_is_answered(seed_index):
    assert "100,000" in shown(seed_index, "How many Russian soldiers are reportedly gathered close to Ukraine?")


def test_without_reporting_adverb_the_adverb_is_read_as_the_owner(seed_index):
    question = "How many Russian soldiers are reportedly gathered close to Ukraine?"
    assert seed_index.switched(reporting_adverb=False).search(question) == []


def test_a_count_of_drill_participants_with_actually_is_still_refused(seed_index):
    assert seed_index.search("How many Russian soldiers are actually taking part in the military drills?") == []


# size_sum: "how big is X?" by a sum naming X


def test_how_big_asks_a_size_of_its_things_lowercase_words():
    assert sized_thing("How big is the new US security package?", _attributes) == ("new", "security", "package")


def test_how_heavy_asks_no_size():
    assert sized_thing("How heavy is the new US security package?", _attributes) == ()


def test_a_sum_names_the_thing_its_noun_phrase_writes():
    assert sum_sizes({"relief"}, RELIEF, lambda w: [w.lower()])


def test_a_sum_does_not_name_a_thing_of_another_sentence_part():
    assert not sum_sizes({"convoy"}, RELIEF, lambda w: [w.lower()])


def test_how_big_a_package_is_is_answered_by_its_sum(write_articles):
    assert "$5 million" in shown(one_article(write_articles, RELIEF), "How big is the flood relief package?")


def test_how_big_a_thing_with_no_sum_is_still_refused(write_articles):
    assert one_article(write_articles, RELIEF).search("How big was the convoy of trucks?") == []


def test_without_size_sum_how_big_wants_a_unit(write_articles):
    index = one_article(write_articles, RELIEF).switched(size_sum=False)
    assert index.search("How big is the flood relief package?") == []


def test_the_value_of_a_package_is_its_sum_naming_a_relative(seed_index):
    question = "What is the value of the new American aid package for Kyiv?"
    assert "US$200 million" in shown(seed_index, question)
    assert seed_index.switched(size_sum=False).search(question) == []


# pointer_bar: the article and a picture set no bar


def test_the_article_as_the_auxiliarys_subject_points_at_the_text():
    assert pointing_words("How does the article characterise eastern Ukraine economically?") == ["article"]


def test_a_picture_after_a_determiner_points_at_the_caption():
    assert pointing_words("In the picture released by Russia's military, what is seen?") == ["picture"]


def test_a_question_about_the_news_points_at_nothing():
    assert pointing_words("How does the minister describe the shipment?") == []


def test_the_article_describing_something_is_answered(seed_index):
    question = "How does the article characterise eastern Ukraine economically?"
    assert seed_index.search(question)
    assert seed_index.switched(pointer_bar=False).search(question) == []


# number_abbreviation: "14k" is 14,000


def test_a_number_in_thousands_is_read_as_written_out(seed_index):
    assert "14,000" in shown(seed_index, "death toll in the east - is it more or less than 14k?")


def test_without_number_abbreviation_14k_is_an_unknown_word(seed_index):
    question = "death toll in the east - is it more or less than 14k?"
    assert seed_index.switched(number_abbreviation=False).search(question) == []


# pictured_subject: the photo of X is X's scene


def test_a_photos_place_is_asked_of_its_scene():
    question = "where was the photo of the woman walking her dogs taken?"
    assert scene_of(question, lambda w: w == "photo") == "where was the woman walking her dogs taken?"


def test_a_question_asking_no_place_or_time_keeps_its_photo():
    question = "what is the photo of the woman about?"
    assert scene_of(question, lambda w: w == "photo") == question


def test_the_photos_place_is_the_captions(seed_index):
    question = "where was the photo of the woman walking her dogs taken?"
    assert "Slavyanoserbsk" in shown(seed_index, question)
    assert seed_index.switched(pictured_subject=False).search(question) == []


# kind_likeness: "X like …" tells X's kind


def test_a_likeness_after_x_tells_its_kind():
    assert likens("the US vowed sanctions like never before", lambda w: w == "sanctions")


def test_x_with_no_likeness_tells_no_kind():
    assert not likens("the US vowed sanctions on Monday", lambda w: w == "sanctions")


def test_what_kind_of_sanctions_is_answered_by_their_likeness(seed_index):
    question = "What kind of sanctions did the US and allies vow to hit Russia with?"
    assert "like never before" in shown(seed_index, question)
    assert seed_index.switched(kind_likeness=False).search(question) == []
