"""The answer engine: index the corpus's sentences, rank them for a question.

``build_index(articles)`` splits every article into sentences and indexes them with
BM25 (rank-bm25's BM25Okapi weights). Sentences are stored column-wise (one UTF-8
blob of texts, arrays of offsets, articles and positions) so a million of them fit in
a few hundred megabytes and save to disk as plain arrays (``bot.engine.index_store``).
``SearchIndex.search(question)`` takes BM25's best candidates and re-ranks them with
what BM25 cannot see — query words standing together in the passage, and whether it
offers the kind of answer asked for — then drops what is not relevant enough and
near-duplicates, and returns dated passages.

Nothing here knows about Telegram or the command line.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise

import numpy as np

from bot.engine.analysis.common_words import COMMON_WORDS
from bot.engine.analysis.sentences import split_sentences
from bot.engine.analysis.tokens import compound_terms, tokenize, words
from bot.engine.answer_type import AnswerType, answer_type, focus_word
from bot.engine.bm25 import Bm25Matrix
from bot.engine.corpus import Article
from bot.engine.rerank import Candidate, Query, Weights
from bot.engine.rerank import scores as rerank_scores
from bot.engine.spelling import MIN_CORRECTION_COUNT, SpellingCorrector

# A passage opening like this leans on the sentence before it.
_NEEDS_CONTEXT = re.compile(
    r"""\A(?:["“'‘]|(?:he|she|it|they|this|that|these|those|there|but|so|then|such)\b)""",
    re.IGNORECASE,
)
_SHORT_PASSAGE_WORDS = 8
_NAMES_KEPT = 20
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
    following_sentence: bool = True
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
        switches = {
            "coverage": self.coverage,
            "previous": self.previous_sentence,
            "following": self.following_sentence,
            "title": self.title,
            "surface": self.surface_words,
            "proximity": self.proximity,
            "answer_type": self.answer_types,
        }
        return self.weights.without(*(name for name, on in switches.items() if not on))


@dataclass(frozen=True)
class Source:
    """What the index keeps of an article: its file name, title and date."""

    name: str
    title: str
    date: dt.date


@dataclass
class SearchIndex:
    sources: list[Source]
    sentence_article: np.ndarray  # int32, the source of each sentence
    sentence_position: np.ndarray  # int32, its number within its article
    text_offsets: np.ndarray  # int64, sentence i is texts[offsets[i]:offsets[i + 1]]
    texts: bytes  # every sentence, UTF-8, back to back
    bm25: Bm25Matrix
    word_counts: dict[str, int]  # corpus words (lowercase) in two or more sentences
    names: list[str]  # capitalised words most sentences mention, most first
    options: SearchOptions = field(default_factory=SearchOptions)

    @cached_property
    def _corrector(self) -> SpellingCorrector:
        return SpellingCorrector(self.word_counts)

    @property
    def sentence_count(self) -> int:
        return len(self.sentence_article)

    def sentence_text(self, index: int) -> str:
        start, end = self.text_offsets[index], self.text_offsets[index + 1]
        return self.texts[start:end].decode("utf-8")

    def passage_counts(self) -> list[int]:
        """Number of passages of each article, in article order."""
        return np.bincount(self.sentence_article, minlength=len(self.sources)).tolist()

    def frequent_names(self, count: int) -> list[str]:
        """The capitalised words (names, places) that most passages mention."""
        return self.names[:count]

    def question_terms(self, question: str) -> list[str]:
        """The question's terms, typos corrected against the corpus vocabulary."""
        terms: list[str] = []
        for compound in words(question):
            found = compound_terms(compound)
            if self.options.spelling and any(t not in self.bm25.vocabulary for t in found):
                corrected = self._corrector.correct(compound.lower())
                if corrected is not None:
                    found = compound_terms(corrected)
            terms.extend(found)
        return terms

    def search(self, question: str, top: int = 3, offset: int = 0) -> list[Passage]:
        """The ``top`` best passages for ``question`` after the first ``offset``, best first."""
        passages: list[Passage] = []
        signatures: list[frozenset[str]] = []
        query, ranked = self._rank(question)
        for score, index, terms in ranked:
            # News repeats itself: of near-identical sentences keep the best-ranked one;
            # identical ones score the same, and equal scores put the newest first.
            if any(_near_identical(terms, seen) for seen in signatures):
                continue
            signatures.append(terms)
            passages.append(self._passage(index, score, query))
            if len(passages) == offset + top:
                break
        return passages[offset:]

    def term_groups(self, terms: Sequence[str]) -> list[tuple[str, ...]]:
        """Each query term with the derived forms of it that the corpus uses."""
        if not self.options.derived_forms:
            return [(t,) for t in terms]
        return [(t, *self._derived_forms(t)) for t in terms]

    def _derived_forms(self, t: str) -> list[str]:
        forms = [t + suffix for suffix in _DERIVING_SUFFIXES]
        if t.endswith("n") and len(t) > 5:
            forms += [t[: -len(suffix)] for suffix in _DERIVING_SUFFIXES]
        return [f for f in forms if f in self.bm25.vocabulary and f != t]

    def _commonness(self, group: tuple[str, ...]) -> float:
        """1, or less for a very common word, whose IDF overstates it in a small corpus."""
        return _COMMON_WEIGHT if self.options.common_words and group[0] in _COMMON_TERMS else 1.0

    def _weight(self, group: tuple[str, ...]) -> float:
        """How much a query term counts in the relevance test."""
        return max(self.bm25.term_idf(t) for t in group) * self._commonness(group)

    def _rank(self, question: str) -> tuple[set[str], list[tuple[float, int, frozenset[str]]]]:
        """The question's terms, and its relevant candidates best first: (score, sentence, terms)."""
        query, candidates = self.candidates(question)
        scores = rerank_scores(query, [c for _, c in candidates], self.options.rerank_weights())
        ranked = [
            (score, self.sources[self.sentence_article[index]].date.toordinal(), index, frozenset(candidate.terms))
            for score, (index, candidate) in zip(scores.tolist(), candidates, strict=True)
        ]
        ranked.sort(key=lambda r: (-r[0], -r[1], r[2]))
        return {t for g in query.groups for t in g}, [(score, index, terms) for score, _, index, terms in ranked]

    def candidates(self, question: str) -> tuple[Query, list[tuple[int, Candidate]]]:
        """The question for re-ranking, and BM25's relevant candidates (sentence, candidate)."""
        options = self.options
        terms = self.question_terms(question)
        if not terms or not self.sentence_count:
            return Query(groups=(), idf=(), pairs=(), words=frozenset()), []
        groups = self.term_groups(terms)
        focus = set(compound_terms(focus_word(question) or "")) if options.focus else set()
        query_weights = [options.focus_weight if g[0] in focus else 1.0 for g in groups]
        best, scores = self.bm25.top([g[0] if len(g) == 1 else g for g in groups], options.candidates, query_weights)
        distinct = list(dict.fromkeys(groups))
        query = Query(
            groups=tuple(distinct),
            idf=tuple(max(self.bm25.term_idf(t) for t in g) for g in distinct),
            pairs=tuple(_adjacent_pairs(terms)),
            words=frozenset(words(question.lower())),
            kind=answer_type(question) if options.answer_types else AnswerType.OTHER,
        )
        relevance = {g: self._weight(g) for g in distinct}
        needed = options.min_relevance * sum(relevance.values()) if options.threshold else 0.0
        kept: list[tuple[int, Candidate]] = []
        for index, score in zip(best.tolist(), scores.tolist(), strict=True):
            candidate = self._candidate(index, score)
            present = frozenset(candidate.terms)
            if options.relevance_in_context:
                present = present.union(candidate.previous, candidate.title)
            if sum(w for g, w in relevance.items() if not present.isdisjoint(g)) >= needed:
                kept.append((index, candidate))
        return query, kept

    def _candidate(self, index: int, bm25: float) -> Candidate:
        """A BM25 candidate with its words, and the terms of its neighbours and title."""
        text = self.sentence_text(index)
        article = self.sentence_article[index]
        before = self.sentence_position[index] > 0
        after = index + 1 < self.sentence_count and self.sentence_article[index + 1] == article
        return Candidate(
            bm25=bm25,
            text=text,
            terms=_terms_of(text),
            words=frozenset(words(text.lower())),
            previous=_terms_of(self.sentence_text(index - 1)) if before else (),
            following=_terms_of(self.sentence_text(index + 1)) if after else (),
            title=_terms_of(self.sources[article].title),
        )

    def _passage(self, index: int, score: float, query: set[str]) -> Passage:
        text = self.sentence_text(index)
        source = self.sources[self.sentence_article[index]]
        position = int(self.sentence_position[index])
        context = self.sentence_text(index - 1) if position > 0 and needs_context(text) else None
        matched = tuple(w for w in words(text) if query & set(compound_terms(w)))
        return Passage(
            text=text,
            date=source.date,
            title=source.title,
            score=round(score, 6),
            source=source.name,
            position=position,
            context=context,
            matched_words=tuple(dict.fromkeys(matched)),
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


@lru_cache(maxsize=4096)
def _terms_of(text: str) -> tuple[str, ...]:
    """Terms of a candidate, neighbour or title: the same ones recur across candidates."""
    return tuple(tokenize(text))


def build_index(articles: Sequence[Article], options: SearchOptions | None = None) -> SearchIndex:
    """Split and index every article's sentences."""
    sentence_article, sentence_position, offsets = array("i"), array("i"), array("q", [0])
    texts = bytearray()
    word_counts: Counter[str] = Counter()
    names: Counter[str] = Counter()

    def documents() -> Iterator[list[str]]:
        for number, article in enumerate(articles):
            for position, text in enumerate(split_sentences(article.text)):
                sentence_article.append(number)
                sentence_position.append(position)
                texts.extend(text.encode("utf-8"))
                offsets.append(len(texts))
                written = words(text)
                terms_of = [compound_terms(w) for w in written]
                word_counts.update({w.lower() for w in written})
                # The first word is capitalised anyway; all-capitals are acronyms.
                names.update(
                    {
                        w
                        for w, terms in zip(written[1:], terms_of[1:], strict=True)
                        if w[0].isupper() and not w.isupper() and terms
                    }
                )
                yield [t for terms in terms_of for t in terms]

    bm25 = Bm25Matrix.build(documents())
    return SearchIndex(
        sources=[Source(a.path.name, a.title, a.date) for a in articles],
        sentence_article=np.frombuffer(sentence_article, np.int32).copy(),
        sentence_position=np.frombuffer(sentence_position, np.int32).copy(),
        text_offsets=np.frombuffer(offsets, np.int64).copy(),
        texts=bytes(texts),
        bm25=bm25,
        word_counts={w: c for w, c in word_counts.items() if c >= MIN_CORRECTION_COUNT},
        names=[name for name, _ in names.most_common(_NAMES_KEPT)],
        options=options or SearchOptions(),
    )
