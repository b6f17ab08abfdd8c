"""A question as ranking sees it (``Query``) and its BM25 candidates read column-wise (``Candidates``).

Backends hand candidates over in this form and re-ranking reads it, so it sits below both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np

from bot.engine.analysis.analyzer import ENGLISH, Analyzer
from bot.engine.analysis.analyzers import reader
from bot.engine.answer_type import AnswerType
from bot.engine.values import Sentence, tie_break_key

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

    def groups_in(self, has: np.ndarray) -> np.ndarray:
        """[candidates, groups] bool: which term groups each candidate's field has (``has``:
        [candidates, slots], as ``Candidates.has``, ``previous`` and ``title``)."""
        return _any_of(has, self.group_slots)

    def relatives_in(self, has: np.ndarray) -> np.ndarray:
        """[candidates, groups] bool: which groups each candidate's field has a relative of."""
        if len(self.relative_slots) != len(self.groups):
            return np.zeros((len(has), len(self.groups)), dtype=bool)
        return _any_of(has, self.relative_slots)


def _any_of(has: np.ndarray, groups: list[list[int]]) -> np.ndarray:
    """[candidates, groups] bool: whether each candidate has any slot of each group."""
    if not groups:
        return np.zeros((len(has), 0), dtype=bool)
    return np.column_stack([has[:, slots].any(axis=1) if slots else np.zeros(len(has), dtype=bool) for slots in groups])


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
    position: np.ndarray  # each one's sentence number within its article (-1: unknown)

    def __len__(self) -> int:
        return len(self.bm25)

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
            position=np.asarray(position if len(position) else [-1] * count, dtype=np.int64),
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
