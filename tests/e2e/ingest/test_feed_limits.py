"""A feed poll takes at most FEED_MAX_ITEMS new entries, and an entry once taken is never taken again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.ingest.add import DEFAULT_FEED_MAX_ITEMS, FeedResult, add_feed
from tests.support.web_server import WebServer


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    server = WebServer().start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def local_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """For the CLI: the feed is on this machine, and the machine is shared."""
    monkeypatch.setenv("FETCH_ALLOW_PRIVATE", "1")
    monkeypatch.setenv("FETCH_TIMEOUT", "30")
    monkeypatch.delenv("FEED_MAX_ITEMS", raising=False)


def poll(corpus: Path, feed: str, max_items: int = DEFAULT_FEED_MAX_ITEMS) -> FeedResult:
    """One poll of a feed on this machine (private addresses allowed), with a generous timeout."""
    return add_feed(corpus, feed, max_items, allow_private=True, timeout=30.0)


def item(number: int, summary: str = "", guid: bool = True, link: str | None = None) -> str:
    text = summary or f"Rangers counted {number} seals resting on the northern beach this morning."
    return (
        f"<item><title>Seal count {number}</title><pubDate>Sun, 05 Mar 2023 09:00:00 GMT</pubDate>"
        + (f'<guid isPermaLink="false">seal-count-{number}</guid>' if guid else "")
        + (f"<link>{link}</link>" if link else "")
        + f"<description>{text}</description></item>"
    )


def serve_feed(web: WebServer, path: str, items: list[str]) -> str:
    web.pages[path] = ("application/rss+xml", f'<rss version="2.0"><channel>{"".join(items)}</channel></rss>'.encode())
    return web.url(path)


def articles(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*.txt"))


def test_a_poll_adds_at_most_feed_max_items_and_counts_the_rest(web, tmp_path):
    feed = serve_feed(web, "/many.xml", [item(n) for n in range(120)])
    result = poll(tmp_path, feed, max_items=50)
    assert (len(result.added), result.left, result.already) == (50, 70, 0)
    assert len(articles(tmp_path)) == 50


def test_the_entries_left_over_come_with_the_next_polls(web, tmp_path):
    feed = serve_feed(web, "/many-more.xml", [item(n) for n in range(70)])
    first = poll(tmp_path, feed, max_items=50)
    second = poll(tmp_path, feed, max_items=50)
    assert (len(second.added), second.left, second.already) == (20, 0, 50)
    assert {a.path for a in first.added}.isdisjoint(a.path for a in second.added)
    assert len(articles(tmp_path)) == 70


def test_the_default_limit_is_fifty(web, tmp_path):
    feed = serve_feed(web, "/default-limit.xml", [item(n) for n in range(51)])
    assert (len((result := poll(tmp_path, feed)).added), result.left) == (50, 1)


def test_an_entry_whose_summary_changed_is_not_added_again(web, tmp_path):
    feed = serve_feed(web, "/changing.xml", [item(1)])
    assert len(poll(tmp_path, feed).added) == 1
    serve_feed(web, "/changing.xml", [item(1, "Update: rangers counted 31 seals, not 30, resting on the beach.")])
    again = poll(tmp_path, feed)
    assert (again.added, again.already) == ([], 1)
    assert len(articles(tmp_path)) == 1


def test_an_entry_without_guid_or_link_is_known_by_its_title_and_date(web, tmp_path):
    feed = serve_feed(web, "/no-guid.xml", [item(2, guid=False)])
    poll(tmp_path, feed)
    serve_feed(web, "/no-guid.xml", [item(2, "Rangers now say the count was 29 seals on the beach.", guid=False)])
    assert poll(tmp_path, feed).added == []
    assert len(articles(tmp_path)) == 1


def test_an_entry_linking_a_page_without_article_is_known_by_its_link_when_its_summary_changed(web, tmp_path):
    link = web.url("/navigation.html")  # only menus: the entry is added from its summary
    feed = serve_feed(web, "/linked.xml", [item(3, guid=False, link=link)])
    assert len(poll(tmp_path, feed).added) == 1
    serve_feed(web, "/linked.xml", [item(3, "A corrected count: 33 seals on the northern beach.", False, link)])
    assert poll(tmp_path, feed).added == []


def test_the_cli_says_how_many_entries_are_left_for_the_next_runs(web, tmp_path, capfd, monkeypatch):
    monkeypatch.setenv("FEED_MAX_ITEMS", "5")
    feed = serve_feed(web, "/cli-many.xml", [item(n) for n in range(8)])
    assert main(["add", "--corpus", str(tmp_path), "--feed", feed]) == 0
    out = capfd.readouterr().out
    assert f"Feed {feed}: 5 added, 0 already in the corpus, 3 more new entries left for the next runs" in out


def test_a_line_of_taken_entries_cut_short_by_a_crash_spoils_no_later_entry(web, tmp_path):
    (tmp_path / ".feed-items").write_text("3f2a9c")  # no newline: a write cut short
    feed = serve_feed(web, "/after-crash.xml", [item(9)])
    assert len(poll(tmp_path, feed).added) == 1
    serve_feed(web, "/after-crash.xml", [item(9, "Rangers later corrected the count to 19 seals on the beach.")])
    assert poll(tmp_path, feed).added == []
