"""The analyzer that made an index is stored with it: another one (or another version) means a rebuild;
and it is the one object through which indexing and question reading get their analysis."""

from __future__ import annotations

import dataclasses
import json
import logging
import shutil
from pathlib import Path

import pytest
import xapian

from bot.engine.analysis import sentences, tokens
from bot.engine.analysis.analyzer import ENGLISH
from bot.engine.backends.in_process import segments
from bot.engine.backends.in_process.index import build_in_process
from bot.engine.backends.in_process.segments import Vocabularies, build_segment
from bot.engine.backends.in_process.store import MANIFEST, default_index_path, open_saved
from bot.engine.backends.xapian import layout
from bot.engine.backends.xapian.addresses import parse_shards
from bot.engine.backends.xapian.backend import ShardUnavailable, XapianBackend
from bot.engine.backends.xapian.writer import index_corpus, sentence_documents, shard_path
from bot.engine.corpus import load_corpus
from bot.engine.search import Searcher

ROOT = Path(__file__).resolve().parents[2]


def _marked_terms(compound: str) -> tuple[str, ...]:
    return tuple(f"m_{t}" for t in tokens.compound_terms(compound))


def _marked_tokenize(text: str) -> list[str]:
    return [t for compound in tokens.words(text) for t in _marked_terms(compound)]


def _one_sentence_each(text: str) -> list[str]:
    return [" ".join(text.split())] if text.strip() else []


# Another analysis (module-level functions: worker processes unpickle it): every term marked, no sentence split.
MARKED = dataclasses.replace(
    ENGLISH,
    name="marked",
    compound_terms=_marked_terms,
    tokenize=_marked_tokenize,
    split_sentences=_one_sentence_each,
)
NEXT_VERSION = dataclasses.replace(ENGLISH, version=ENGLISH.version + 1)
TEXT = "The defence ministers said on Monday that 100,000 troops had gathered. Talks follow."


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", folder, ignore=shutil.ignore_patterns(".index"))
    return folder


def saved_analyzer(corpus: Path) -> str:
    return json.loads((default_index_path(corpus) / MANIFEST).read_text())["analyzer"]


def shard_analyzer(out: Path, number: int) -> str:
    return xapian.Database(str(shard_path(out, number))).get_metadata(layout.META_ANALYZER).decode()


def test_english_analyzer_analyses_as_the_english_modules_do():
    assert ENGLISH.tokenize(TEXT) == tokens.tokenize(TEXT)
    assert ENGLISH.split_sentences(TEXT) == sentences.split_sentences(TEXT)
    assert ENGLISH.spelling("defence") == "defense"


def test_analyzers_differ_by_name_or_version():
    assert NEXT_VERSION != ENGLISH
    assert dataclasses.replace(ENGLISH, name="german") != ENGLISH
    assert dataclasses.replace(ENGLISH) == ENGLISH


def test_saved_index_records_its_analyzer(corpus):
    open_saved(corpus)
    assert saved_analyzer(corpus) == ENGLISH.key


def test_saved_index_of_the_same_analyzer_is_loaded_not_rebuilt(corpus, caplog):
    open_saved(corpus)
    with caplog.at_level(logging.INFO):
        open_saved(corpus)
    assert "rebuilding" not in caplog.text


def test_saved_index_of_another_analyzer_version_is_rebuilt(corpus, caplog):
    first = open_saved(corpus)
    with caplog.at_level(logging.INFO):
        again = open_saved(corpus, analyzer=NEXT_VERSION)
    assert "rebuilding" in caplog.text
    assert saved_analyzer(corpus) == NEXT_VERSION.key
    assert again.sentence_count == first.sentence_count


def test_xapian_shards_record_their_analyzer(corpus, tmp_path):
    index_corpus(corpus, tmp_path / "shards", 2)
    assert [shard_analyzer(tmp_path / "shards", n) for n in range(2)] == [ENGLISH.key] * 2


def test_xapian_backend_refuses_shards_of_another_analyzer(corpus, tmp_path):
    out = tmp_path / "shards"
    index_corpus(corpus, out, 1)
    database = xapian.WritableDatabase(str(shard_path(out, 0)), xapian.DB_OPEN)
    database.set_metadata(layout.META_ANALYZER, NEXT_VERSION.key)
    database.close()
    with pytest.raises(ShardUnavailable, match=f"analyzed by {NEXT_VERSION.key}"):
        XapianBackend(parse_shards(str(shard_path(out, 0))))


def test_indexing_shards_of_another_analyzer_rebuilds_them(corpus, tmp_path):
    out = tmp_path / "shards"
    index_corpus(corpus, out, 2)
    database = xapian.WritableDatabase(str(shard_path(out, 1)), xapian.DB_OPEN)
    database.set_metadata(layout.META_ANALYZER, NEXT_VERSION.key)
    database.close()
    assert index_corpus(corpus, out, None).startswith("Rebuilt 2 shard(s)")
    assert [shard_analyzer(out, n) for n in range(2)] == [ENGLISH.key] * 2


def test_the_in_process_build_indexes_the_terms_its_analyzer_makes(corpus):
    index = build_in_process(load_corpus(corpus), analyzer=MARKED)
    assert index.analyzer is MARKED
    assert index.knows("m_troop") and not index.knows("troop")


def test_the_in_process_build_splits_sentences_with_its_analyzer(corpus):
    articles = load_corpus(corpus)
    assert build_in_process(articles, analyzer=MARKED).sentence_count == len(articles)


def test_worker_processes_analyse_with_the_builds_analyzer(corpus, monkeypatch):
    monkeypatch.setattr(segments, "_POOL_FROM", 1)
    monkeypatch.setattr(segments, "_CHUNK_ARTICLES", 1)
    vocabularies = Vocabularies()
    build_segment(sorted(corpus.glob("*.txt")) * 2, vocabularies, analyzer=MARKED)
    assert vocabularies.terms.strings and all(t.startswith("m_") for t in vocabularies.terms.strings)


def test_a_searcher_reads_questions_with_the_analyzer_its_index_was_built_with(corpus):
    searcher = Searcher(build_in_process(load_corpus(corpus), analyzer=MARKED))
    assert searcher.analyzer is MARKED
    assert searcher.question_terms("how many troops?") == ["m_troop"]
    assert searcher.search("how many troops?", top=1)


def test_xapian_documents_hold_the_terms_their_analyzer_makes(corpus):
    article = load_corpus(corpus)[0]
    documents = list(sentence_documents(article, MARKED))
    terms = {t.term.decode() for t in documents[0].termlist()}
    assert len(documents) == 1
    assert any(t.startswith("m_") for t in terms)


def test_xapian_shards_of_another_analyzer_are_searched_with_it(corpus, tmp_path):
    out = tmp_path / "shards"
    index_corpus(corpus, out, 1, analyzer=MARKED)
    assert shard_analyzer(out, 0) == MARKED.key
    searcher = Searcher(XapianBackend(parse_shards(str(shard_path(out, 0))), analyzer=MARKED))
    assert searcher.search("how many troops?", top=1)
