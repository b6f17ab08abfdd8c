"""A question as ranking sees it (``Query``) and its BM25 candidates read column-wise (``Candidates``).

Backends hand candidates over in this form and re-ranking reads it, so it sits below both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

import numpy as np

from bot.engine.analysis.analyzer import ENGLISH, Analyzer
from bot.engine.analysis.analyzers import reader
from bot.engine.answer_type import AnswerType
from bot.engine.values import Sentence, tie_break_key

NEAR_IDENTICAL = 0.7  # share of their words two sentences share to report the same thing
_WORD = re.compile(r"\w+")
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
    # Each group's words related in meaning by WordNet (``related_words``), as terms the corpus
    # uses: "die" ~ "kill", "conflict" ~ "fighting". Evidence for re-ranking only.
    relatives: tuple[Group, ...] = ()
    # What the question asks about (``asked.sought``) and the words related to it, as the
    # archive's terms: a passage must have one of them to answer (read, not scored).
    sought: tuple[str, ...] = ()
    language: str = "en"  # the question's: what "offers the kind of answer" reads in a passage
    # Whom a "how did X respond?" question asks about: a sentence where X acts answers it (``reaction``).
    actor: str = ""

    @property
    def attainable(self) -> float:
        return sum(self.idf) or 1.0

    @cached_property
    def terms(self) -> tuple[str, ...]:
        """The question's distinct terms: a candidate's terms are read as places in this (*slots*)."""
        own = [t for g in self.groups for t in g] + [t for pair in self.pairs for t in pair] + list(self.sought)
        return tuple(dict.fromkeys(own + [t for g in self.relatives for t in g]))

    @cached_property
    def slots(self) -> dict[str, int]:
        return {t: number for number, t in enumerate(self.terms)}

    @cached_property
    def group_slots(self) -> list[list[int]]:
        return [[self.slots[t] for t in group] for group in self.groups]

    @cached_property
    def relative_slots(self) -> list[list[int]]:
        return [[self.slots[t] for t in group] for group in self.relatives]

    @cached_property
    def _group_members(self) -> np.ndarray:
        return _members(self.group_slots, len(self.terms))

    @cached_property
    def _relative_members(self) -> np.ndarray:
        return _members(self.relative_slots, len(self.terms))

    def groups_in(self, has: np.ndarray) -> np.ndarray:
        """[candidates, groups] bool: which term groups each candidate's field has (``has``:
        [candidates, slots], as ``Candidates.has``, ``previous`` and ``title``)."""
        return _any_of(has, self._group_members)

    def relatives_in(self, has: np.ndarray) -> np.ndarray:
        """[candidates, groups] bool: which groups each candidate's field has a relative of."""
        if len(self.relative_slots) != len(self.groups):
            return np.zeros((len(has), len(self.groups)), dtype=bool)
        return _any_of(has, self._relative_members)


def _members(groups: list[list[int]], width: int) -> np.ndarray:
    """[slots, groups] float32: 1 where the group has the slot."""
    members = np.zeros((width, len(groups)), dtype=np.float32)
    for column, slots in enumerate(groups):
        members[slots, column] = 1.0
    return members


