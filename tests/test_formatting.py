import datetime as dt

from bot.engine.answer import Answer
from bot.engine.intent import Kind
from bot.engine.search import Passage
from bot.telegram.formatting import (
    MAX_MESSAGE,
    fit_lines,
    format_answer,
    format_passage,
    format_reply,
    highlight,
    page_callback_data,
    parse_page_callback_data,
    question_digest,
    shorten,
    telegram_length,
)
from tests.fake_telegram import parse_html


def passage(text: str = "Moscow massed 100,000 troops.", **fields) -> Passage:
    values = dict(
        text=text, date=dt.date(2022, 1, 25), title="Ukraine <live>", score=1.0, source="a.txt", position=3,
        matched_words=("troops",),
    )  # fmt: skip
    values.update(fields)
    return Passage(**values)


def test_matched_words_are_bold():
    assert highlight("Moscow massed 100,000 troops.", ["troops"]) == "Moscow massed 100,000 <b>troops</b>."


def test_highlight_matches_whole_words_only():
    assert highlight("troopship troops", ["troops"]) == "troopship <b>troops</b>"


def test_article_and_user_text_is_escaped():
    text = format_passage(passage("a < b & c > d <troops>", matched_words=("troops",)))
    assert "a &lt; b &amp; c &gt; d &lt;<b>troops</b>&gt;" in text
    assert "<i>Ukraine &lt;live&gt;</i>" in text


def test_passage_shows_date_and_title():
    assert parse_html(format_passage(passage(), rank=1)).splitlines()[0] == "1. 📅 2022-01-25 · Ukraine <live>"


def test_context_sentence_comes_before_the_passage():
    lines = parse_html(format_passage(passage(context='"Don\'t worry," he said.'))).splitlines()
    assert lines[1] == '… "Don\'t worry," he said.' and lines[2] == "Moscow massed 100,000 troops."


def test_answer_numbers_passages_from_the_first_rank():
    text = parse_html(format_answer([passage(), passage()], first_rank=4))
    assert [b.split(".")[0] for b in text.split("\n\n")] == ["4", "5"]


def test_answer_of_huge_passages_fits_one_message():
    huge = passage("troops & <tanks> 🙂 " * 2000, context="& " * 3000, title="<" * 5000)
    text = format_answer([huge, huge, huge])
    assert telegram_length(text) <= MAX_MESSAGE
    parse_html(text)  # still valid HTML after cutting


def test_no_passages_is_a_no_answer_message():
    assert "found nothing" in format_answer([])


def test_shorten_cuts_at_a_word_and_marks_it():
    assert shorten("one two three four", 12) == "one two…"


def test_callback_data_fits_64_bytes_for_any_question():
    data = page_callback_data(999_999, "🙂" * 4096)
    assert len(data.encode()) <= 64


def test_callback_data_round_trips():
    assert parse_page_callback_data(page_callback_data(3, "troops")) == (3, question_digest("troops"))


def test_foreign_callback_data_is_not_a_page():
    assert parse_page_callback_data("page:x:y") is None and parse_page_callback_data("") is None


def test_long_lists_are_cut_with_a_count():
    text = fit_lines("Articles:", [f"• article {i} " + "x" * 80 for i in range(500)])
    assert telegram_length(text) <= MAX_MESSAGE and text.endswith("more")


def test_any_reply_of_the_engine_fits_a_message_however_long_its_text():
    reply = Answer("q", Kind.ARTICLES, "<&> 🙂 " * 3000)
    text = format_reply(reply)
    assert telegram_length(text) <= 4096 and text.startswith("&lt;&amp;&gt;")


def test_summary_reply_shows_each_articles_title_and_date_then_its_sentences():
    sentences = [passage("First sentence."), passage("Second & last.")]
    text = format_reply(Answer("q", Kind.SUMMARY, "", sentences, heading="Newest first"))
    assert text == (
        "<i>Newest first</i>\n\n📰 <b>Ukraine &lt;live&gt;</b>\n📅 2022-01-25\n• First sentence.\n• Second &amp; last."
    )
