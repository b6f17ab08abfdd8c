"""Re-rank BM25's candidate sentences with evidence BM25 cannot see, as a weighted sum.

Every feature is a pure function of term sequences — the question's term groups with
their IDFs, the candidate's terms, the terms of the sentence before it and of its
article's title — and of its text, so any retrieval backend that hands over candidates
with their terms, neighbours and the corpus IDFs ranks the same.

A sentence is read in its context, BM25F's idea of weaker fields: a question term the
sentence lacks but the sentence before it or the title has is weaker
evidence of the same kind, because answer sentences lean on the subject named just
before ("It was later called ..."). The weights are fitted on one half of a question
set and checked on the other (``benchmarks/rerank_fit.py``).
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import astuple, dataclass, field, fields
from functools import cached_property

import numpy as np

from bot.engine.answer_type import AnswerType, offers

Group = tuple[str, ...]  # a query term and the derived forms that also match it


@dataclass(frozen=True)
class Query:
    """The question as re-ranking sees it."""

    groups: tuple[Group, ...]  # distinct term groups, in question order
    idf: tuple[float, ...]  # each group's IDF: how much evidence its match is
    pairs: tuple[tuple[str, str], ...]  # adjacent question terms
    words: frozenset[str]  # the question's words as written, lowercase, function words too
    kind: AnswerType = AnswerType.OTHER

    @property
    def attainable(self) -> float:
        return sum(self.idf) or 1.0


@dataclass(slots=True)
class Candidate:
    """One BM25 candidate with what re-ranking reads of it and its context."""

    bm25: float
    text: str
    terms: Sequence[str]
    words: Sequence[str]  # its distinct words as written, lowercase
    previous: Sequence[str] = ()  # terms of the sentence before, in the same article
    title: Sequence[str] = ()  # terms of the article's title
    # The same as sets, made once: the relevance test, the features and the duplicate check
    # read them. The context's only when a question term is missing from the sentence itself.
    term_set: frozenset[str] = field(init=False, repr=False, compare=False)
    _previous_set: frozenset[str] | None = field(init=False, default=None, repr=False, compare=False)
    _title_set: frozenset[str] | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.term_set = frozenset(self.terms)

    @property
    def previous_set(self) -> frozenset[str]:
        if self._previous_set is None:
            self._previous_set = frozenset(self.previous)
        return self._previous_set

    @property
    def title_set(self) -> frozenset[str]:
        if self._title_set is None:
            self._title_set = frozenset(self.title)
        return self._title_set


@dataclass(frozen=True)
class Weights:
    """Each feature's weight in a candidate's score; fitted, see the module docstring."""

    bm25: float = 1.0  # BM25 over the best candidate's
    coverage: float = 6.0  # share of the question's IDF the sentence matches
    previous: float = 4.0  # share matched only by the sentence before
    title: float = 5.0  # share matched only by the title
    surface: float = 2.5  # share of the question's words written the same in the sentence
    proximity: float = 0.6  # share of adjacent question terms adjacent in the sentence
    answer_type: float = 1.0  # the sentence offers the kind of answer asked for
    # A how-many/how-much question cannot be answered without a number: that evidence is
    # surer than a name or a place (fitted: neutral on SQuAD, the seed's misses put right).
    quantity: float = 2.0

    @cached_property
    def vector(self) -> np.ndarray:
        """The weights in ``FEATURES`` order, to multiply a feature matrix by."""
        return np.array(astuple(self))

    def without(self, *names: str) -> Weights:
        """These weights with the named features switched off."""
        kept = {f.name: 0.0 if f.name in names else getattr(self, f.name) for f in fields(self)}
        return Weights(**kept)


FEATURES = tuple(f.name for f in fields(Weights))


def proximity(pairs: Sequence[tuple[str, str]], terms: Sequence[str], present: Set[str]) -> float:
    """Share of the question's adjacent term pairs standing together (at most one word apart).

    ``present``: the set of ``terms``; a pair not both in it is not looked for.
    """
    if not pairs:
        return 0.0
    together = 0
    for a, b in pairs:
        if a in present and b in present and _together(a, b, terms):
            together += 1
    return together / len(pairs)


def _together(first: str, second: str, terms: Sequence[str]) -> bool:
    at = -1
    for _ in range(terms.count(first)):
        at = terms.index(first, at + 1)
        if second in terms[at + 1 : at + 3]:
            return True
    return False


def features(query: Query, candidates: Sequence[Candidate]) -> np.ndarray:
    """One row per candidate, one column per feature (``FEATURES``)."""
    if not candidates or not query.groups:
        return np.zeros((len(candidates), len(FEATURES)))
    total = query.attainable
    top_bm25 = max(c.bm25 for c in candidates) or 1.0
    weighted_groups = list(zip(query.idf, query.groups, strict=True))
    # Plain Python sets and sums: numpy's per-call cost outweighs its speed on a question's
    # handful of terms, and this runs for every candidate of every question.
    kind, pairs, words, word_count = query.kind, query.pairs, query.words, max(len(query.words), 1)
    typed, quantity = kind is not AnswerType.OTHER, kind is AnswerType.QUANTITY
    rows = []
    for c in candidates:
        terms = c.term_set
        own = previous_only = title_only = 0.0
        for idf, group in weighted_groups:
            if not terms.isdisjoint(group):
                own += idf
                continue
            if not c.previous_set.isdisjoint(group):
                previous_only += idf
            if not c.title_set.isdisjoint(group):
                title_only += idf
        offered = typed and offers(kind, c.text)
        rows.append(
            (
                c.bm25 / top_bm25,
                own / total,
                previous_only / total,
                title_only / total,
                len(words.intersection(c.words)) / word_count,
                proximity(pairs, c.terms, terms) if pairs else 0.0,
                float(offered),
                float(offered and quantity),
            )
        )
    return np.array(rows)


def scores(query: Query, candidates: Sequence[Candidate], weights: Weights) -> np.ndarray:
    """Each candidate's re-ranking score: the weighted sum of its features."""
    return features(query, candidates) @ weights.vector
