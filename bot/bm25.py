"""rank-bm25's BM25Okapi, scored through a sparse term × passage matrix.

``BM25Okapi.get_scores`` walks every passage's term dictionary for every query term.
We keep exactly its weights — ``idf(t) · tf·(k1+1) / (tf + k1·(1 − b + b·|d|/avgdl))`` —
precomputed in a CSR matrix with one row per term, so a query is the sum of a few
sparse rows and costs time in proportion to the passages that contain its terms.

One deliberate difference: BM25Okapi floors negative IDFs at ``epsilon · mean IDF``,
which is itself zero or negative on tiny corpora, and leaves an IDF of exactly zero
(a term in half the passages) as it is; such terms could never match. Every
non-positive IDF is raised to at least ``epsilon · ln 2`` instead. On corpora where
BM25Okapi's own floor is positive and larger, the scores are identical.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from rank_bm25 import BM25Okapi
from scipy import sparse


class Bm25Matrix:
    """BM25Okapi over ``documents`` (lists of terms); ``scores`` rates all of them."""

    def __init__(
        self,
        documents: Sequence[Sequence[str]],
        k1: float = 1.5,
        b: float = 0.75,
        epsilon: float = 0.25,
    ) -> None:
        self.size = len(documents)
        self.vocabulary: dict[str, int] = {}
        self.idf = np.zeros(0)
        self.document_frequency = np.zeros(0, dtype=np.int64)
        self._rows = sparse.csr_matrix((0, self.size))
        if not any(documents):
            return
        okapi = BM25Okapi([list(d) for d in documents], k1=k1, b=b, epsilon=epsilon)
        floor = epsilon * math.log(2)
        self.vocabulary = {t: i for i, t in enumerate(okapi.idf)}
        self.idf = np.array([v if v > 0 else max(v, floor) for v in okapi.idf.values()])
        doc_len = np.asarray(okapi.doc_len, dtype=float)
        length_norm = k1 * (1 - b + b * doc_len / okapi.avgdl)
        rows, cols, weights = [], [], []
        for doc, frequencies in enumerate(okapi.doc_freqs):
            for t, tf in frequencies.items():
                rows.append(self.vocabulary[t])
                cols.append(doc)
                weights.append(tf * (k1 + 1) / (tf + length_norm[doc]))
        matrix = sparse.csr_matrix((weights, (rows, cols)), shape=(len(self.vocabulary), self.size), dtype=float)
        self._rows = sparse.diags(self.idf) @ matrix
        self._rows.sort_indices()
        self.document_frequency = np.diff(matrix.indptr)

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
                total[documents] += scale * weights
            else:
                best = np.zeros(self.size)
                for alternative in item:
                    documents, weights = self._row(alternative)
                    best[documents] = np.maximum(best[documents], weights)
                total += scale * best
        return total

    def _row(self, t: str) -> tuple[np.ndarray, np.ndarray]:
        row = self.vocabulary.get(t)
        if row is None:
            return np.zeros(0, dtype=np.int32), np.zeros(0)
        start, end = self._rows.indptr[row], self._rows.indptr[row + 1]
        return self._rows.indices[start:end], self._rows.data[start:end]

    def term_idf(self, t: str) -> float:
        """IDF of a term; an unseen term weighs as much as the rarest known one."""
        row = self.vocabulary.get(t)
        if row is None:
            return float(self.idf.max()) if self.idf.size else 0.0
        return float(self.idf[row])
