"""Segments: immutable blocks of indexed articles, as in Lucene.

A segment holds some articles' sentences column-wise — texts, positions and each
sentence's term ids in order (a forward index, so re-ranking reads a sentence's
terms instead of re-tokenizing it) — and its postings: a term × sentence matrix of
raw term frequencies. Term, word and name ids are global (``Vocabulary``), so
segments combine without translation. BM25 weights are not stored here: they depend
on the whole live corpus (IDF, average length) and are computed by
``bot.engine.in_process`` whenever the set of live sentences changes.

``build_segment`` splits and tokenizes articles in a process pool when there are
many; ``merge_segments`` joins segments, leaving out removed articles.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TextIO

import numpy as np
from scipy import sparse
from tqdm import tqdm

from bot.engine.analysis.sentences import split_sentences
from bot.engine.analysis.tokens import compound_terms, tokenize, words
from bot.engine.backend import Source, tie_break_key
from bot.engine.bm25 import term_frequencies
from bot.engine.corpus import Article, parse_article

_CHUNK_ARTICLES = 50  # articles per task sent to a worker process
_POOL_FROM = 400  # fewer articles are analysed in this process: starting workers costs more


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

    articles: list[Source]
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

    def text(self, sentence: int) -> str:
        return self.texts[self.text_offsets[sentence] : self.text_offsets[sentence + 1]].tobytes().decode("utf-8")

    def terms(self, sentence: int) -> np.ndarray:
        return self.term_ids[self.term_offsets[sentence] : self.term_offsets[sentence + 1]]


@dataclass
class _Analysis:
    """What ``analyse`` returns for a run of articles.

    Term ids are numbered by the analysing process across all its runs; ``new_terms``
    are the terms it numbered since its previous run, from id ``first_new_term`` on.
    Word and name ids are local to the run (``words``, ``names``).
    """

    process: int
    first_new_term: int
    new_terms: list[str]
    sentence_counts: list[int]
    texts: bytes
    text_lengths: array
    term_ids: array
    term_counts: array
    sentence_words: array  # each sentence's distinct lowercase words, as word ids
    sentence_word_counts: array
    words: list[str]
    names: list[str]
    word_cells: tuple[array, array, array]  # article, word, count
    name_cells: tuple[array, array, array]
    sources: list[Source]  # of articles given as paths


class _WordCache:
    """Per analysing process: each written word's term ids, computed once (most words recur endlessly)."""

    def __init__(self) -> None:
        self.term_numbers: dict[str, int] = {}
        self.word_terms: dict[str, tuple[int, ...]] = {}
        self.is_name: dict[str, bool] = {}
        self.reported = 0  # terms already sent with an earlier run

    def terms(self, word: str) -> tuple[int, ...]:
        found = self.word_terms.get(word)
        if found is None:
            numbers = self.term_numbers
            found = self.word_terms[word] = tuple(numbers.setdefault(t, len(numbers)) for t in compound_terms(word))
        return found

    def name(self, word: str) -> bool:
        """Whether a word (not first in its sentence) is a name: capitalised, not an acronym, not a stop word."""
        found = self.is_name.get(word)
        if found is None:
            found = self.is_name[word] = word[0].isupper() and not word.isupper() and bool(self.terms(word))
        return found


_CACHE = _WordCache()


