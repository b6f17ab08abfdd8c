import datetime as dt

from bot.engine.answer import Answer
from bot.engine.context import PassageContext
from bot.engine.intent import Kind
from bot.engine.search import ArticleMeta, Passage
from bot.telegram.formatting import (
    MAX_MESSAGE,
    context_callback_data,
    crop_around,
    fit_lines,
    format_answer,
    format_context,
    format_passage,
    format_reply,
    highlight,
    marked,
    page_callback_data,
    parse_context_callback_data,
    parse_page_callback_data,
    question_digest,
    shorten,
    telegram_length,
)
from tests.support.fake_telegram import parse_html


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


def test_the_speaker_named_in_the_context_sentence_is_underlined_there():
    context = "Defence Minister Oleksii Reznikov said there was no threat."
    text = format_passage(passage('"Don\'t worry," he said.', context=context, context_spans=((17, 33),)))
    assert "<i>… Defence Minister <u>Oleksii Reznikov</u> said there was no threat.</i>" in text


def test_context_spans_beyond_a_shortened_context_are_dropped():
    context = "word " * 300 + "Oleksii Reznikov said so."
    text = format_passage(passage(context=context, context_spans=((1500, 1516),)), limit=200)
    assert "<u>" not in text


def test_answer_numbers_passages_from_the_first_rank():
    text = parse_html(format_answer([passage(), passage(source="b.txt")], first_rank=4))
    assert [b.split(".")[0] for b in text.split("\n\n")] == ["4", "5"]


def test_passages_of_one_article_name_it_once_above_them():
    text = parse_html(format_answer([passage(position=1), passage(position=2), passage(position=3)]))
    assert text.count("Ukraine <live>") == 1
    assert text.split("\n\n")[0] == "📰 Ukraine <live>\n📅 2022-01-25"
    assert [b.split(".")[0] for b in text.split("\n\n")[1:]] == ["1", "2", "3"]


def test_passages_of_different_articles_each_name_theirs():
    text = parse_html(format_answer([passage(), passage(source="b.txt", title="Other")]))
    assert text.count("Ukraine <live>") == 1 and text.count("Other") == 1 and "📰" not in text


def test_a_long_title_is_cut_short_for_a_phone():
    title = "Ukraine's leaders sought to reassure the nation that an invasion from neighbouring Russia was not imminent"
    heading = parse_html(format_answer([passage(title=title)])).splitlines()[0]
    assert heading.startswith("📰 Ukraine's leaders sought") and heading.endswith("…") and len(heading) <= 84


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
        "<i>Newest first</i>\n\n📰 <i>Ukraine &lt;live&gt;</i>\n📅 2022-01-25\n• First sentence.\n• Second &amp; last."
    )


def test_answer_words_are_underlined_beside_bold_matched_words():
    text = format_passage(passage(answer_spans=((14, 21),)))
    assert "<u>100,000</u> <b>troops</b>" in text
    parse_html(text)


def test_an_answer_span_overlapping_a_bold_word_nests_properly():
    html_text = marked("Dmitry Peskov said", bold=[(7, 13)], underline=[(0, 13)])
    assert html_text == "<u>Dmitry </u><u><b>Peskov</b></u> said"
    parse_html(html_text)


def test_title_is_a_link_when_the_article_has_a_url():
    text = format_passage(passage(title="T", url="https://e.example/it's?id=1&p=2", outlet="Wire"))
    assert '<a href="https://e.example/it&#x27;s?id=1&amp;p=2"><i>T</i></a> · Wire' in text
    parse_html(text)


def test_answer_spans_beyond_a_shortened_text_are_dropped():
    long = "word " * 300 + "100,000 troops."
    text = format_passage(passage(text=long, answer_spans=((1500, 1507),)), limit=200)
    assert "<u>" not in text and text.endswith("…")


