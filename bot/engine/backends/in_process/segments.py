"""Segments: immutable blocks of indexed articles, as in Lucene.

A segment holds some articles' sentences column-wise — texts, positions and each
sentence's term ids in order (a forward index, so re-ranking reads a sentence's
terms instead of re-tokenizing it) — and its postings: a term × sentence matrix of
raw term frequencies. Term, word and name ids are global (``Vocabulary``), so
segments combine without translation. BM25 weights are not stored here: they depend
on the whole live corpus (IDF, average length) and are computed by
``bot.engine.backends.in_process.index`` whenever the set of live sentences changes.

``build_segment`` splits and tokenizes articles in a process pool when there are
many; ``merge_segments`` joins segments, leaving out removed articles.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import TextIO, cast

import numpy as np
from scipy import sparse
from tqdm import tqdm

from bot.engine.analysis.analyzer import ENGLISH, Analyzer
from bot.engine.analysis.analyzers import reader
from bot.engine.analysis.language import article_language
from bot.engine.backends.in_process.bm25 import term_frequencies
from bot.engine.backends.in_process.build import (
    Analysis,
    Cells,
    GrowingArray,
    WordTable,
    analyse,
)
from bot.engine.corpus import Article, CorpusError, read_articles
from bot.engine.values import ArticleMeta, article_meta, tie_break_key

_CHUNK_ARTICLES = 50  # articles per task sent to a worker process
_POOL_FROM = 400  # fewer articles are analysed in this process: starting workers costs more
_CELLS_AT_ONCE = 1 << 20


class Vocabulary:
    """Strings numbered in order of first appearance; it only ever grows."""

    def __init__(self, strings: Sequence[str] = ()) -> None:
        self.strings = list(strings)
        self.ids = {s: i for i, s in enumerate(self.strings)}

    def __len__(self) -> int:
        return len(self.strings)

    def copy(self) -> Vocabulary:
        clone = Vocabulary()
        clone.strings, clone.ids = list(self.strings), dict(self.ids)
        return clone

    def numbers(self, strings: Sequence[str]) -> np.ndarray:
        """The id of each string (int32), numbering the unseen ones."""
        ids = self.ids
        found = np.empty(len(strings), dtype=np.int32)
        for position, string in enumerate(strings):
            number = ids.get(string)
            if number is None:
                number = ids[string] = len(self.strings)
                self.strings.append(string)
            found[position] = number
        return found


@dataclass
class Vocabularies:
    """The global numbering of retrieval terms, lowercase words (spelling) and names."""

    terms: Vocabulary = field(default_factory=Vocabulary)
    words: Vocabulary = field(default_factory=Vocabulary)
    names: Vocabulary = field(default_factory=Vocabulary)

    def copy(self) -> Vocabularies:
        return Vocabularies(self.terms.copy(), self.words.copy(), self.names.copy())


@dataclass(frozen=True, eq=False)
class Segment:
    """Some articles' sentences, their forward index and postings; never modified."""

    articles: list[ArticleMeta]
    article_starts: np.ndarray  # int64: article a's sentences are [starts[a], starts[a + 1])
    sentence_position: np.ndarray  # int32: number within its article
    text_offsets: np.ndarray  # int64: sentence i is texts[offsets[i]:offsets[i + 1]]
    texts: np.ndarray  # uint8: every sentence, UTF-8, back to back
    term_offsets: np.ndarray  # int64: sentence i's terms are term_ids[offsets[i]:offsets[i + 1]]
    term_ids: np.ndarray  # int32: each sentence's terms in order, repeats kept
    word_offsets: np.ndarray  # int64: sentence i's words are word_ids[offsets[i]:offsets[i + 1]]
    word_ids: np.ndarray  # int32: each sentence's distinct words as written, lowercase (re-ranking reads them)
    title_offsets: np.ndarray  # int64: article a's title terms are title_term_ids[offsets[a]:offsets[a + 1]]
    title_term_ids: np.ndarray  # int32: each article's title's terms (re-ranking reads them too)
    postings: sparse.csr_matrix  # term × sentence: raw term frequency (float32)
    word_counts: sparse.csr_matrix  # article × word: sentences of the article using the word
    name_counts: sparse.csr_matrix  # article × name: sentences of the article mentioning it

    @property
    def sentence_count(self) -> int:
        return len(self.sentence_position)

    @cached_property
    def word_totals(self) -> np.ndarray:
        """Per word, the sentences of this segment using it (``word_counts`` summed over articles)."""
        return _column_sums(self.word_counts)

    @cached_property
    def name_totals(self) -> np.ndarray:
        """Per name, the sentences of this segment mentioning it."""
        return _column_sums(self.name_counts)

    @cached_property
    def lengths(self) -> np.ndarray:
        """Terms per sentence (BM25's document length)."""
        return np.diff(self.term_offsets)

    @cached_property
    def sentence_article(self) -> np.ndarray:
        return np.repeat(np.arange(len(self.articles), dtype=np.int32), np.diff(self.article_starts))

    @cached_property
    def tie_ranks(self) -> np.ndarray:
        """Each sentence's place in ``tie_break_key`` order within this segment."""
        by_key = sorted(range(len(self.articles)), key=lambda a: tie_break_key(self.articles[a], 0))
        article_rank = np.empty(len(self.articles), dtype=np.int64)
        article_rank[by_key] = np.arange(len(self.articles))
        order = np.lexsort((self.sentence_position, article_rank[self.sentence_article]))
        ranks = np.empty(self.sentence_count, dtype=np.int64)
        ranks[order] = np.arange(self.sentence_count)
        return ranks

    def terms(self, sentence: int) -> np.ndarray:
        return self.term_ids[self.term_offsets[sentence] : self.term_offsets[sentence + 1]]


