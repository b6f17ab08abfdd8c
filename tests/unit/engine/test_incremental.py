"""Incremental index updates answer exactly as a full rebuild of the same corpus."""

import argparse
import io
import json
import random
import shutil

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from bot.cli import build
from bot.engine.analysis.tokens import tokenize, written_words
from bot.engine.backends.in_process.index import _MAX_SEGMENTS
from bot.engine.corpus import load_corpus
from bot.engine.opening import open_index, refresh_index
from bot.engine.search import build_index
from bot.settings import Settings
from tests.support.paths import ROOT, SEED

QUESTIONS = [json.loads(line)["q"] for line in (ROOT / "tests" / "data" / "questions.jsonl").open()]
SWAPS = {"Russia": "Belarus", "troops": "soldiers", "NATO": "the alliance", "Ukraine": "Moldova", "Biden": "Macron"}


def article(number: int) -> str:
    """A dated variant of the seed article: some paragraphs, some words swapped."""
    rng = random.Random(number)
    body = SEED.read_text().split(" ", 2)[2]
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    kept = rng.sample(paragraphs, k=max(2, len(paragraphs) // 3))
    text = "\n\n".join(kept)
    for old, new in SWAPS.items():
        if rng.random() < 0.4:
            text = text.replace(old, new)
    return f"date 2022-{1 + number % 12:02d}-{1 + number % 27:02d} {text}\n"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder)
    for number in range(12):
        (folder / f"a{number:02d}.txt").write_text(article(number))
    return folder


def ranked(index, question):
    """The backend's top 50 for a question as (article, position, score)."""
    terms = index.question_terms(question)
    groups = index.term_groups(terms)
    ids, scores = index.backend.top(groups, [1.0] * len(groups), 50)
    found = [index.backend.sentence(i) for i in ids.tolist()]
    return [(s.source.name, s.position) for s in found], scores


def assert_same_as_rebuild(index, folder):
    rebuilt = build_index(load_corpus(folder))
    assert index.sentence_count == rebuilt.sentence_count
    assert index.passage_counts() == rebuilt.passage_counts()
    # Spelling correction and /start's examples read these live counts.
    assert index.backend.word_counts() == rebuilt.backend.word_counts()
    assert index.frequent_names(20) == rebuilt.frequent_names(20)
    for question in QUESTIONS:
        found, scores = ranked(index, question)
        expected, expected_scores = ranked(rebuilt, question)
        assert found == expected, question
        np.testing.assert_allclose(scores, expected_scores, rtol=0, atol=1e-9)
        assert index.search(question, top=5) == rebuilt.search(question, top=5)


def test_added_article_answers_as_a_rebuild(corpus):
    index = open_index(corpus)
    (corpus / "b00.txt").write_text(article(100))
    updated = refresh_index(corpus, index)
    assert len(updated.backend.segments) == 2  # the new article alone, not a rebuild
    assert_same_as_rebuild(updated, corpus)


def test_changed_article_answers_as_a_rebuild(corpus):
    index = open_index(corpus)
    (corpus / "a03.txt").write_text(article(103))
    assert_same_as_rebuild(refresh_index(corpus, index), corpus)


def test_removed_article_answers_as_a_rebuild(corpus):
    index = open_index(corpus)
    (corpus / "a05.txt").unlink()
    updated = refresh_index(corpus, index)
    assert "a05.txt" not in [s.name for s in updated.sources]
    assert_same_as_rebuild(updated, corpus)


def test_sentences_read_before_an_update_are_not_given_by_the_updated_index(corpus):
    def read(index):
        found = index.backend.sentences(list(range(index.sentence_count)))
        return [(s.source.name, s.position, s.text, s.previous) for s in found]

    index = open_index(corpus)
    before = read(index)  # every sentence read, and kept, by the index as it was
    (corpus / "a03.txt").write_text(article(103))
    updated = read(refresh_index(corpus, index))
    assert updated != before
    assert updated == read(open_index(corpus))  # as a fresh start reads them from the saved index


def test_removed_article_passages_are_never_found(corpus):
    (corpus / "penguins.txt").write_text("date 2022-02-02 Penguins marched across the ice.")
    index = open_index(corpus)
    assert index.search("penguins")
    (corpus / "penguins.txt").unlink()
    updated = refresh_index(corpus, index)
    assert updated.search("penguins") == [] and not updated.backend.knows("penguin")


def test_scores_stay_rank_bm25_okapi_over_the_live_sentences(corpus):
    index = open_index(corpus)
    (corpus / "a01.txt").unlink()
    (corpus / "b01.txt").write_text(article(201))
    updated = refresh_index(corpus, index).backend
    documents = [list(updated.sentence(i).terms) for i in range(sum(s.sentence_count for s in updated.segments))]
    live = np.concatenate(updated._live)
    okapi = BM25Okapi([d for d, keep in zip(documents, live, strict=True) if keep])
    ids, scores = updated.top([("troop",), ("russia",)], [1.0, 1.0], 5)
    all_scores = np.zeros(len(documents))
    all_scores[live] = okapi.get_scores(["troop", "russia"])
    np.testing.assert_allclose(scores, all_scores[ids], rtol=0, atol=1e-12)


def test_many_small_updates_are_merged_into_few_segments(corpus):
    index = open_index(corpus)
    for number in range(_MAX_SEGMENTS + 4):
        (corpus / f"c{number:02d}.txt").write_text(article(300 + number))
        if number % 3 == 2:
            (corpus / f"a{number:02d}.txt").unlink()
        index = refresh_index(corpus, index)
        assert len(index.backend.segments) <= _MAX_SEGMENTS
    assert_same_as_rebuild(index, corpus)


def test_updates_are_saved_for_the_next_start(corpus):
    index = open_index(corpus)
    (corpus / "b02.txt").write_text(article(402))
    refresh_index(corpus, index)
    reopened = open_index(corpus)
    assert len(reopened.backend.segments) == 2
    assert_same_as_rebuild(reopened, corpus)


def test_nothing_changed_returns_the_same_index(corpus):
    index = open_index(corpus)
    (corpus / "a00.txt").touch()
    assert refresh_index(corpus, index) is index


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_index_command_draws_a_progress_bar_on_a_terminal(corpus, monkeypatch):
    terminal, out = Terminal(), io.StringIO()
    monkeypatch.setattr("sys.stderr", terminal)
    assert build(argparse.Namespace(backend="in-process"), Settings(corpus_dir=corpus), out) == 0
    assert "13/13" in terminal.getvalue() and "sentences/s" in terminal.getvalue()
    assert out.getvalue().startswith("Indexed 1")


def test_index_command_prints_only_a_summary_line_when_not_on_a_terminal(corpus, monkeypatch):
    errors, out = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stderr", errors)
    assert build(argparse.Namespace(backend="in-process"), Settings(corpus_dir=corpus), out) == 0
    assert errors.getvalue() == "" and len(out.getvalue().splitlines()) == 1
    assert out.getvalue().startswith("Indexed ") and "passages/s" in out.getvalue()


def test_retrieval_restricted_to_articles_spans_segments_as_a_rebuild(corpus):
    index = open_index(corpus)
    (corpus / "b03.txt").write_text(article(503))
    updated = refresh_index(corpus, index)
    rebuilt = build_index(load_corpus(corpus))
    names = [s.name for s in updated.sources]
    assert names == [s.name for s in rebuilt.sources]
    chosen = [names.index("a02.txt"), names.index("b03.txt")]
    groups = updated.term_groups(updated.question_terms("troops near the border"))
    found = []
    for search in (updated, rebuilt):
        ids, scores = search.backend.top(groups, [1.0] * len(groups), 20, articles=chosen)
        sentences = [search.backend.sentence(i) for i in ids.tolist()]
        assert {s.source.name for s in sentences} <= {"a02.txt", "b03.txt"}
        found.append(([(s.source.name, s.position) for s in sentences], scores))
    assert found[0][0] and found[0][0] == found[1][0]
    np.testing.assert_allclose(found[0][1], found[1][1], rtol=0, atol=1e-9)
    for number in chosen:
        texts = [updated.backend.sentence(i).text for i in updated.article_sentences(number)]
        assert texts == [rebuilt.backend.sentence(i).text for i in rebuilt.article_sentences(number)]


def test_stored_words_of_every_sentence_are_its_written_words_after_merges(corpus):
    index = open_index(corpus)
    for number in range(_MAX_SEGMENTS + 2):
        (corpus / f"d{number:02d}.txt").write_text(article(500 + number))
        (corpus / f"a{number:02d}.txt").unlink()
        index = refresh_index(corpus, index)
    backend = open_index(corpus).backend
    sentences = backend.sentences(range(sum(s.sentence_count for s in backend.segments)))
    assert all(set(s.words) == written_words(s.text) and len(s.words) == len(set(s.words)) for s in sentences)


def test_stored_title_terms_of_every_sentence_are_its_titles_terms_after_merges(corpus):
    index = open_index(corpus)
    for number in range(_MAX_SEGMENTS + 2):
        (corpus / f"e{number:02d}.txt").write_text(
            f"date 2022-03-0{1 + number % 9} title: Penguin report {number}\n" + article(600 + number)
        )
        (corpus / f"a{number:02d}.txt").unlink()
        index = refresh_index(corpus, index)
    backend = open_index(corpus).backend
    sentences = backend.sentences(range(sum(s.sentence_count for s in backend.segments)))
    assert all(s.title_terms == tuple(tokenize(s.source.title)) for s in sentences)


def test_small_updates_to_a_large_index_keep_one_tail_segment(corpus):
    for number in range(12, 80):
        (corpus / f"a{number:02d}.txt").write_text(article(number))
    index = open_index(corpus)
    for number in range(3):  # adding up to 5% of the index's sentences
        (corpus / f"f{number:02d}.txt").write_text(article(700 + number))
        index = refresh_index(corpus, index)
        assert len(index.backend.segments) <= 2  # the large one and one tail of the updates
    assert_same_as_rebuild(index, corpus)
