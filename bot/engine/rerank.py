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

A question's hundred candidates are read column-wise (``Candidates``), and only what the
features need: where the question's own terms are. So the features are a few array
operations for all candidates at once, not a hundred rounds of Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass, fields
from functools import cached_property, lru_cache

import numpy as np

from bot.engine.analysis.tokens import tokenize, written_words
from bot.engine.answer_type import AnswerType, offers
from bot.engine.backends.base import Sentence, tie_break_key

Group = tuple[str, ...]  # a query term and the derived forms that also match it
# One candidate as text: its text, terms in order, distinct written words (lowercase), the
# terms of the sentence before it and of its article's title.
CandidateText = tuple[str, Sequence[str], Iterable[str], Iterable[str], Iterable[str]]


@dataclass(frozen=True)
class Query:
    """The question as re-ranking sees it."""

    groups: tuple[Group, ...]  # distinct term groups, in question order
    idf: tuple[float, ...]  # each group's IDF: how much evidence its match is
    pairs: tuple[tuple[str, str], ...]  # adjacent question terms
    words: frozenset[str]  # the question's words as written, lowercase, function words too
    kind: AnswerType = AnswerType.OTHER
    newest: int = 0  # the archive's newest article date (ordinal): recency counts back from it
    prefer: tuple[int, int] | None = None  # a period the question names ("this week"), first and last day (ordinals)
    # Two-part questions ("X died this week. Which hit song ...?"): which groups the question
    # sentence itself has, the statement before it selecting the story; empty for one sentence.
    asking: tuple[bool, ...] = ()

    @property
    def attainable(self) -> float:
        return sum(self.idf) or 1.0

    @cached_property
    def terms(self) -> tuple[str, ...]:
        """The question's distinct terms: a candidate's terms are read as places in this (*slots*)."""
        return tuple(dict.fromkeys([t for g in self.groups for t in g] + [t for pair in self.pairs for t in pair]))

    @cached_property
    def slots(self) -> dict[str, int]:
        return {t: number for number, t in enumerate(self.terms)}

    @cached_property
    def group_slots(self) -> list[list[int]]:
        return [[self.slots[t] for t in group] for group in self.groups]

    def groups_in(self, has: np.ndarray) -> np.ndarray:
        """[candidates, groups] bool: which term groups each candidate's field has (``has``:
        [candidates, slots], as ``Candidates.has``, ``previous`` and ``title``)."""
        if not self.group_slots:
            return np.zeros((len(has), 0), dtype=bool)
        return np.column_stack([has[:, slots].any(axis=1) for slots in self.group_slots])


