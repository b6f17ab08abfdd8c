"""``python -m bot`` with Xapian shards: writing them, and ask/eval over real shard servers."""

from __future__ import annotations

from bot.engine.xapian_shards import layout
from tests.test_cli import bot


def test_index_writes_one_database_per_shard(write_articles, tmp_path):
    corpus = write_articles({f"a{n}.txt": f"date 2023-01-01 Penguins march number {n}." for n in range(5)})
    result = bot("index", "--corpus", str(corpus), "--backend", "xapian", "--shards", "3", "--out", str(tmp_path / "s"))
    assert result.returncode == 0, result.stderr
    assert "Indexed 5 passages of 5 articles into 3 shard(s)" in result.stdout
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == ["shard-0", "shard-1", "shard-2"]


def test_index_again_updates_only_the_shard_of_a_new_article(write_articles, tmp_path):
    corpus = write_articles({f"a{n}.txt": f"date 2023-01-01 Penguins march number {n}." for n in range(5)})
    out = str(tmp_path / "s")
    bot("index", "--corpus", str(corpus), "--backend", "xapian", "--shards", "3", "--out", out)
    (corpus / "new.txt").write_text("date 2023-01-02 Seals swim.")
    result = bot("index", "--corpus", str(corpus), "--backend", "xapian", "--out", out)
    assert result.returncode == 0, result.stderr
    assert "added 1, changed 0, removed 0, unchanged 5" in result.stdout
    assert f"shards written: {layout.shard_of('new.txt', 3)} " in result.stdout


def test_index_refuses_another_shard_count_for_an_existing_folder(write_articles, tmp_path):
    corpus = write_articles({"a.txt": "date 2023-01-01 Penguins march."})
    out = str(tmp_path / "s")
    bot("index", "--corpus", str(corpus), "--backend", "xapian", "--shards", "2", "--out", out)
    result = bot("index", "--corpus", str(corpus), "--backend", "xapian", "--shards", "3", "--out", out)
    assert result.returncode == 2
    assert "holds 2 shards" in result.stderr and "Traceback" not in result.stderr


def test_index_xapian_needs_an_output_folder(write_articles):
    corpus = write_articles({"a.txt": "date 2023-01-01 Penguins march."})
    result = bot("index", "--corpus", str(corpus), "--backend", "xapian")
    assert result.returncode == 2 and "needs --out DIR" in result.stderr