def _language(article: Article, analyzer: Analyzer) -> str:
    return article_language(article.text, article.language, analyzer.language)


def _analyses(articles: Sequence[Article | Path], analyzer: Analyzer) -> Iterator[Analysis]:
    """Each run of articles analysed by ``analyzer``, in order; by all cores when there are many."""
    items = [(a.text, _language(a, analyzer)) if isinstance(a, Article) else a for a in articles]
    chunks = [items[i : i + _CHUNK_ARTICLES] for i in range(0, len(items), _CHUNK_ARTICLES)]
    workers = min(os.cpu_count() or 1, len(chunks))
    if len(articles) < _POOL_FROM or workers < 2:
        table = WordTable(analyzer)  # this build's own numbering
        yield from (analyse(chunk, table) for chunk in chunks)
        return
    # forkserver: workers start from a clean process, never a fork of a threaded bot.
    # A worker takes runs in order, and results are read in order, so each process's
    # new strings arrive before the runs that use them.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(partial(analyse, analyzer=analyzer), chunks)


class _Cells:
    """Article × key counts gathered over runs of consecutive articles, as a CSR at the end."""

    def __init__(self) -> None:
        self.row_sizes = GrowingArray(np.int64)  # cells of each article
        self.columns, self.counts = GrowingArray(np.int32), GrowingArray(np.int32)

    def add(self, cells: Cells, articles: int, ids: np.ndarray) -> None:
        """One run's cells (in article order) for its ``articles`` articles; ``ids``: the run's keys → global ids."""
        rows, columns, counts = cells
        self.row_sizes.extend(np.bincount(rows, minlength=articles))
        self.columns.extend(ids[columns])
        self.counts.extend(counts)

    def matrix(self, keys: int) -> sparse.csr_matrix:
        indptr = _offsets(self.row_sizes.view())
        matrix = sparse.csr_matrix((self.counts.view(), self.columns.view(), indptr), shape=(len(indptr) - 1, keys))
        matrix.sort_indices()
        return matrix


