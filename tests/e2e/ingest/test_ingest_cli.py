"""``python -m bot add`` and ``remove`` against a local web server: pages, files, feeds, bad input."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.engine.backends.in_process.store import default_index_path
from bot.engine.corpus import load_corpus
from bot.engine.opening import open_index
from tests.support.paths import CORPUS, DATA
from tests.support.web_server import WebServer

NEWS_TITLE = "Penguins march across the ice in record numbers"
NEWS_FILE = "2023-03-03-penguins-march-across-the-ice-in-record-numbers.txt"


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    server = WebServer().start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def fetch_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FETCH_TIMEOUT", "30")  # generous: the machine is shared; /slow sets its own
    monkeypatch.setenv("FETCH_ALLOW_PRIVATE", "1")  # the feed's entries and redirects lead to 127.0.0.1


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns(".index"))
    return folder


def run(capfd: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capfd.readouterr()
    return status, out, err


def corpus_state(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_adding_a_page_writes_one_dated_file_with_title_url_and_author(web, corpus, capfd):
    status, out, _ = run(capfd, "add", "--corpus", str(corpus), web.url("/news.html"))
    assert status == 0
    text = (corpus / NEWS_FILE).read_text()
    assert text.splitlines()[:3] == [
        f" date 2023-03-03 title: {NEWS_TITLE}",
        "url: https://polar.example.com/news/2023/03/penguins-march",
        "author: Jane Doe",
    ]
    assert f"{NEWS_FILE}: {NEWS_TITLE} (2023-03-03, 5 passages)" in out


def test_added_page_leaves_out_menus_ads_captions_read_more_and_footer(web, corpus, capfd):
    run(capfd, "add", "--corpus", str(corpus), web.url("/news.html"))
    text = (corpus / NEWS_FILE).read_text()
    assert "12,400 breeding pairs" in text
    for boilerplate in ("Subscribe", "Advertisement", "Photo: Polar Institute", "Read more", "All rights reserved"):
        assert boilerplate not in text


def test_add_leaves_a_current_saved_index_that_answers_from_the_page(web, corpus, capfd):
    run(capfd, "add", "--corpus", str(corpus), web.url("/news.html"))
    manifest = json.loads((default_index_path(corpus) / "manifest.json").read_text())
    assert NEWS_FILE in manifest["files"]  # the saved index already holds the new article
    assert "12,400 breeding pairs" in open_index(corpus).search("how many breeding pairs?")[0].text


def test_a_redirect_is_followed(web, corpus, capfd):
    status, out, _ = run(capfd, "add", "--corpus", str(corpus), web.url("/redirect"))
    assert status == 0 and NEWS_FILE in out


def test_a_page_without_a_date_takes_the_date_option(web, corpus, capfd):
    status, _, _ = run(capfd, "add", "--corpus", str(corpus), "--date", "2023-04-01", web.url("/undated.html"))
    assert status == 0
    assert (corpus / "2023-04-01-glacier-retreat-speeds-up-in-the-alps.txt").is_file()


def test_title_option_overrides_the_page_title(web, corpus, capfd):
    run(capfd, "add", "--corpus", str(corpus), "--title", "Record penguin count", web.url("/news.html"))
    [written] = corpus.glob("2023-03-03-*.txt")
    assert written.name == "2023-03-03-record-penguin-count.txt"
    assert written.read_text().startswith(" date 2023-03-03 title: Record penguin count\n")


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/missing", "the server answered 404"),
        ("/slow", "no answer within 1 s"),
        ("/huge", "over the 5 MB limit"),
        ("/huge-stream", "over the 5 MB limit"),
        ("/redirect-ftp", "redirects to ftp://127.0.0.1/news.html, which is not an http(s) address"),
        ("/redirect-file", "redirects to file:///etc/passwd, which is not an http(s) address"),
        ("/report.pdf", "not a web page but application/pdf"),
        ("/binary.html", "binary, not a web page"),
        ("/navigation.html", "no article text found"),
        ("/undated.html", "no publication date found; give one with --date YYYY-MM-DD"),
    ],
)
def test_bad_page_gets_one_message_naming_it_exit_2_and_no_change(web, corpus, capfd, monkeypatch, path, problem):
    if path == "/slow":
        monkeypatch.setenv("FETCH_TIMEOUT", "1")
    before = corpus_state(corpus)
    status, out, err = run(capfd, "add", "--corpus", str(corpus), web.url(path))
    assert status == 2 and out == ""
    assert err == f"bot: {web.url(path)}: {err.split(': ', 2)[2]}" and problem in err
    assert len(err.strip().splitlines()) == 1
    assert corpus_state(corpus) == before


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("file:///etc/passwd", "only http:// and https:// addresses can be fetched, not file://"),
        ("ftp://127.0.0.1/news.html", "only http:// and https:// addresses can be fetched, not ftp://"),
        ("http://127.0.0.1:9/news.html", "cannot connect to 127.0.0.1"),
    ],
)
def test_bad_address_gets_one_message_and_exit_2(corpus, capfd, url, problem):
    status, _, err = run(capfd, "add", "--corpus", str(corpus), url)
    assert status == 2 and err.startswith(f"bot: {url}: ") and problem in err


def test_same_url_again_names_the_existing_file(web, corpus, capfd):
    run(capfd, "add", "--corpus", str(corpus), web.url("/news.html"))
    before = corpus_state(corpus)
    status, _, err = run(capfd, "add", "--corpus", str(corpus), web.url("/redirect"))
    assert status == 2 and f"already in the corpus as {NEWS_FILE} (same URL)" in err
    assert corpus_state(corpus) == before


def test_same_text_again_names_the_existing_file(web, corpus, capfd, tmp_path):
    run(capfd, "add", "--corpus", str(corpus), web.url("/news.html"))
    saved = tmp_path / "saved.html"
    saved.write_bytes(web.pages["/news.html"][1].replace(b"polar.example.com", b"mirror.example.org"))
    status, _, err = run(capfd, "add", "--corpus", str(corpus), str(saved))
    assert status == 2 and f"already in the corpus as {NEWS_FILE} (same text)" in err


def test_one_bad_source_does_not_stop_the_others(web, corpus, capfd):
    status, out, err = run(capfd, "add", "--corpus", str(corpus), web.url("/missing"), web.url("/news.html"))
    assert status == 2 and NEWS_FILE in out and "404" in err


def test_a_saved_html_file_is_extracted_like_the_page(corpus, capfd, tmp_path):
    saved = tmp_path / "page.html"
    saved.write_bytes((DATA / "web" / "news.html").read_bytes())
    status, out, _ = run(capfd, "add", "--corpus", str(corpus), str(saved))
    assert status == 0 and NEWS_FILE in out


def test_a_file_in_the_corpus_format_keeps_its_date_and_title(corpus, capfd, tmp_path):
    source = tmp_path / "anything.txt"
    source.write_text(" date 2021-05-06 title: Seals return to the bay\nThe seals came back to the bay this spring.")
    status, out, _ = run(capfd, "add", "--corpus", str(corpus), str(source))
    assert status == 0 and "2021-05-06-seals-return-to-the-bay.txt: Seals return to the bay (2021-05-06" in out


def test_a_plain_text_file_needs_a_date_and_takes_its_first_line_as_title(corpus, capfd, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("Harbour reopens after storm\n\nThe harbour reopened on Monday after the storm.\n")
    status, _, err = run(capfd, "add", "--corpus", str(corpus), str(source))
    assert status == 2 and f"bot: {source}: no publication date found; give one with --date YYYY-MM-DD" in err
    status, out, _ = run(capfd, "add", "--corpus", str(corpus), "--date", "2024-01-15", str(source))
    assert status == 0 and "2024-01-15-harbour-reopens-after-storm.txt: Harbour reopens after storm" in out


def test_a_markdown_file_loses_its_markup(corpus, capfd, tmp_path):
    source = tmp_path / "post.md"
    source.write_text("# Harbour *reopens*\n\nThe **harbour** reopened, [says the mayor](https://example.com).\n")
    run(capfd, "add", "--corpus", str(corpus), "--date", "2024-01-15", str(source))
    article = next(a for a in load_corpus(corpus) if a.date == dt.date(2024, 1, 15))
    assert (article.title, article.text) == ("Harbour reopens", "The harbour reopened, says the mayor.")


def test_a_missing_file_gets_one_message(corpus, capfd, tmp_path):
    status, _, err = run(capfd, "add", "--corpus", str(corpus), str(tmp_path / "nowhere.txt"))
    assert status == 2 and "nowhere.txt: cannot read the file" in err


def test_added_file_is_readable_by_the_group(web, corpus, capfd):
    run(capfd, "add", "--corpus", str(corpus), web.url("/news.html"))
    old = os.umask(0o022)
    os.umask(old)
    assert stat.S_IMODE((corpus / NEWS_FILE).stat().st_mode) == 0o666 & ~old


def test_a_feed_adds_each_new_entry_from_its_page_or_summary(web, corpus, capfd):
    status, out, _ = run(capfd, "add", "--corpus", str(corpus), "--feed", web.url("/feed.xml"))
    assert status == 0
    assert NEWS_FILE in out and "2023-03-04-icebreaker-frees-trapped-research-ship.txt" in out
    assert f"Feed {web.url('/feed.xml')}: 2 added, 0 already in the corpus" in out
    ship = (corpus / "2023-03-04-icebreaker-frees-trapped-research-ship.txt").read_text()
    assert "All forty crew members are safe" in ship


def test_a_feed_polled_again_adds_nothing(web, corpus, capfd):
    run(capfd, "add", "--corpus", str(corpus), "--feed", web.url("/feed.xml"))
    requests = len(web.requests)
    status, out, _ = run(capfd, "add", "--corpus", str(corpus), "--feed", web.url("/feed.xml"))
    assert status == 0 and "0 added, 2 already in the corpus" in out
    assert web.requests[requests:] == ["/feed.xml"]  # known entries' pages are not fetched again


def test_a_malformed_feed_gets_one_message(web, corpus, capfd):
    status, _, err = run(capfd, "add", "--corpus", str(corpus), "--feed", web.url("/navigation.html"))
    assert status == 2 and f"bot: {web.url('/navigation.html')}: not a valid RSS or Atom feed" in err


def test_remove_by_file_name_takes_the_article_out_of_the_answers(web, corpus, capfd):
    run(capfd, "add", "--corpus", str(corpus), web.url("/news.html"))
    status, out, _ = run(capfd, "remove", "--corpus", str(corpus), NEWS_FILE)
    assert status == 0 and out.startswith("Removed") and not (corpus / NEWS_FILE).exists()
    assert NEWS_FILE not in json.loads((default_index_path(corpus) / "manifest.json").read_text())["files"]
    assert open_index(corpus).search("how many breeding pairs?") == []


def test_remove_by_url(web, corpus, capfd):
    run(capfd, "add", "--corpus", str(corpus), web.url("/news.html"))
    status, _, _ = run(
        capfd, "remove", "--corpus", str(corpus), "https://polar.example.com/news/2023/03/penguins-march"
    )
    assert status == 0 and not (corpus / NEWS_FILE).exists()


@pytest.mark.parametrize("name", ["nothing.txt", "../corpus/../../etc/passwd", "https://nowhere.example.com/a"])
def test_remove_of_something_not_in_the_corpus_gets_exit_2(corpus, capfd, name):
    before = corpus_state(corpus)
    status, _, err = run(capfd, "remove", "--corpus", str(corpus), name)
    assert status == 2 and err.startswith(f"bot: {name}: no article in the corpus")
    assert corpus_state(corpus) == before


def test_a_feed_entry_whose_page_holds_no_article_is_added_from_its_summary(web, corpus, capfd):
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Sea ice at a record low</title>'
        f"<link>{web.url('/navigation.html')}</link><pubDate>Mon, 06 Mar 2023 08:00:00 GMT</pubDate>"
        "<description>Arctic sea ice covered 14.6 million square kilometres, a record low.</description>"
        "</item></channel></rss>"
    )
    web.pages["/summary-feed.xml"] = ("application/rss+xml", feed.encode())
    status, out, _ = run(capfd, "add", "--corpus", str(corpus), "--feed", web.url("/summary-feed.xml"))
    assert (
        status == 0
        and "2023-03-06-sea-ice-at-a-record-low.txt: Sea ice at a record low (2023-03-06, 1 passages)" in out
    )
    assert "14.6 million square kilometres" in (corpus / "2023-03-06-sea-ice-at-a-record-low.txt").read_text()


def test_with_the_xapian_backend_add_says_to_update_the_shards(corpus, capfd, monkeypatch, tmp_path):
    monkeypatch.setenv("SEARCH_BACKEND", "xapian")
    source = tmp_path / "notes.txt"
    source.write_text(" date 2021-05-06 title: Seals return\nThe seals came back to the bay this spring.")
    status, out, err = run(capfd, "add", "--corpus", str(corpus), str(source))
    assert status == 0 and "2021-05-06-seals-return.txt" in out
    assert "python -m bot index --backend xapian --out DIR" in err


def test_adding_an_article_dated_in_the_future_is_refused_saying_why(corpus, capfd, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("Harbour reopens after storm\n\nThe harbour reopened on Monday after the storm.\n")
    status, _out, err = run(capfd, "add", "--corpus", str(corpus), "--date", "2100-01-01", str(source))
    assert status == 2 and f"bot: {source}: publication date 2100-01-01 is in the future" in err
    assert not list(corpus.glob("2100-*"))


def test_adding_a_corpus_file_dated_in_the_future_is_refused_saying_why(corpus, capfd, tmp_path):
    source = tmp_path / "typo.txt"
    source.write_text(" date 2100-05-06 title: Seals return to the bay\nThe seals came back to the bay this spring.")
    status, _, err = run(capfd, "add", "--corpus", str(corpus), str(source))
    assert status == 2 and f"bot: {source}:" in err and "2100-05-06 is in the future" in err
