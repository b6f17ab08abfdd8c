"""Paraphrases the relevance test and the asked thing read (rules 20 and 21 of
docs/ranking-news.md): a question word written as a close WordNet relative, a job given by what
someone is called, a price tag by a sum; and the near-miss questions still refused."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

HARBOUR = (
    "The harbour talks between Dorvale and Brackenby ended in a stalemate on Monday. "
    "Fishermen sold herring at the quay. A storm closed the school."
)


def test_a_close_relative_of_a_question_word_lets_it_pass_the_relevance_test(write_articles):
    index = one_article(write_articles, HARBOUR)
    assert "stalemate" in index.search("How did the harbour deadlock persist so stubbornly?")[0].text


def test_a_narrower_word_is_no_close_relative_in_the_relevance_test(write_articles):
    text = (
        "Snow closed the harbour in Dorvale on Monday. Fishermen sold herring at the quay. A storm closed the school."
    )
    index = one_article(write_articles, text)
    assert index.search("How was the harbour weather so stubbornly bleak?") == []


def test_a_title_before_the_name_gives_the_job_asked(write_articles):
    index = one_article(write_articles, "Port spokesman Dmitri Varo met reporters in Dorvale on Monday.")
    assert "spokesman" in index.search("What is Dmitri Varo's job?")[0].text


def test_people_the_person_meets_do_not_give_the_job_asked(write_articles):
    text = "Dmitri Varo met reporters in Dorvale on Monday. The spokesman for the port later denied it."
    index = one_article(write_articles, text)
    assert index.search("What is Dmitri Varo's job?") == []


def test_a_sum_beside_whose_it_is_gives_its_price_tag(write_articles):
    index = one_article(write_articles, "Brackenby approved a grant of $40 million for the harbour repairs.")
    assert "$40 million" in index.search("What is the price tag of the harbour grant?")[0].text
