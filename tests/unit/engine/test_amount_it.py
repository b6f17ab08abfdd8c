"""A two-part question asking an amount of "it" ("… announced the shipment. How much did it weigh?")
asks it of the one thing the statement names, as if asked alone (switch ``amount_it``;
``amount_part``)."""

import pytest

from bot.engine.amount_part import amount_part
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

WEIGH = "Lena Berg announced the delivery. How much did it weigh?"
SUM = "A delivery of medical supplies worth 40 million euros arrived in Riga on Monday, Lena Berg announced."


def test_it_is_read_as_the_statements_one_thing():
    assert amount_part(WEIGH) == "How much did the delivery weigh?"


def test_a_time_the_statement_is_dated_by_is_no_thing():
    assert amount_part("The telescope images were shared this week. How long is it expected to last?") == ""


def test_a_statement_naming_two_things_is_not_read():
    assert amount_part("Norway is sending a frigate and a tanker. How long will it stay?") == ""


def test_an_it_that_is_not_the_subject_is_not_read():
    assert amount_part("The jersey is headed to auction. How much do experts expect it will fetch?") == ""


def test_a_sum_does_not_answer_a_weight_asked_of_it(write_articles):
    assert one_article(write_articles, SUM).search(WEIGH) == []


def test_without_the_rule_the_sum_answers_it(write_articles):
    assert one_article(write_articles, SUM).switched(amount_it=False).search(WEIGH) != []


def test_a_weight_written_answers_it(write_articles):
    text = "A delivery of medical supplies weighing 80 tonnes arrived in Riga on Monday, Lena Berg announced."
    assert "80 tonnes" in one_article(write_articles, text).search(WEIGH)[0].text
