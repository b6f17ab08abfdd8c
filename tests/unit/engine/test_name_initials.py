"""Switch ``name_initials_spelt``: a name's word of initials ("PM") is written as the words of
WordNet's other name for it that they are the initials of ("Prime Minister")."""

import pytest

from bot.engine.related_words import spelt_out
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

OFFER = "British Prime Minister Boris Johnson said he is prepared to send troops to protect NATO allies in Europe."


def test_initials_are_spelt_out_as_the_words_of_the_other_name_they_abbreviate():
    assert spelt_out("PM") == (("prime", "minister"),)


def test_a_word_not_written_in_capitals_is_no_initials():
    assert spelt_out("pm") == ()


def test_a_yes_no_question_naming_initials_is_answered_where_their_words_are_written(write_articles):
    index = one_article(write_articles, OFFER)
    question = "Is the British PM's troop offer aimed at NATO allies?"
    assert index.search(question) != []
    assert index.switched(name_initials_spelt=False).search(question) == []  # "PM" not written


def test_initials_spelt_out_still_need_the_other_words_of_the_name(write_articles):
    index = one_article(write_articles, OFFER.replace("British", "Canadian"))
    assert index.search("Is the British PM's troop offer aimed at NATO allies?") == []
