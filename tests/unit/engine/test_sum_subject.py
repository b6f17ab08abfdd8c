""" "How much money has X spent …?" is answered by a sum told where X is named, not by someone
else's (rule 26)."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

QUESTION = "How much money has Norway spent on aid to Sweden?"


def test_someone_elses_sum_does_not_answer(write_articles):
    index = one_article(write_articles, "Denmark has spent US$200 million on aid to Sweden.")
    assert index.search(QUESTION) == []


def test_the_subjects_own_sum_answers(write_articles):
    index = one_article(write_articles, "Norway has spent US$200 million on aid to Sweden.")
    assert "US$200 million" in index.search(QUESTION)[0].text
