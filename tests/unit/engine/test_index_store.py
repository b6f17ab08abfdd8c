import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from bot.engine import temporaries
from bot.engine.backends.in_process.store import default_index_path
from bot.engine.corpus import CorpusError
from bot.engine.opening import open_index, refresh_index
from tests.support.paths import CORPUS, ROOT


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns(".index"))
    return folder


def manifest(corpus):
    return default_index_path(corpus) / "manifest.json"


def segment_files(corpus):
    """Each segment's largest file."""
    return [
        max(folder.iterdir(), key=lambda f: f.stat().st_size) for folder in default_index_path(corpus).glob("segment-*")
    ]


def test_first_open_builds_and_saves_the_index(corpus):
    open_index(corpus)
    assert manifest(corpus).is_file() and segment_files(corpus)


def test_saved_index_answers_exactly_like_a_fresh_one(corpus):
    fresh = open_index(corpus)
    loaded = open_index(corpus)
    for question in ("how many troops?", "Who is the Kremlin spokesman?", "when did Moscow take Crimea"):
        assert loaded.search(question, top=5) == fresh.search(question, top=5)
    assert loaded.passage_counts() == fresh.passage_counts() and loaded.frequent_names(20) == fresh.frequent_names(20)


def test_current_saved_index_is_loaded_not_rebuilt(corpus):
    open_index(corpus)
    saved = manifest(corpus).stat().st_mtime_ns
    open_index(corpus)
    assert manifest(corpus).stat().st_mtime_ns == saved


def test_changed_article_is_picked_up(corpus):
    open_index(corpus)
    (corpus / "000_a388bfca99b435f5.txt").write_text("date 2022-02-02 Penguins marched across the ice.")
    [passage] = open_index(corpus).search("penguins")
    assert passage.date.isoformat() == "2022-02-02"


def test_added_article_is_picked_up(corpus):
    open_index(corpus)
    (corpus / "new.txt").write_text("date 2022-02-02 Penguins marched across the ice.")
    assert open_index(corpus).search("penguins")[0].source == "new.txt"


def test_removed_article_is_picked_up(corpus):
    (corpus / "new.txt").write_text("date 2022-02-02 Penguins marched across the ice.")
    open_index(corpus)
    (corpus / "new.txt").unlink()
    assert open_index(corpus).search("penguins") == []


def test_changed_content_of_the_same_size_is_picked_up(corpus):
    index = open_index(corpus)
    seed = corpus / "000_a388bfca99b435f5.txt"
    data = seed.read_bytes()
    seed.write_bytes(data.replace(b"Iskander", b"Penguins"))
    assert len(seed.read_bytes()) == len(data)
    assert refresh_index(corpus, index).search("penguins")[0].source == seed.name


@pytest.mark.parametrize("damage", ["truncate", "garbage", "flip"])
def test_damaged_index_is_rebuilt_with_a_warning(corpus, caplog, damage):
    open_index(corpus)
    [path] = segment_files(corpus)
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(b"not an index at all")
    else:
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :])
    with caplog.at_level(logging.WARNING):
        index = open_index(corpus)
    assert "100,000 troops" in index.search("how many troops?")[0].text
    assert "damaged" in caplog.text
    assert open_index(corpus).search("how many troops?") == index.search("how many troops?")


