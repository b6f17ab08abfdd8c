"""The one answer function, on an archive of four articles of different dates."""

import datetime as dt

import pytest

from bot.engine.answer import answer
from bot.engine.corpus import load_corpus
from bot.engine.intent import Kind
from bot.engine.search import Searcher, build_index
from tests.support.dated_corpus import NEWEST_TITLE, write_dated_corpus

ARCHIVE = "4 news articles from 2022-01-10 to 2022-03-01"


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    return build_index(load_corpus(write_dated_corpus(tmp_path_factory.mktemp("dated") / "corpus")))


def test_passage_questions_are_answered_with_passages_first(dated):
    reply = answer(dated, "how many refugees crossed into Poland?")
    assert reply.kind is Kind.PASSAGES and "600,000 refugees" in reply.passages[0].text
    assert reply.text.startswith("1. [2022-03-01]")


def test_out_of_scope_questions_still_get_nothing(dated):
    reply = answer(dated, "recipe for pancakes")
    assert reply.kind is Kind.PASSAGES and reply.passages == [] and "No passage" in reply.text


def test_latest_news_summarizes_the_newest_articles_newest_first(dated):
    reply = answer(dated, "What is the latest news?")
    assert reply.kind is Kind.SUMMARY
    assert [p.date.isoformat() for p in reply.passages][::3] == ["2022-03-01", "2022-02-14", "2022-01-25"]
    assert reply.more and reply.text.startswith("Newest first:")


def test_summary_of_the_article_a_question_points_to(dated):
    reply = answer(dated, "summarize the article about gas supplies")
    assert {p.source for p in reply.passages} == {"gas_supplies_europe.txt"}
    assert reply.passages[0].position == 0 and len(reply.passages) == 3


def test_summary_without_a_topic_is_of_the_newest_article(dated):
    reply = answer(dated, "what is this article about?")
    assert reply.text.startswith(f"{NEWEST_TITLE} (2022-03-01)")


def test_last_week_counts_back_from_the_newest_article_and_says_so(dated):
    reply = answer(dated, "what happened last week?")
    assert reply.kind is Kind.SUMMARY and {p.date.isoformat() for p in reply.passages} == {"2022-03-01"}
    assert "last week (2022-02-23 to 2022-03-01)" in reply.text and reply.dates == "2022-02-23 to 2022-03-01"


def test_in_january_2022_restricts_passages_to_that_month(dated):
    reply = answer(dated, "what did the United States do in January 2022?", top=10)
    assert reply.passages and all(p.date.month == 1 for p in reply.passages)
    assert reply.text.startswith("Articles dated from January 2022 (2022-01-01 to 2022-01-31):")


def test_since_february_restricts_to_articles_from_then_on(dated):
    reply = answer(dated, "what did the United States do since February?", top=10)
    assert reply.passages and all(p.date >= dt.date(2022, 2, 1) for p in reply.passages)


def test_nothing_in_the_range_says_so_and_names_the_archive_range(dated):
    reply = answer(dated, "what happened before 2022?")
    assert reply.passages == []
    assert reply.text == f"No article is dated before 2022 (up to 2021-12-31): the archive holds {ARCHIVE}."


def test_since_and_until_arguments_restrict_like_the_question(dated):
    reply = answer(dated, "United States", top=10, since=dt.date(2022, 2, 1), until=dt.date(2022, 2, 28))
    assert reply.passages and {p.date.isoformat() for p in reply.passages} == {"2022-02-14"}


def test_latest_in_a_passage_question_prefers_newer_articles_without_walling_off_older_ones(dated):
    reply = answer(dated, "what is the latest on gas?", top=5)
    dates = [p.date for p in reply.passages]
    assert len(set(dates)) > 1 and dates[0] == max(dates)
    assert reply.text.startswith("Preferring the newest articles (2022-02-23 to 2022-03-01)")


def test_when_published_of_the_article_a_question_points_to(dated):
    reply = answer(dated, "When was the article about gas published?")
    assert reply.kind is Kind.ARTICLES
    assert reply.text == "“Gas supplies europe” was published on 2022-01-10."
    assert [a.as_json() for a in reply.articles] == [
        {"title": "Gas supplies europe", "date": "2022-01-10", "source": "gas_supplies_europe.txt"}
    ]


