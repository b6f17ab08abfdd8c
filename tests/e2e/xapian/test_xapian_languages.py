"""Xapian shards of a mixed-language archive: each article's own analysis, recorded in the shard;
a German article added to an English archive is a shard update that answers as a rebuild."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import xapian

from bot.engine.analysis.analyzer import ENGLISH
from bot.engine.analysis.analyzers import analyzer_for
from bot.engine.answer import answer
from bot.engine.backends.xapian import layout
from bot.engine.backends.xapian.addresses import parse_shards
from bot.engine.backends.xapian.backend import XapianBackend
from bot.engine.backends.xapian.writer import build_shards, shard_path, sync_shards
from bot.engine.corpus import load_corpus
from bot.engine.search import Searcher, build_index
from tests.support.languages import ENGLISH_ARTICLE, GERMAN_ADDITION, GERMAN_ADDITION_QUESTION, MIXED, QUESTIONS

SHARDS = 2


def searcher(out: Path) -> Searcher:
    return Searcher(XapianBackend(parse_shards(",".join(str(shard_path(out, n)) for n in range(SHARDS)))))


def found(index: Searcher, question: str) -> list[tuple[str, int, float]]:
    return [(p.source, p.position, p.score) for p in answer(index, question).passages]


@pytest.fixture
def mixed(write_articles, tmp_path) -> Path:
    out = tmp_path / "shards"
    build_shards(load_corpus(write_articles(dict(MIXED))), out, SHARDS)
    return out


@pytest.mark.parametrize(("question", "answered_by"), QUESTIONS.items())
def test_a_question_in_each_language_finds_its_answer_in_xapian_shards(mixed, question, answered_by):
    assert answered_by in answer(searcher(mixed), question).passages[0].text


def test_xapian_shards_answer_a_mixed_archive_as_the_in_process_index(mixed, write_articles):
    in_process = build_index(load_corpus(write_articles(dict(MIXED))))
    for question in [*QUESTIONS, "Biden", "Was hat Biden gesagt?"]:
        shards, own = found(searcher(mixed), question), found(in_process, question)
        assert [f[:2] for f in shards] == [f[:2] for f in own]
        assert [f[2] for f in shards] == pytest.approx([f[2] for f in own], abs=1e-5)


def test_each_shard_records_the_analyzer_of_each_language_it_holds(mixed):
    recorded: dict[str, str] = {}
    for number in range(SHARDS):
        raw = xapian.Database(str(shard_path(mixed, number))).get_metadata(layout.META_ANALYZERS)
        recorded |= json.loads(raw)
    assert recorded == {"de": analyzer_for("de").key, "en": ENGLISH.key, "ru": analyzer_for("ru").key}


def test_adding_a_german_article_to_english_shards_is_an_update_that_answers_as_a_rebuild(write_articles, tmp_path):
    corpus = write_articles({"english.txt": ENGLISH_ARTICLE, "other.txt": MIXED["russian.txt"]})
    synced = tmp_path / "synced"
    build_shards(load_corpus(corpus), synced, SHARDS)
    (corpus / "german.txt").write_text(GERMAN_ADDITION)
    report = sync_shards(load_corpus(corpus), synced)
    assert (report.added, report.changed, report.unchanged) == (["german.txt"], [], 2)
    rebuilt = tmp_path / "rebuilt"
    build_shards(load_corpus(corpus), rebuilt, SHARDS)
    for question in [GERMAN_ADDITION_QUESTION[0], *QUESTIONS, "Sanktionen gegen Banken"]:
        assert found(searcher(synced), question) == found(searcher(rebuilt), question)
    assert GERMAN_ADDITION_QUESTION[1] in answer(searcher(synced), GERMAN_ADDITION_QUESTION[0]).passages[0].text
