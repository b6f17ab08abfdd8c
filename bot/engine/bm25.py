"""rank-bm25's BM25Okapi, scored through a sparse term × passage matrix.

``BM25Okapi.get_scores`` walks every passage's term dictionary for every query term,
and keeps one dictionary per passage (2.9 GB for a million sentences). We keep exactly
its weights — ``idf(t) · tf·(k1+1) / (tf + k1·(1 − b + b·|d|/avgdl))`` — in a CSR
matrix with one row per term, so a query is the sum of a few sparse rows and costs
time in proportion to the passages that contain its terms. The IDFs come from
rank-bm25's own ``BM25Okapi._calc_idf``, so they are its numbers to the last bit.

One deliberate difference: BM25Okapi floors negative IDFs at ``epsilon · mean IDF``,
which is itself zero or negative on tiny corpora, and leaves an IDF of exactly zero
(a term in half the passages) as it is; such terms could never match. Every
non-positive IDF is raised to at least ``epsilon · ln 2`` instead. On corpora where
BM25Okapi's own floor is positive and larger, the scores are identical.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
from rank_bm25 import BM25Okapi
from scipy import sparse


def okapi_idf(document_frequencies: dict[str, int], corpus_size: int, epsilon: float) -> dict[str, float]:
    """BM25Okapi's IDF for each term, computed by rank-bm25 itself (without its index)."""
    okapi = BM25Okapi.__new__(BM25Okapi)  # the IDF step alone: no per-passage dictionaries
    okapi.corpus_size, okapi.epsilon, okapi.idf = corpus_size, epsilon, {}
    okapi._calc_idf(document_frequencies)
    return okapi.idf


