"""rank-bm25's BM25Okapi, scored through a sparse term × passage matrix.

``BM25Okapi.get_scores`` walks every passage's term dictionary for every query term,
and keeps one dictionary per passage (2.9 GB for a million sentences). We keep exactly
its weights — ``idf(t) · tf·(k1+1) / (tf + k1·(1 − b + b·|d|/avgdl))`` — in a CSR
matrix with one row per term, so a query is the sum of a few sparse rows and costs
time in proportion to the passages that contain its terms. The IDFs are computed
as ``BM25Okapi._calc_idf`` does, over a term-id array (``okapi_idf``), so
they are its numbers to the last bit.

One deliberate difference: BM25Okapi floors negative IDFs at ``epsilon · mean IDF``,
which is itself zero or negative on tiny corpora, and leaves an IDF of exactly zero
(a term in half the passages) as it is; such terms could never match. Every
non-positive IDF is raised to at least ``epsilon · ln 2`` instead. On corpora where
BM25Okapi's own floor is positive and larger, the scores are identical.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from scipy import sparse

K1, B, EPSILON = 1.5, 0.75, 0.25  # BM25Okapi's defaults


def okapi_idf(document_frequencies: np.ndarray, corpus_size: int, epsilon: float = EPSILON) -> np.ndarray:
    """BM25Okapi's IDF of each term with a positive document frequency (others get 0).

    ``log(N − df + 0.5) − log(df + 0.5)`` with ``math.log``, as ``BM25Okapi._calc_idf``;
    negative IDFs become ``epsilon ·`` the mean IDF, summed in term-id order: for terms
    numbered as first met, BM25Okapi's own order, so its very numbers. (An index updated
    article by article numbers new terms last; its mean may then differ in the last bit.)
    """
    idf = np.zeros(len(document_frequencies))
    present = np.flatnonzero(document_frequencies)
    if not present.size:
        return idf
    raw = [math.log(corpus_size - df + 0.5) - math.log(df + 0.5) for df in document_frequencies[present].tolist()]
    average = sum(raw) / len(raw)
    floor = epsilon * math.log(2)
    # BM25Okapi's own floor first; then any IDF still not positive (its floor is zero or
    # negative on tiny corpora, and an IDF of exactly 0 is left alone) is raised to ε·ln 2.
    okapi = [v if v >= 0 else epsilon * average for v in raw]
    idf[present] = [v if v > 0 else max(v, floor) for v in okapi]
    return idf


def okapi_weights(
    frequencies: np.ndarray,
    indptr: np.ndarray,
    indices: np.ndarray,
    lengths: np.ndarray,
    idf: np.ndarray,
    average_length: float,
    k1: float = K1,
    b: float = B,
) -> np.ndarray:
    """BM25Okapi's weight of each posting of a term × document CSR of term frequencies.

    ``idf · (tf·(k1+1) / (tf + k1·(1 − b + b·|d|/avgdl)))``: BM25Okapi's operations in its
    order, done in place because at a million sentences every temporary costs 100 MB.
    """
    weights = frequencies.astype(np.float64)
    length_norm = k1 * (1 - b + b * lengths.astype(np.float64) / average_length)
    denominator = length_norm[indices]
    denominator += weights
    weights *= k1 + 1
    weights /= denominator
    del denominator
    weights *= np.repeat(idf[: len(indptr) - 1], np.diff(indptr))
    return weights


def term_frequencies(documents: np.ndarray, offsets: np.ndarray, terms_count: int) -> sparse.csr_matrix:
    """Term × document CSR of term frequencies (float32) from each document's term ids."""
    lengths = np.diff(offsets)
    columns = np.repeat(np.arange(len(lengths), dtype=np.int32), lengths)
    matrix = sparse.csr_matrix(
        (np.ones(len(documents), dtype=np.float32), (documents, columns)), shape=(terms_count, len(lengths))
    )
    matrix.sum_duplicates()
    return matrix


class Bm25Matrix:
    """BM25Okapi weights of ``size`` documents; ``scores`` rates all of them for a query.

    ``vocabulary`` maps terms to rows; it may know terms this matrix has no row for
    (a vocabulary shared by several segments), which then match nothing here.
    """

    def __init__(self, vocabulary: Mapping[str, int], idf: np.ndarray, rows: sparse.csr_matrix) -> None:
        self.vocabulary = vocabulary
        self.idf = idf
        self.rows = rows
        self.size = rows.shape[1]

    @classmethod
    def build(
        cls, documents: Iterable[Sequence[str]], k1: float = K1, b: float = B, epsilon: float = EPSILON
    ) -> Bm25Matrix:
        """Index ``documents`` (lists of terms) at once."""
        vocabulary: dict[str, int] = {}
        term_ids, offsets = array("i"), array("q", [0])
        for terms in documents:
            term_ids.extend(vocabulary.setdefault(t, len(vocabulary)) for t in terms)
            offsets.append(len(term_ids))
        offsets_array = np.frombuffer(offsets, np.int64)
        tf = term_frequencies(np.frombuffer(term_ids, np.int32), offsets_array, len(vocabulary))
        size = len(offsets) - 1
        if size == 0 or not vocabulary:
            return cls(vocabulary, np.zeros(len(vocabulary)), sparse.csr_matrix((len(vocabulary), size)))
        lengths = np.diff(offsets_array)
        idf = okapi_idf(np.diff(tf.indptr), size, epsilon)
        weights = okapi_weights(tf.data, tf.indptr, tf.indices, lengths, idf, int(lengths.sum()) / size, k1, b)
        return cls(vocabulary, idf, sparse.csr_matrix((weights, tf.indices, tf.indptr), shape=tf.shape))

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
    ) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` best documents with a positive score, best first, and their scores.

        Equal scores go in ``tie_ranks`` order (lowest first), by default document order.

        Exact, and the same documents as ranking all of ``scores``, but without touching
        most of the postings of frequent terms (MaxScore): rare terms are merged first;
        once the terms left could not lift a document never seen past the current k-th
        score, they only add to the documents already found, by binary search.
        """
        items = []
        for position, item in enumerate(query):
            alternatives = (item,) if isinstance(item, str) else item
            documents, weights = _best_of([self._row(t) for t in alternatives])
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
        positive = exact > 0  # a deleted document has weight 0 everywhere
        candidates, exact = candidates[positive], exact[positive]
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
        if row is None or row >= self.rows.shape[0]:
            return np.zeros(0, dtype=np.int32), np.zeros(0)
        start, end = self.rows.indptr[row], self.rows.indptr[row + 1]
        return self.rows.indices[start:end], self.rows.data[start:end]


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
