"""The corpus folder as people fill it: subfolders, any case of .txt, hidden and unreadable entries."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot.engine.backends.in_process.store import default_index_path
from bot.engine.context import find_article, passage_context
from bot.engine.corpus import CorpusError, list_corpus, load_corpus
from bot.engine.opening import open_index
from bot.engine.search import build_index
from tests.support.paths import ROOT

ARTICLE = "date 2023-03-03 Penguins marched across the ice."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE)
    return corpus


def names(folder: Path) -> list[str]:
    return [a.path.relative_to(folder).as_posix() for a in load_corpus(folder)]


def test_articles_in_subfolders_are_read(folder):
    (folder / "2022" / "01").mkdir(parents=True)
    (folder / "2022" / "01" / "b.txt").write_text("date 2022-01-02 Seals.")
    assert names(folder) == ["2022/01/b.txt", "a.txt"]


def test_txt_in_any_case_is_read(folder):
    (folder / "B.TXT").write_text("date 2022-01-02 Seals.")
    (folder / "c.Txt").write_text("date 2022-01-02 Whales.")
    assert names(folder) == ["B.TXT", "a.txt", "c.Txt"]


def test_hidden_files_and_folders_are_skipped(folder):
    (folder / ".draft.txt").write_text("not an article")
    (folder / ".git").mkdir()
    (folder / ".git" / "x.txt").write_text("not an article")
    (folder / ".a.txt.tmp").write_text("half-written")
    assert names(folder) == ["a.txt"]
    assert list_corpus(folder).unreadable == []


def test_a_folder_named_like_an_article_is_listed_and_the_rest_served(folder):
    (folder / "x.txt").mkdir()
    assert names(folder) == ["a.txt"]
    assert list_corpus(folder).unreadable == [
        f"{folder / 'x.txt'}: a folder named like an article; rename it without .txt"
    ]


def test_a_dangling_symlink_is_listed_and_the_rest_served(folder):
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    assert names(folder) == ["a.txt"]
    [problem] = list_corpus(folder).unreadable
    assert problem == f"{folder / 'gone.txt'}: broken symbolic link: {folder / 'deleted.txt'} does not exist"


def test_a_symlink_loop_is_listed_and_the_rest_served(folder):
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    assert names(folder) == ["a.txt"]
    assert list_corpus(folder).unreadable == [f"{folder / 'loop.txt'}: symbolic link loop: it leads back to itself"]


def test_a_folder_symlink_back_to_the_corpus_is_listed_not_followed_forever(folder):
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to(folder)
    assert names(folder) == ["a.txt"]
    assert [p.split(": ")[0] for p in list_corpus(folder).unreadable] == [str(folder / "sub" / "back")]


def test_a_fifo_named_like_an_article_is_listed_without_blocking(folder):
    os.mkfifo(folder / "pipe.txt")
    assert names(folder) == ["a.txt"]
    assert list_corpus(folder).unreadable == [f"{folder / 'pipe.txt'}: not a regular file"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_read_permission_is_listed(folder):
    (folder / "secret.txt").write_text(ARTICLE)
    (folder / "secret.txt").chmod(0)
    assert names(folder) == ["a.txt"]
    assert "permission denied" in list_corpus(folder).unreadable[0]


def test_only_unreadable_entries_is_a_corpus_error_listing_them(tmp_path):
    (tmp_path / "x.txt").mkdir()
    with pytest.raises(CorpusError) as error:
        load_corpus(tmp_path)
    assert error.value.problems[0].endswith("x.txt: a folder named like an article; rename it without .txt")
    assert "no *.txt articles" in error.value.problems[-1]


def test_the_index_build_survives_odd_entries(folder):
    (folder / "x.txt").mkdir()
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    assert open_index(folder).search("penguins")


def test_an_article_added_in_a_subfolder_is_picked_up_by_the_saved_index(folder):
    open_index(folder)
    (folder / "2022").mkdir()
    (folder / "2022" / "b.txt").write_text("date 2022-01-02 Seals basked on the rocks.")
    assert open_index(folder).search("seals basking")


def test_the_saved_index_is_readable_by_the_group(folder):
    open_index(folder)
    umask = os.umask(0o022)
    os.umask(umask)
    saved = [default_index_path(folder), *default_index_path(folder).rglob("*")]
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in saved if p.is_file()} == {oct(0o666 & ~umask)}
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in saved if p.is_dir()} == {oct(0o777 & ~umask)}


def bot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_ask_lists_unreadable_entries_and_answers_from_the_rest(folder):
    (folder / "x.txt").mkdir()
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    result = bot("ask", "--corpus", str(folder), "penguins")
    assert result.returncode == 0 and "Penguins marched" in result.stdout
    assert "skipping corpus entries that cannot be read" in result.stderr
    assert (
        "x.txt: a folder named like an article" in result.stderr and "gone.txt: broken symbolic link" in result.stderr
    )
    assert "Errno" not in result.stderr and "Traceback" not in result.stderr


def test_index_command_lists_unreadable_entries_and_indexes_the_rest(folder):
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    result = bot("index", "--corpus", str(folder))
    assert result.returncode == 0 and "Indexed 1 passages of 1 articles" in result.stdout
    assert "loop.txt: symbolic link loop" in result.stderr


def test_an_index_file_in_place_of_the_index_folder_says_what_to_move(folder):
    (folder / ".index").write_text("my notes")
    result = bot("ask", "--corpus", str(folder), "penguins")
    assert result.returncode == 0 and "Penguins marched" in result.stdout
    assert f"{folder / '.index'} is a file, but the saved index is kept in a folder of that name: move" in result.stderr
    assert "Errno" not in result.stderr
    result = bot("index", "--corpus", str(folder))
    assert result.returncode == 2 and "move that file elsewhere" in result.stderr and "Errno" not in result.stderr
    assert (folder / ".index").read_text() == "my notes"


def test_a_passage_of_an_article_in_a_subfolder_is_placed_in_its_paragraph(folder):
    (folder / "2022").mkdir()
    (folder / "2022" / "a.txt").write_text("date 2022-02-10 title: Strike\n\nShips queued. About 350 pilots joined.\n")
    index = build_index(load_corpus(folder))
    [passage] = index.search("how many pilots joined?", top=1)
    found = passage_context(folder, find_article(index.sources, passage.digest), passage.position)
    assert found.paragraph == "Ships queued. About 350 pilots joined."
