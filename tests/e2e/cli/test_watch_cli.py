"""``python -m bot watch --list`` and what ``add`` says about the watchers an article reaches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.engine.opening import open_index
from bot.engine.watch_match import parse_watch
from bot.store.watches import AlertStore

ARTICLE = (
    "date 2023-03-05 title: Walrus herd rests on Svalbard beach\n"
    "A herd of forty walruses rested on the beach near Longyearbyen on Sunday, rangers said.\n"
)


def watch(store: AlertStore, chat: int, words: str, thread: int | None = None) -> None:
    store.add_watch(chat, thread, words, parse_watch(words).key, limit=10)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    store = AlertStore(tmp_path / "data")
    watch(store, 11, "walrus")
    watch(store, 11, '"gas prices"')
    watch(store, -100200, "walrus herd", thread=7)
    watch(store, 12, "volcano")
    store.set_digest(12, None, 7 * 60 + 5)
    store.close()
    return tmp_path / "data"


def test_watch_list_shows_each_chats_watches_and_digest(data, corpus, capsys):
    assert main(["watch", "--list", "--data-dir", str(data), "--corpus", str(corpus)]) == 0
    assert capsys.readouterr().out == (
        "Chat -100200: 1 watch(es)\n"
        "  walrus herd (topic 7)\n"
        "Chat 11: 2 watch(es)\n"
        "  walrus\n"
        '  "gas prices"\n'
        "Chat 12: 1 watch(es), digest at 07:05\n"
        "  volcano\n"
    )


def test_watch_list_as_json_has_one_object_per_chat(data, corpus, capsys):
    assert main(["watch", "--json", "--data-dir", str(data), "--corpus", str(corpus)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[2] == {"chat": 12, "watches": ["volcano"], "digest": "07:05"}


def test_watch_list_of_an_empty_data_folder_says_so_and_creates_nothing(tmp_path, corpus, capsys):
    assert main(["watch", "--list", "--data-dir", str(tmp_path / "none"), "--corpus", str(corpus)]) == 0
    assert capsys.readouterr().out == "No chat watches anything or gets a digest.\n"
    assert not (tmp_path / "none").exists()


def test_add_counts_the_watchers_its_article_reaches_for_the_bot_to_push(data, corpus, capfd, tmp_path, monkeypatch):
    monkeypatch.setenv("DATA_DIR", str(data))
    source = tmp_path / "walrus.txt"
    source.write_text(ARTICLE)
    assert main(["add", str(source), "--corpus", str(corpus)]) == 0
    out = capfd.readouterr().out
    assert "Reached 2 watching chat(s) of 3; the running bot sends them the new passages at its next refresh" in out
    assert AlertStore(data).pushed([s.digest for s in open_index(corpus).sources]) == {}  # counted, not sent


def test_add_says_nothing_of_watchers_when_no_chat_watches(corpus, capfd, tmp_path, monkeypatch):
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "empty"))
    source = tmp_path / "walrus.txt"
    source.write_text(ARTICLE)
    assert main(["add", str(source), "--corpus", str(corpus)]) == 0
    assert "Reached" not in capfd.readouterr().out
