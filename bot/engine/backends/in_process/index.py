"""The default ``SearchBackend``: segments of sentences and their BM25 weights in this process.

The index is a list of immutable segments (``bot.engine.backends.in_process.segments``) plus, per segment,
which of its articles were removed. Adding, changing or removing articles
(``updated``) writes one new small segment and marks the old articles removed — no
full rebuild — and merges small segments once they pile up, so query speed holds.

BM25's IDF and average length are corpus-wide, so whenever the live sentences change
the whole-corpus statistics are recomputed (from per-segment counts and the forward
index of removed sentences), and every segment is scored with them, as Lucene scores
each segment with index-wide statistics: weights come from stored term frequencies
when a query first needs a term (``LazyBm25Matrix``). The scores equal those of one
index built at once over the same articles.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cached_property
from pathlib import Path
from typing import TextIO, cast

import numpy as np

from bot.engine.analysis.analyzer import ENGLISH, Analyzer
from bot.engine.backends.in_process.bm25 import LazyBm25Matrix, okapi_idf
from bot.engine.backends.in_process.segments import Segment, Vocabularies, build_segment, merge_segments
from bot.engine.candidates import Candidates, Query
from bot.engine.corpus import Article
from bot.engine.spelling import MIN_CORRECTION_COUNT
from bot.engine.values import ArticleMeta, Sentence, tie_break_key

_NAMES_KEPT = 20
_MAX_SEGMENTS = 6  # beyond this many, the smaller segments are merged into one
_MERGE_ALL_FROM = 0.25  # ... and everything when they or removed sentences reach this share of the largest
# Small segments are merged into one as soon as there are two: each segment costs every
# question a retrieval of its own, and merging a few thousand sentences takes milliseconds.
_SMALL_SHARE = 0.05
_SENTENCES_KEPT = 4096  # sentences kept read (``InProcessIndex.sentences``): 1-2 KB each
_KNOWN_KEPT = 65_536  # terms whose ``knows`` is kept: about 8 MB
_TEXTS_KEPT = 32_768  # candidates' texts kept decoded (``InProcessIndex._texts``): 0.2-0.4 KB each


class InProcessIndex:
    """Segments with their removed articles; implements ``SearchBackend``."""

    name = "in-process"

    def __init__(
        self,
        vocabularies: Vocabularies,
        segments: Sequence[Segment],
        removed: Sequence[np.ndarray],
        analyzer: Analyzer = ENGLISH,
    ) -> None:
        self.analyzer = analyzer  # whose terms the segments hold: questions are read with it too
        self.vocabularies = vocabularies
        self.segments = tuple(segments)
        self.removed = tuple(removed)  # per segment, bool per article
        self._live = [np.repeat(~gone, np.diff(s.article_starts)) for s, gone in zip(segments, removed, strict=True)]
        self._bases = np.cumsum([0] + [s.sentence_count for s in self.segments])
        self._kept: dict[int, Sentence] = {}  # sentences read, by id (``sentences``)
        self._kept_texts: dict[int, str] = {}  # candidates' texts decoded, by id (``_texts``)
        self._known: dict[str, bool] = {}  # whether a live sentence has a term, by term (``knows``)
        self._base_list = self._bases.tolist()
        for segment in self.segments:
            segment.tie_ranks  # noqa: B018  (computed now, in the loading thread, not in a first answer)
        if len(self.segments) > 1:
            self._tie_ranks  # noqa: B018  (likewise)
        self._score()

    def _score(self) -> None:
        """Whole-corpus statistics, and every segment's BM25 matrix scored with them."""
        terms = len(self.vocabularies.terms)
        frequencies = np.zeros(terms, dtype=np.int64)
        size, total_length = 0, 0
        for segment, live in zip(self.segments, self._live, strict=True):
            frequencies[: segment.postings.shape[0]] += np.diff(segment.postings.indptr)
            if not live.all():
                frequencies -= _document_frequencies(segment, ~live, terms)
            size += int(live.sum())
            total_length += int(segment.lengths[live].sum())
        self.document_frequencies = frequencies
        self.idf = okapi_idf(frequencies, size)
        self._sentences = size
        self._max_idf = float(self.idf.max()) if self.idf.size else 0.0
        average_length = total_length / size if size else 1.0
        self.matrices = [
            LazyBm25Matrix(
                self.vocabularies.terms.ids,
                self.idf,
                segment.postings,
                segment.lengths,
                average_length,
                None if live.all() else live,
            )
            for segment, live in zip(self.segments, self._live, strict=True)
        ]

    @property
    def sentence_count(self) -> int:
        return self._sentences

    @cached_property
    def _articles(self) -> list[tuple[ArticleMeta, int, int, int]]:
        """Live articles sorted by file name (as the corpus lists them): each with its
        sentence count, its segment's number and its number there."""
        found = []
        for number, (segment, gone) in enumerate(zip(self.segments, self.removed, strict=True)):
            sizes = np.diff(segment.article_starts).tolist()
            found += [
                (source, size, number, local)
                for local, (source, size, g) in enumerate(zip(segment.articles, sizes, gone.tolist(), strict=True))
                if not g
            ]
        return sorted(found, key=lambda item: item[0].name)

    @cached_property
    def sources(self) -> list[ArticleMeta]:
        return [source for source, *_ in self._articles]

    def passage_counts(self) -> list[int]:
        return [count for _, count, _, _ in self._articles]

    def languages(self) -> set[str]:
        """The languages its articles were analysed in (the default analyzer's for the unrecorded)."""
        return {source.language or self.analyzer.language for source in self.sources}

    def article_sentences(self, article: int) -> list[int]:
        _, _, number, local = self._articles[article]
        segment, base = self.segments[number], self._base_list[number]
        return list(range(base + int(segment.article_starts[local]), base + int(segment.article_starts[local + 1])))

    def top(
        self,
        groups: Sequence[tuple[str, ...]],
        weights: Sequence[float],
        k: int,
        articles: Collection[int] | None = None,
        holding: Collection[str] = (),
    ) -> tuple[np.ndarray, np.ndarray]:
        query = [g[0] if len(g) == 1 else g for g in groups]
        allowed: list[np.ndarray | None] = [None] * len(self.segments)
        if articles is not None:
            chosen = [np.zeros(s.sentence_count, dtype=bool) for s in self.segments]
            for article in articles:
                _, _, number, local = self._articles[article]
                segment = self.segments[number]
                chosen[number][segment.article_starts[local] : segment.article_starts[local + 1]] = True
            allowed = [*chosen]
        found_ids, found_scores, found_ranks = [], [], []
        for number, (base, segment, matrix, only) in enumerate(
            zip(self._base_list, self.segments, self.matrices, allowed, strict=False)
        ):
            if only is not None and not only.any():
                continue
            if holding:
                ids, scores = matrix.top_holding(query, k, holding, weights, tie_ranks=segment.tie_ranks, allowed=only)
            else:
                ids, scores = matrix.top(query, k, weights, tie_ranks=segment.tie_ranks, allowed=only)
            found_ids.append(ids + base)
            found_scores.append(scores)
            if len(self.segments) > 1:
                found_ranks.append(self._tie_ranks[number][ids])
        if not found_ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        ids, scores = np.concatenate(found_ids).astype(np.int64), np.concatenate(found_scores)
        if len(found_ids) > 1:
            order = np.lexsort((np.concatenate(found_ranks), -scores))[:k]
            ids, scores = ids[order], scores[order]
        return ids, scores

    @cached_property
    def _article_days(self) -> list[np.ndarray]:
        """Per segment, each article's date as an ordinal (recency reads it)."""
        return [np.array([s.date.toordinal() for s in segment.articles], dtype=np.int64) for segment in self.segments]

    @cached_property
    def _tie_ranks(self) -> list[np.ndarray]:
        """Per segment, each sentence's place in ``tie_break_key`` order across all segments."""
        keys = [
            (tie_break_key(source, 0), number, article)
            for number, segment in enumerate(self.segments)
            for article, source in enumerate(segment.articles)
        ]
        keys.sort()
        ranks = [np.empty(len(s.articles), dtype=np.int64) for s in self.segments]
        for rank, (_, number, article) in enumerate(keys):
            ranks[number][article] = rank
        longest = max(int(np.diff(s.article_starts).max(initial=0)) for s in self.segments) + 1
        return [
            ranks[number][segment.sentence_article] * longest + segment.sentence_position
            for number, segment in enumerate(self.segments)
        ]

    def knows(self, term: str) -> bool:
        """Kept per term (``_KNOWN_KEPT``, for the life of this index: its counts never change): a
        question asks it of its terms, their derived forms and its words' relatives, ninety times."""
        known = self._known.get(term)
        if known is None:
            if len(self._known) >= _KNOWN_KEPT:
                self._known.clear()
            number = self.vocabularies.terms.ids.get(term)
            known = self._known[term] = (
                number is not None
                and number < len(self.document_frequencies)
                and bool(self.document_frequencies[number] > 0)
            )
        return known

    def term_idf(self, term: str) -> float:
        if not self.knows(term):
            return self._max_idf
        return float(self.idf[self.vocabularies.terms.ids[term]])

    def sentence(self, sentence_id: int) -> Sentence:
        return self.sentences([sentence_id])[0]

    def sentences(self, sentence_ids: Sequence[int]) -> list[Sentence]:
        """The stored sentences with these ids, read together: a question reads a hundred
        candidates, and array lookups for all of them at once cost what one costs.

        Those read are kept (``_SENTENCES_KEPT``, for the life of this index: its sentences
        never change): one answer reads its best passages three or four times (the refusal
        checks, the walk past near-copies, the sentence after), and a topic's recur."""
        kept = self._kept
        found: list[Sentence | None] = [kept.get(i) for i in np.asarray(sentence_ids, dtype=np.int64).tolist()]
        missing = [place for place, sentence in enumerate(found) if sentence is None]
        if missing:
            ids = np.asarray(sentence_ids, dtype=np.int64)[missing]
            if len(kept) + len(missing) > _SENTENCES_KEPT:
                kept.clear()
            for number, at, local in self._by_segment(ids):
                for place, sentence in zip(at.tolist(), self._read(number, local), strict=True):
                    found[missing[place]] = kept[int(ids[place])] = sentence
        return cast(list[Sentence], found)  # every place is filled

    def following(self, sentence_ids: Sequence[int]) -> list[Sentence | None]:
        """The sentence after each of these in its article: the next one of its segment, when
        that is of the same article (an article's sentences are consecutive there)."""
        ids = np.asarray(sentence_ids, dtype=np.int64)
        found: list[Sentence | None] = [None] * len(ids)
        for number, at, local in self._by_segment(ids):
            article = self.segments[number].sentence_article
            after = local + 1
            same = after < article.size
            same[same] = article[after[same]] == article[local[same]]
            for place, sentence in zip(at[same].tolist(), self._read(number, after[same]), strict=True):
                found[place] = sentence
        return found

    def _by_segment(self, ids: np.ndarray) -> list[tuple[int, np.ndarray, np.ndarray]]:
        """``ids`` by segment: each segment's number, where its ids are in ``ids``, and their
        numbers within it."""
        if len(self.segments) == 1:
            return [(0, np.arange(ids.size), ids)]
        numbers = np.searchsorted(self._bases, ids, side="right") - 1
        grouped = []
        for number in np.unique(numbers).tolist():
            at = np.flatnonzero(numbers == number)
            grouped.append((number, at, ids[at] - self._base_list[number]))
        return grouped

    def candidates(self, sentence_ids: np.ndarray, bm25: np.ndarray, query: Query) -> Candidates:
        """What re-ranking reads of these sentences, from the forward indexes: one gather per
        array for all of them, their terms and words compared with the question's as ids."""
        ids = np.asarray(sentence_ids, dtype=np.int64)
        if not ids.size:
            return Candidates.of(query, [], [], [])
        grouped = self._by_segment(ids)
        if len(grouped) == 1:
            number, _, local = grouped[0]
            return self._candidates(number, local, bm25, query)
        parts = [self._candidates(number, local, bm25[at], query) for number, at, local in grouped]
        return Candidates.concatenate(parts).take(np.argsort(np.concatenate([at for _, at, _ in grouped])))

    def _candidates(self, number: int, local: np.ndarray, bm25: np.ndarray, query: Query) -> Candidates:
        segment = self.segments[number]
        count, width = local.size, len(query.terms)
        # In the stored ids' own type: told to mix types, searchsorted converts every gathered id.
        known = np.array([self.vocabularies.terms.ids.get(t, -1) for t in query.terms], dtype=segment.term_ids.dtype)
        order = np.argsort(known)
        ordered = known[order]

        def slots(term_ids: np.ndarray) -> np.ndarray:
            """Each term id's place in the question's terms, -1 for a term it does not have."""
            if not width:
                return np.full(term_ids.size, -1)
            at = np.minimum(np.searchsorted(ordered, term_ids), width - 1)
            return np.where(ordered[at] == term_ids, order[at], -1)

        numbers = np.arange(count)

        def table(found: np.ndarray, rows: np.ndarray) -> np.ndarray:
            """[candidates, slots]: which of the question's terms each row has (-1 fills a spare column)."""
            has = np.zeros((count, width + 1), dtype=bool)
            has[rows, found] = True
            return has[:, :width]

        def owners(lengths: np.ndarray) -> np.ndarray:
            """Each gathered value's candidate."""
            return np.repeat(numbers, lengths)

        before = np.where(segment.sentence_position[local] == 0, local, local - 1)  # an article's first: none
        terms, term_lengths = _gathered(segment.term_ids, segment.term_offsets, local, local + 1)
        previous, previous_lengths = _gathered(segment.term_ids, segment.term_offsets, before, local)
        articles = segment.sentence_article[local]
        title, title_lengths = _gathered(segment.title_term_ids, segment.title_offsets, articles, articles + 1)
        words, word_lengths = _gathered(segment.word_ids, segment.word_offsets, local, local + 1)
        sequence, owner = slots(terms), owners(term_lengths)
        word_ids = self.vocabularies.words.ids
        asked = np.array([word_ids[w] for w in query.words if w in word_ids], dtype=words.dtype)
        asked_at = owners(word_lengths)[_among(words, asked)]
        return Candidates(
            bm25=np.asarray(bm25, dtype=np.float64),
            texts=self._texts(number, local),
            ties=(segment.tie_ranks if len(self.segments) == 1 else self._tie_ranks[number])[local],
            has=table(sequence, owner),
            previous=table(slots(previous), owners(previous_lengths)),
            title=table(slots(title), owners(title_lengths)),
            sequence=sequence,
            owner=owner,
            surface=np.bincount(asked_at, minlength=count),
            days=self._article_days[number][articles],
            article=articles.astype(np.int64) * len(self.segments) + number,
            after=np.zeros((count, width), dtype=bool),
            agreeing=np.zeros(count, dtype=np.int64),
            position=segment.sentence_position[local].astype(np.int64),
        )

    def _texts(self, number: int, local: np.ndarray) -> list[str]:
        """The texts of these sentences of segment ``number``. Those decoded are kept
        (``_TEXTS_KEPT``, by id, for the life of this index): a topic's candidates recur from
        question to question, and each reads a hundred or more of them from all over the archive."""
        kept = self._kept_texts
        ids = (local + self._base_list[number]).tolist()
        found = [kept.get(i) for i in ids]
        missing = [place for place, text in enumerate(found) if text is None]
        if missing:
            if len(kept) + len(missing) > _TEXTS_KEPT:
                kept.clear()
            segment = self.segments[number]
            texts = segment.texts.data
            at = local[missing]
            text_at = segment.text_offsets[np.stack([at, at + 1])].tolist()
            for place, start, end in zip(missing, *text_at, strict=True):
                found[place] = kept[ids[place]] = str(texts[start:end], "utf-8")
        return cast(list[str], found)  # every place is filled

    def _read(self, number: int, local: np.ndarray) -> list[Sentence]:
        segment = self.segments[number]
        texts = segment.texts.data
        positions = segment.sentence_position[local].tolist()
        article_ids = segment.sentence_article[local]
        articles = article_ids.tolist()
        before = np.maximum(local - 1, 0)  # the sentence before (unused for an article's first)
        text_at = segment.text_offsets[np.stack([before, local, local + 1])].tolist()
        # A sentence's and the one before's terms are adjacent: both are read as one run.
        terms, term_runs = _runs(segment.term_ids, segment.term_offsets, before, local + 1)
        term_at = (segment.term_offsets[np.stack([before, local])] - segment.term_offsets[before]).tolist()
        words, word_runs = _runs(segment.word_ids, segment.word_offsets, local, local + 1)
        title_terms, title_runs = _runs(segment.title_term_ids, segment.title_offsets, article_ids, article_ids + 1)
        # Ids to strings by one gather each, as tuples (the sentence keeps tuples: a slice copies once).
        term_strings, word_strings = self._strings
        title_strings = tuple(term_strings[title_terms].tolist())
        term_texts = tuple(term_strings[terms].tolist())
        word_texts = tuple(word_strings[words].tolist())
        read = []
        for i, position in enumerate(positions):
            first = position == 0
            run, split = term_runs[i], term_at[1][i]
            read.append(
                Sentence(
                    text=str(texts[text_at[1][i] : text_at[2][i]], "utf-8"),
                    terms=term_texts[run + split : term_runs[i + 1]],
                    source=segment.articles[articles[i]],
                    position=position,
                    previous=None if first else str(texts[text_at[0][i] : text_at[1][i]], "utf-8"),
                    previous_terms=() if first else term_texts[run : run + split],
                    words=word_texts[word_runs[i] : word_runs[i + 1]],
                    title_terms=title_strings[title_runs[i] : title_runs[i + 1]],
                )
            )
        return read

    @cached_property
    def _strings(self) -> tuple[np.ndarray, np.ndarray]:
        """The term and word strings as arrays: a question maps thousands of ids to strings."""
        v = self.vocabularies
        return np.array(v.terms.strings, dtype=object), np.array(v.words.strings, dtype=object)

    def _live_counts(self, of: str) -> np.ndarray:
        """Per word (or name) id, the live sentences using it."""
        vocabulary = getattr(self.vocabularies, of)
        total = np.zeros(len(vocabulary), dtype=np.int64)
        for segment, gone in zip(self.segments, self.removed, strict=True):
            totals = getattr(segment, f"{of[:-1]}_totals")
            total[: totals.size] += totals
            if gone.any():
                removed = getattr(segment, f"{of[:-1]}_counts")[np.flatnonzero(gone)]
                total -= np.bincount(removed.indices, weights=removed.data, minlength=len(vocabulary)).astype(np.int64)
        return total

    @cached_property
    def _word_counts(self) -> dict[str, int]:
        return self._counted_words(MIN_CORRECTION_COUNT)

    def _counted_words(self, min_count: int) -> dict[str, int]:
        counts = self._live_counts("words")
        strings = self.vocabularies.words.strings
        return {strings[w]: int(counts[w]) for w in np.flatnonzero(counts >= min_count).tolist()}

    def word_counts(self, min_count: int = MIN_CORRECTION_COUNT) -> dict[str, int]:
        return self._word_counts if min_count == MIN_CORRECTION_COUNT else self._counted_words(min_count)

    @cached_property
    def _names(self) -> list[str]:
        counts = self._live_counts("names")
        strings = self.vocabularies.names.strings
        present = np.flatnonzero(counts).tolist()
        return sorted(
            (strings[n] for n in present), key=lambda name: (-counts[self.vocabularies.names.ids[name]], name)
        )[:_NAMES_KEPT]

    def frequent_names(self, count: int) -> list[str]:
        return self._names[:count]

    def updated(self, articles: Sequence[Article], removed_names: Sequence[str] = ()) -> InProcessIndex:
        """This index with ``articles`` added (replacing same-named ones) and ``removed_names`` gone."""
        leaving = set(removed_names) | {a.path.name for a in articles}
        removed = [
            gone | np.array([a.name in leaving for a in s.articles], dtype=bool)
            for s, gone in zip(self.segments, self.removed, strict=True)
        ]
        vocabularies = self.vocabularies.copy()
        segments = list(self.segments)
        if articles:
            segments.append(build_segment(articles, vocabularies, analyzer=self.analyzer))
            removed.append(np.zeros(len(articles), dtype=bool))
        segments, removed = _merged(segments, removed, vocabularies)
        return InProcessIndex(vocabularies, segments, removed, self.analyzer)


