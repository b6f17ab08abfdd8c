"""The answer engine: index the corpus's sentences, rank them for a question.

``build_index(articles)`` splits every article into sentences and indexes them with
BM25 (rank-bm25's BM25Okapi weights) in the in-process backend. ``SearchIndex`` works
over any ``SearchBackend`` (``bot.engine.backend``): ``search(question)`` takes
BM25's best candidates, drops what is not relevant enough, re-ranks the rest with what
BM25 cannot see (``bot.engine.rerank``: the sentence in its context, how much of the
question it covers, the question's words as written, query words standing together,
the kind of answer asked for), drops near-duplicates, and returns dated passages.

Nothing here knows about Telegram or the command line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import pairwise

import numpy as np

from bot.engine.analysis.common_words import COMMON_WORDS
from bot.engine.analysis.tokens import compound_terms, tokenize, words, written_words
from bot.engine.answer_spans import answer_spans
from bot.engine.answer_type import AnswerType, answer_type, focus_word
from bot.engine.backend import SearchBackend, Sentence, Source
from bot.engine.corpus import Article
from bot.engine.demonyms import same_country
from bot.engine.in_process import build_in_process
from bot.engine.rerank import Candidates, Query, Weights, added_in_order
from bot.engine.rerank import scores as rerank_scores
from bot.engine.spelling import SpellingCorrector

__all__ = ["Passage", "SearchIndex", "SearchOptions", "Source", "build_index", "needs_context"]

# A passage opening like this leans on the sentence before it.
_NEEDS_CONTEXT = re.compile(
    r"""\A(?:["“'‘]|(?:he|she|it|they|this|that|these|those|there|but|so|then|such)\b)""",
    re.IGNORECASE,
)
_SHORT_PASSAGE_WORDS = 8
_COMMON_TERMS = frozenset(t for w in COMMON_WORDS for t in tokenize(w))
_COMMON_WEIGHT = 0.25  # share of its IDF a very common word carries in the relevance test
# Derived forms a query word also matches when the corpus uses them: Crimea → Crimean,
# Ukraine → Ukrainian, Europe → European, and back.
_DERIVING_SUFFIXES = ("n", "an", "ian", "ean")


@dataclass(frozen=True)
class Passage:
    """One sentence of an article, as found for a question."""

    text: str
    date: dt.date
    title: str
    score: float
    source: str  # the article's file name
    position: int  # sentence number within its article, from 0
    context: str | None = None  # the sentence before, when ``text`` alone is unclear
    matched_words: tuple[str, ...] = ()  # words of ``text`` that match the question
    url: str | None = None  # the article on the web
    author: str | None = None
    outlet: str | None = None  # who published the article
    digest: str = ""  # the article file's content digest (``Article.digest``)
    answer_spans: tuple[tuple[int, int], ...] = ()  # [start, end) of ``text`` that answer the question


@dataclass(frozen=True)
class SearchOptions:
    """Switches for each ranking technique, so each one's effect can be measured."""

    spelling: bool = True
    derived_forms: bool = True
    focus: bool = True
    common_words: bool = True  # in the relevance test only: in ranking it hurt on SQuAD
    threshold: bool = True
    relevance_in_context: bool = True  # the test reads the sentence with the one before and the title
    # Re-ranking features (``bot.engine.rerank``):
    coverage: bool = True
    previous_sentence: bool = True
    title: bool = True
    surface_words: bool = True
    proximity: bool = True
    answer_types: bool = True
    candidates: int = 100
    focus_weight: float = 2.0
    min_relevance: float = 0.3
    weights: Weights = field(default_factory=Weights)

    def rerank_weights(self) -> Weights:
        """The re-ranking weights with the switched-off features at zero."""
        return self._rerank_weights

    @cached_property
    def _rerank_weights(self) -> Weights:
        switches = {
            "coverage": self.coverage,
            "previous": self.previous_sentence,
            "title": self.title,
            "surface": self.surface_words,
            "proximity": self.proximity,
            "answer_type": self.answer_types,
            "quantity": self.answer_types,
        }
        return self.weights.without(*(name for name, on in switches.items() if not on))


@dataclass
class SearchIndex:
    """Answers questions over a ``SearchBackend`` (by default the in-process index)."""

    backend: SearchBackend
    options: SearchOptions = field(default_factory=SearchOptions)

    @cached_property
    def _corrector(self) -> SpellingCorrector:
        return SpellingCorrector(self.backend.word_counts())

    @property
    def sources(self) -> Sequence[Source]:
        return self.backend.sources

    @property
    def sentence_count(self) -> int:
        return self.backend.sentence_count

    def passage_counts(self) -> list[int]:
        """Number of passages of each article, in article order."""
        return self.backend.passage_counts()

    def frequent_names(self, count: int) -> list[str]:
        """The capitalised words (names, places) that most passages mention."""
        return self.backend.frequent_names(count)

    def question_terms(self, question: str) -> list[str]:
        """The question's terms, typos corrected against the corpus vocabulary."""
        terms: list[str] = []
        for compound in words(question):
            found = compound_terms(compound)
            if self.options.spelling and any(not self.backend.knows(t) for t in found):
                corrected = self._corrector.correct(compound.lower())
                if corrected is not None:
                    found = compound_terms(corrected)
            terms.extend(found)
        return terms

    def correction(self, word: str) -> str | None:
        """The corpus word ``word`` is a typo of, if it is one (``None`` for a known word)."""
        if not self.options.spelling or all(self.backend.knows(t) for t in compound_terms(word)):
            return None
        return self._corrector.correct(word.lower())

    def search(
        self, question: str, top: int = 3, offset: int = 0, articles: Collection[int] | None = None
    ) -> list[Passage]:
        """The ``top`` best passages for ``question`` after the first ``offset``, best first.

        ``articles`` (numbers into ``sources``) restricts the search to those articles.
        """
        query, ids, scores = self._rank(question, articles)
        matching = {t for g in query.groups for t in g}
        passages: list[Passage] = []
        signatures: list[frozenset[str]] = []
        wanted = offset + top
        # Sentences are read as the walk needs them: a few more than wanted, for the near-identical ones.
        for start in range(0, len(ids), 2 * wanted + 2):
            end = start + 2 * wanted + 2
            read = self.backend.sentences(ids[start:end].tolist())
            for sentence, score in zip(read, scores[start:end].tolist(), strict=True):
                # News repeats itself: of near-identical sentences keep the best-ranked one;
                # identical ones score the same, and equal scores put the newest first.
                terms = frozenset(sentence.terms)
                if any(_near_identical(terms, seen) for seen in signatures):
                    continue
                signatures.append(terms)
                passages.append(self._passage(sentence, score, matching))
                if len(passages) == wanted:
                    break
            if len(passages) == wanted:
                break
        return [replace(p, answer_spans=answer_spans(question, p.text, _around(p))) for p in passages[offset:]]

    def term_groups(self, terms: Sequence[str]) -> list[tuple[str, ...]]:
        """Each query term with the derived forms of it that the corpus uses."""
        if not self.options.derived_forms:
            return [(t,) for t in terms]
        return [(t, *self._derived_forms(t), *self._country_forms(t)) for t in terms]

    def _country_forms(self, t: str) -> list[str]:
        """The other words for the country ``t`` names that the corpus uses (Canada → Canadian)."""
        return sorted(f for f in same_country(t) if self.backend.knows(f))

    def _derived_forms(self, t: str) -> list[str]:
        forms = [t + suffix for suffix in _DERIVING_SUFFIXES]
        if t.endswith("n") and len(t) > 5:
            forms += [t[: -len(suffix)] for suffix in _DERIVING_SUFFIXES]
        return [f for f in forms if f != t and self.backend.knows(f)]

    def _commonness(self, group: tuple[str, ...]) -> float:
        """1, or less for a very common word, whose IDF overstates it in a small corpus."""
        return _COMMON_WEIGHT if self.options.common_words and group[0] in _COMMON_TERMS else 1.0

    def _weight(self, group: tuple[str, ...]) -> float:
        """How much a query term counts in the relevance test."""
        return max(self.backend.term_idf(t) for t in group) * self._commonness(group)

    def article_sentences(self, article: int) -> Sequence[int]:
        """The sentence ids of article number ``article``, in article order."""
        return self.backend.article_sentences(article)

    def passage_at(self, sentence_id: int, score: float = 0.0) -> Passage:
        """A sentence as a passage, not found for any question (nothing matched)."""
        return self._passage(self.backend.sentence(sentence_id), score, set())

    def _rank(self, question: str, articles: Collection[int] | None = None) -> tuple[Query, np.ndarray, np.ndarray]:
        """The question, and its relevant candidates best first: their sentence ids and scores."""
        query, ids, candidates = self.candidates(question, articles)
        scores = rerank_scores(query, candidates, self.options.rerank_weights())
        order = np.lexsort((candidates.ties, -scores))
        return query, ids[order], scores[order]

    def candidates(
        self, question: str, articles: Collection[int] | None = None
    ) -> tuple[Query, np.ndarray, Candidates]:
        """The question for re-ranking, and BM25's candidates (of ``articles`` only, if given)
        that pass the relevance test: their sentence ids, and what re-ranking reads of them."""
        options = self.options
        terms = self.question_terms(question)
        if not terms or not self.sentence_count:
            query, none = Query(groups=(), idf=(), pairs=(), words=frozenset()), np.zeros(0, dtype=np.int64)
            return query, none, self.backend.candidates(none, np.zeros(0), query)
        groups = self.term_groups(terms)
        focus = set(compound_terms(focus_word(question) or "")) if options.focus else set()
        query_weights = [options.focus_weight if g[0] in focus else 1.0 for g in groups]
        best, scores = self.backend.top(groups, query_weights, options.candidates, articles)
        distinct = list(dict.fromkeys(groups))
        query = Query(
            groups=tuple(distinct),
            idf=tuple(max(self.backend.term_idf(t) for t in g) for g in distinct),
            pairs=tuple(_adjacent_pairs(terms)),
            words=frozenset(written_words(question)),
            kind=answer_type(question) if options.answer_types else AnswerType.OTHER,
        )
        candidates = self.backend.candidates(best, scores, query)
        if not options.threshold:
            return query, best, candidates
        relevance = [self._weight(g) for g in distinct]
        needed = options.min_relevance * sum(relevance)
        own = query.groups_in(candidates.has)
        matched = added_in_order(own, relevance)
        if options.relevance_in_context:  # the sentence before and the title may add what is missing
            near = own | query.groups_in(candidates.previous) | query.groups_in(candidates.title)
            matched = np.where(matched < needed, added_in_order(near, relevance), matched)
        kept = np.flatnonzero(matched >= needed)
        return query, best[kept], candidates.take(kept)

    @staticmethod
    def _passage(sentence: Sentence, score: float, query: set[str]) -> Passage:
        text, source = sentence.text, sentence.source
        context = sentence.previous if needs_context(text) else None
        matched = tuple(w for w in words(text) if not query.isdisjoint(compound_terms(w)))
        return Passage(
            text=text,
            date=source.date,
            title=source.title,
            score=round(score, 6),
            source=source.name,
            position=sentence.position,
            context=context,
            matched_words=tuple(dict.fromkeys(matched)),
            url=source.url,
            author=source.author,
            outlet=source.outlet,
            digest=source.digest,
        )


def needs_context(text: str) -> bool:
    """Whether a sentence leans on the one before (a quote, a pronoun, very short)."""
    return bool(_NEEDS_CONTEXT.match(text)) or len(text.split()) < _SHORT_PASSAGE_WORDS


def _around(passage: Passage) -> str:
    """What may name what a passage leaves implied: its article's title and the sentence before, if shown."""
    return f"{passage.title}\n{passage.context or ''}"


def _near_identical(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) / len(a | b) >= 0.7


def _adjacent_pairs(terms: Sequence[str]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in pairwise(terms) if a != b]


def build_index(articles: Sequence[Article], options: SearchOptions | None = None) -> SearchIndex:
    """Split and index every article's sentences with the in-process backend."""
    return SearchIndex(build_in_process(articles), options or SearchOptions())