@dataclass(frozen=True)
class Candidates:
    """A question's BM25 candidates, column-wise: what re-ranking reads of each.

    Only the question's own terms matter to the features, so a candidate's terms are kept as
    slots (places in ``Query.terms``), any other term as -1: which of them the sentence, the
    sentence before and the title have, and the sentence's slots in order (``sequence``, all
    candidates' back to back, each entry's candidate in ``owner``) for proximity.
    """

    bm25: np.ndarray  # each one's BM25 score
    texts: Sequence[str]
    ties: np.ndarray  # order among equal scores (``backend.tie_break_key``): lower first
    has: np.ndarray  # [candidates, slots] bool: the sentence has the term
    previous: np.ndarray  # [candidates, slots] bool: the sentence before it has it
    title: np.ndarray  # [candidates, slots] bool: its article's title has it
    sequence: np.ndarray  # the sentences' terms as slots, in order, back to back
    owner: np.ndarray  # the candidate of each entry of ``sequence``
    surface: np.ndarray  # how many of the question's written words each sentence has
    days: np.ndarray  # each one's article date (ordinal)
    article: np.ndarray  # each one's article, as a number that tells articles apart

    def __len__(self) -> int:
        return len(self.bm25)

    @classmethod
    def of(
        cls,
        query: Query,
        bm25: Sequence[float],
        ties: Sequence[int],
        rows: Iterable[CandidateText],
        days: Sequence[int] = (),
        article: Sequence[int] = (),
    ) -> Candidates:
        """Candidates from their texts and term sequences (a backend that stores strings)."""
        slots, words = query.slots, query.words
        texts, sequence, owner, surface = [], [], [], []
        fields_of: list[list[tuple[int, int]]] = [[], [], []]  # (candidate, slot) in sentence, before, title
        for number, (text, terms, written, previous, title) in enumerate(rows):
            texts.append(text)
            placed = [slots.get(t, -1) for t in terms]
            sequence += placed
            owner += [number] * len(placed)
            surface.append(len(words.intersection(written)))
            read = (placed, [slots.get(t, -1) for t in previous], [slots.get(t, -1) for t in title])
            for found, field in zip(read, fields_of, strict=True):
                field += [(number, slot) for slot in found if slot >= 0]
        count, width = len(texts), len(slots)
        tables = []
        for field in fields_of:
            table = np.zeros((count, width), dtype=bool)
            if field:
                table[tuple(np.array(field).T)] = True
            tables.append(table)
        return cls(
            bm25=np.asarray(bm25, dtype=np.float64),
            texts=texts,
            ties=np.asarray(ties, dtype=np.int64),
            has=tables[0],
            previous=tables[1],
            title=tables[2],
            sequence=np.array(sequence, dtype=np.int64),
            owner=np.array(owner, dtype=np.int64),
            surface=np.array(surface, dtype=np.int64),
            days=np.asarray(days if len(days) else [0] * count, dtype=np.int64),
            article=np.asarray(article if len(article) else range(count), dtype=np.int64),
        )

    def take(self, chosen: np.ndarray) -> Candidates:
        """The candidates at these places, in this order."""
        place = np.full(len(self) + 1, -1)
        place[chosen] = np.arange(len(chosen))
        moved = place[self.owner]
        entries = np.flatnonzero(moved >= 0)
        entries = entries[np.argsort(moved[entries], kind="stable")]
        return Candidates(
            bm25=self.bm25[chosen],
            texts=[self.texts[i] for i in chosen.tolist()],
            ties=self.ties[chosen],
            has=self.has[chosen],
            previous=self.previous[chosen],
            title=self.title[chosen],
            sequence=self.sequence[entries],
            owner=moved[entries],
            surface=self.surface[chosen],
            days=self.days[chosen],
            article=self.article[chosen],
        )

    @staticmethod
    def concatenate(parts: Sequence[Candidates]) -> Candidates:
        """Several batches of candidates of one question as one, in this order."""
        shifts = np.cumsum([0] + [len(part) for part in parts])
        return Candidates(
            bm25=np.concatenate([part.bm25 for part in parts]),
            texts=[text for part in parts for text in part.texts],
            ties=np.concatenate([part.ties for part in parts]),
            has=np.concatenate([part.has for part in parts]),
            previous=np.concatenate([part.previous for part in parts]),
            title=np.concatenate([part.title for part in parts]),
            sequence=np.concatenate([part.sequence for part in parts]),
            owner=np.concatenate([part.owner + shift for part, shift in zip(parts, shifts[:-1].tolist(), strict=True)]),
            surface=np.concatenate([part.surface for part in parts]),
            days=np.concatenate([part.days for part in parts]),
            article=np.concatenate([part.article for part in parts]),
        )


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
    # News: the question's story is told across its article, not in one sentence ("X died
    # this week. Which hit song ...?"): the share of the question the candidate's article
    # matches in its other candidates only.
    article: float = 0.3
    recency: float = 16.0  # newer than the archive's newest date, at equal evidence
    period: float = 1.0  # inside the period the question names ("this week"), a preference, not a wall
    asking: float = 2.0  # share of a two-part question's question sentence (not its statement) the sentence matches

    @cached_property
    def vector(self) -> np.ndarray:
        """The weights in ``FEATURES`` order, to multiply a feature matrix by."""
        return np.array(astuple(self))

    def without(self, *names: str) -> Weights:
        """These weights with the named features switched off."""
        kept = {f.name: 0.0 if f.name in names else getattr(self, f.name) for f in fields(self)}
        return Weights(**kept)


FEATURES = tuple(f.name for f in fields(Weights))


def sentence_candidates(query: Query, sentences: Sequence[Sentence], bm25: Sequence[float]) -> Candidates:
    """Candidates read from stored sentences, for a backend that keeps sentences rather than
    arrays: what the sentence does not store (its words, the sentence before's and the
    title's terms) is read from its text."""
    keys = [tie_break_key(s.source, s.position) for s in sentences]
    names = {name: number for number, name in enumerate(dict.fromkeys(s.source.name for s in sentences))}
    ties = np.empty(len(keys), dtype=np.int64)
    ties[sorted(range(len(keys)), key=keys.__getitem__)] = np.arange(len(keys))
    rows = (
        (
            s.text,
            s.terms,
            s.words or written_words(s.text),
            s.previous_terms or (_terms_of(s.previous) if s.previous else ()),
            s.title_terms or _terms_of(s.source.title),
        )
        for s in sentences
    )
    days = [s.source.date.toordinal() for s in sentences]
    return Candidates.of(query, bm25, ties, rows, days, [names[s.source.name] for s in sentences])


@lru_cache(maxsize=1 << 16)
def _terms_of(text: str) -> tuple[str, ...]:
    """Terms of a neighbour or title: the same ones recur across a question's candidates, and
    a question's hundred candidates come from up to a hundred articles (so room for many)."""
    return tuple(tokenize(text))


