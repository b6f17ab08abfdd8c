"""Rule (switch ``rare_spelling``): a typo of a long word the archive has in one sentence only
is corrected when it is one edit from that word and from no other; an English word never is."""

import pytest

from bot.engine.spelling import SpellingCorrector
from tests.support.one_article import one_article

FREQUENT = {"troops": 9, "minister": 5}
RARE = ["sanctions", "civilians", "people", "planes", "banner", "banter"]


def test_a_typo_of_a_long_word_of_one_sentence_is_corrected_to_it():
    assert SpellingCorrector(FREQUENT, rare=RARE).correct("sanctons", rare=True) == "sanctions"


def test_a_typo_one_edit_from_two_words_of_one_sentence_is_left_alone():
    assert SpellingCorrector(FREQUENT, rare=RARE).correct("bantner", rare=True) is None  # banner or banter?


def test_a_short_word_of_one_sentence_is_no_target():
    assert SpellingCorrector(FREQUENT, rare=["plane"]).correct("plabe", rare=True) is None


@pytest.mark.usefixtures("wordnet")
def test_a_question_with_a_typo_of_a_word_of_one_sentence_is_answered(write_articles):
    index = one_article(write_articles, "Fighting has killed over 14,000 people in the east.")
    assert "14,000 people" in index.search("how many poeple have been killed in the east?")[0].text


@pytest.mark.usefixtures("wordnet")
def test_an_english_word_one_edit_from_a_word_of_one_sentence_is_not_read_as_it(write_articles):
    index = one_article(write_articles, "The army lost four planes in the storm.")
    assert index.search("how many planets did the army lose in the storm?") == []
