"""WordNet on verbs: a verb's inflected forms, and the verbs that are ways to do another."""

import pytest

from bot.engine.related_words import is_inflected_verb, is_way_to

pytestmark = pytest.mark.usefixtures("wordnet")


@pytest.mark.parametrize("word", ["rejected", "said", "opens", "has"])
def test_a_verb_in_a_tense_is_an_inflected_verb(word):
    assert is_inflected_verb(word)


@pytest.mark.parametrize("word", ["train", "reject", "kyiv", "in"])
def test_a_base_form_or_a_word_that_is_no_verb_is_not_an_inflected_verb(word):
    assert not is_inflected_verb(word)


@pytest.mark.parametrize("word", ["respond", "responded", "react", "reply", "counter"])
def test_a_verb_sharing_or_narrowing_a_sense_is_a_way_to_do_it(word):
    assert is_way_to(word, "respond")


@pytest.mark.parametrize("word", ["say", "send", "start", "ukraine"])
def test_a_verb_of_other_senses_is_no_way_to_do_it(word):
    assert not is_way_to(word, "respond")
