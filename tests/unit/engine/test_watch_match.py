"""Watched words: what may be watched, and which new passages match (as a question would)."""

from __future__ import annotations

import pytest

from bot.engine.corpus import load_corpus
from bot.engine.search import build_index
from bot.engine.watch_match import (
    MAX_WATCH_CHARACTERS,
    WatchRefused,
    check_against,
    match,
    match_all,
    new_articles,
    parse_watch,
    summaries,
)


def article(title: str, date: str, *sentences: str) -> str:
    return f"date {date} title: {title}\n" + " ".join(sentences) + "\n"


@pytest.fixture
def archive(write_articles):
    folder = write_articles(
        {
            "old.txt": article(
                "Harbour news", "2023-03-01", "The harbour master counted twelve fishing boats in the bay."
            ),
            "walrus.txt": article(
                "Walrus herd on Svalbard",
                "2023-03-05",
                "A herd of forty walruses rested on the beach near Longyearbyen on Sunday.",
                "Rangers asked tourists to keep their distance from the animals.",
            ),
            "gas.txt": article(
                "Gas prices fall",
                "2023-03-06",
                "Natural gas prices fell for a third week as storage filled up across Europe.",
                "Prices of gas for homes will follow in spring, the regulator said.",
            ),
        }
    )
    return build_index(load_corpus(folder))


def number(index, name: str) -> int:
    return next(n for n, s in enumerate(index.sources) if s.name == name)


def test_a_watch_matches_a_new_passage_that_answers_it_like_a_question(archive):
    new = [number(archive, "walrus.txt"), number(archive, "gas.txt")]
    [passage] = match(archive, parse_watch("walrus"), new, top=3)
    assert passage.source == "walrus.txt"
    assert "forty walruses" in passage.text


def test_a_watch_matches_only_the_new_articles(archive):
    assert match(archive, parse_watch("fishing boats harbour"), [number(archive, "walrus.txt")]) == []
    assert match(archive, parse_watch("fishing boats harbour"), [number(archive, "old.txt")])


def test_a_quoted_phrase_must_stand_in_the_passage_word_for_word(archive):
    new = [number(archive, "gas.txt")]
    # "Prices of gas for homes…" has both words, not side by side: the words find it, the phrase does not.
    assert {p.text[:12] for p in match(archive, parse_watch("gas prices"), new)} == {"Natural gas ", "Prices of ga"}
    [passage] = match(archive, parse_watch('"gas prices"'), new)
    assert passage.text.startswith("Natural gas prices")


def test_each_distinct_watch_is_matched_once_and_answered_for_every_way_of_writing_it(archive):
    found = match_all(archive, ["Walrus", "walrus", "walruses", "tourist boats"], [number(archive, "walrus.txt")])
    assert found["Walrus"] == found["walrus"] == found["walruses"]
    assert set(found) == {"Walrus", "walrus", "walruses", "tourist boats"}


def test_new_articles_are_those_whose_digest_is_not_known(archive):
    known = {s.digest for s in archive.sources if s.name != "gas.txt"}
    assert new_articles(archive, known) == [number(archive, "gas.txt")]


def test_summaries_come_newest_first(archive):
    groups = summaries(archive, range(len(archive.sources)))
    assert [g[0].source for g in groups] == ["gas.txt", "walrus.txt", "old.txt"]


@pytest.mark.parametrize("words", ["", "   ", "\n\t"])
def test_empty_words_are_refused(words):
    with pytest.raises(WatchRefused, match="Give the words"):
        parse_watch(words)


def test_words_over_the_length_limit_are_refused_with_the_limit():
    with pytest.raises(WatchRefused, match=f"at most {MAX_WATCH_CHARACTERS} characters; these are 2000"):
        parse_watch("a" * 2000)


@pytest.mark.parametrize("words", ["the of and", "🦭🦭", "<b></b>", "!!!"])
def test_stop_words_symbols_and_bare_markup_are_refused(words):
    with pytest.raises(WatchRefused, match="would match almost everything"):
        parse_watch(words)


def test_markup_in_watched_words_is_kept_as_text_and_its_words_watched():
    watch = parse_watch("<b>walrus</b>")
    assert watch.words == "<b>walrus</b>"
    assert watch.terms == ("walrus",)


def test_the_same_words_written_differently_are_one_watch():
    assert parse_watch("Gas  prices").key == parse_watch("prices gas").key
    assert parse_watch('"gas prices"').key != parse_watch("gas prices").key


def test_one_of_the_archives_most_common_words_is_refused(write_articles):
    files = {
        f"a{i}.txt": article(f"Day {i}", f"2023-01-{i + 1:02d}", f"Ukraine said on day {i} that talks went on.")
        for i in range(12)
    }
    index = build_index(load_corpus(write_articles(files)))
    with pytest.raises(WatchRefused, match="most common words"):
        check_against(index, parse_watch("Ukraine"))
    check_against(index, parse_watch("Ukraine talks ceasefire"))  # a more specific watch is fine


def test_a_small_archive_refuses_no_word_as_too_common(archive):
    check_against(archive, parse_watch("gas"))


def test_words_in_a_script_the_archive_does_not_use_are_refused(archive):
    with pytest.raises(WatchRefused, match="Latin script and these words in Cyrillic"):
        check_against(archive, parse_watch("цены на газ"))


def test_an_unknown_word_in_the_archives_script_may_be_watched_for_future_news(archive):
    check_against(archive, parse_watch("volcano"))
