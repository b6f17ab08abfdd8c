"""Rule ``thing_done``: "what THING did X VERB?" is answered only where a clause writing the verb
names the thing or a narrower kind of it (WordNet)."""

import pytest

from bot.engine.answer import answer
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

SENT_TROOPS = "Governor Brackenby said he is prepared to send troops to Marwick. The harbour froze in January."
SENT_MISSILES = "Governor Brackenby said he is prepared to send missiles to Marwick. The harbour froze in January."


def test_a_clause_with_the_verb_and_no_such_thing_does_not_answer(write_articles):
    index = one_article(write_articles, SENT_TROOPS)
    assert index.search("What weapons did Brackenby send to Marwick?") == []


def test_a_narrower_kind_of_the_thing_beside_the_verb_answers(write_articles):
    index = one_article(write_articles, SENT_MISSILES)
    assert "missiles" in index.search("What weapons did Brackenby send to Marwick?")[0].text


def test_a_refusal_names_the_thing_asked(write_articles):
    index = one_article(write_articles, SENT_TROOPS)
    assert answer(index, "What weapons did Brackenby send to Marwick?").text.startswith(
        "The articles don't give the weapons."
    )
