"""Rule ``yes_no_names``: a yes/no question is answered only by a passage shown that names every
name the question states, as written or by its country's forms."""

import pytest

from bot.engine.answer import answer
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

SENT = "Denmark is sending a frigate and warplanes to Lithuania to join the naval patrols."
QUESTION = "did germany send warplanes to lithuania?"


def test_a_passage_not_naming_a_lowercase_country_does_not_answer(write_articles):
    assert one_article(write_articles, SENT).search(QUESTION) == []


def test_a_passage_naming_the_country_by_its_demonym_answers(write_articles):
    text = "German officials said Berlin is sending warplanes to Lithuania to join the naval patrols."
    assert "Lithuania" in one_article(write_articles, text).search(QUESTION)[0].text


def test_a_refusal_names_the_name_the_articles_never_mention(write_articles):
    assert answer(one_article(write_articles, SENT), QUESTION).text.startswith("The articles don't mention Germany.")


def test_a_lowercase_name_no_dictionary_knows_must_be_named_too(write_articles):
    text = (
        "Governor Brackenby left for the coast in March. The weather stayed cold all week. "
        "Mayor Halvorsen met the harbour board on Monday."
    )
    assert one_article(write_articles, text).search("has brackenby met halvorsen?") == []
