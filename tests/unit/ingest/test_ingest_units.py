"""The pieces of ingestion: names, the written format, atomic writes, text and feed reading, settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engine.corpus import load_corpus, parse_article
from bot.engine.files import atomic_writer
from bot.ingest.add import add_file, add_post
from bot.ingest.article import Draft, IngestError
from bot.ingest.extract import from_text, strip_markdown
from bot.ingest.feed import read_feed
from bot.ingest.fetch import check_web_url
from bot.ingest.store import corpus_file_text, slug, write_article
from bot.settings import Settings, SettingsError

DRAFT = Draft(
    text="First paragraph.\n\nSecond paragraph.",
    title="Talks\nresume: in Genève!",
    date=dt.date(2023, 3, 3),
    url="https://example.com/a",
    author="Jane Doe",
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Talks resume in Genève!", "talks-resume-in-geneve"),
        ("../../etc/passwd", "etc-passwd"),
        ("", "article"),
        ("Пингвины", "article"),
        ("a" * 100, "a" * 60),
    ],
)
def test_slug_is_ascii_words_joined_by_hyphens(title, expected):
    assert slug(title) == expected


def test_written_file_is_in_the_corpus_format_with_its_headers(tmp_path):
    path = write_article(tmp_path, DRAFT)
    assert path.name == "2023-03-03-talks-resume-in-geneve.txt"
    article = parse_article(path, path.read_bytes())
    assert (article.title, article.date, article.url, article.author) == (
        "Talks resume: in Genève!", dt.date(2023, 3, 3), "https://example.com/a", "Jane Doe"
    )  # fmt: skip
    assert article.text == DRAFT.text


def test_header_lines_come_from_one_function(tmp_path):
    assert corpus_file_text(DRAFT).splitlines()[:4] == [
        " date 2023-03-03 title: Talks resume: in Genève!",
        "url: https://example.com/a",
        "author: Jane Doe",
        "",
    ]


def test_a_second_article_with_the_same_date_and_title_gets_a_new_name(tmp_path):
    first = write_article(tmp_path, DRAFT)
    second = write_article(tmp_path, Draft("Other text.", DRAFT.title, DRAFT.date))
    assert second.name == "2023-03-03-talks-resume-in-geneve-2.txt"
    assert first.read_text().endswith("Second paragraph.\n")


def test_an_interrupted_write_leaves_nothing_behind(tmp_path):
    target = tmp_path / "a.txt"
    with pytest.raises(RuntimeError), atomic_writer(target) as file:
        file.write(b" date 2023-01-01 half")
        raise RuntimeError("killed")
    assert list(tmp_path.iterdir()) == []


def test_a_temporary_file_left_by_a_killed_process_is_not_read(tmp_path):
    (tmp_path / "a.txt").write_text("date 2023-01-01 Whole article.")
    (tmp_path / ".b.txt.x1y2.tmp").write_text("date 2023-01-01 Half")
    assert [a.path.name for a in load_corpus(tmp_path)] == ["a.txt"]


def test_plain_text_takes_its_first_line_as_title():
    draft = from_text(b"Harbour reopens\n\nThe harbour reopened.\nBoats sailed.\n\nMore.", "s", "n.txt")
    assert (draft.title, draft.text, draft.date) == (
        "Harbour reopens",
        "The harbour reopened. Boats sailed.\n\nMore.",
        None,
    )


def test_text_in_another_encoding_is_refused():
    with pytest.raises(IngestError, match="not UTF-8"):
        from_text("Café".encode("latin-1"), "s", "n.txt")


def test_markdown_markup_is_removed():
    assert strip_markdown("## A *b* and __c__\n- [link](http://x) `code`") == "A b and c\nlink code"


def test_an_undated_draft_cannot_be_completed():
    with pytest.raises(IngestError, match="no publication date found"):
        Draft("Text.").completed("s")


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2023-03-03T00:00:00Z</updated>
<entry><title>Atom entry</title><link href="/news/atom-entry"/><id>urn:1</id>
<updated>2023-03-05T10:00:00Z</updated><summary>Short summary.</summary></entry></feed>"""


def test_an_atom_feed_entry_has_its_absolute_link_and_date():
    [entry] = read_feed(ATOM, "f", base_url="https://example.com/feed.atom")
    assert (entry.title, entry.link, entry.date, entry.summary) == (
        "Atom entry", "https://example.com/news/atom-entry", dt.date(2023, 3, 5), "Short summary."
    )  # fmt: skip


