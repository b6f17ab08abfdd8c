"""Adds running at once — threads of the bot, CLI processes, an admin's double tap — store one copy."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.ingest.add import add_feed, add_url
from bot.ingest.article import DuplicateArticle, IngestError
from tests.support.paths import ROOT
from tests.support.web_server import WebServer


@pytest.fixture(scope="module")
def web() -> Iterator[WebServer]:
    server = WebServer().start()
    yield server
    server.stop()


LOCAL = {"allow_private": True, "timeout": 60.0}  # the web server is on 127.0.0.1; the machine is shared


def at_once(count: int, work: Callable[[], object]) -> list[object]:
    """Run ``work`` in ``count`` threads released together; what each returned or raised."""
    start = threading.Barrier(count)
    outcomes: list[object] = [None] * count

    def run(number: int) -> None:
        start.wait()
        try:
            outcomes[number] = work()
        except IngestError as error:
            outcomes[number] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def articles(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*.txt"))


def test_one_url_added_by_six_threads_at_once_is_stored_once(web, tmp_path):
    outcomes = at_once(6, lambda: add_url(tmp_path, web.url("/news.html"), **LOCAL))
    assert len(articles(tmp_path)) == 1
    assert sum(isinstance(o, DuplicateArticle) for o in outcomes) == 5


def test_one_feed_polled_by_three_threads_at_once_stores_each_entry_once(web, tmp_path):
    results = at_once(3, lambda: add_feed(tmp_path, web.url("/feed.xml"), **LOCAL))
    assert len(articles(tmp_path)) == 2
    assert sum(len(r.added) for r in results) == 2


def test_one_url_added_by_four_processes_at_once_is_stored_once(web, tmp_path):
    env = {**os.environ, "FETCH_ALLOW_PRIVATE": "1", "FETCH_TIMEOUT": "60"}
    adds = [
        subprocess.Popen(
            [sys.executable, "-m", "bot", "add", "--corpus", str(tmp_path), web.url("/news.html")],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    errors = [add.communicate(timeout=300)[1] for add in adds]
    assert len(articles(tmp_path)) == 1
    assert sum("already in the corpus" in error for error in errors) == 3
