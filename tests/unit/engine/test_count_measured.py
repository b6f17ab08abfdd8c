"""A number answers "how many X" or "how long is X" only when it counts or measures X: a bare
"How many?" after a statement counts the statement's thing, owned by its subject, and "how long
is X" needs a unit in a clause about X (rule ``count_measured``)."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

SENDING = "Norway is sending fighter jets to Latvia. How many?"
BRIDGE = "How long is the bridge over the Vistula?"


def test_a_bare_how_many_is_not_answered_by_another_countrys_count(write_articles):
    text = "Norway is sending a frigate and fighter jets to Latvia; Finland is sending four fighter jets to Estonia."
    index = one_article(write_articles, text)
    assert index.search(SENDING) == []


def test_a_bare_how_many_is_answered_by_the_statements_subjects_count(write_articles):
    index = one_article(write_articles, "Norway is sending six fighter jets to Latvia this spring.")
    assert "six fighter jets" in index.search(SENDING)[0].text


def test_how_long_is_a_thing_is_not_answered_by_a_span_told_of_something_else(write_articles):
    text = "The bridge over the Vistula was closed again; the dispute has lasted for eight years."
    index = one_article(write_articles, text)
    assert index.search(BRIDGE) == []


def test_how_long_is_a_thing_is_answered_by_its_length(write_articles):
    index = one_article(write_articles, "The bridge over the Vistula is 300 metres long.")
    assert "300 metres" in index.search(BRIDGE)[0].text