def build_segment(
    articles: Sequence[Article | Path],
    vocabularies: Vocabularies,
    progress: TextIO | None = None,
    analyzer: Analyzer = ENGLISH,
) -> Segment:
    """Index ``articles`` (or article files) as one segment, numbering new terms in ``vocabularies``;
    ``analyzer`` splits their sentences and makes their terms.

    Raises ``CorpusError`` naming every bad article file, soon after the first is met.

    ``progress``: a stream for a progress bar (articles read, sentences indexed, rate,
    time left), e.g. a terminal's stderr; ``None`` for none.
    """
    # Sentences are never longer than their article, and a term takes at least a character:
    # reserve that much (untouched pages cost no memory) instead of growing and copying.
    size = sum(len(a.text) * 4 if isinstance(a, Article) else a.stat().st_size for a in articles)
    blob, term_ids, word_ids = GrowingArray(np.uint8, size), GrowingArray(np.int32, size), GrowingArray(np.int32, size)
    text_lengths, term_counts, word_counts = GrowingArray(np.int64), GrowingArray(np.int32), GrowingArray(np.int32)
    sources: list[ArticleMeta] = []
    sentence_counts: list[int] = []
    word_cells, name_cells = _Cells(), _Cells()
    bar = tqdm(total=len(articles), unit=" articles", file=progress, disable=progress is None, desc="Indexing")
    renumbering = Renumbering(vocabularies)
    with bar, closing(cast(Generator[Analysis, None, None], _analyses(articles, analyzer))) as analyses:
        for analysis in analyses:
            if analysis.problems:
                analyses.close()  # the runs not started are cancelled
                # Every bad file is named: the articles not analysed yet are only parsed.
                later = articles[len(sentence_counts) + len(analysis.sentence_counts) :]
                raise CorpusError(analysis.problems + _problems([a for a in later if isinstance(a, Path)]))
            sentence_counts.extend(analysis.sentence_counts)
            sources += analysis.sources
            blob.extend(np.frombuffer(analysis.texts, np.uint8))
            text_lengths.extend(analysis.text_lengths)
            term_lookup, word_lookup, name_lookup = renumbering.learn(analysis)
            term_ids.extend(term_lookup[analysis.term_ids])
            term_counts.extend(analysis.term_counts)
            word_ids.extend(word_lookup[analysis.sentence_words])
            word_counts.extend(analysis.sentence_word_counts)
            word_cells.add(analysis.word_cells, len(analysis.sentence_counts), word_lookup)
            name_cells.add(analysis.name_cells, len(analysis.sentence_counts), name_lookup)
            bar.update(len(analysis.sentence_counts))
            elapsed = bar.format_dict["elapsed"] or 1e-9
            bar.set_postfix_str(f"{text_lengths.size:,} sentences, {text_lengths.size / elapsed:,.0f} sentences/s")
    term_offsets = _offsets(term_counts.view())
    term_array = term_ids.view()
    given = iter(sources)
    segment_sources = [
        article_meta(a, _language(a, analyzer)) if isinstance(a, Article) else next(given) for a in articles
    ]
    # Numbered after every sentence term: a title-only term matches no sentence.
    title_terms = [
        vocabularies.terms.numbers(reader(source.language, analyzer).tokenize(source.title))
        for source in segment_sources
    ]
    return Segment(
        articles=segment_sources,
        article_starts=_offsets(np.array(sentence_counts, dtype=np.int64)),
        sentence_position=_positions(np.array(sentence_counts, dtype=np.int64)),
        text_offsets=_offsets(text_lengths.view()),
        texts=blob.view(),
        term_offsets=term_offsets,
        term_ids=term_array,
        word_offsets=_offsets(word_counts.view()),
        word_ids=word_ids.view(),
        title_offsets=_offsets(np.array([t.size for t in title_terms], dtype=np.int64)),
        title_term_ids=np.concatenate([np.zeros(0, np.int32), *title_terms]),
        postings=term_frequencies(term_array, term_offsets, len(vocabularies.terms)),
        word_counts=word_cells.matrix(len(vocabularies.words)),
        name_counts=name_cells.matrix(len(vocabularies.names)),
    )


def _problems(paths: Sequence[Path]) -> list[str]:
    """What is wrong with each bad article file among ``paths``."""
    try:
        read_articles(paths, keep=False)
    except CorpusError as error:
        return error.problems
    return []


def _column_sums(matrix: sparse.csr_matrix) -> np.ndarray:
    # A million cells at a time: bincount's float weights for all at once cost 160 MB at 1M sentences.
    totals = np.zeros(matrix.shape[1], dtype=np.int64)
    for start in range(0, matrix.nnz, _CELLS_AT_ONCE):
        cells = slice(start, start + _CELLS_AT_ONCE)
        counted = np.bincount(matrix.indices[cells], weights=matrix.data[cells], minlength=matrix.shape[1])
        totals += counted.astype(np.int64)
    return totals


def _offsets(counts: np.ndarray) -> np.ndarray:
    offsets = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    return offsets


def _positions(sentence_counts: np.ndarray) -> np.ndarray:
    """0, 1, … within each article, for articles of the given sentence counts."""
    total = int(sentence_counts.sum())
    starts = np.repeat(_offsets(sentence_counts)[:-1], sentence_counts)
    return (np.arange(total, dtype=np.int64) - starts).astype(np.int32)


