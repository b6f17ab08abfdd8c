"""An eval set scores what a reader is shown: the answer every face gives, not only the search."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.engine.evaluation import evaluate
from tests.support.one_article import one_article

ARTICLE = "The council approved the new bridge on Monday."


def test_the_articles_date_from_its_metadata_answers_when_it_was_published(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    index = one_article(write_articles, ARTICLE)
    report = evaluate(index, [{"q": "what date is this article from?", "gold": ["2023-05-01"]}])
    assert (report.hit1, report.refused) == (1, 0)


def test_a_question_the_article_cannot_answer_still_counts_as_refused(
    write_articles: Callable[[dict[str, str | bytes]], Path],
) -> None:
    index = one_article(write_articles, ARTICLE)
    report = evaluate(index, [{"q": "how many goals did the striker score?", "gold": ["bridge"]}])
    assert (report.hit3, report.refused) == (0, 1)
