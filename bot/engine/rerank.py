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

A question's hundred candidates are read column-wise (``candidates.Candidates``), and only what the
features need: where the question's own terms are. So the features are a few array
operations for all candidates at once, not a hundred rounds of Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import astuple, dataclass, fields, replace
from functools import cached_property, lru_cache

import numpy as np

from bot.engine.answer_type import AnswerType, offers, offers_value
from bot.engine.candidates import Candidates, Query
from bot.engine.demonyms import is_country, naming_country
from bot.engine.reaction import acts


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
    # Share matched only by a word WordNet relates ("killed" for "died"): the same thing said
    # in other words, weaker evidence than the word itself.
    related: float = 1.5
    # Share matched only by the sentence after, where it refers back to the candidate (``completes``;
    # read for the best candidates only, ``FOLLOWING_TOP``). Fitted on the news halves (12 on A,
    # 6 on B); off by default (``SearchOptions.following_sentence``): it costs SQuAD (docs/ranking-news.md).
    following: float = 6.0
    # Other articles saying nearly the same (log2 of one more than their number; the best
    # ``AGREEMENT_TOP`` only). Off (``SearchOptions.agreement``): no fit helped both news halves.
    agreement: float = 0.2
    # A "how did X respond?" question: X is the subject of a verb in the sentence (``reaction.acts``).
    acting: float = 1.0

    @cached_property
    def vector(self) -> np.ndarray:
        """The weights in ``FEATURES`` order, to multiply a feature matrix by."""
        return np.array(astuple(self))

    def without(self, *names: str) -> Weights:
        """These weights with the named features switched off."""
        kept = {f.name: 0.0 if f.name in names else getattr(self, f.name) for f in fields(self)}
        return Weights(**kept)


FEATURES = tuple(f.name for f in fields(Weights))


def added_in_order(found: np.ndarray, weights: Sequence[float]) -> np.ndarray:
    """Each candidate's sum of the weights of the groups it has (``found``: [candidates,
    groups] bool), added group by group in question order: the very additions of a loop over
    its groups, so scores do not depend on how candidates are read."""
    if not len(weights):
        return np.zeros(len(found))
    # An accumulation adds strictly left to right (a sum may pair terms up); adding 0.0 last
    # turns a -0.0 into the loop's 0.0.
    values = np.where(found[:, : len(weights)], np.asarray(weights, dtype=np.float64), 0.0)
    return np.add.accumulate(values, axis=1)[:, -1] + 0.0


def features(query: Query, candidates: Candidates) -> np.ndarray:
    """One row per candidate, one column per feature (``FEATURES``)."""
    count = len(candidates)
    if not count or not query.groups:
        return np.zeros((count, len(FEATURES)))
    total = query.attainable
    own, before, title = (query.groups_in(f) for f in (candidates.has, candidates.previous, candidates.title))
    own |= countries_named(query, candidates)
    covered = added_in_order(own, query.idf)
    previous_only = added_in_order(~own & before, query.idf)
    title_only = added_in_order(~own & title, query.idf)
    top_bm25 = float(candidates.bm25.max()) or 1.0
    kind = query.kind
    read_after = bool(candidates.after.any())  # only the best candidates' are read, and only when switched on
    offered = np.zeros(count)
    if kind is not AnswerType.OTHER:
        offered[:] = [_offered(kind, text, query.language) for text in candidates.texts]
    return np.column_stack(
        [
            candidates.bm25 / top_bm25,
            covered / total,
            previous_only / total,
            title_only / total,
            candidates.surface / max(len(query.words), 1),
            proximity(query, candidates),
            offered,
            offered if kind in (AnswerType.QUANTITY, AnswerType.MONEY) else np.zeros(count),
            article_only(query, candidates, own | before | title) / total,
            recency(query, candidates),
            in_period(query, candidates),
            asking(query, own),
            added_in_order(~own & query.relatives_in(candidates.has), query.idf) / total,
            after_only(query, own | before | title, candidates) / total if read_after else np.zeros(count),
            np.log2(1.0 + candidates.agreeing),
            np.array([acts(query.actor, text) for text in candidates.texts] if query.actor else np.zeros(count)),
        ]
    )


# ``offers`` kept per kind, sentence and language: a topic's best candidates recur from question
# to question, and each question reads a hundred or more of them (1-3 us each).
_offered = lru_cache(maxsize=16_384)(offers)


