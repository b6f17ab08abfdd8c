"""rank-bm25's BM25Okapi, scored through a sparse term × passage matrix.

``BM25Okapi.get_scores`` walks every passage's term dictionary for every query term,
and keeps one dictionary per passage (2.9 GB for a million sentences). We keep exactly
its weights (``bot.engine.backends.bm25_formula``, shared with the Xapian backend) in a
CSR matrix with one row per term, so a query is the sum of a few sparse rows and costs
time in proportion to the passages that contain its terms. The IDFs are computed
as ``BM25Okapi._calc_idf`` does, over a term-id array (``okapi_idf``), so
they are its numbers to the last bit (but for the floor ``bm25_formula`` explains).
"""

from __future__ import annotations

import mmap
from array import array
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import NamedTuple

import numpy as np
from scipy import sparse

from bot.engine.backends.bm25_formula import EPSILON, K1, B, floored_idf, length_norm, raw_idf, saturation

_WEIGHT_CHUNK = 1 << 20


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
    raw = [raw_idf(corpus_size, df) for df in document_frequencies[present].tolist()]
    average = sum(raw) / len(raw)
    idf[present] = [floored_idf(v, average, epsilon) for v in raw]
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
    order, a million postings at a time, because at a million sentences every
    whole-matrix temporary costs 100 MB (and the bot recomputes weights while serving).
    """
    weights = np.empty(len(frequencies))
    norm = length_norm(lengths.astype(np.float64), average_length, k1, b)
    for start in range(0, len(frequencies), _WEIGHT_CHUNK):
        end = min(start + _WEIGHT_CHUNK, len(frequencies))
        first, last = np.searchsorted(indptr, [start, end], side="right") - 1
        counts = np.diff(np.clip(indptr[first : last + 2], start, end))
        tf = frequencies[start:end].astype(np.float64)
        weights[start:end] = saturation(tf, norm[indices[start:end]], k1) * np.repeat(idf[first : last + 1], counts)
    return weights


def term_frequencies(documents: np.ndarray, offsets: np.ndarray, terms_count: int) -> sparse.csr_matrix:
    """Term × document CSR of term frequencies (float32) from each document's term ids.

    Built as the document × term matrix (the term ids as they are, no coordinate
    arrays), whose column-major form is exactly the term-major matrix wanted: at a
    million sentences this saves hundreds of megabytes over building from coordinates.
    """
    by_document = sparse.csr_matrix(
        (np.ones(len(documents), dtype=np.uint16), documents.astype(np.int32), offsets),
        shape=(len(offsets) - 1, terms_count),
    )  # copies the term ids: summing duplicates sorts each document's in place
    by_document.sum_duplicates()
    by_term = by_document.tocsc()
    del by_document
    frequencies = by_term.data.astype(np.float32)
    return sparse.csr_matrix((frequencies, by_term.indices, by_term.indptr), shape=(terms_count, len(offsets) - 1))


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
        self._zeroed: list[np.ndarray] = []  # float32 arrays of zeros over all documents, for ``top`` to reuse
        self._written: list[np.ndarray] = []  # ... and arrays of any values, to be overwritten
        self._dense_rows: dict[tuple[tuple[str, ...], float], np.ndarray] = {}  # least recently used first

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
        allowed: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` best documents with a positive score, best first, and their scores.

        ``allowed`` (a boolean per document) restricts the search to some documents: the
        others leave the posting lists before anything is ranked, so the ``k`` best allowed
        documents are found however many better ones are not allowed.

        Exact: the same documents and scores as ranking all of ``scores``; equal scores
        go in ``tie_ranks`` order (lowest first), by default document order. Rare terms
        are merged first (MaxScore): once the terms left could not lift a document never
        seen past the current k-th score, they only add to the documents already found,
        by binary search. Long lists (topical words in a fifth of all sentences) are
        added into one float32 array over all documents instead, and the few documents
        near the top are then scored exactly.
        """
        items: list[_Item] = []
        for position, asked in enumerate(query):
            item = self._item(asked, 1.0 if query_weights is None else query_weights[position], allowed)
            if item is not None:
                items.append(item)
        in_query_order = list(items)
        items.sort(key=lambda item: item.size)
        remaining = sum(item.bound for item in items)
        candidates, scores = np.zeros(0, dtype=np.int32), np.zeros(0)
        cut = False  # whether ``candidates`` are already only those near the best
        if len(items) == 1 and len(items[0].rows) == 1 and items[0].size > self.size // _DENSE_FROM:
            candidates, cut = _near_best_of(items[0].rows[0], k), True
            items = []
        for number, item in enumerate(items):
            if candidates.size >= k and remaining < np.partition(scores, -k)[-k] - _SLACK:
                for later in items[number:]:
                    scores += later.lookup(candidates)
                break
            if candidates.size + item.size > self.size // _DENSE_FROM:
                candidates, cut = self._dense_candidates(candidates, scores, items[number:], k), True
                break
            documents, weights = item.postings()
            merged = np.union1d(candidates, documents)
            merged_scores = np.zeros(merged.size)
            merged_scores[np.searchsorted(merged, candidates)] += scores
            merged_scores[np.searchsorted(merged, documents)] += weights
            candidates, scores = merged, merged_scores
            remaining -= item.bound
        if not cut and candidates.size > k:  # keep near-ties at the k-th place: exact sums decide them
            candidates = candidates[scores >= np.partition(scores, -k)[-k] - _SLACK]
        # Sum again in query order: the very additions ``scores`` (and rank-bm25) make.
        exact = np.zeros(candidates.size)
        for item in in_query_order:
            exact += item.lookup(candidates)
        positive = exact > 0  # a deleted document has weight 0 everywhere
        candidates, exact = candidates[positive], exact[positive]
        ties = candidates if tie_ranks is None else tie_ranks[candidates]
        order = np.lexsort((ties, -exact))[:k]
        return candidates[order], exact[order]

    def top_holding(
        self,
        query: Sequence[str | tuple[str, ...]],
        k: int,
        holding: Collection[str],
        query_weights: Sequence[float] | None = None,
        tie_ranks: np.ndarray | None = None,
        allowed: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """``top`` of the documents holding one of the terms ``holding`` only: they are
        scored by binary search in each query term's list, so what it costs grows with their
        number, not with the lists' lengths."""
        rows = [self._row(t)[0] for t in holding]
        candidates = np.unique(np.concatenate(rows)) if rows else np.zeros(0, dtype=np.int32)
        if allowed is not None:
            candidates = candidates[allowed[candidates]]
        exact = np.zeros(candidates.size)
        for position, asked in enumerate(query):
            alternatives = [self._postings(t) for t in ((asked,) if isinstance(asked, str) else asked)]
            alternatives = [r for r in alternatives if r.documents.size]
            if alternatives and candidates.size:
                exact += _Item(alternatives, 1.0 if query_weights is None else query_weights[position]).lookup(
                    candidates
                )
        positive = exact > 0  # a deleted document has weight 0 everywhere
        candidates, exact = candidates[positive], exact[positive]
        ties = candidates if tie_ranks is None else tie_ranks[candidates]
        order = np.lexsort((ties, -exact))[:k]
        return candidates[order], exact[order]

    def _item(self, asked: str | tuple[str, ...], scale: float, allowed: np.ndarray | None) -> _Item | None:
        """The query item ``asked`` (a term or its alternatives) over the ``allowed`` documents, None if in none.

        An item over all documents covering over 1/``_DENSE_ROW_FROM`` of them also gets its
        scaled float32 weights as one array over all documents, kept for its next query.
        """
        rows = [self._postings(t) for t in ((asked,) if isinstance(asked, str) else asked)]
        if allowed is not None:
            rows = [row.restricted(allowed) for row in rows]
        rows = [r for r in rows if r.documents.size]
        if not rows:
            return None
        item = _Item(rows, scale)
        if allowed is None and item.size * _DENSE_ROW_FROM >= self.size:
            item.dense = self._dense_row(((asked,) if isinstance(asked, str) else asked, scale), rows)
        return item

    def _dense_row(self, key: tuple[tuple[str, ...], float], rows: list[_Postings]) -> np.ndarray:
        """Each document's best float32 weight among ``rows`` (those of the terms ``key[0]``) times
        the scale ``key[1]``, kept."""
        dense = self._dense_rows.pop(key, None)  # taken out and put back: the most recent last
        if dense is None:
            unscaled = self._dense_rows.get((key[0], 1.0)) if key[1] != 1.0 else None
            if unscaled is not None:  # the same bits as computing it (a focus word's row kept unscaled): one pass
                dense = np.multiply(unscaled, np.float32(key[1]), out=over_documents(self.size))
            else:
                dense = over_documents(self.size)
                for row in rows:
                    np.maximum.at(dense, row.documents, row.narrow)
                if key[1] != 1.0:  # rounding is monotonic: the best of the scaled weights, as ``_Item._scaled`` gives
                    dense *= np.float32(key[1])
            for oldest in list(self._dense_rows)[: max(0, len(self._dense_rows) + 1 - _DENSE_ROWS_KEPT)]:
                self._dense_rows.pop(oldest, None)  # another thread may have taken it
        self._dense_rows[key] = dense
        return dense

    def _dense_candidates(self, candidates: np.ndarray, scores: np.ndarray, items: list[_Item], k: int) -> np.ndarray:
        """Documents that may be among the ``k`` best, by adding long lists in one array over all documents.

        float32 halves the memory traffic; its rounding is covered by a tolerance far
        above it, and the exact float64 sums decide among the survivors. An item kept over all
        documents is copied in first (with a second one's added on the way), over whatever the
        array held: it needs no zeroing then.
        """
        kept = [item for item in items if item.dense is not None][:2]
        arrays = [item.dense for item in kept if item.dense is not None]
        copied = arrays[0] if arrays else None
        spare = self._borrow()
        if copied is None:
            total = self._borrow()
            total[candidates] = scores
        else:
            total = self._borrow(written=True)
            if len(arrays) == 2:  # two kept items summed as they are copied in: one pass over all documents fewer
                np.add(copied, arrays[1], out=total)
            else:
                np.copyto(total, copied)
            total[candidates] += scores
        for item in items:
            if not any(item is done for done in kept):
                item.add_into(total, spare)
        tolerance = 1e-5 * (float(scores.max(initial=0.0)) + sum(item.bound for item in items)) + _SLACK
        chosen = _past_block_floor(total, k, tolerance)
        if chosen.size > k:
            approximate = total[chosen]
            chosen = chosen[approximate >= float(np.partition(approximate, -k)[-k]) - tolerance]
        self._written.append(total)  # zeroed only if next borrowed for zeros: a copy overwrites it
        self._zeroed.append(spare)  # ``add_into`` leaves ``spare`` all zeros
        return chosen

    def _borrow(self, written: bool = False) -> np.ndarray:
        """A float32 array over all documents: of zeros, or of any values if ``written``.
        Reused: a new one is zeroed by the kernel page by page as it is first written, which
        made a process's first questions several times slower. Each thread takes its own
        (``list.pop`` is atomic). An array given back written is zeroed only when zeros are
        asked for and none is left: one a kept row is copied into needs no zeroing."""
        for kept in (self._written, self._zeroed) if written else (self._zeroed,):
            try:
                return kept.pop()
            except IndexError:
                continue
        if not written:
            try:
                found = self._written.pop()
            except IndexError:
                pass
            else:
                found.fill(0)
                return found
        return over_documents(self.size)

    def _row(self, t: str) -> tuple[np.ndarray, np.ndarray]:
        row = self.vocabulary.get(t)
        if row is None or row >= self.rows.shape[0]:
            return np.zeros(0, dtype=np.int32), np.zeros(0)
        start, end = self.rows.indptr[row], self.rows.indptr[row + 1]
        return self.rows.indices[start:end], self.rows.data[start:end]

    def _postings(self, t: str) -> _Postings:
        return _Postings.of(*self._row(t))


class LazyBm25Matrix(Bm25Matrix):
    """BM25Okapi weights of one segment, computed per term on first use from raw frequencies.

    The corpus-wide statistics (``idf``, ``average_length``) change with every update of
    the index, so weights are not stored: a term's row is computed (by the very
    operations of ``okapi_weights``, so to the same bits) when a query first needs it,
    and kept for the life of this matrix. Documents not ``live`` weigh 0.
    """

    def __init__(
        self,
        vocabulary: Mapping[str, int],
        idf: np.ndarray,
        frequencies: sparse.csr_matrix,
        lengths: np.ndarray,
        average_length: float,
        live: np.ndarray | None = None,
        k1: float = K1,
        b: float = B,
    ) -> None:
        super().__init__(vocabulary, idf, frequencies)
        self.k1 = k1
        self.length_norm = length_norm(lengths.astype(np.float64), average_length, k1, b)
        # A term found once in a document weighs idf · (k1+1) / (1 + norm): all but that idf is
        # the document's own, so made once. Most postings are of terms found once, and this
        # spares them the division (the same operations, so the same bits).
        self.once = saturation(1.0, self.length_norm, k1)
        self.live = live
        self._weighed: dict[int, _Postings] = {}
        self._weighed_postings = 0

    def _row(self, t: str) -> tuple[np.ndarray, np.ndarray]:
        postings = self._postings(t)
        return postings.documents, postings.weights

    def _postings(self, t: str) -> _Postings:
        row = self.vocabulary.get(t)
        if row is None or row >= self.rows.shape[0]:
            return _Postings.of(np.zeros(0, dtype=np.int32), np.zeros(0))
        found = self._weighed.get(row)
        if found is None:
            start, end = self.rows.indptr[row], self.rows.indptr[row + 1]
            documents, frequencies = self.rows.indices[start:end], self.rows.data[start:end]
            weights = self.once[documents]
            repeated = np.flatnonzero(frequencies != 1)
            if repeated.size:  # BM25Okapi's tf·(k1+1) / (tf + norm), in its order
                counts = frequencies[repeated].astype(np.float64)
                weights[repeated] = saturation(counts, self.length_norm[documents[repeated]], self.k1)
            weights *= self.idf[row]
            if self.live is not None:
                weights[~self.live[documents]] = 0.0
            if self._weighed_postings > _WEIGHED_POSTINGS_KEPT:
                self._weighed, self._weighed_postings = {}, 0
            found = self._weighed[row] = _Postings.of(documents, weights)
            self._weighed_postings += documents.size
        return found


_WEIGHED_POSTINGS_KEPT = 1 << 24  # weights kept per matrix: at most about 200 MB
_DENSE_FROM = 100  # merge sorted lists while they cover under 1/100 of the documents
_DENSE_ITEM_FROM = 32  # a word's alternatives covering over 1/32 of the documents are added over all of them
# An item covering over 1/8 of the documents is added as one array over all of them (kept, at most 16:
# 64 MB at a million sentences): a pass over all documents costs what scattering a twelfth of them does.
_DENSE_ROW_FROM = 8
_DENSE_ROWS_KEPT = 16
_BLOCK = 1024  # documents per block whose largest sum is taken: a first cut in one pass
_SLACK = 1e-9  # far above rounding differences between summation orders, far below real gaps


def _near_best_of(postings: _Postings, k: int) -> np.ndarray:
    """The documents of a query of one term that may be among its ``k`` best: found in its own
    list's weights (a positive scale keeps their order), with no pass over all documents."""
    tolerance = 1e-5 * postings.bound + _SLACK
    chosen = _past_block_floor(postings.narrow, k, tolerance)
    if chosen.size > k:
        approximate = postings.narrow[chosen]
        chosen = chosen[approximate >= float(np.partition(approximate, -k)[-k]) - tolerance]
    return postings.documents[chosen]


def _past_block_floor(total: np.ndarray, k: int, tolerance: float) -> np.ndarray:
    """The documents (ascending) whose sum in ``total`` may be among the ``k`` largest.

    Each block of documents' largest sum is some document's, so the ``k``-th largest of
    them is reached by ``k`` documents: a safe first cut, found in one pass over ``total``
    (a reduction runs several times faster than a comparison and ``nonzero``), and only
    the blocks past it are searched.
    """
    width = max(1, min(_BLOCK, total.size // (2 * k)))
    whole = total.size - total.size % width
    blocks = total[:whole].reshape(-1, width)
    # Read as int32, the same order for floats that are not NaN (negatives, below every positive,
    # sort among themselves backwards: never a top counted): integer maxima run a third faster.
    tops = blocks.view(np.int32).max(axis=1).view(np.float32)
    if whole < total.size:  # the last few documents, as one more block
        tops = np.append(tops, total[whole:].max())
    positive = tops[tops > 0]
    floor = float(np.partition(positive, -k)[-k]) - tolerance if positive.size >= k else 0.0
    if floor <= 0:
        return np.flatnonzero(total)
    rich = np.flatnonzero(tops > floor)
    inner = rich[rich < len(blocks)]
    found = np.flatnonzero(blocks[inner] > floor)
    documents = inner[found // width] * width + found % width
    if whole < total.size and rich[-1] == len(blocks):
        documents = np.concatenate([documents, whole + np.flatnonzero(total[whole:] > floor)])
    return documents


_HUGE_PAGE = 2 << 20  # the kernel's transparent huge page (x86-64, arm64 with 4 KB pages)


def over_documents(size: int) -> np.ndarray:
    """A float32 array of ``size`` zeros (one per document), in fresh memory the kernel is asked
    to give in 2 MB pages (anonymous, private, 2 MB-aligned, ``MADV_HUGEPAGE``) when it fills one.

    Such an array is made once and kept (a dense row, an array ``top`` borrows): in 4 KB pages,
    a million documents are a thousand page faults as it is first written, 1.5 ms of a
    process's first questions (four fifths of making a dense row); in 2 MB pages, two (0.3 ms).
    numpy asks for huge pages from 4 MiB only, and its memory is not aligned to them. Where the
    platform has no such advice, or the mapping fails, plain zeros: the same values either way.
    Shorter kept arrays (a term's weights) stay numpy's: a 2 MB page each would waste memory.
    """
    nbytes = size * 4
    if nbytes < _HUGE_PAGE or not hasattr(mmap, "MADV_HUGEPAGE") or not hasattr(mmap, "MAP_PRIVATE"):
        return np.zeros(size, dtype=np.float32)
    try:
        region = mmap.mmap(-1, nbytes + _HUGE_PAGE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
        region.madvise(mmap.MADV_HUGEPAGE)
    except (OSError, ValueError):
        return np.zeros(size, dtype=np.float32)
    start = -np.frombuffer(region, np.uint8, 1).ctypes.data % _HUGE_PAGE
    return np.frombuffer(region, np.float32, size, start)  # the array keeps the mapping; zeros, writable


class _Postings(NamedTuple):
    """One term's documents and weights, with what top-k needs of them again and again."""

    documents: np.ndarray
    weights: np.ndarray
    narrow: np.ndarray  # the weights in float32, for adding long lists over all documents
    bound: float  # the largest weight

    @classmethod
    def of(cls, documents: np.ndarray, weights: np.ndarray) -> _Postings:
        return cls(documents, weights, weights.astype(np.float32), float(weights.max(initial=0.0)))

    def restricted(self, allowed: np.ndarray) -> _Postings:
        """Only the documents ``allowed`` (a boolean per document)."""
        keep = allowed[self.documents]
        return _Postings.of(self.documents[keep], self.weights[keep])


class _Item:
    """One query item: the posting lists of its alternative terms, and its weight in the query."""

    def __init__(self, rows: list[_Postings], scale: float) -> None:
        self.rows = rows
        self.scale = scale
        self.size = sum(row.documents.size for row in rows)
        self.bound = max(row.bound for row in rows) * scale
        self.dense: np.ndarray | None = None  # every document's best float32 weight, scaled, when kept

    def postings(self) -> tuple[np.ndarray, np.ndarray]:
        """One posting list: each document with its best alternative's weight, scaled."""
        documents, weights = self.rows[0][:2]
        if len(self.rows) > 1:
            documents = np.unique(np.concatenate([row.documents for row in self.rows]))
            weights = np.zeros(documents.size)
            for row_documents, row_weights, _, _ in self.rows:
                at = np.searchsorted(documents, row_documents)
                weights[at] = np.maximum(weights[at], row_weights)
        return documents, weights * self.scale if self.scale != 1.0 else weights

    def lookup(self, candidates: np.ndarray) -> np.ndarray:
        """Each candidate's (best, scaled) weight, 0 where absent, by binary search."""
        best = np.zeros(candidates.size)
        for documents, weights, _, _ in self.rows:
            # In the lists' own integer type: told to mix types, searchsorted converts the whole list.
            found = np.searchsorted(documents, candidates.astype(documents.dtype, copy=False))
            found[found == documents.size] = 0
            hit = documents[found] == candidates
            best = np.maximum(best, np.where(hit, weights[found], 0.0))
        return best * self.scale if self.scale != 1.0 else best

    def add_into(self, total: np.ndarray, spare: np.ndarray) -> None:
        """Add each document's (best, scaled) weight into ``total``; ``spare``: zeros, before and after."""
        if self.dense is not None:
            total += self.dense
            return
        # ufunc.at: one pass over the postings (numpy 2), three times faster than ``total[d] += w``.
        if len(self.rows) == 1:
            np.add.at(total, self.rows[0].documents, self._scaled(self.rows[0].narrow))
            return
        if self.size * _DENSE_ITEM_FROM >= total.size:
            # Long rows ("russia" and "russian", a third of a topical archive's sentences): each
            # document's best gathered in ``spare`` and added over all documents at once, three
            # times faster than picking the documents out. A document in no row adds 0 (no change).
            for row in self.rows:
                np.maximum.at(spare, row.documents, row.narrow)
            total += self._scaled(spare)
            spare.fill(0)
            return
        # The shorter rows' best weights are gathered in ``spare``; the longest row (a topical
        # word's, "ukrain" beside "ukrainian") takes its own best of them as it is added.
        longest, *others = sorted(self.rows, key=lambda row: row.documents.size, reverse=True)
        for row in others:
            np.maximum.at(spare, row.documents, row.narrow)
        best = np.maximum(longest.narrow, spare[longest.documents])
        spare[longest.documents] = 0
        np.add.at(total, longest.documents, self._scaled(best))
        for row in others:  # a document in several rows is added once: the first to come takes its best
            best = spare[row.documents]
            spare[row.documents] = 0
            np.add.at(total, row.documents, self._scaled(best))

    def _scaled(self, narrow: np.ndarray) -> np.ndarray:
        """float32 weights times the item's weight in the query."""
        return narrow * np.float32(self.scale) if self.scale != 1.0 else narrow