class Bm25Matrix:
    """BM25Okapi weights of ``size`` documents; ``scores`` rates all of them for a query."""

    def __init__(self, vocabulary: list[str], idf: np.ndarray, rows: sparse.csr_matrix) -> None:
        self.terms = vocabulary
        self.vocabulary = {t: i for i, t in enumerate(vocabulary)}
        self.idf = idf
        self.rows = rows
        self.size = rows.shape[1]

    @classmethod
    def build(
        cls, documents: Iterable[Sequence[str]], k1: float = 1.5, b: float = 0.75, epsilon: float = 0.25
    ) -> Bm25Matrix:
        """Index ``documents`` (lists of terms), one pass, memory in proportion to distinct pairs."""
        vocabulary: dict[str, int] = {}
        term_ids, doc_ids, frequencies, lengths = array("i"), array("i"), array("d"), array("i")
        for doc, terms in enumerate(documents):
            lengths.append(len(terms))
            # First-appearance order, as BM25Okapi meets terms: its mean IDF sums in that order.
            for t, tf in Counter(terms).items():
                term_ids.append(vocabulary.setdefault(t, len(vocabulary)))
                doc_ids.append(doc)
                frequencies.append(tf)
        size, terms_count = len(lengths), len(vocabulary)
        tf_matrix = sparse.csr_matrix(
            (np.frombuffer(frequencies), (np.frombuffer(term_ids, np.int32), np.frombuffer(doc_ids, np.int32))),
            shape=(terms_count, size),
        )
        del term_ids, doc_ids, frequencies
        vocabulary_list = list(vocabulary)
        if size == 0 or terms_count == 0:
            return cls(vocabulary_list, np.zeros(terms_count), sparse.csr_matrix((terms_count, size)))
        document_frequency = np.diff(tf_matrix.indptr)
        raw_idf = okapi_idf(dict(zip(vocabulary_list, document_frequency.tolist(), strict=True)), size, epsilon)
        floor = epsilon * math.log(2)
        idf = np.array([v if v > 0 else max(v, floor) for v in raw_idf.values()])
        doc_len = np.frombuffer(lengths, np.int32).astype(float)
        avgdl = int(doc_len.sum()) / size
        length_norm = k1 * (1 - b + b * doc_len / avgdl)
        # weight = idf · (tf·(k1+1) / (tf + norm)): BM25Okapi's operations in its order, done
        # in place because at a million sentences every temporary array costs 120 MB.
        weights = tf_matrix.data
        denominator = length_norm[tf_matrix.indices]
        denominator += weights
        weights *= k1 + 1
        weights /= denominator
        del denominator
        weights *= np.repeat(idf, document_frequency)
        tf_matrix.sort_indices()
        return cls(vocabulary_list, idf, tf_matrix)

    def scores(
        self, query: Sequence[str | tuple[str, ...]], query_weights: Sequence[float] | None = None
    ) -> np.ndarray:
        """BM25 score of every document for ``query`` (repeated terms count again).

        A tuple in the query is a set of alternatives (a word and its derived forms):
        each document scores with the best of them, so a word is never counted twice.
        ``query_weights`` scale each query item's contribution (default 1).
        """
        total = np.zeros(self.size)
        for position, item in enumerate(query):
            scale = 1.0 if query_weights is None else query_weights[position]
            if isinstance(item, str):
                documents, weights = self._row(item)
                total[documents] += weights if scale == 1.0 else scale * weights
            else:
                best = np.zeros(self.size)
                for alternative in item:
                    documents, weights = self._row(alternative)
                    best[documents] = np.maximum(best[documents], weights)
                total += scale * best
        return total

    def top(
        self,
        query: Sequence[str | tuple[str, ...]],
        k: int,
        query_weights: Sequence[float] | None = None,
        tie_ranks: np.ndarray | None = None,
        allowed: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` best documents with a positive score, best first, and their scores.

        Equal scores go in ``tie_ranks`` order (lowest first), by default document order.
        ``allowed`` (a boolean per document) restricts the search to some documents: the
        others leave the posting lists before anything is ranked, so the ``k`` best allowed
        documents are found however many better ones are not allowed.

        Exact, and the same documents as ranking all of ``scores``, but without touching
        most of the postings of frequent terms (MaxScore): rare terms are merged first;
        once the terms left could not lift a document never seen past the current k-th
        score, they only add to the documents already found, by binary search.
        """
        items = []
        for position, item in enumerate(query):
            alternatives = (item,) if isinstance(item, str) else item
            documents, weights = _best_of([self._row(t) for t in alternatives])
            if allowed is not None:
                keep = allowed[documents]
                documents, weights = documents[keep], weights[keep]
            if documents.size:
                scale = 1.0 if query_weights is None else query_weights[position]
                items.append((documents, weights * scale if scale != 1.0 else weights, float(weights.max()) * scale))
        in_query_order = list(items)
        items.sort(key=lambda item: item[0].size)
        remaining = sum(bound for _, _, bound in items)
        candidates, scores = np.zeros(0, dtype=np.int32), np.zeros(0)
        for number, (documents, weights, bound) in enumerate(items):
            if candidates.size >= k and remaining < np.partition(scores, -k)[-k] - _SLACK:
                for later in items[number:]:
                    scores += _lookup(later, candidates)
                break
            if candidates.size + documents.size > self.size // _DENSE_FROM:
                candidates, scores = self._accumulate_densely(candidates, scores, items[number:])
                break
            merged = np.union1d(candidates, documents)
            merged_scores = np.zeros(merged.size)
            merged_scores[np.searchsorted(merged, candidates)] += scores
            merged_scores[np.searchsorted(merged, documents)] += weights
            candidates, scores = merged, merged_scores
            remaining -= bound
        if candidates.size > k:  # keep near-ties at the k-th place: exact sums decide them
            keep = scores >= np.partition(scores, -k)[-k] - _SLACK
            candidates = candidates[keep]
        # Sum again in query order: the very additions ``scores`` (and rank-bm25) make.
        exact = np.zeros(candidates.size)
        for item in in_query_order:
            exact += _lookup(item, candidates)
        ties = candidates if tie_ranks is None else tie_ranks[candidates]
        order = np.lexsort((ties, -exact))[:k]
        return candidates[order], exact[order]

    def _accumulate_densely(
        self, candidates: np.ndarray, scores: np.ndarray, items: list[tuple[np.ndarray, np.ndarray, float]]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Add long posting lists into one array over all documents (cheaper than merging)."""
        total = np.zeros(self.size)
        total[candidates] = scores
        for documents, weights, _ in items:
            total[documents] += weights
        touched = np.flatnonzero(total)
        return touched, total[touched]

    def _row(self, t: str) -> tuple[np.ndarray, np.ndarray]:
        row = self.vocabulary.get(t)
        if row is None:
            return np.zeros(0, dtype=np.int32), np.zeros(0)
        start, end = self.rows.indptr[row], self.rows.indptr[row + 1]
        return self.rows.indices[start:end], self.rows.data[start:end]

    def term_idf(self, t: str) -> float:
        """IDF of a term; an unseen term weighs as much as the rarest known one."""
        row = self.vocabulary.get(t)
        if row is None:
            return float(self.idf.max()) if self.idf.size else 0.0
        return float(self.idf[row])


_DENSE_FROM = 16  # merge sorted lists while they cover under 1/16 of the documents
_SLACK = 1e-9  # far above rounding differences between summation orders, far below real gaps


def _lookup(item: tuple[np.ndarray, np.ndarray, float], candidates: np.ndarray) -> np.ndarray:
    """Each candidate's weight in one posting list (0 where absent), by binary search."""
    documents, weights, _ = item
    found = np.searchsorted(documents, candidates)
    found[found == documents.size] = 0
    hit = documents[found] == candidates
    return np.where(hit, weights[found], 0.0)


def _best_of(rows: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """One posting list from alternatives' lists: each document with its best weight."""
    rows = [r for r in rows if r[0].size]
    if not rows:
        return np.zeros(0, dtype=np.int32), np.zeros(0)
    if len(rows) == 1:
        return rows[0]
    documents = np.unique(np.concatenate([d for d, _ in rows]))
    best = np.zeros(documents.size)
    for row_documents, row_weights in rows:
        at = np.searchsorted(documents, row_documents)
        best[at] = np.maximum(best[at], row_weights)
    return documents, best