# How many of the best candidates (by the other features) have their sentence after read: it
# moves the order among the best only (30 gave the same held-out news figures), and costs one
# read of that many sentences per question.
FOLLOWING_TOP = 10
AGREEMENT_TOP = 30  # the best candidates whose agreeing articles are counted


def after_only(query: Query, near: np.ndarray, candidates: Candidates) -> np.ndarray:
    """Each candidate's IDF of the question's groups only the sentence after it has (``near``:
    [candidates, groups], what it, the sentence before and the title match)."""
    return added_in_order(query.groups_in(candidates.after) & ~near, query.idf)


def completes(query: Query, text: str, after: str) -> bool:
    """Whether the sentence after a candidate reads as the rest of it, so its words count for it:
    it refers back ("Ford recalled 870,000 trucks." — "So far, the automaker is aware of ...";
    English openings only), and it does not itself offer the kind of answer asked for that the
    candidate lacks ("How many died?": "In 2014, ..." — "The fighting has killed 14,000
    people": then it is the answer, ranked on its own)."""
    kind, language = query.kind, query.language
    if language != "en" or not _REFERS_BACK.match(after):
        return False
    return kind is AnswerType.OTHER or offers_value(kind, text, language) or not offers_value(kind, after, language)


# A sentence opening on what the one before named: a determiner or pronoun, perhaps after a linking word.
_REFERS_BACK = re.compile(
    r"""\A["“'‘]?(?:(?:however|so far|still|now|also|instead|meanwhile),?\s+)?"""
    r"""(?:the|this|that|these|those|he|she|it|its|they|their|his|her|such|so|but)\b""",
    re.IGNORECASE,
)


def following(query: Query, candidates: Candidates) -> np.ndarray:
    """The ``following`` feature alone: the share of the question only the sentence after matches
    (read for those with a sentence after only: country names are read in their texts)."""
    found = np.zeros(len(candidates))
    rows = np.flatnonzero(candidates.after.any(axis=1))
    if not rows.size or not query.groups:
        return found
    read = candidates.take(rows)
    near = query.groups_in(read.has | read.previous | read.title) | countries_named(query, read)
    found[rows] = after_only(query, near, read) / query.attainable
    return found


def countries_named(query: Query, candidates: Candidates) -> np.ndarray:
    """[candidates, groups] bool: the question's country groups a candidate names in words the
    index reads otherwise ("US$200" for "the US"). Read here, not indexed:
    indexing "US$" as the US made "and the US?" pick the sentence of the amount."""
    named = np.zeros((len(candidates), len(query.groups)), dtype=bool)
    if query.language != "en":
        return named
    for group, terms in enumerate(query.groups):
        if any(is_country(t) for t in terms):
            named[:, group] = naming_country(terms, candidates.texts)
    return named


# The kinds of answer a sentence's words show for sure: a name or a place is told by capitals
# and prepositions, too loosely to take evidence from a sentence (SQuAD's "who" questions lost).
_SURE_KINDS = frozenset({AnswerType.QUANTITY, AnswerType.MONEY, AnswerType.DATE})


def unlent(query: Query, candidates: Candidates) -> Candidates:
    """``candidates`` with the question's words a sentence has only from the sentence before
    taken from it where that sentence is a candidate too and offers the kind of answer asked
    for, which this one does not ("In 2014, ... in the east." before "The fighting ... has
    killed over 14,000 people": *when* did the fighting in the east start). Its words are the
    neighbour's evidence; lent, they let the sentence after outrank the answer."""
    if query.kind not in _SURE_KINDS or not len(candidates) or not query.groups:
        return candidates
    borrowing = np.flatnonzero((~query.groups_in(candidates.has) & query.groups_in(candidates.previous)).any(axis=1))
    if not borrowing.size:
        return candidates
    place = {
        key: k for k, key in enumerate(zip(candidates.article.tolist(), candidates.position.tolist(), strict=True))
    }
    offered: dict[int, bool] = {}

    def offers_kind(k: int) -> bool:
        if k not in offered:
            offered[k] = offers_value(query.kind, candidates.texts[k], query.language)
        return offered[k]

    previous = candidates.previous
    for k in borrowing.tolist():
        before = place.get((int(candidates.article[k]), int(candidates.position[k]) - 1))
        if candidates.position[k] > 0 and before is not None and offers_kind(before) and not offers_kind(k):
            if previous is candidates.previous:
                previous = previous.copy()
            previous[k] &= ~candidates.has[before]
    return candidates if previous is candidates.previous else replace(candidates, previous=previous)


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