def analyse(texts: Sequence[str | Path], cache: _WordCache | None = None) -> _Analysis:
    """Split articles into sentences and each sentence into terms, words and names.

    An article is its text, or the path of its (valid) file, read here: a build of a
    whole corpus then never holds every article's text in one process.
    """
    cache = cache or _CACHE
    word_numbers: dict[str, int] = {}
    name_numbers: dict[str, int] = {}
    blob = bytearray()
    text_lengths, term_ids, term_counts = array("q"), array("i"), array("i")
    sentence_words, sentence_word_counts = array("i"), array("i")
    word_cells: tuple[array, array, array] = (array("i"), array("i"), array("i"))
    name_cells: tuple[array, array, array] = (array("i"), array("i"), array("i"))
    sentence_counts = []
    terms_of, is_name = cache.terms, cache.name
    sources = []
    for article, item in enumerate(texts):
        if isinstance(item, Path):
            parsed = parse_article(item, item.read_bytes())
            sources.append(source_of(parsed))
            item = parsed.text
        sentences = split_sentences(item)
        sentence_counts.append(len(sentences))
        article_words: Counter[str] = Counter()
        article_names: Counter[str] = Counter()
        for sentence in sentences:
            encoded = sentence.encode("utf-8")
            blob += encoded
            text_lengths.append(len(encoded))
            written = words(sentence)
            before = len(term_ids)
            for word in written:
                term_ids.extend(terms_of(word))
            term_counts.append(len(term_ids) - before)
            lowered = {w.lower() for w in written}  # written_words(sentence)
            sentence_words.extend([word_numbers.setdefault(w, len(word_numbers)) for w in lowered])
            sentence_word_counts.append(len(lowered))
            article_words.update(lowered)
            # The first word is capitalised anyway.
            article_names.update({w for w in written[1:] if is_name(w)})
        for counter, numbers, cells in (
            (article_words, word_numbers, word_cells),
            (article_names, name_numbers, name_cells),
        ):
            for key, value in counter.items():
                cells[0].append(article)
                cells[1].append(numbers.setdefault(key, len(numbers)))
                cells[2].append(value)
    first_new_term, cache.reported = cache.reported, len(cache.term_numbers)
    new_terms = list(itertools.islice(cache.term_numbers, first_new_term, None))
    return _Analysis(
        os.getpid(), first_new_term, new_terms, sentence_counts, bytes(blob), text_lengths, term_ids, term_counts,
        sentence_words, sentence_word_counts, list(word_numbers), list(name_numbers), word_cells, name_cells, sources,
    )  # fmt: skip


def _analyses(articles: Sequence[Article | Path]) -> Iterator[_Analysis]:
    """Each run of articles analysed, in order; by all cores when there are many."""
    items = [a.text if isinstance(a, Article) else a for a in articles]
    chunks = [items[i : i + _CHUNK_ARTICLES] for i in range(0, len(items), _CHUNK_ARTICLES)]
    workers = min(os.cpu_count() or 1, len(chunks))
    if len(articles) < _POOL_FROM or workers < 2:
        cache = _WordCache()  # this build's own numbering
        yield from (analyse(chunk, cache) for chunk in chunks)
        return
    # forkserver: workers start from a clean process, never a fork of a threaded bot.
    # A worker takes runs in order, and results are read in order, so each process's
    # new terms arrive before the runs that use them.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(analyse, chunks)


class _Cells:
    """Article × key counts gathered over chunks, as a CSR at the end."""

    def __init__(self) -> None:
        self.rows, self.columns, self.counts = array("i"), array("i"), array("i")

    def add(self, cells: tuple[array, array, array], first_article: int, ids: np.ndarray) -> None:
        rows, columns, counts = cells
        self.rows.frombytes((np.frombuffer(rows, np.int32) + first_article).astype(np.int32).tobytes())
        self.columns.frombytes(ids[np.frombuffer(columns, np.int32)].tobytes())
        self.counts.extend(counts)

    def matrix(self, articles: int, keys: int) -> sparse.csr_matrix:
        return sparse.csr_matrix(
            (
                np.frombuffer(self.counts, np.int32),
                (np.frombuffer(self.rows, np.int32), np.frombuffer(self.columns, np.int32)),
            ),
            shape=(articles, keys),
        )