def _document_frequencies(segment: Segment, sentences: np.ndarray, terms: int) -> np.ndarray:
    """Per term, how many of the chosen sentences (a bool mask) contain it, from the forward index."""
    chosen = np.flatnonzero(sentences)
    sizes = segment.lengths[chosen]
    starts = np.repeat(segment.term_offsets[chosen], sizes)
    within = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    pairs = np.repeat(chosen.astype(np.int64), sizes) * terms + segment.term_ids[starts + within]
    return np.bincount(np.unique(pairs) % terms, minlength=terms)


def _merged(
    segments: list[Segment], removed: list[np.ndarray], vocabularies: Vocabularies
) -> tuple[list[Segment], list[np.ndarray]]:
    """Lucene-style merge policy: few segments, and little room taken by removed articles."""
    sizes = [s.sentence_count for s in segments]
    largest = int(np.argmax(sizes)) if sizes else 0
    dead = sum(int(np.diff(s.article_starts)[gone].sum()) for s, gone in zip(segments, removed, strict=True))
    others = [n for n in range(len(segments)) if n != largest]
    small_total = sum(sizes[n] for n in others)
    if segments and (dead > _MERGE_ALL_FROM * sizes[largest] or small_total > _MERGE_ALL_FROM * sizes[largest]):
        chosen = list(range(len(segments)))
    elif len(segments) > _MAX_SEGMENTS or (len(others) > 1 and small_total <= _SMALL_SHARE * sizes[largest]):
        chosen = others
    else:
        chosen = [n for n, gone in enumerate(removed) if gone.all() and len(gone)]  # nothing left: drop it
        if not chosen:
            return segments, removed
    merged = merge_segments([segments[n] for n in chosen], [removed[n] for n in chosen], vocabularies)
    kept = [n for n in range(len(segments)) if n not in chosen]
    segments = [segments[n] for n in kept]
    removed = [removed[n] for n in kept]
    if merged.articles:
        segments.append(merged)
        removed.append(np.zeros(len(merged.articles), dtype=bool))
    return segments, removed


