"""Building a segment: worker processes index exactly what one process would, and bad files are all named."""

from collections import Counter

import numpy as np
import pytest

from bot.engine.analysis.sentences import split_sentences
from bot.engine.analysis.tokens import compound_terms, words
from bot.engine.backends.in_process import segments
from bot.engine.backends.in_process.segments import Vocabularies, build_segment
from bot.engine.corpus import CorpusError, load_corpus
from tests.support.paths import CORPUS, SEED

ARRAYS = ["article_starts", "sentence_position", "text_offsets", "texts", "term_offsets", "term_ids", "word_offsets",
          "word_ids"]  # fmt: skip


@pytest.fixture
def article_files(tmp_path):
    """Thirteen article files: the seed's paragraphs in turn, so words and names recur across them."""
    paragraphs = [p for p in SEED.read_text().split(" ", 2)[2].split("\n\n") if p.strip()]
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(13):
        kept = paragraphs[number % len(paragraphs) :] + paragraphs[: number % len(paragraphs)]
        (folder / f"a{number:02d}.txt").write_text(f"date 2022-03-{1 + number:02d} " + "\n\n".join(kept[:6]))
    return sorted(folder.iterdir())


def built(paths, monkeypatch, pool_from):
    monkeypatch.setattr(segments, "_POOL_FROM", pool_from)
    monkeypatch.setattr(segments, "_CHUNK_ARTICLES", 2)
    vocabularies = Vocabularies()
    return build_segment(paths, vocabularies), vocabularies


def counts_by_string(matrix, strings):
    coo = matrix.tocoo()
    return sorted(zip(coo.row.tolist(), [strings[c] for c in coo.col.tolist()], coo.data.tolist(), strict=True))


def test_worker_processes_index_exactly_what_one_process_indexes(article_files, monkeypatch):
    alone, alone_vocabularies = built(article_files, monkeypatch, pool_from=10**9)
    pooled, pooled_vocabularies = built(article_files, monkeypatch, pool_from=1)

    assert pooled.articles == alone.articles
    assert pooled_vocabularies.terms.strings == alone_vocabularies.terms.strings
    assert pooled_vocabularies.words.strings == alone_vocabularies.words.strings
    for name in ARRAYS:
        assert np.array_equal(getattr(pooled, name), getattr(alone, name)), name
    for part in ("data", "indices", "indptr"):
        assert np.array_equal(getattr(pooled.postings, part), getattr(alone.postings, part)), part
    assert counts_by_string(pooled.word_counts, pooled_vocabularies.words.strings) == counts_by_string(
        alone.word_counts, alone_vocabularies.words.strings
    )
    assert counts_by_string(pooled.name_counts, pooled_vocabularies.names.strings) == counts_by_string(
        alone.name_counts, alone_vocabularies.names.strings
    )


def test_terms_numbered_in_order_of_first_appearance(article_files, monkeypatch):
    _, vocabularies = built(article_files, monkeypatch, pool_from=1)
    texts = [a.text for a in load_corpus(article_files[0].parent)]
    expected = list(dict.fromkeys(t for text in texts for s in split_sentences(text) for w in words(s)
                                  for t in compound_terms(w)))  # fmt: skip
    assert vocabularies.terms.strings == expected


def test_sentences_per_article_that_use_each_word_and_name():
    articles = load_corpus(CORPUS)
    vocabularies = Vocabularies()
    built_segment = build_segment(articles, vocabularies)
    for number, article in enumerate(articles):
        sentences = [words(s) for s in split_sentences(article.text)]
        used = Counter(w for found in sentences for w in {w.lower() for w in found})
        named = Counter(
            w for found in sentences for w in {w for w in found[1:] if w[0].isupper() and not w.isupper()
                                               and compound_terms(w)}
        )  # fmt: skip
        row = built_segment.word_counts[number].tocoo()
        assert {vocabularies.words.strings[c]: n for c, n in zip(row.col, row.data, strict=True)} == used
        row = built_segment.name_counts[number].tocoo()
        assert {vocabularies.names.strings[c]: n for c, n in zip(row.col, row.data, strict=True)} == named


def test_each_sentences_distinct_words_in_the_order_they_first_come():
    articles = load_corpus(CORPUS)
    vocabularies = Vocabularies()
    built_segment = build_segment(articles, vocabularies)
    sentences = [s for article in articles for s in split_sentences(article.text)]
    stored = [
        [vocabularies.words.strings[w] for w in built_segment.word_ids[start:end].tolist()]
        for start, end in zip(built_segment.word_offsets[:-1], built_segment.word_offsets[1:], strict=True)
    ]
    assert stored == [list(dict.fromkeys(w.lower() for w in words(s))) for s in sentences]


def test_bad_files_among_many_are_all_named(article_files, monkeypatch):
    article_files[3].write_bytes(b"date 2022-01-01 caf\xe9")
    article_files[11].write_text("no date here")

    with pytest.raises(CorpusError) as raised:
        built(article_files, monkeypatch, pool_from=1)

    assert [p.split(":")[0] for p in raised.value.problems] == [str(article_files[3]), str(article_files[11])]
