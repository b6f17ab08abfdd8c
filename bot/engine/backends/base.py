"""The one interface between answering a question and the index that holds the passages.

Question understanding (spelling, derived forms, focus words), re-ranking, the
relevance threshold and formatting (``bot.engine.search``) use only ``SearchBackend``.
The in-process index (``bot.engine.backends.in_process.index``) is the default implementation; any
other (a Xapian database, a remote shard set) implements the same few members.

Contract an implementation must keep so every backend answers alike:

* Scores are rank-bm25's ``BM25Okapi`` (k1 = 1.5, b = 0.75, epsilon = 0.25) over the
  whole live corpus: IDF and average sentence length are corpus-wide.
* A query is a list of groups of alternative terms (a word and its derived forms); a
  sentence scores, per group, the best weight among the group's terms, times the
  group's weight; groups add up in query order.
* Ties are broken by ``values.tie_break_key`` — newer article first, then article
  file name, then position — never by internal ids, so two backends give one order.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from bot.engine.analysis.analyzer import Analyzer
from bot.engine.candidates import Candidates, Query
from bot.engine.spelling import MIN_CORRECTION_COUNT
from bot.engine.values import ArticleMeta, Sentence


@runtime_checkable
class SearchBackend(Protocol):
    """What question understanding and re-ranking need from an index of sentences."""

    @property
    def name(self) -> str:
        """Its name in ``backends.registry`` (a ``SEARCH_BACKEND`` value), which knows how to refresh it."""
        ...

    @property
    def analyzer(self) -> Analyzer:
        """The analysis its terms were made with: a question is read with the same one."""
        ...

    @property
    def sentence_count(self) -> int:
        """Live sentences in the index."""
        ...

    @property
    def sources(self) -> Sequence[ArticleMeta]:
        """The indexed articles."""
        ...

    def top(
        self,
        groups: Sequence[tuple[str, ...]],
        weights: Sequence[float],
        k: int,
        articles: Collection[int] | None = None,
        holding: Collection[str] = (),
    ) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` best sentences with a positive score: (sentence ids, scores), best first.

        Exact BM25Okapi as described in the module docstring; equal scores in
        ``tie_break_key`` order. Ids are only meaningful to ``sentence`` of the same backend.
        ``articles`` (numbers into ``sources``) restricts retrieval itself to their sentences
        (a date range in the question): the best ``k`` of those, not a filter of the best ``k``.
        ``holding`` (terms), likewise, keeps only the sentences that hold one of them.
        """
        ...

    def article_sentences(self, article: int) -> Sequence[int]:
        """The sentence ids of article number ``article`` (into ``sources``), in article order."""
        ...

    def knows(self, term: str) -> bool:
        """Whether any live sentence contains ``term``."""
        ...

    def term_idf(self, term: str) -> float:
        """BM25Okapi IDF of ``term``; an unknown term weighs as much as the rarest known one."""
        ...

    def sentence(self, sentence_id: int) -> Sentence:
        """The stored sentence with this id (from ``top``)."""
        ...

    def sentences(self, sentence_ids: Sequence[int]) -> list[Sentence]:
        """The stored sentences with these ids, in the same order."""
        ...

    def following(self, sentence_ids: Sequence[int]) -> list[Sentence | None]:
        """The sentence after each of these in its article (``None`` after an article's last),
        read together: re-ranking reads them for the best candidates of every question."""
        ...

    def candidates(self, sentence_ids: np.ndarray, bm25: np.ndarray, query: Query) -> Candidates:
        """What re-ranking reads of these sentences (ids from ``top``, with their BM25 scores),
        in the same order: ``candidates.sentence_candidates`` of ``sentences`` does for any backend."""
        ...

    def word_counts(self, min_count: int = MIN_CORRECTION_COUNT) -> Mapping[str, int]:
        """Lowercase corpus words in ``min_count`` or more sentences, with their sentence counts (for spelling)."""
        ...

    def frequent_names(self, count: int) -> list[str]:
        """The capitalised words (names, places) most sentences mention, most first."""
        ...

    def passage_counts(self) -> list[int]:
        """Number of sentences of each article, in ``sources`` order."""
        ...