def test_read_only_index_folder_still_answers(corpus, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr("bot.engine.backends.in_process.store._write_npz", refuse)
    assert open_index(corpus).search("how many troops?")


def test_bad_corpus_is_still_reported_when_an_index_exists(corpus):
    open_index(corpus)
    (corpus / "bad.txt").write_text("no date")
    with pytest.raises(CorpusError, match=r"bad\.txt"):
        open_index(corpus)


def test_saved_index_keeps_each_articles_url_author_outlet_and_digest(write_articles, tmp_path):
    from bot.engine.opening import open_index

    folder = write_articles(
        {
            "a.txt": "date 2023-03-03 title: Penguins\nurl: https://e.example/p\nauthor: Ann\nsource: Wire\n\n"
            "Penguins march."
        }
    )
    built = open_index(folder)
    loaded = open_index(folder)
    assert loaded.sources == built.sources
    assert (loaded.sources[0].url, loaded.sources[0].author, loaded.sources[0].outlet) == (
        "https://e.example/p",
        "Ann",
        "Wire",
    )
    assert len(loaded.sources[0].digest) == 16


_KILLED_MID_SAVE = """
import os, signal, sys
import numpy
from bot.cli import main

saved = numpy.save

def save_then_die(file, *args, **kwargs):
    saved(file, *args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)  # kill -9 after the segment's first array

numpy.save = save_then_die
main(["index", "--corpus", sys.argv[1]])
"""


def _a_minute_ago(path):
    then = time.time() - temporaries.STALE_AFTER - 1
    os.utime(path, (then, then))


def test_a_save_killed_mid_write_leaves_nothing_behind_after_the_next_open(corpus):
    killed = subprocess.run([sys.executable, "-c", _KILLED_MID_SAVE, str(corpus)], cwd=ROOT, timeout=300, check=False)
    assert killed.returncode == -signal.SIGKILL
    [leftover] = default_index_path(corpus).glob("segment-*.tmp")
    _a_minute_ago(leftover)
    assert open_index(corpus).search("how many troops?")
    assert not leftover.exists()


def test_a_leftover_temporary_file_is_removed_by_the_next_save(corpus):
    open_index(corpus)
    leftover = default_index_path(corpus) / ".manifest.json.x1y2.tmp"
    leftover.write_bytes(b"half a manifest")
    _a_minute_ago(leftover)
    (corpus / "new.txt").write_text("date 2024-02-02 Penguins march on ice.")
    refresh_index(corpus)
    assert not leftover.exists()


def test_a_temporary_folder_a_live_writer_holds_is_kept(corpus):
    open_index(corpus)
    building = default_index_path(corpus) / "segment-live.tmp"
    building.mkdir()
    _a_minute_ago(building)
    with temporaries.owned(building):
        open_index(corpus)
        assert building.exists()


def test_an_unlocked_temporary_just_created_is_kept(corpus):
    open_index(corpus)
    building = default_index_path(corpus) / "segment-starting.tmp"
    building.mkdir()  # its writer has not taken the lock yet
    open_index(corpus)
    assert building.exists()


def test_an_edited_manifest_is_rebuilt_with_a_warning(corpus, caplog):
    (corpus / "new.txt").write_text("date 2022-02-02 Penguins marched across the ice.")
    open_index(corpus)
    stored = json.loads(manifest(corpus).read_text())
    for segment in stored["segments"]:
        segment["removed"] = list(
            range(len(json.loads((default_index_path(corpus) / segment["file"] / "articles.json").read_text())))
        )
    manifest(corpus).write_text(json.dumps(stored))  # every article "removed", still valid JSON
    with caplog.at_level(logging.WARNING):
        index = open_index(corpus)
    assert "damaged" in caplog.text and "manifest.json" in caplog.text
    assert index.search("penguins")[0].source == "new.txt"


def test_an_edit_keeping_size_and_time_is_picked_up_by_a_refresh(corpus):
    index = open_index(corpus)
    seed = corpus / "000_a388bfca99b435f5.txt"
    before = seed.stat()
    seed.write_bytes(seed.read_bytes().replace(b"Iskander", b"Penguins"))
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))  # as cp -p or rsync -t leave it
    assert seed.stat().st_size == before.st_size
    assert refresh_index(corpus, index).search("penguins")[0].source == seed.name


def test_an_article_dated_in_the_future_is_left_out_of_the_index_with_a_warning(corpus, caplog):
    (corpus / "typo.txt").write_text("date 2100-01-01 Penguins marched across the ice.")
    with caplog.at_level(logging.WARNING):
        index = open_index(corpus)
    assert index.search("penguins") == [] and index.search("how many troops?")
    assert "typo.txt: date 2100-01-01 is in the future" in caplog.text
    (corpus / "typo.txt").write_text("date 2010-01-01 Penguins marched across the ice.")  # the typo put right
    assert refresh_index(corpus, index).search("penguins")[0].source == "typo.txt"
