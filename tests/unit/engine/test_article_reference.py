"""Rule (switch ``article_reference``): a question's words pointing at the article itself ("quoted
in the piece", "according to the report") or at its picture ("the harbour picture") are no words
a passage must have."""

import pytest

from bot.engine.article_reference import names_picture, without_article_reference
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUOTED = "Harbour master Ingrid Solberg said the ferries would run again on Friday."


def test_a_participle_pointing_at_the_piece_is_dropped_with_it():
    question = "Who is the harbour official quoted in the piece?"
    assert without_article_reference(question) == "Who is the harbour official?"


def test_a_participle_after_is_stays_the_question_own_verb():
    assert without_article_reference("Which official is quoted in the story?") == "Which official is quoted?"


def test_according_to_the_article_at_the_start_is_dropped():
    assert without_article_reference("According to the article, when do the ferries run?") == "When do the ferries run?"


def test_a_report_of_the_news_is_kept():
    question = "In the report by the port authority, who left?"
    assert without_article_reference(question) == question


def test_what_is_in_the_news_keeps_its_reference():
    assert without_article_reference("Who is in the news?") == "Who is in the news?"


def test_a_photograph_noun_names_a_picture_and_a_park_does_not():
    assert names_picture("snapshot") and names_picture("pictures") and not names_picture("park")


def test_the_official_quoted_in_the_piece_is_answered_by_the_passage_naming_them(write_articles):
    index = one_article(write_articles, QUOTED)
    assert "Solberg" in index.search("Who is the harbour master quoted in the piece?")[0].text


def test_an_official_the_article_never_names_is_still_refused(write_articles):
    index = one_article(write_articles, QUOTED)
    assert index.search("Who is the fisheries minister quoted in the piece?") == []


def test_the_people_in_a_place_photo_are_the_caption_people(seed_index):
    # The shipped article's caption: "Members of Ukraine's Territorial Defense Forces … train in a city park in Kyiv"
    assert "Territorial Defense" in seed_index.search("Who are the people in the Kyiv park photo?")[0].text


def test_without_the_rule_the_photo_is_an_owner_no_passage_writes(seed_index):
    assert seed_index.switched(article_reference=False).search("Who are the people in the Kyiv park photo?") == []


def test_the_switch_turns_the_rule_off(write_articles):
    index = one_article(write_articles, QUOTED).switched(article_reference=False)
    assert index.search("Who is the harbour master quoted in the piece?") == []


def test_based_on_the_article_at_the_start_is_dropped():
    assert without_article_reference("Based on the article, how many ferries run?") == "How many ferries run?"


def test_a_count_asked_according_to_the_article_still_needs_the_counted_thing(write_articles):
    index = one_article(write_articles, QUOTED)
    assert index.search("Based on the article, how many trawlers will run again?") == []
