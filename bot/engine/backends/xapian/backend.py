"""BM25 candidates and stored sentences from Xapian shards, scored exactly as in process.

The shards (local folders and/or ``xapian-tcpsrv`` servers) are combined into one
``xapian.Database``, so document counts, term frequencies and the total length are
corpus-wide. Retrieval has two steps:

1. Xapian ranks with ``BM25Weight(1.5, 0, 1, 0.75, 0)`` an ``OR`` of the question's term
   groups, each ``OP_SCALE_WEIGHT``-ed by its weight. Xapian's IDF differs from
   BM25Okapi's for terms in more than about a third of the sentences (it clamps
   ``(N−n+½)/(n+½)`` below 2 to keep weights positive), and the project floors
   non-positive IDFs: every term is therefore scaled by ``our IDF / Xapian's IDF``, which
   makes each term's Xapian weight BM25Okapi's up to rounding. A group's alternatives (a
   word and its derived forms) are OR-ed too, so a sentence holding two of them gets
   their sum from Xapian where the engine takes the best one: Xapian's weight is never
   below the exact score. (``OP_MAX`` would be exact, but it crashes Xapian 1.4.22–1.4.26
   with several databases, measured here.)
2. The best ``k`` plus a margin are re-scored exactly in Python from the stored terms and
   the corpus statistics, with ``bot.engine.backends.bm25_formula``'s operations in its order, so scores
   are the in-process ones to the last bit (the IDF floor case: see ``_okapi_idf``).
   Candidates are fetched until the lowest Xapian weight fetched is below the ``k``-th
   exact score by a margin far above rounding; as no sentence's exact score exceeds its
   Xapian weight, no sentence left out could reach the top ``k``, near-ties included.

Ties are broken as everywhere: higher score, newer article, article name, position.

Faults: any network or database error reconnects every shard and retries once; if that
fails too, ``ShardUnavailable`` names the shard that does not answer. Changes written to
the shards are picked up by ``Database.reopen()`` at most ``refresh_seconds`` apart.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from typing import TypeVar

import numpy as np
import xapian

from bot.engine.analysis.analyzer import ENGLISH, Analyzer
from bot.engine.backends.bm25_formula import K1, B, floored_idf, length_norm, raw_idf, saturation
from bot.engine.backends.xapian import layout
from bot.engine.backends.xapian.addresses import ShardAddress
from bot.engine.backends.xapian.writer import ShardLayoutError, check_analyzer, shard_number
from bot.engine.candidates import Candidates, Query, sentence_candidates
from bot.engine.spelling import MIN_CORRECTION_COUNT
from bot.engine.unavailable import SearchUnavailable
from bot.engine.values import ArticleMeta, Sentence, tie_break_key

_FETCH_MARGIN = 16
_SLACK = 1e-9  # far above rounding differences between Xapian's sums and ours
_CACHED_SENTENCES = 4096
_CACHED_TERMS = 100_000

Result = TypeVar("Result")


class ShardUnavailable(SearchUnavailable):
    """A shard does not answer; the message names it."""

    @property
    def shard(self) -> str:
        return self.part


# DocNotFoundError: an update removed a sentence between finding and reading it; asking
# again finds the new state.
_FAULTS = (xapian.NetworkError, xapian.DatabaseError, xapian.DocNotFoundError)


class XapianBackend:
    """Candidate retrieval and sentence data from a set of Xapian shards."""

    name = "xapian"

    def __init__(
        self, addresses: Sequence[ShardAddress], refresh_seconds: float = 1.0, analyzer: Analyzer = ENGLISH
    ) -> None:
        if not addresses:
            raise ValueError("no Xapian shards given")
        self.analyzer = analyzer  # every shard's terms must be its: another one's is a layout error
        self.addresses = list(addresses)
        self.refresh_seconds = refresh_seconds
        self._lock = threading.RLock()
        self._database: xapian.Database | None = None
        self._connect()

    # -- connection, refresh and faults --------------------------------------------

    def _connect(self) -> None:
        """Open every shard afresh; ``ShardUnavailable`` for the first one that fails."""
        self._database = None
        combined, shards = xapian.Database(), []
        counts, numbers = set(), set()
        for address in self.addresses:
            try:
                shard = address.open()
                number, count = shard_number(shard)
                check_analyzer(shard, self.analyzer)
            except _FAULTS as error:
                raise ShardUnavailable(str(address), _reason(error)) from None
            except (ShardLayoutError, ValueError) as error:
                raise ShardUnavailable(str(address), str(error)) from None
            counts.add(count)
            numbers.add(number)
            shards.append(shard)
            combined.add_database(shard)
        if counts != {len(self.addresses)} or numbers != set(range(len(self.addresses))):
            shard_counts = ", ".join(map(str, sorted(counts)))
            raise ShardLayoutError(
                f"XAPIAN_SHARDS lists {len(self.addresses)} shard(s) of a set of {shard_counts}: "
                "list every shard of one `index --backend xapian` run"
            )
        self._database, self._shards = combined, shards
        self._checked = time.monotonic()
        self._forget()

    def _forget(self) -> None:
        """Drop everything derived from the databases' contents (they changed)."""
        self._sentences: dict[int, Sentence] = {}
        self._idf_cache: dict[str, float] = {}
        self._frequencies: dict[str, int] = {}  # a question asks for the same terms several times
        self._vocabulary_stats: tuple[float, int] | None = None  # mean raw IDF, min document frequency
        self._articles: list[tuple[ArticleMeta, int]] | None = None  # with its sentence count
        database = self._open_database()
        self._size = database.get_doccount()
        self._average_length = database.get_total_length() / self._size if self._size else 0.0

    def _failing_shard(self, error: BaseException) -> ShardUnavailable:
        for address in self.addresses:
            try:
                address.open().get_doccount()
            except _FAULTS as probe_error:
                return ShardUnavailable(str(address), _reason(probe_error))
        return ShardUnavailable(", ".join(map(str, self.addresses)), _reason(error))

    def _run(self, operation: Callable[[xapian.Database], Result]) -> Result:
        """``operation`` on the combined database, refreshed, reconnecting once on a fault."""
        with self._lock:
            for attempt in (1, 2):
                try:
                    if self._database is None:
                        self._connect()
                    elif time.monotonic() - self._checked >= self.refresh_seconds:
                        self._refresh()
                    return operation(self._database)
                except ShardUnavailable:
                    raise
                except _FAULTS as error:
                    self._database = None
                    if attempt == 2:
                        raise self._failing_shard(error) from None
            raise AssertionError("unreachable")

    def _open_database(self) -> xapian.Database:
        if self._database is None:
            raise ShardLayoutError("no shard database is open")  # only after a connect
        return self._database

    def _refresh(self) -> None:
        if self._open_database().reopen():
            self._forget()
        self._checked = time.monotonic()

    def close(self) -> None:
        with self._lock:
            if self._database is not None:
                self._database.close()
            self._database = None

    # -- statistics -----------------------------------------------------------------

    @property
    def sentence_count(self) -> int:
        return self._run(lambda _: self._size)

    def knows(self, term: str) -> bool:
        return self._run(lambda database: self._frequency(database, term) > 0)

    def term_idf(self, term: str) -> float:
        """BM25Okapi's IDF (floored as in process); an unseen term weighs as the rarest known one."""

        def idf(database: xapian.Database) -> float:
            frequency = self._frequency(database, term)
            if frequency:
                return self._idf(database, term, frequency)
            mean, rarest = self._vocabulary(database)
            return self._okapi_idf(rarest, mean) if rarest else 0.0

        return self._run(idf)

    def _frequency(self, database: xapian.Database, term: str) -> int:
        """Sentences containing ``term`` in all shards (one request per term and revision)."""
        frequency = self._frequencies.get(term)
        if frequency is None:
            if len(self._frequencies) >= _CACHED_TERMS:
                self._frequencies.clear()
                self._idf_cache.clear()
            frequency = self._frequencies[term] = database.get_termfreq(layout.index_term(term))
        return frequency

    def _idf(self, database: xapian.Database, term: str, frequency: int) -> float:
        cached = self._idf_cache.get(term)
        if cached is None:
            mean = None
            if raw_idf(self._size, frequency) < 0:
                mean = self._vocabulary(database)[0]
            cached = self._idf_cache[term] = self._okapi_idf(frequency, mean)
        return cached

    def _okapi_idf(self, frequency: int, mean_idf: float | None) -> float:
        """``bm25.okapi_idf`` then the project's floor, for one document frequency.

        rank-bm25 replaces a negative IDF by ``epsilon`` × the mean IDF of the whole
        vocabulary; that mean is summed here over Xapian's term list (sorted) rather than in
        the order terms first appear, so in that case alone the IDF may differ from the
        in-process one in the last bits (about 1e-16).
        """
        return floored_idf(raw_idf(self._size, frequency), mean_idf if mean_idf is not None else 0.0)

    def _vocabulary(self, database: xapian.Database) -> tuple[float, int]:
        """Mean raw IDF over every term of the corpus and the smallest document frequency."""
        if self._vocabulary_stats is None:
            total, terms, rarest = 0.0, 0, 0
            for item in database.allterms():
                if layout.is_content_term(item.term.decode("utf-8")):
                    total += raw_idf(self._size, item.termfreq)
                    terms += 1
                    rarest = item.termfreq if not rarest else min(rarest, item.termfreq)
            self._vocabulary_stats = (total / terms if terms else 0.0, rarest)
        return self._vocabulary_stats

    # -- retrieval ------------------------------------------------------------------

    def top(
        self,
        groups: Sequence[tuple[str, ...]],
        weights: Sequence[float],
        k: int,
        articles: Collection[int] | None = None,
        holding: Collection[str] = (),
    ) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` best sentences with a positive score, best first: (sentence ids, scores).

        A group is a word's alternatives; a sentence scores with the best of them, times
        the group's weight. ``articles`` (numbers in ``sources``) keeps only their sentences,
        ``holding`` only those with one of these terms; the statistics stay corpus-wide, as in process.
        """
        found = self._run(lambda database: self._top(database, groups, weights, k, articles, holding))
        return np.array([i for i, _ in found], dtype=np.int64), np.array([s for _, s in found], dtype=float)

    def _top(
        self,
        database: xapian.Database,
        groups: Sequence[tuple[str, ...]],
        scales: Sequence[float],
        k: int,
        articles: Collection[int] | None,
        holding: Collection[str] = (),
    ) -> list[tuple[int, float]]:
        frequencies = {t: self._frequency(database, t) for g in groups for t in g}
        idf = {t: self._idf(database, t, f) for t, f in frequencies.items() if f}
        query = self._query(groups, scales, frequencies, idf)
        if query is None or k <= 0 or (articles is not None and not articles):
            return []
        if articles is not None:
            sources = self.sources
            allowed = [xapian.Query(layout.article_term(sources[a].name)) for a in sorted(set(articles))]
            query = xapian.Query(xapian.Query.OP_FILTER, query, xapian.Query(xapian.Query.OP_OR, allowed))
        if holding:
            held = [xapian.Query(layout.index_term(t)) for t in sorted(set(holding))]
            query = xapian.Query(xapian.Query.OP_FILTER, query, xapian.Query(xapian.Query.OP_OR, held))
        enquire = xapian.Enquire(database)
        enquire.set_weighting_scheme(xapian.BM25Weight(K1, 0, 1, B, 0))
        enquire.set_query(query)
        enquire.set_docid_order(xapian.Enquire.DONT_CARE)
        fetch = k + _FETCH_MARGIN
        while True:
            mset = enquire.get_mset(0, fetch)
            mset.fetch()  # all documents' data in one round of requests
            scored = []
            for item in mset:
                sentence = self._sentences.get(item.docid) or self._remember(item.docid, item.document)
                score = self._exact_score(sentence.terms, groups, scales, idf)
                if score > 0:
                    scored.append((-score, tie_break_key(sentence.source, sentence.position), item.docid, score))
            scored.sort()
            if mset.size() < fetch or len(scored) < k:
                break
            kth_score = scored[k - 1][3]
            lowest_fetched = mset.get_hit(mset.size() - 1).weight
            if lowest_fetched < kth_score - _SLACK - 1e-12 * kth_score:
                break
            fetch *= 2
        return [(docid, score) for _, _, docid, score in scored[:k]]

    def _query(
        self,
        groups: Sequence[tuple[str, ...]],
        scales: Sequence[float],
        frequencies: dict[str, int],
        idf: dict[str, float],
    ) -> xapian.Query | None:
        size = self._size
        parts = []
        for group, scale in zip(groups, scales, strict=True):
            alternatives = []
            for t in dict.fromkeys(group):
                if t in idf:
                    # Xapian's BM25 IDF for this term, to be replaced by ours.
                    frequency = frequencies[t]
                    ratio = (size - frequency + 0.5) / (frequency + 0.5)
                    xapian_idf = math.log(ratio if ratio >= 2 else ratio * 0.5 + 1)
                    leaf = xapian.Query(layout.index_term(t))
                    alternatives.append(xapian.Query(xapian.Query.OP_SCALE_WEIGHT, leaf, idf[t] / xapian_idf))
            if alternatives and scale > 0:
                best = alternatives[0] if len(alternatives) == 1 else xapian.Query(xapian.Query.OP_OR, alternatives)
                parts.append(xapian.Query(xapian.Query.OP_SCALE_WEIGHT, best, scale))
        return xapian.Query(xapian.Query.OP_OR, parts) if parts else None

    def _exact_score(
        self,
        terms: Sequence[str],
        groups: Sequence[tuple[str, ...]],
        scales: Sequence[float],
        idf: dict[str, float],
    ) -> float:
        # bm25_formula's arithmetic, as the in-process matrix does it: the same doubles come out.
        frequencies = Counter(terms)
        norm = length_norm(float(len(terms)), self._average_length)
        total = 0.0
        for group, scale in zip(groups, scales, strict=True):
            best = 0.0
            for t in group:
                tf = frequencies.get(t)
                if tf and t in idf:
                    weight = saturation(float(tf), norm) * idf[t]
                    best = max(best, weight)
            if best:
                total += best * scale if scale != 1.0 else best
        return total

    # -- stored sentences and articles -----------------------------------------------

    def _remember(self, docid: int, document: xapian.Document) -> Sentence:
        sentence = self._sentences.get(docid)
        if sentence is None:
            if len(self._sentences) >= _CACHED_SENTENCES:
                self._sentences.clear()
            sentence = self._sentences[docid] = layout.decode_sentence(document.get_data())
        return sentence

    def sentence(self, sentence_id: int) -> Sentence:
        def read(database: xapian.Database) -> Sentence:
            cached = self._sentences.get(sentence_id)
            return cached or self._remember(sentence_id, database.get_document(sentence_id))

        return self._run(read)

    def candidates(self, sentence_ids: np.ndarray, bm25: np.ndarray, query: Query) -> Candidates:
        return sentence_candidates(query, self.sentences(sentence_ids.tolist()), bm25, self.analyzer)

    def sentences(self, sentence_ids: Sequence[int]) -> list[Sentence]:
        return [self.sentence(i) for i in sentence_ids]

    def following(self, sentence_ids: Sequence[int]) -> list[Sentence | None]:
        """The sentence after each of these in its article, all read in one visit to the shards.
        An article's sentences are consecutive documents of one shard, which the combined
        database numbers one round of shards apart: that guess is checked, and the article's
        own list read when an update has moved it."""
        counts = {source.name: count for source, count in self._article_list()}

        def read(database: xapian.Database) -> list[Sentence | None]:
            found: list[Sentence | None] = []
            for docid in sentence_ids:
                sentence = self._sentences.get(docid) or self._remember(docid, database.get_document(docid))
                name, position = sentence.source.name, sentence.position
                found.append(
                    None if position + 1 >= counts.get(name, 0) else self._next_of(database, docid, name, position)
                )
            return found

        return self._run(read)

    def _next_of(self, database: xapian.Database, docid: int, name: str, position: int) -> Sentence | None:
        guess = docid + len(self._shards)
        if guess <= database.get_lastdocid():
            try:
                sentence = self._sentences.get(guess) or self._remember(guess, database.get_document(guess))
            except xapian.DocNotFoundError:
                sentence = None
            if sentence is not None and sentence.source.name == name and sentence.position == position + 1:
                return sentence
        for item in database.postlist(layout.article_term(name)):
            sentence = self._sentences.get(item.docid) or self._remember(item.docid, database.get_document(item.docid))
            if sentence.position == position + 1:
                return sentence
        return None

    def article_sentences(self, article: int) -> list[int]:
        """The sentence ids of article number ``article`` (in ``sources``), in article order."""
        name = self.sources[article].name

        def read(database: xapian.Database) -> list[int]:
            # An article's sentences were added in order to one shard: docids keep that order.
            return sorted(item.docid for item in database.postlist(layout.article_term(name)))

        return self._run(read)

    def _article_list(self) -> list[tuple[ArticleMeta, int]]:
        def read(_: xapian.Database) -> list[tuple[ArticleMeta, int]]:
            if self._articles is None:
                found = []
                # A combined database shows the first shard's metadata only: ask each one.
                for shard in self._shards:
                    raw = shard.get_metadata(layout.META_ARTICLES)
                    for info in (json.loads(raw) if raw else {}).values():
                        found.append((layout.source_from(info["source"]), info["sentences"]))
                self._articles = sorted(found, key=lambda article: article[0].name)
            return self._articles

        return self._run(read)

    @property
    def sources(self) -> list[ArticleMeta]:
        """Every article in the shards, in file name order."""
        return [source for source, _ in self._article_list()]

    def passage_counts(self) -> list[int]:
        """Number of sentences of each article, in ``sources`` order."""
        return [count for _, count in self._article_list()]

    def word_counts(self, min_count: int = MIN_CORRECTION_COUNT) -> dict[str, int]:
        """Lowercase words in ``min_count`` or more sentences, with their sentence counts (for spelling)."""

        def read(database: xapian.Database) -> dict[str, int]:
            prefix = layout.WORD_PREFIX.encode()
            return {
                item.term[1:].decode("utf-8"): item.termfreq
                for item in database.allterms(prefix)
                if item.termfreq >= min_count
            }

        return self._run(read)

    def frequent_names(self, count: int) -> list[str]:
        """The capitalised words most sentences mention, most first (ties by name)."""

        def read(database: xapian.Database) -> list[str]:
            prefix = layout.NAME_PREFIX.encode()
            names = [(-item.termfreq, item.term[1:].decode("utf-8")) for item in database.allterms(prefix)]
            return [name for _, name in sorted(names)[:count]]

        return self._run(read)


def _reason(error: BaseException) -> str:
    message = error.get_msg() if isinstance(error, xapian.Error) else str(error)
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