def _any_of(has: np.ndarray, members: np.ndarray) -> np.ndarray:
    """[candidates, groups] bool: whether each candidate has any slot of each group (``members``:
    ``_members``). One matrix product counts each group's slots present, exactly (whole
    numbers far below float32's 2**24), instead of a pass over the candidates per group."""
    return has.astype(np.float32) @ members > 0


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
    ties: np.ndarray  # order among equal scores (``values.tie_break_key``): lower first
    has: np.ndarray  # [candidates, slots] bool: the sentence has the term
    previous: np.ndarray  # [candidates, slots] bool: the sentence before it has it
    title: np.ndarray  # [candidates, slots] bool: its article's title has it
    sequence: np.ndarray  # the sentences' terms as slots, in order, back to back
    owner: np.ndarray  # the candidate of each entry of ``sequence``
    surface: np.ndarray  # how many of the question's written words each sentence has
    days: np.ndarray  # each one's article date (ordinal)
    article: np.ndarray  # each one's article, as a number that tells articles apart
    # [candidates, slots] bool: the sentence after it has the term. Read for the best
    # candidates only (``with_after``), all False for the others and an article's last.
    after: np.ndarray
    # How many other articles have a near-identical candidate (``with_agreement``: counted for the
    # best candidates only, 0 for the others).
    agreeing: np.ndarray
    position: np.ndarray  # each one's sentence number within its article (-1: unknown)

    def __len__(self) -> int:
        return len(self.bm25)

    def with_agreement(self, rows: Sequence[int]) -> Candidates:
        """These candidates with, for those at ``rows``, the number of other articles whose
        candidate says nearly the same (``NEAR_IDENTICAL`` of their written words shared, as
        the passages shown once with "also reported by"): word sets compared as one matrix
        product, not pair by pair."""
        count = len(self)
        if not count or not len(rows):
            return self
        words = [frozenset(_WORD.findall(text.lower())) for text in self.texts]
        ids: dict[str, int] = {}
        cells = [(row, ids.setdefault(w, len(ids))) for row, found in enumerate(words) for w in found]
        table = np.zeros((count, len(ids)), dtype=np.float32)
        if cells:
            table[tuple(np.array(cells).T)] = 1.0
        chosen = np.asarray(rows, dtype=np.int64)
        sizes = table.sum(axis=1)
        shared = table[chosen] @ table.T
        union = sizes[chosen][:, None] + sizes[None, :] - shared
        near = (shared >= NEAR_IDENTICAL * union) & (union > 0)
        near &= self.article[None, :] != self.article[chosen][:, None]
        agreeing = self.agreeing.copy()
        for place, row in enumerate(chosen.tolist()):
            if near[place].any():
                agreeing[row] = len(np.unique(self.article[near[place]]))
        return replace(self, agreeing=agreeing)

    @classmethod
    def of(
        cls,
        query: Query,
        bm25: Sequence[float] | np.ndarray,
        ties: Sequence[int] | np.ndarray,
        rows: Iterable[CandidateText],
        days: Sequence[int] = (),
        article: Sequence[int] = (),
        position: Sequence[int] = (),
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
            after=np.zeros_like(tables[0]),
            agreeing=np.zeros(count, dtype=np.int64),
            position=np.asarray(position if len(position) else [-1] * count, dtype=np.int64),
        )

    def with_after(self, query: Query, rows: Sequence[int], after: Sequence[Sequence[str] | None]) -> Candidates:
        """These candidates with the terms of the sentence after those at ``rows`` read (``after``:
        each one's terms, ``None`` for an article's last sentence)."""
        table = self.after.copy()
        slots = query.slots
        for row, terms in zip(rows, after, strict=True):
            found = [slots[t] for t in terms or () if t in slots]
            table[row, found] = True
        return replace(self, after=table)

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
            after=self.after[chosen],
            agreeing=self.agreeing[chosen],
            position=self.position[chosen],
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
            after=np.concatenate([part.after for part in parts]),
            agreeing=np.concatenate([part.agreeing for part in parts]),
            position=np.concatenate([part.position for part in parts]),
        )


def sentence_candidates(
    query: Query, sentences: Sequence[Sentence], bm25: Sequence[float] | np.ndarray, analyzer: Analyzer = ENGLISH
) -> Candidates:
    """Candidates read from stored sentences, for a backend that keeps sentences rather than
    arrays: what the sentence does not store (its words, the sentence before's and the
    title's terms) is read from its text, by its article's language's analyzer (``analyzer``
    being the default language's)."""
    keys = [tie_break_key(s.source, s.position) for s in sentences]
    names = {name: number for number, name in enumerate(dict.fromkeys(s.source.name for s in sentences))}
    ties = np.empty(len(keys), dtype=np.int64)
    ties[sorted(range(len(keys)), key=keys.__getitem__)] = np.arange(len(keys))
    rows = (
        (
            s.text,
            s.terms,
            s.words or own.written_words(s.text),
            s.previous_terms or (_terms_of(own.tokenize, s.previous) if s.previous else ()),
            s.title_terms or _terms_of(own.tokenize, s.source.title),
        )
        for s, own in ((s, reader(s.source.language, analyzer)) for s in sentences)
    )
    days = [s.source.date.toordinal() for s in sentences]
    article = [names[s.source.name] for s in sentences]
    return Candidates.of(query, bm25, ties, rows, days, article, [s.position for s in sentences])


@lru_cache(maxsize=1 << 16)
def _terms_of(tokenize: Callable[[str], list[str]], text: str) -> tuple[str, ...]:
    """Terms of a neighbour or title: the same ones recur across a question's candidates, and
    a question's hundred candidates come from up to a hundred articles (so room for many)."""
    return tuple(tokenize(text))