def added_in_order(found: np.ndarray, weights: Sequence[float]) -> np.ndarray:
    """Each candidate's sum of the weights of the groups it has (``found``: [candidates,
    groups] bool), added group by group in question order: the very additions of a loop over
    its groups, so scores do not depend on how candidates are read."""
    total = np.zeros(len(found))
    for group, weight in enumerate(weights):
        total += np.where(found[:, group], weight, 0.0)
    return total


def features(query: Query, candidates: Candidates) -> np.ndarray:
    """One row per candidate, one column per feature (``FEATURES``)."""
    count = len(candidates)
    if not count or not query.groups:
        return np.zeros((count, len(FEATURES)))
    total = query.attainable
    own, before, title = (query.groups_in(f) for f in (candidates.has, candidates.previous, candidates.title))
    covered = added_in_order(own, query.idf)
    previous_only = added_in_order(~own & before, query.idf)
    title_only = added_in_order(~own & title, query.idf)
    top_bm25 = float(candidates.bm25.max()) or 1.0
    kind = query.kind
    offered = np.zeros(count)
    if kind is not AnswerType.OTHER:
        offered[:] = [offers(kind, text) for text in candidates.texts]
    return np.column_stack(
        [
            candidates.bm25 / top_bm25,
            covered / total,
            previous_only / total,
            title_only / total,
            candidates.surface / max(len(query.words), 1),
            proximity(query, candidates),
            offered,
            offered if kind is AnswerType.QUANTITY else np.zeros(count),
            article_only(query, candidates, own | before | title) / total,
            recency(query, candidates),
            in_period(query, candidates),
            asking(query, own),
        ]
    )


def article_groups(candidates: Candidates, near: np.ndarray) -> np.ndarray:
    """[candidates, groups] bool: the groups any candidate of the same article matches
    (``near``: what each candidate matches)."""
    if not len(candidates):
        return near
    _, article = np.unique(candidates.article, return_inverse=True)
    found = np.zeros((int(article.max()) + 1, near.shape[1]), dtype=np.uint8)
    np.maximum.at(found, article, near.astype(np.uint8))
    return found[article].astype(bool)


def article_only(query: Query, candidates: Candidates, near: np.ndarray) -> np.ndarray:
    """Each candidate's IDF of the question's groups that only other candidates of its
    article match (``near``: [candidates, groups], what each one and its neighbours match)."""
    return added_in_order(article_groups(candidates, near) & ~near, query.idf)


RECENCY_DAYS = 7.0  # an article a week older than the newest counts half as recent


def recency(query: Query, candidates: Candidates) -> np.ndarray:
    """1 for the archive's newest date, falling to 1/2 after ``RECENCY_DAYS`` days, 1/3 after twice that."""
    if not query.newest:
        return np.zeros(len(candidates))
    age = np.maximum(query.newest - candidates.days, 0)
    return 1.0 / (1.0 + age / RECENCY_DAYS)


def asking(query: Query, own: np.ndarray) -> np.ndarray:
    """Each candidate's share of the IDF of a two-part question's question sentence that it
    matches itself (``own``: [candidates, groups]); 0 for a one-sentence question."""
    if not any(query.asking) or all(query.asking):
        return np.zeros(len(own))
    weights = [idf if part else 0.0 for idf, part in zip(query.idf, query.asking, strict=True)]
    return added_in_order(own, weights) / (sum(weights) or 1.0)


def in_period(query: Query, candidates: Candidates) -> np.ndarray:
    """1 for a candidate dated inside the period the question names, else 0."""
    if query.prefer is None:
        return np.zeros(len(candidates))
    first, last = query.prefer
    return ((candidates.days >= first) & (candidates.days <= last)).astype(float)


def proximity(query: Query, candidates: Candidates) -> np.ndarray:
    """Each candidate's share of the question's adjacent term pairs standing together (at most one word apart)."""
    together = np.zeros(len(candidates))
    if not query.pairs:
        return together
    sequence, owner = candidates.sequence, candidates.owner
    for first, second in query.pairs:
        is_first, is_second = sequence == query.slots[first], sequence == query.slots[second]
        found = np.zeros(len(candidates), dtype=bool)
        for apart in (1, 2):  # the second right after the first, or one word later, in the same sentence
            hits = is_first[:-apart] & is_second[apart:] & (owner[:-apart] == owner[apart:])
            found[owner[:-apart][hits]] = True
        together += found
    return together / len(query.pairs)


def scores(query: Query, candidates: Candidates, weights: Weights) -> np.ndarray:
    """Each candidate's re-ranking score: the weighted sum of its features."""
    return features(query, candidates) @ weights.vector
