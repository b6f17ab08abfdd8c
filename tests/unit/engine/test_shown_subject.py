"""Rule ``shown_subject``: a where-question is answered only about its subject — one the archive
never names has no place in it, and an origin asked ("… from?") is a place after "from" in a
clause with the subject."""

import pytest

from bot.engine.search import _verb_first
from bot.engine.subject import asked_subject
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

MILITIA = "Members of the Marwick militia train in a city park in Halvorsen."
SHIPS = "Marwick is sending three warships to sail to the Halvorsen Sea."


def test_a_subject_the_archive_never_names_is_given_no_place(write_articles):
    index = one_article(write_articles, MILITIA)
    question = "Where is the headquarters of the Marwick militia?"
    assert index.search(question) == []
    assert index.switched(shown_subject=False).search(question) != []


def test_a_subject_the_archive_names_is_still_placed(write_articles):
    index = one_article(write_articles, "The headquarters of the Marwick militia is in Halvorsen.")
    assert "Halvorsen" in index.search("Where is the headquarters of the Marwick militia?")[0].text


def test_a_destination_does_not_answer_where_the_subject_came_from(write_articles):
    index = one_article(write_articles, SHIPS)
    question = "Where did the three Marwick warships sail from?"
    assert index.search(question) == []
    assert index.switched(shown_subject=False).search(question) != []


def test_a_place_after_from_beside_the_subject_answers_where_it_came_from(write_articles):
    index = one_article(write_articles, "The three Marwick warships sailed from Brackenby to the Halvorsen Sea.")
    assert "Brackenby" in index.search("Where did the three Marwick warships sail from?")[0].text


def test_a_participle_after_the_verb_does_not_end_the_subject_there():
    subject = asked_subject("Where were the Marwick militia members seen training?", _verb_first)
    assert subject is not None and subject.heads == ("members",)


def test_a_participle_after_a_determiner_modifies_the_subject():
    subject = asked_subject("Where were the failed diplomatic talks held?", _verb_first)
    assert subject is not None and subject.heads == ("talks",)