@pytest.mark.parametrize("data", [b"", b"<html><body>no feed</body></html>", b"\x00\x01garbage"])
def test_a_document_that_is_not_a_feed_is_refused(data):
    with pytest.raises(IngestError, match="not a valid RSS or Atom feed"):
        read_feed(data, "f")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://host/x", "javascript:alert(1)", "example.com/a"])
def test_only_http_and_https_addresses_are_fetched(url):
    with pytest.raises(IngestError, match="only http:// and https://"):
        check_web_url(url)


def test_feeds_and_interval_come_from_the_environment():
    settings = Settings.from_env(
        {"TELEGRAM_BOT_TOKEN": "t", "FEEDS": "https://a.example/rss, http://b.example/atom", "FEED_INTERVAL": "600"}
    )
    assert settings.feeds == ("https://a.example/rss", "http://b.example/atom") and settings.feed_interval == 600


def test_ingestion_settings_come_from_the_environment_with_safe_defaults():
    default = Settings.from_env({"TELEGRAM_BOT_TOKEN": "t"})
    assert (default.fetch_allow_private, default.feed_max_items, default.ingest_workers) == (False, 50, 2)
    env = {"TELEGRAM_BOT_TOKEN": "t", "FETCH_ALLOW_PRIVATE": "1", "FEED_MAX_ITEMS": "7", "INGEST_WORKERS": "3"}
    settings = Settings.from_env(env)
    assert (settings.fetch_allow_private, settings.feed_max_items, settings.ingest_workers) == (True, 7, 3)


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({"FEEDS": "ftp://a.example/rss"}, "FEEDS takes http:// or https:// addresses"),
        ({"FEED_INTERVAL": "soon"}, "FEED_INTERVAL takes a whole number of seconds"),
        ({"FEED_INTERVAL": "0"}, "FEED_INTERVAL must be at least 1 second"),
        ({"FETCH_ALLOW_PRIVATE": "maybe"}, "FETCH_ALLOW_PRIVATE takes 1 .* or 0"),
        ({"FEED_MAX_ITEMS": "0"}, "FEED_MAX_ITEMS takes a whole number from 1 to 10000"),
        ({"INGEST_WORKERS": "many"}, "INGEST_WORKERS takes a whole number from 1 to 32"),
    ],
)
def test_bad_feed_settings_say_what_to_fix(env, problem):
    with pytest.raises(SettingsError, match=problem):
        Settings.from_env({"TELEGRAM_BOT_TOKEN": "t", **env})


@pytest.mark.parametrize(
    ("base", "files"),
    [
        ("https://api.telegram.org/bot", "https://api.telegram.org/file/bot"),
        ("https://api.telegram.org/bot{token}/test", "https://api.telegram.org/file/bot{token}/test"),
        ("http://127.0.0.1:8081/bot", "http://127.0.0.1:8081/file/bot"),
    ],
)
def test_file_downloads_go_beside_the_bot_api(base, files):
    assert Settings(token="t", base_url=base).base_file_url == files


def test_nothing_is_written_outside_the_corpus_folder(tmp_path):
    corpus = tmp_path / "corpus"
    path = write_article(corpus, Draft("Text.", "../../../outside", dt.date(2023, 1, 1)))
    assert path.parent == corpus and Path(tmp_path / "outside.txt").exists() is False


def test_a_text_file_without_a_title_line_is_titled_after_its_name(tmp_path):
    source = tmp_path / "harbour_news.txt"
    source.write_text("One long paragraph about the harbour, with no separate title line at all.")
    added = add_file(tmp_path / "corpus", source, dt.date(2024, 1, 15))
    assert (added.title, added.path.name) == ("Harbour news", "2024-01-15-harbour-news.txt")


def test_a_one_paragraph_channel_post_is_titled_by_its_first_sentence(tmp_path):
    text = "The lighthouse keeper retired today after 41 years on the cape. He will move to the city."
    added = add_post(tmp_path, "post", text, dt.date(2024, 1, 15))
    assert added.title == "The lighthouse keeper retired today after 41 years on the cape"


def test_a_corpus_folder_that_cannot_be_written_is_an_ingest_error(tmp_path):
    (tmp_path / "file").write_text("a file where the corpus folder should be")
    with pytest.raises(IngestError, match="cannot write to the corpus folder"):
        write_article(tmp_path / "file", DRAFT)


@pytest.mark.parametrize("url", ["https://example.com/a b", "https://" + "a" * 3000 + ".com/", "//example.com/a"])
def test_a_url_the_corpus_would_refuse_is_left_out_of_the_written_file(tmp_path, url):
    added = add_post(tmp_path, "post", "Seals came back to the bay this spring.", dt.date(2024, 1, 15), url)
    article = load_corpus(tmp_path)[0]
    assert (article.path, article.url) == (added.path, None)
