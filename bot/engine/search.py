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
from functools import cached_property, lru_cache
from itertools import pairwise

from bot.engine.analysis.common_words import COMMON_WORDS
from bot.engine.analysis.tokens import compound_terms, tokenize, words, written_words
from bot.engine.answer_spans import answer_spans
from bot.engine.answer_type import AnswerType, answer_type, focus_word
from bot.engine.backend import SearchBackend, Sentence, Source, tie_break_key
from bot.engine.corpus import Article
from bot.engine.in_process import build_in_process
from bot.engine.rerank import Candidate, Query, Weights
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

    def search(
        self, question: str, top: int = 3, offset: int = 0, articles: Collection[int] | None = None
    ) -> list[Passage]:
        """The ``top`` best passages for ``question`` after the first ``offset``, best first.

        ``articles`` (numbers into ``sources``) restricts the search to those articles.
        """
        passages: list[Passage] = []
        signatures: list[frozenset[str]] = []
        query, ranked = self._rank(question, articles)
        for score, sentence, terms in ranked:
            # News repeats itself: of near-identical sentences keep the best-ranked one;
            # identical ones score the same, and equal scores put the newest first.
            if any(_near_identical(terms, seen) for seen in signatures):
                continue
            signatures.append(terms)
            passages.append(self._passage(sentence, score, query))
            if len(passages) == offset + top:
                break
        return [replace(p, answer_spans=answer_spans(question, p.text)) for p in passages[offset:]]

    def term_groups(self, terms: Sequence[str]) -> list[tuple[str, ...]]:
        """Each query term with the derived forms of it that the corpus uses."""
        if not self.options.derived_forms:
            return [(t,) for t in terms]
        return [(t, *self._derived_forms(t)) for t in terms]

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

    def _rank(
        self, question: str, articles: Collection[int] | None = None
    ) -> tuple[set[str], list[tuple[float, Sentence, frozenset[str]]]]:
        """The question's terms, and its relevant candidates best first: (score, sentence, terms)."""
        query, candidates = self.candidates(question, articles)
        scores = rerank_scores(query, [c for _, c in candidates], self.options.rerank_weights())
        ranked = [
            (score, tie_break_key(sentence.source, sentence.position), sentence, candidate.term_set)
            for score, (sentence, candidate) in zip(scores.tolist(), candidates, strict=True)
        ]
        ranked.sort(key=lambda r: (-r[0], r[1]))
        return {t for g in query.groups for t in g}, [(score, sentence, terms) for score, _, sentence, terms in ranked]

    def candidates(
        self, question: str, articles: Collection[int] | None = None
    ) -> tuple[Query, list[tuple[Sentence, Candidate]]]:
        """The question for re-ranking, and BM25's candidates (of ``articles`` only, if given)
        that pass the relevance test."""
        options = self.options
        terms = self.question_terms(question)
        if not terms or not self.sentence_count:
            return Query(groups=(), idf=(), pairs=(), words=frozenset()), []
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
        weighted = [(self._weight(g), g) for g in distinct]
        needed = options.min_relevance * sum(w for w, _ in weighted) if options.threshold else 0.0
        kept: list[tuple[Sentence, Candidate]] = []
        for sentence, score in zip(self.backend.sentences(best.tolist()), scores.tolist(), strict=True):
            candidate = _candidate(sentence, score)
            terms = candidate.term_set
            matched = sum(w for w, g in weighted if not terms.isdisjoint(g))
            if matched < needed and options.relevance_in_context:  # the context may add what is missing
                context = (candidate.previous_set, candidate.title_set)
                matched = sum(
                    w for w, g in weighted if not terms.isdisjoint(g) or any(not c.isdisjoint(g) for c in context)
                )
            if matched >= needed:
                kept.append((sentence, candidate))
        return query, kept

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


def _near_identical(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) / len(a | b) >= 0.7


def _adjacent_pairs(terms: Sequence[str]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in pairwise(terms) if a != b]


def _candidate(sentence: Sentence, bm25: float) -> Candidate:
    """A BM25 candidate with its words, and the terms of the sentence before and of the title."""
    return Candidate(
        bm25=bm25,
        text=sentence.text,
        terms=sentence.terms,
        words=sentence.words or tuple(written_words(sentence.text)),
        previous=sentence.previous_terms or (_terms_of(sentence.previous) if sentence.previous else ()),
        title=sentence.title_terms or _terms_of(sentence.source.title),
    )


@lru_cache(maxsize=1 << 16)
def _terms_of(text: str) -> tuple[str, ...]:
    """Terms of a neighbour or title: the same ones recur across a question's candidates, and
    a question's hundred candidates come from up to a hundred articles (so room for many)."""
    return tuple(tokenize(text))


def build_index(articles: Sequence[Article], options: SearchOptions | None = None) -> SearchIndex:
    """Split and index every article's sentences with the in-process backend."""
    return SearchIndex(build_in_process(articles), options or SearchOptions())
