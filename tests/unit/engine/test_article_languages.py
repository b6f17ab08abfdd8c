"""Each article analysed in its own language: from its ``lang:`` header, else detected; recorded
in the index, and a German article added to an archive is an update that answers as a rebuild."""

from __future__ import annotations

import json

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from bot.engine.analysis import analyzers
from bot.engine.analysis.analyzer import ENGLISH
from bot.engine.analysis.analyzers import analyzer_for
from bot.engine.answer import answer
from bot.engine.backends.in_process.store import MANIFEST, default_index_path
from bot.engine.corpus import CorpusError, load_corpus
from bot.engine.opening import open_index, rebuild_index, refresh_index
from tests.support.languages import (
    ENGLISH_ARTICLE,
    GERMAN_ADDITION,
    GERMAN_ADDITION_QUESTION,
    GERMAN_ARTICLE,
    MIXED,
    QUESTIONS,
)
from tests.support.paths import SEED


@pytest.fixture
def mixed(write_articles):
    return write_articles(dict(MIXED))


def languages_of(index) -> dict[str, str]:
    return {source.name: source.language for source in index.sources}


def first_passage(index, question: str, hint: str | None = None) -> str:
    reply = answer(index, question, language_hint=hint)
    return reply.passages[0].text if reply.passages else ""


def test_an_article_is_analysed_in_the_language_detected_from_its_text(mixed):
    assert languages_of(open_index(mixed)) == {"english.txt": "en", "german.txt": "de", "russian.txt": "ru"}


def test_a_lang_header_wins_over_detection(write_articles):
    header_first = ENGLISH_ARTICLE.replace("\n\n", "\nlang: de\n\n", 1)
    assert languages_of(open_index(write_articles({"a.txt": header_first}))) == {"a.txt": "de"}


def test_a_lang_header_of_a_language_without_an_analyzer_refuses_the_file_naming_it(write_articles):
    corpus = write_articles({"a.txt": "date 2022-01-01\nlang: klingon\n\nQapla!"})
    with pytest.raises(CorpusError, match=r"a\.txt.*lang: 'klingon' is not a language"):
        load_corpus(corpus)


@pytest.mark.parametrize(("question", "answered_by"), QUESTIONS.items())
def test_a_question_in_each_language_of_a_mixed_archive_finds_its_answer(mixed, question, answered_by):
    assert answered_by in first_passage(open_index(mixed), question)


def test_a_name_in_a_german_question_finds_an_english_sentence(mixed):
    assert "Biden" in first_passage(open_index(mixed), "Was hat Biden gesagt?")


def test_a_number_in_an_english_question_finds_a_german_sentence(mixed):
    assert "13 Prozent" in first_passage(open_index(mixed), "What rose by 13 percent?")


def test_words_of_an_article_are_read_by_its_own_language(mixed):
    index = open_index(mixed)
    german = next(s for s in index.backend.sentences(range(index.sentence_count)) if "Gaspreise" in s.text)
    assert german.terms == tuple(analyzer_for("de").tokenize(german.text))


def test_bm25_over_a_mixed_archive_is_bm25okapi_over_the_same_terms(mixed):
    index = open_index(mixed)
    sentences = index.backend.sentences(range(index.sentence_count))
    question = ["gaspreis", "europa", "troop"]
    reference = BM25Okapi([list(s.terms) for s in sentences]).get_scores(question)
    ids, scores = index.backend.top([(t,) for t in question], [1.0] * len(question), index.sentence_count)
    got = np.zeros(index.sentence_count)
    got[ids] = scores
    best = np.flatnonzero(reference > 0)
    assert got[best] == pytest.approx(reference[best], rel=1e-6)


def test_the_index_records_the_analyzer_of_each_language(mixed):
    open_index(mixed)
    manifest = json.loads((default_index_path(mixed) / MANIFEST).read_text())
    assert manifest["analyzers"] == {"de": analyzer_for("de").key, "en": ENGLISH.key, "ru": analyzer_for("ru").key}


def test_an_index_made_by_an_older_version_of_a_language_analyzer_is_rebuilt(mixed, monkeypatch):
    open_index(mixed)
    monkeypatch.setattr(analyzers, "VERSION", analyzers.VERSION + 1)
    analyzers._analyzer.cache_clear()
    try:
        open_index(mixed)
        manifest = json.loads((default_index_path(mixed) / MANIFEST).read_text())
    finally:
        monkeypatch.undo()
        analyzers._analyzer.cache_clear()
    assert manifest["analyzers"]["de"] == f"de {analyzers.VERSION + 1}"


def test_adding_a_german_article_to_an_english_archive_is_a_new_segment_beside_the_old_one(write_articles):
    corpus = write_articles({"seed.txt": SEED.read_text(), "english.txt": ENGLISH_ARTICLE})
    before = open_index(corpus)
    (corpus / "german.txt").write_text(GERMAN_ADDITION)
    after = refresh_index(corpus, before)
    assert after.backend.segments[:-1] == before.backend.segments
    assert [s.name for s in after.backend.segments[-1].articles] == ["german.txt"]


def test_adding_a_german_article_answers_as_a_rebuild(write_articles):
    corpus = write_articles({"english.txt": ENGLISH_ARTICLE, "german.txt": GERMAN_ARTICLE})
    before = open_index(corpus)
    (corpus / "addition.txt").write_text(GERMAN_ADDITION)
    updated = refresh_index(corpus, before)
    rebuilt = rebuild_index(corpus)
    questions = [GERMAN_ADDITION_QUESTION[0], *QUESTIONS, "Biden", "Sanktionen gegen Banken"]
    for question in questions:
        mine, theirs = answer(updated, question), answer(rebuilt, question)
        assert [(p.source, p.position, p.score) for p in mine.passages] == [
            (p.source, p.position, p.score) for p in theirs.passages
        ]
    assert GERMAN_ADDITION_QUESTION[1] in first_passage(updated, GERMAN_ADDITION_QUESTION[0])
