"""Addresses as they are logged, shown and stored: no credentials, no keys, no fragment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.engine.corpus import parse_article
from bot.ingest.add import add_feed, add_post, add_url
from bot.ingest.article import DuplicateArticle
from bot.ingest.public_url import public_url, public_urls
from bot.ingest.store import CorpusArticleKeys, normalized_url
from tests.support.web_server import WebServer


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    server = WebServer().start()
    yield server
    server.stop()


def url_line(path: Path) -> str | None:
    return parse_article(path, path.read_bytes()).url


def test_credentials_are_removed_and_the_host_and_port_kept():
    assert public_url("http://editor:hunter2@news.example:8080/a/b") == "http://news.example:8080/a/b"


def test_a_user_name_alone_is_removed():
    assert public_url("https://editor@news.example/a") == "https://news.example/a"


@pytest.mark.parametrize(
    "query",
    ["token=s3cret", "key=s3cret", "api_key=s3cret", "access_token=s3cret", "sig=s3cret", "password=s3cret",
     "session=s3cret", "utm_source=rss&utm_medium=feed", "TOKEN=s3cret"],
)  # fmt: skip
def test_query_parameters_that_do_not_name_the_article_are_removed(query):
    assert public_url(f"https://news.example/story?{query}") == "https://news.example/story"


def test_parameters_naming_the_article_are_kept_and_the_rest_removed():
    url = "https://blog.example/?p=123&token=s3cret&id=9"
    assert public_url(url) == "https://blog.example/?p=123&id=9"


def test_an_article_parameter_smuggling_another_value_is_removed():
    assert public_url("https://news.example/a?id=5;token=s3cret") == "https://news.example/a"


def test_the_fragment_is_removed():
    assert public_url("https://news.example/a#access_token=s3cret") == "https://news.example/a"


def test_a_malformed_address_still_loses_its_credentials_query_and_fragment():
    assert public_url("http://editor:hunter2@[::1/a?token=s3cret#x") == "http://[::1/a"


def test_every_address_in_a_text_is_made_public_and_the_sentence_kept():
    text = "Could not add http://ed:pw@a.example/x?token=1: redirects to ftp://ed:pw@b.example/y#z."
    assert public_urls(text) == "Could not add http://a.example/x: redirects to ftp://b.example/y."


def test_the_same_link_with_another_key_or_tracking_is_the_same_article():
    assert normalized_url("https://news.example/a?utm_source=rss&token=1") == normalized_url("https://news.example/a")


def test_links_that_differ_by_the_article_parameter_are_different_articles():
    assert normalized_url("https://blog.example/?p=1") != normalized_url("https://blog.example/?p=2")


def test_an_added_page_is_stored_without_credentials_key_or_fragment(web, tmp_path):
    web.pages["/plain.html"] = ("text/html", web.pages["/undated.html"][1])
    url = web.base.replace("http://", "http://editor:hunter2@") + "/plain.html?token=s3cret#top"
    added = add_url(tmp_path, url, dt.date(2023, 4, 1))
    assert url_line(added.path) == web.url("/plain.html")
    assert "s3cret" not in added.path.read_text() and "hunter2" not in added.path.read_text()


def test_a_canonical_address_with_a_key_is_stored_without_it(web, tmp_path):
    page = web.pages["/undated.html"][1].replace(
        b"<head>", b'<head><link rel="canonical" href="https://glacier.example/story?key=s3cret&amp;id=7">', 1
    )
    web.pages["/canonical.html"] = ("text/html", page)
    added = add_url(tmp_path, web.url("/canonical.html"), dt.date(2023, 4, 1))
    assert url_line(added.path) == "https://glacier.example/story?id=7"


def test_a_post_link_is_stored_without_its_key(tmp_path):
    added = add_post(tmp_path, "a post", "Harbour reopens.\nThe harbour reopened.", dt.date(2024, 1, 1),
                     "https://t.me/harbournews/77?token=s3cret")  # fmt: skip
    assert url_line(added.path) == "https://t.me/harbournews/77"


def test_the_same_page_with_another_key_is_a_duplicate(web, tmp_path):
    first = add_url(tmp_path, web.url("/news.html") + "?token=one")
    with pytest.raises(DuplicateArticle) as refused:
        add_url(tmp_path, web.url("/news.html") + "?token=two")
    assert refused.value.existing == first.path


def test_feed_entries_are_stored_without_keys_and_known_again_at_the_next_poll(web, tmp_path):
    feed = web.pages["/feed.xml"][1].replace(b"</link>", b"?utm_source=rss&amp;token=s3cret</link>")
    web.pages["/keyed-feed.xml"] = ("application/rss+xml", feed)
    first = add_feed(tmp_path, web.url("/keyed-feed.xml"), allow_private=True)
    assert first.added and not first.problems
    assert all("s3cret" not in a.path.read_text() and "utm_source" not in a.path.read_text() for a in first.added)
    requests = len(web.requests)
    again = add_feed(tmp_path, web.url("/keyed-feed.xml"), allow_private=True)
    assert again.added == [] and again.problems == []
    assert web.requests[requests:] == ["/keyed-feed.xml"]  # no entry fetched again


def test_known_keys_compare_public_addresses(tmp_path):
    added = add_post(tmp_path, "a post", "Harbour reopens.\nThe harbour reopened.", dt.date(2024, 1, 1),
                     "https://t.me/harbournews/77")  # fmt: skip
    assert CorpusArticleKeys.read(tmp_path).with_url("https://t.me/harbournews/77?token=x#y") == added.path