def build_segment(
    articles: Sequence[Article | Path], vocabularies: Vocabularies, progress: TextIO | None = None
) -> Segment:
    """Index ``articles`` (or valid article files) as one segment, numbering new terms in ``vocabularies``.

    ``progress``: a stream for a progress bar (articles read, sentences indexed, rate,
    time left), e.g. a terminal's stderr; ``None`` for none.
    """
    # Sentences are never longer than their article, and a term takes at least a character:
    # reserve that much (untouched pages cost no memory) instead of growing and copying.
    size = sum(len(a.text) * 4 if isinstance(a, Article) else a.stat().st_size for a in articles)
    blob, term_ids, word_ids = _Buffer(size, np.uint8), _Buffer(size, np.int32), _Buffer(size, np.int32)
    text_lengths, term_counts, word_counts = array("q"), array("i"), array("i")
    sources: list[Source] = []
    sentence_counts: list[int] = []
    word_cells, name_cells = _Cells(), _Cells()
    bar = tqdm(total=len(articles), unit=" articles", file=progress, disable=progress is None, desc="Indexing")
    term_lookups: dict[int, array] = {}  # per analysing process: its term ids -> global ones
    with bar:
        for analysis in _analyses(articles):
            first_article = len(sentence_counts)
            sentence_counts.extend(analysis.sentence_counts)
            sources += analysis.sources
            blob.extend(np.frombuffer(analysis.texts, np.uint8))
            text_lengths.extend(analysis.text_lengths)
            lookup = term_lookups.setdefault(analysis.process, array("i"))
            if len(lookup) != analysis.first_new_term:
                raise RuntimeError("term numbering out of order")  # would index garbage
            lookup.frombytes(vocabularies.terms.numbers(analysis.new_terms).tobytes())
            term_ids.extend(np.frombuffer(lookup, np.int32)[np.frombuffer(analysis.term_ids, np.int32)])
            term_counts.extend(analysis.term_counts)
            word_numbers = vocabularies.words.numbers(analysis.words)
            word_ids.extend(word_numbers[np.frombuffer(analysis.sentence_words, np.int32)])
            word_counts.extend(analysis.sentence_word_counts)
            word_cells.add(analysis.word_cells, first_article, word_numbers)
            name_cells.add(analysis.name_cells, first_article, vocabularies.names.numbers(analysis.names))
            bar.update(len(analysis.sentence_counts))
            elapsed = bar.format_dict["elapsed"] or 1e-9
            bar.set_postfix_str(f"{len(text_lengths):,} sentences, {len(text_lengths) / elapsed:,.0f} sentences/s")
    term_offsets = _offsets(np.frombuffer(term_counts, np.int32))
    term_array = term_ids.view()
    given = iter(sources)
    segment_sources = [source_of(a) if isinstance(a, Article) else next(given) for a in articles]
    # Numbered after every sentence term: a title-only term matches no sentence.
    title_terms = [vocabularies.terms.numbers(tokenize(source.title)) for source in segment_sources]
    return Segment(
        articles=segment_sources,
        article_starts=_offsets(np.array(sentence_counts, dtype=np.int64)),
        sentence_position=_positions(np.array(sentence_counts, dtype=np.int64)),
        text_offsets=_offsets(np.frombuffer(text_lengths, np.int64)),
        texts=blob.view(),
        term_offsets=term_offsets,
        term_ids=term_array,
        word_offsets=_offsets(np.frombuffer(word_counts, np.int32)),
        word_ids=word_ids.view(),
        title_offsets=_offsets(np.array([t.size for t in title_terms], dtype=np.int64)),
        title_term_ids=np.concatenate([np.zeros(0, np.int32), *title_terms]),
        postings=term_frequencies(term_array, term_offsets, len(vocabularies.terms)),
        word_counts=word_cells.matrix(len(articles), len(vocabularies.words)),
        name_counts=name_cells.matrix(len(articles), len(vocabularies.names)),
    )


def source_of(article: Article) -> Source:
    """What a segment keeps of an article besides its sentences."""
    return Source(article.path.name, article.title, article.date, article.url, article.author, article.outlet,
                  article.digest)  # fmt: skip


class _Buffer:
    """An array filled from the start, in memory reserved up front."""

    def __init__(self, capacity: int, dtype: type) -> None:
        self.array = np.empty(capacity, dtype=dtype)
        self.size = 0

    def extend(self, values: np.ndarray) -> None:
        end = self.size + len(values)
        if end > len(self.array):  # not expected: the reservation is an upper bound
            self.array = np.concatenate(
                [self.array[: self.size], np.empty(max(end, 2 * len(self.array)), self.array.dtype)]
            )
        self.array[self.size : end] = values
        self.size = end

    def view(self) -> np.ndarray:
        return self.array[: self.size]


def _column_sums(matrix: sparse.csr_matrix) -> np.ndarray:
    return np.bincount(matrix.indices, weights=matrix.data, minlength=matrix.shape[1]).astype(np.int64)


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
    articles: list[Source] = []
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
