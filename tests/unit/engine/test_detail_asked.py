""" "What X exactly / specifically / in particular?" (``detail_asked``): a passage whose X closes its
sentence or a quotation repeats the question's X and details nothing."""

import pytest

from bot.engine.corpus import load_corpus
from bot.engine.detail_asked import detail_asked, details
from bot.engine.search import SearchOptions, _is_noun, build_index
from tests.support.one_article import FILLER, one_article

pytestmark = pytest.mark.usefixtures("wordnet")

NAMED_ONLY = 'The harbour master warned of "serious hazards" in Marwick bay.'
CLOSING = "The council said the ferry plan was a cover for the operator's own planned hazards."


def _never(word: str) -> bool:
    return False


def _hazards(word: str) -> bool:
    return word.lower() == "hazards"


def test_the_thing_asked_is_the_noun_after_the_question_word():
    assert detail_asked("what serious hazards exactly did the harbour master mean?", _is_noun) == "hazards"


def test_a_two_part_question_is_read_in_its_asking_sentence():
    asked = detail_asked('The master warns of "planned hazards". What hazards, specifically?', _is_noun)
    assert asked == "hazards"


def test_a_question_without_exactly_or_specifically_asks_no_detail():
    assert detail_asked("What hazards did the harbour master mean?", _is_noun) == ""


def test_what_exactly_is_x_names_no_thing_to_detail():
    assert detail_asked("What exactly are the Territorial Defense Forces?", _is_noun) == ""


def test_the_thing_closing_a_quotation_details_nothing():
    assert not details(NAMED_ONLY, _hazards, _never)


def test_the_thing_closing_its_sentence_details_nothing():
    assert not details(CLOSING, _hazards, _never)


def test_the_thing_going_on_in_its_clause_may_detail_it():
    assert details("The master listed hazards such as fog and drifting ice.", _hazards, _never)


def test_a_narrower_kind_named_details_the_thing():
    assert details("Fog closed the bay.", _never, lambda word: word == "Fog")


def test_a_passage_only_quoting_the_thing_does_not_answer(write_articles):
    index = one_article(write_articles, NAMED_ONLY)
    assert index.search("what serious hazards exactly did the harbour master warn of?") == []


def test_the_rule_switched_off_lets_the_quoting_passage_answer(write_articles):
    corpus = write_articles({"a.txt": f"date 2023-05-01\ntitle: News\n{NAMED_ONLY} {FILLER}"})
    index = build_index(load_corpus(corpus), SearchOptions(detail_asked=False))
    assert index.search("what serious hazards exactly did the harbour master warn of?") != []


def test_a_passage_listing_kinds_of_the_thing_answers(write_articles):
    index = one_article(write_articles, "The harbour master warned of serious hazards such as fog and drifting ice.")
    assert index.search("what serious hazards exactly did the harbour master warn of?") != []