def test_who_wrote_it_says_plainly_that_the_files_name_no_author(dated):
    reply = answer(dated, "who wrote it?")
    assert "none names an author" in reply.text and len(reply.articles) == 4


def test_which_articles_lists_them_newest_first_by_title(dated):
    reply = answer(dated, "which articles do you have?")
    assert [a.date.isoformat() for a in reply.articles] == ["2022-03-01", "2022-02-14", "2022-01-25", "2022-01-10"]
    assert "Ukraine's leaders sought" in reply.text


def test_no_file_name_is_shown_to_a_reader_but_json_keeps_them(dated):
    for question in ("which articles do you have?", "who wrote it?", "what's the source?", "when was it published?"):
        reply = answer(dated, question)
        assert not any(a.source in reply.text for a in reply.articles), reply.text
        assert all(a.as_json()["source"].endswith(".txt") for a in reply.articles)


@pytest.mark.parametrize("message", ["hello", "thanks!", "who are you?", "what can you do?"])
def test_small_talk_gets_a_friendly_reply_with_an_example_question(dated, message):
    reply = answer(dated, message)
    assert reply.kind is Kind.CHAT and reply.passages == [] and "Try for example: “What about" in reply.text
    assert "nothing" not in reply.text.lower()


def test_a_date_restriction_finds_an_answer_beyond_the_best_50_of_all_dates(tmp_path):
    newer = "date 2022-03-01\n" + "\n\n".join(f"Tanks rolled through district {n}." for n in range(80))
    older = "date 2022-01-05\nIn the old town square, a long and noisy parade of tanks, bands and veterans was held."
    (tmp_path / "newer.txt").write_text(newer)
    (tmp_path / "older.txt").write_text(older)
    index = build_index(load_corpus(tmp_path))
    assert all(p.source == "newer.txt" for p in index.search("tanks", top=50))  # the older one ranks below 50
    reply = answer(index, "tanks in January 2022")
    assert [p.source for p in reply.passages] == ["older.txt"]


def test_seed_corpus_answers_read_well(seed_index):
    reply = answer(seed_index, "how many troops?")
    assert "000 a388" not in reply.text and reply.passages[0].source == "000_a388bfca99b435f5.txt"


def test_answer_paging_offsets_the_passages(seed_index):
    first, second = answer(seed_index, "troops", top=3), answer(seed_index, "troops", top=3, offset=3)
    assert first.more and second.text.startswith("4. ")
    assert not {p.text for p in first.passages} & {p.text for p in second.passages}


def test_a_year_no_article_is_from_may_date_the_event_so_passages_mentioning_it_come(seed_index):
    reply = answer(seed_index, "what happened in 2014?")
    assert reply.text.startswith("No article is dated from 2014 (2014-01-01 to 2014-12-31): the archive holds")
    assert "annexed Ukraine's Crimean Peninsula" in reply.passages[0].text


def test_an_empty_question_gets_no_passage_and_no_greeting(seed_index):
    reply = answer(seed_index, "   ")
    assert (reply.kind, reply.passages) == (Kind.PASSAGES, [])


def test_who_wrote_it_names_the_author_and_outlet_when_the_file_gives_them(write_articles):
    folder = write_articles(
        {"a.txt": "date 2022-02-01\nauthor: Jane Doe\nsource: Wire Service\n\nDiplomats met in Geneva on Monday."}
    )
    index = build_index(load_corpus(folder))
    assert (
        answer(index, "who wrote it?").text
        == "“Diplomats met in Geneva on Monday” (2022-02-01) was written by Jane Doe."
    )
    assert "comes from Wire Service" in answer(index, "where is this article from?").text


def test_small_talk_without_names_in_the_corpus_still_gets_a_reply(write_articles):
    index = build_index(load_corpus(write_articles({"a.txt": "date 2022-02-01\nprices rose again this week."})))
    assert answer(index, "hello").text == "Hello! I answer questions about 1 news article from 2022-02-01."