def _padded(matrix: sparse.csr_matrix, columns: int) -> sparse.csr_matrix:
    return sparse.csr_matrix((matrix.data, matrix.indices, matrix.indptr), shape=(matrix.shape[0], columns))


def merge_segments(segments: Sequence[Segment], removed: Sequence[np.ndarray], vocabularies: Vocabularies) -> Segment:
    """One segment of the articles of ``segments`` not marked in ``removed`` (bool per article)."""
    articles: list[ArticleMeta] = []
    counts, positions, text_lengths, term_counts, term_parts, text_parts = [], [], [], [], [], []
    word_id_counts, word_id_parts, title_counts, title_parts = [], [], [], []
    word_parts, name_parts = [], []
    for segment, gone in zip(segments, removed, strict=True):
        kept = ~gone
        articles += [a for a, keep in zip(segment.articles, kept.tolist(), strict=True) if keep]
        article_sizes = np.diff(segment.article_starts)
        counts.append(article_sizes[kept])
        sentence_kept = np.repeat(kept, article_sizes)
        positions.append(segment.sentence_position[sentence_kept])
        text_sizes, term_sizes = np.diff(segment.text_offsets), segment.lengths
        text_lengths.append(text_sizes[sentence_kept])
        term_counts.append(term_sizes[sentence_kept])
        term_parts.append(segment.term_ids[np.repeat(sentence_kept, term_sizes)])
        text_parts.append(segment.texts[np.repeat(sentence_kept, text_sizes)])
        word_sizes = np.diff(segment.word_offsets)
        word_id_counts.append(word_sizes[sentence_kept])
        word_id_parts.append(segment.word_ids[np.repeat(sentence_kept, word_sizes)])
        title_sizes = np.diff(segment.title_offsets)
        title_counts.append(title_sizes[kept])
        title_parts.append(segment.title_term_ids[np.repeat(kept, title_sizes)])
        word_parts.append(_padded(segment.word_counts, len(vocabularies.words))[kept])
        name_parts.append(_padded(segment.name_counts, len(vocabularies.names))[kept])
    term_offsets = _offsets(np.concatenate(term_counts))
    term_array = np.concatenate(term_parts).astype(np.int32)
    article_counts = np.concatenate(counts).astype(np.int64)
    return Segment(
        articles=articles,
        article_starts=_offsets(article_counts),
        sentence_position=np.concatenate(positions).astype(np.int32),
        text_offsets=_offsets(np.concatenate(text_lengths)),
        texts=np.concatenate(text_parts),
        term_offsets=term_offsets,
        term_ids=term_array,
        word_offsets=_offsets(np.concatenate(word_id_counts)),
        word_ids=np.concatenate(word_id_parts).astype(np.int32),
        title_offsets=_offsets(np.concatenate(title_counts)),
        title_term_ids=np.concatenate(title_parts).astype(np.int32),
        postings=term_frequencies(term_array, term_offsets, len(vocabularies.terms)),
        word_counts=sparse.vstack(word_parts, format="csr"),
        name_counts=sparse.vstack(name_parts, format="csr"),
    )


class Renumbering:
    """The gathering side: each analysing process's term, word and name numbers as global ids."""

    def __init__(self, vocabularies: Vocabularies) -> None:
        self.vocabularies = vocabularies
        self.lookups: dict[int, tuple[GrowingArray, GrowingArray, GrowingArray]] = {}

    def learn(self, analysis: Analysis) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Number the run's new strings; the global ids of its process's terms, words and names."""
        fresh = (GrowingArray(np.int32), GrowingArray(np.int32), GrowingArray(np.int32))
        lookups = self.lookups.setdefault(analysis.process, fresh)
        found = []
        v = self.vocabularies
        for lookup, first, strings, vocabulary in zip(
            lookups, analysis.first_new, (analysis.new_terms, analysis.new_words, analysis.new_names),
            (v.terms, v.words, v.names), strict=True,
        ):  # fmt: skip
            if lookup.size != first:
                raise RuntimeError("numbering out of order")  # would index garbage
            lookup.extend(vocabulary.numbers(strings))
            found.append(lookup.view())
        return found[0], found[1], found[2]
