"""``python -m bot index --backend xapian``: writing shards, and updating them in place."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.cli import build, main, parser
from bot.engine.backends.xapian import layout
from bot.settings import Settings


def index(corpus: Path, *args: str) -> str:
    """Run ``index --backend xapian`` and return what it printed."""
    arguments = parser().parse_args(["index", "--backend", "xapian", "--corpus", str(corpus), *args])
    printed = io.StringIO()
    assert build(arguments, Settings(corpus_dir=corpus), printed) == 0
    return printed.getvalue()


@pytest.fixture
def corpus(write_articles):
    return write_articles({f"a{n}.txt": f"date 2023-01-01 Penguins march number {n}." for n in range(5)})


def test_index_writes_one_database_per_shard(corpus, tmp_path):
    printed = index(corpus, "--shards", "3", "--out", str(tmp_path / "s"))
    assert "Indexed 5 passages of 5 articles into 3 shard(s)" in printed
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == ["shard-0", "shard-1", "shard-2"]


def test_index_again_updates_only_the_shard_of_a_new_article(corpus, tmp_path):
    index(corpus, "--shards", "3", "--out", str(tmp_path / "s"))
    (corpus / "new.txt").write_text("date 2023-01-02 Seals swim.")
    printed = index(corpus, "--out", str(tmp_path / "s"))
    assert "added 1, changed 0, removed 0, unchanged 5" in printed
    assert f"shards written: {layout.shard_of('new.txt', 3)} " in printed


def test_index_refuses_another_shard_count_for_an_existing_folder(capsys, corpus, tmp_path):
    index(corpus, "--shards", "2", "--out", str(tmp_path / "s"))
    args = ["index", "--backend", "xapian", "--corpus", str(corpus), "--shards", "3", "--out", str(tmp_path / "s")]
    assert main(args) == 2
    assert "holds 2 shards" in capsys.readouterr().err


def test_index_xapian_needs_an_output_folder(capsys, corpus):
    assert main(["index", "--backend", "xapian", "--corpus", str(corpus)]) == 2
    assert "needs --out DIR" in capsys.readouterr().err
