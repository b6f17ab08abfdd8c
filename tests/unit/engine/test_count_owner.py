"""A how-many question naming whose things it counts is answered only by that owner's count:
"Norway has massed 9,000 troops near Sweden" gives no number of Swedish troops (rule 19)."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "How many Swedish troops are stationed near the border?"


def test_a_count_with_the_owner_only_after_a_preposition_does_not_answer(write_articles):
    index = one_article(write_articles, "Norway has massed 9,000 troops near Sweden along the border.")
    assert index.search(QUESTION) == []


def test_a_count_with_the_owners_country_before_the_thing_answers(write_articles):
    index = one_article(write_articles, "Sweden has stationed 9,000 troops near the border.")
    assert "9,000 troops" in index.search(QUESTION)[0].text


def test_a_count_of_someone_else_named_between_does_not_answer_what_the_owner_has(write_articles):
    text = "Sweden said it was watching the border, and Norway ordered 9,000 troops to the region."
    index = one_article(write_articles, text)
    assert index.search("How many troops does Sweden have?") == []


def test_someone_elses_count_answers_with_count_owner_switched_off(write_articles):
    index = one_article(write_articles, "Norway has massed 9,000 troops near Sweden along the border.")
    assert "9,000 troops" in index.switched(count_owner=False).search(QUESTION)[0].text


def test_a_count_of_the_owners_capital_answers_for_the_country(write_articles):
    # The news writes a capital for its government: Oslo's troops are Norway's.
    index = one_article(write_articles, "Oslo has massed 9,000 troops near Sweden along the border.")
    assert "9,000 troops" in index.search("How many Norwegian troops are near Sweden?")[0].text
