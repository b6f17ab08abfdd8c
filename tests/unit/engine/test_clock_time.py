"""Rule clock_time: "what time / at what hour …?" asks a time of day, so a day or a date does not
answer it; a clock reading or a part of the day does."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "At what hour did Mayor Brackenby address the harbour council?"


def test_a_day_without_a_time_of_day_does_not_answer_at_what_hour(write_articles):
    index = one_article(write_articles, "On Monday, Mayor Brackenby addressed the harbour council about ferries.")
    assert index.search(QUESTION) == []
    assert index.switched(clock_time=False).search(QUESTION) != []


def test_a_clock_reading_answers_at_what_hour(write_articles):
    index = one_article(write_articles, "Mayor Brackenby addressed the harbour council at 10 a.m. on Monday.")
    assert "10 a.m." in index.search(QUESTION)[0].text