def test_inline_description_is_cropped_around_the_first_matched_word_at_word_boundaries():
    text = "alpha beta gamma delta epsilon " * 10 + "the troops massed near the border " + "zeta eta theta " * 10
    cropped = crop_around(text, ["troops"], 80)
    assert cropped.startswith("…") and cropped.endswith("…") and "troops" in cropped
    assert len(cropped) <= 80
    assert all(w in text.split() for w in cropped.strip("…").split())


def test_short_description_is_not_cropped():
    assert crop_around("Troops massed.", ["Troops"], 80) == "Troops massed."


def test_context_callback_data_roundtrips_within_64_bytes():
    data = context_callback_data(passage(digest="0123456789abcdef", position=123456))
    assert len(data.encode()) <= 64
    assert parse_context_callback_data(data) == ("0123456789abcdef", 123456)
    assert parse_context_callback_data("ctx:zz:1") is None


def test_context_of_a_huge_paragraph_keeps_the_passage_and_fits_a_message():
    paragraph = "Before. " * 1000 + "The passage itself." + " After." * 1000
    start = paragraph.index("The passage")
    found = PassageContext(ArticleMeta("a.txt", "T", dt.date(2022, 1, 1)), paragraph, start, start + 19)
    text = format_context(found, 2)
    assert "<b>The passage itself.</b>" in text and telegram_length(text) <= 4096
    parse_html(text)


def test_long_article_urls_do_not_count_against_the_message_limit():
    url = "https://news.example.com/" + "a" * 2000
    text = format_answer([passage("word " * 300, url=url, position=i, source=f"{i}.txt") for i in range(3)])
    assert text.count(f'<a href="{url}">') == 3
    assert telegram_length(parse_html(text)) <= MAX_MESSAGE


def test_the_following_sentence_is_shown_after_the_passage():
    text = format_passage(passage("The winner was announced:", following="It went to <Kyiv>."))
    assert text.endswith("The winner was announced:\n<i>It went to &lt;Kyiv&gt;. …</i>")


def test_other_outlets_of_a_near_identical_passage_are_named_escaped():
    text = format_passage(passage(also_reported_by=("Reuters", "BBC & <Co>")))
    assert text.endswith("<i>Also reported by Reuters, BBC &amp; &lt;Co&gt;</i>")


def test_an_article_without_an_outlet_is_counted_never_named_by_its_file():
    text = format_passage(passage(also_reported_by=("Reuters", "012_b.txt", "013_c.TXT")))
    assert "Also reported by Reuters and 2 other articles" in text and ".txt" not in text.lower()


def test_a_long_list_of_other_outlets_is_cut_short():
    outlets = tuple(f"Outlet number {n}" for n in range(100))
    line = format_passage(passage(also_reported_by=outlets)).splitlines()[-1]
    assert line.endswith("…</i>") and len(line) < 140


def refused(**fields) -> Answer:
    return Answer("how many tanks?", Kind.PASSAGES, "The articles don't give a number of tanks.", **fields)


def test_a_refusal_says_what_the_articles_do_not_give():
    text = format_reply(refused(refusal="The articles don't give a number of <tanks>."))
    assert text.startswith("The articles don't give a number of &lt;tanks&gt;.\nI found nothing")


def test_a_refusal_offers_the_closest_passages_as_no_answer():
    text = format_reply(refused(related=[passage("Moscow massed 100,000 troops.")]))
    heading, quoted = text.split("<b>Closest passages (not an answer):</b>")
    assert "found nothing" in heading and "Moscow massed 100,000 <b>troops</b>." in quoted


def test_a_refusal_without_related_passages_offers_none():
    assert "Closest passages" not in format_reply(refused())


def test_a_refusal_with_huge_related_passages_fits_one_message():
    huge = passage("troops & <tanks> 🙂 " * 2000, following="& " * 3000, also_reported_by=("<" * 5000,))
    text = format_reply(refused(refusal="x" * 300, related=[huge, huge, huge]))
    assert telegram_length(text) <= MAX_MESSAGE
    parse_html(text)
