import datetime as dt

import pytest

from bot.engine.timeframe import TimeFrame, find_timeframe

NEWEST = dt.date(2022, 3, 1)  # relative times count back from the newest article


def frame(question: str) -> TimeFrame | None:
    return find_timeframe(question, NEWEST)[0]


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("what happened last week?", "2022-02-23", "2022-03-01"),
        ("troops in the past 3 days", "2022-02-27", "2022-03-01"),
        ("news this month", "2022-03-01", "2022-03-01"),
        ("in January 2022", "2022-01-01", "2022-01-31"),
        ("since February", "2022-02-01", None),
        ("before 2022", None, "2021-12-31"),
        ("after 2022-02-10", "2022-02-11", None),
        ("on January 25", "2022-01-25", "2022-01-25"),
        ("until 10 February 2022", None, "2022-02-10"),
    ],
)
def test_time_expressions_become_article_date_ranges(question, since, until):
    found = frame(question)
    assert (found.since, found.until) == (
        dt.date.fromisoformat(since) if since else None,
        dt.date.fromisoformat(until) if until else None,
    )


def test_a_month_without_a_year_is_the_latest_one_up_to_the_newest_article():
    assert frame("in May").since == dt.date(2021, 5, 1)


@pytest.mark.parametrize("word", ["latest", "newest", "most recent"])
def test_latest_orders_newest_first_without_restricting(word):
    found = frame(f"what is the {word} news?")
    assert found.newest_first and not found.restricts


def test_the_expression_is_taken_out_of_the_question():
    assert find_timeframe("how many troops last week?", NEWEST)[1] == "how many troops?"


def test_the_reply_wording_names_the_dates():
    assert frame("what happened last week?").scope() == "from last week (2022-02-23 to 2022-03-01)"
    assert frame("since February").scope() == "since February (from 2022-02-01)"


@pytest.mark.parametrize(
    "question",
    ["When did the 1973 oil crisis begin?", "may I ask something?", "on February 30", "how many troops?"],
)
def test_no_time_expression_where_there_is_none(question):
    assert frame(question) is None
