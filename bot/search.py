"""The answer engine: index the corpus's sentences, rank them for a question.

``build_index(articles)`` splits every article into sentences and indexes them with
BM25 (rank-bm25's BM25Okapi weights). ``SearchIndex.search(question)`` takes BM25's
best candidates and re-ranks them with what BM25 cannot see — query words standing
together in the passage, and whether it offers the kind of answer asked for — then
drops what is not relevant enough, near-duplicates, and returns dated passages.

Nothing here knows about Telegram or the command line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import pairwise

import numpy as np

from bot.answer_type import AnswerType, answer_type, offers
from bot.bm25 import Bm25Matrix
from bot.corpus import Article
from bot.sentences import split_sentences
from bot.spelling import SpellingCorrector
from bot.tokens import compound_terms, tokenize, words

# A passage opening like this leans on the sentence before it.
_NEEDS_CONTEXT = re.compile(
    r"""\A(?:["“'‘]|(?:he|she|it|they|this|that|these|those|there|but|so|then|such)\b)""",
    re.IGNORECASE,
)
_SHORT_PASSAGE_WORDS = 8


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
    proximity: bool = True
    answer_types: bool = True
    threshold: bool = True
    candidates: int = 50
    proximity_weight: float = 0.5
    answer_type_weight: float = 0.3
    min_relevance: float = 0.3


@dataclass(frozen=True)
class _Sentence:
    article: int
    position: int
    text: str


@dataclass
class SearchIndex:
    articles: list[Article]
    sentences: list[_Sentence]
    bm25: Bm25Matrix
    options: SearchOptions = field(default_factory=SearchOptions)

    @cached_property
    def _corrector(self) -> SpellingCorrector:
        counts: Counter[str] = Counter()
        for sentence in self.sentences:
            counts.update({w.lower() for w in words(sentence.text)})
        return SpellingCorrector(counts)

    def passage_counts(self) -> list[int]:
        """Number of passages of each article, in article order."""
        counts = Counter(s.article for s in self.sentences)
        return [counts[a] for a in range(len(self.articles))]

    def frequent_names(self, count: int) -> list[str]:
        """The capitalised words (names, places) that most passages mention."""
        names: Counter[str] = Counter()
        for sentence in self.sentences:
            written = words(sentence.text)[1:]  # the first word is capitalised anyway
            names.update({w for w in written if w[0].isupper() and compound_terms(w) and not w.isupper()})
        return [name for name, _ in names.most_common(count)]

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
        ranked = self._rank(question)
        return ranked[offset : offset + top]

    def _rank(self, question: str) -> list[Passage]:
        options = self.options
        terms = self.question_terms(question)
        if not terms or not self.sentences:
            return []
        scores = self.bm25.scores(terms)
        matched = np.flatnonzero(scores > 0)
        if matched.size == 0:
            return []
        best = matched[np.argsort(-scores[matched], kind="stable")][: options.candidates]
        query = set(terms)
        attainable = sum(self.bm25.term_idf(t) for t in query)
        kind = answer_type(question) if options.answer_types else AnswerType.OTHER
        pairs = _adjacent_pairs(terms) if options.proximity else []
        ranked: list[tuple[float, dt.date, int]] = []
        for index in best:
            sentence = self.sentences[index]
            passage_terms = tokenize(sentence.text)
            covered = sum(self.bm25.term_idf(t) for t in query & set(passage_terms))
            if options.threshold and covered < options.min_relevance * attainable:
                continue
            boost = 1.0
            if pairs:
                boost += options.proximity_weight * _proximity(pairs, passage_terms)
            if offers(kind, sentence.text):
                boost += options.answer_type_weight
            ranked.append((float(scores[index]) * boost, self.articles[sentence.article].date, index))
        ranked.sort(key=lambda r: (-r[0], -r[1].toordinal(), r[2]))
        return self._unique([self._passage(i, score, query) for score, _, i in ranked])

    def _passage(self, index: int, score: float, query: set[str]) -> Passage:
        sentence = self.sentences[index]
        article = self.articles[sentence.article]
        context = None
        if sentence.position > 0 and needs_context(sentence.text):
            context = self.sentences[index - 1].text
        matched = tuple(w for w in words(sentence.text) if query & set(compound_terms(w)))
        return Passage(
            text=sentence.text,
            date=article.date,
            title=article.title,
            score=round(score, 6),
            source=article.path.name,
            position=sentence.position,
            context=context,
            matched_words=tuple(dict.fromkeys(matched)),
        )

    @staticmethod
    def _unique(passages: list[Passage]) -> list[Passage]:
        """Drop near-duplicates (news reuses sentences), keeping the newest copy."""
        kept: list[Passage] = []
        signatures: list[frozenset[str]] = []
        for passage in passages:
            signature = frozenset(tokenize(passage.text))
            twin = next((i for i, s in enumerate(signatures) if _near_identical(s, signature)), None)
            if twin is None:
                kept.append(passage)
                signatures.append(signature)
            elif passage.date > kept[twin].date:
                kept[twin] = replace(passage, score=kept[twin].score)
        return kept


def needs_context(text: str) -> bool:
    """Whether a sentence leans on the one before (a quote, a pronoun, very short)."""
    return bool(_NEEDS_CONTEXT.match(text)) or len(text.split()) < _SHORT_PASSAGE_WORDS


def _near_identical(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    return len(a & b) / len(a | b) >= 0.7


def _adjacent_pairs(terms: Sequence[str]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in pairwise(terms) if a != b]


def _proximity(pairs: list[tuple[str, str]], passage_terms: Sequence[str]) -> float:
    """Share of the question's adjacent term pairs that stand together in the passage."""
    together = set(pairwise(passage_terms)) | set(zip(passage_terms, passage_terms[2:], strict=False))
    return sum(1 for a, b in pairs if (a, b) in together) / len(pairs)


def build_index(articles: Sequence[Article], options: SearchOptions | None = None) -> SearchIndex:
    """Split and index every article's sentences."""
    sentences = [
        _Sentence(article=a, position=p, text=text)
        for a, article in enumerate(articles)
        for p, text in enumerate(split_sentences(article.text))
    ]
    bm25 = Bm25Matrix([tokenize(s.text) for s in sentences])
    return SearchIndex(list(articles), sentences, bm25, options or SearchOptions())
