"""A yes/no question's "X or Y" of any nouns, abstract ones too, wants one of them (or a noun
relative) written in a shown passage (rule ``either_or_written``)."""

import pytest

from bot.engine.search import Searcher, _is_alternative
from bot.engine.stated_names import stated_things
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

ANNOUNCED = "Norland announced a 90 million euro aid package for Vorland on Friday."


def alternatives(question: str) -> tuple[tuple[str, ...], ...]:
    groups = stated_things(question, lambda w, b: _is_alternative(w, b, lambda _: False), lambda _: True)
    return tuple(g for g in groups if len(g) > 1)


def _written(write_articles, text: str) -> Searcher:
    """``one_article`` with the switch on (off by default: it refused an answerable question held out)."""
    return one_article(write_articles, text).switched(either_or_written=True)


def test_abstract_nouns_joined_by_or_are_one_group_of_alternatives():
    assert alternatives("Is the aid package a loan or a grant?") == (("loan", "grant"),)


def test_a_name_is_no_alternative():
    assert not _is_alternative("vorland", "a", lambda w: w == "vorland")


def test_an_either_or_of_abstract_nouns_neither_written_is_refused(write_articles):
    assert _written(write_articles, ANNOUNCED).search("Is the Norland aid package a loan or a grant?") == []


def test_an_either_or_is_answered_when_one_side_is_written(write_articles):
    index = _written(write_articles, ANNOUNCED)
    assert index.search("Was the Norland package an aid package or a loan?") != []


def test_a_verb_relative_of_an_alternative_writes_none_of_it(write_articles):
    index = _written(write_articles, "According to Norland, a 90 million euro aid package for Vorland is ready.")
    assert index.search("Is the Norland aid package a loan or a grant?") == []


def test_the_switch_off_answers_an_either_or_neither_written(write_articles):
    index = _written(write_articles, ANNOUNCED).switched(either_or_written=False, alternative_tied=False)
    assert index.search("Is the Norland aid package a loan or a grant?") != []
