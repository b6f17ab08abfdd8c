"""Rule ``yes_no``: "has / did X VERB Y …?" between two names is answered only by a clause
naming both with the verb or a relative."""

import pytest

from bot.engine.answer import answer
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

ONE_NAMED = "Mayor Halvorsen met the harbour board on Monday to discuss the ferry tolls."
BOTH_NAMED = "Mayor Halvorsen met Governor Brackenby on Monday to discuss the ferry tolls."
QUESTION = "Has Halvorsen met Brackenby to discuss the ferry tolls?"


def test_a_clause_naming_only_the_subject_does_not_answer(write_articles):
    assert one_article(write_articles, ONE_NAMED).search(QUESTION) == []


def test_a_clause_naming_both_with_the_verb_answers(write_articles):
    assert "Brackenby" in one_article(write_articles, BOTH_NAMED).search(QUESTION)[0].text


def test_a_refusal_names_both(write_articles):
    assert answer(one_article(write_articles, ONE_NAMED), QUESTION).text.startswith(
        "The articles don't mention Halvorsen and Brackenby together."
    )