def build_in_process(
    articles: Sequence[Article | Path], progress: TextIO | None = None, analyzer: Analyzer = ENGLISH
) -> InProcessIndex:
    """Split and index every article's sentences (or valid article files') as one segment, by ``analyzer``."""
    vocabularies = Vocabularies()
    segment = build_segment(articles, vocabularies, progress, analyzer)
    return InProcessIndex(vocabularies, [segment], [np.zeros(len(articles), dtype=bool)], analyzer)


def _among(values: np.ndarray, few: np.ndarray) -> np.ndarray:
    """``np.isin(values, few)``: for a question's few words, one comparison per word (a quarter
    of ``isin``'s time on a hundred candidates' words)."""
    if few.size > 32:
        return np.isin(values, few)
    found = np.zeros(values.shape, dtype=bool)
    for value in few.tolist():
        found |= values == value
    return found


def _runs(
    values: np.ndarray, offsets: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> tuple[np.ndarray, list[int]]:
    """``values[offsets[s]:offsets[e]]`` for each (s, e) of ``starts``, ``ends``, back to back, as one
    array (one gather for all), and where each run begins in it (with the end last)."""
    gathered, lengths = _gathered(values, offsets, starts, ends)
    return gathered, [0, *np.cumsum(lengths).tolist()]


def _gathered(
    values: np.ndarray, offsets: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """``values[offsets[s]:offsets[e]]`` for each (s, e) of ``starts``, ``ends``, back to back, as one
    array (one gather for all), and each run's length."""
    first = offsets[starts]
    lengths = offsets[ends] - first
    ends_at = np.cumsum(lengths)
    picked = np.repeat(first - (ends_at - lengths), lengths) + np.arange(ends_at[-1] if ends_at.size else 0)
    return values[picked], lengths
