"""The default ``SearchBackend``: every sentence and its BM25 weights in this process.

Sentences are stored column-wise (one UTF-8 blob of texts, arrays of offsets,
articles and positions) so a million of them fit in a few hundred megabytes and save
to disk as plain arrays (``bot.engine.index_store``); BM25 top-k is ``Bm25Matrix``.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from bot.engine.analysis.sentences import split_sentences
from bot.engine.analysis.tokens import compound_terms, tokenize, words
from bot.engine.backend import Sentence, Source, tie_break_key
from bot.engine.bm25 import Bm25Matrix
from bot.engine.corpus import Article
from bot.engine.spelling import MIN_CORRECTION_COUNT

_NAMES_KEPT = 20


@dataclass
class InProcessIndex:
    """Sentences column-wise plus their BM25 matrix; implements ``SearchBackend``."""

    sources: list[Source]
    sentence_article: np.ndarray  # int32, the source of each sentence
    sentence_position: np.ndarray  # int32, its number within its article
    text_offsets: np.ndarray  # int64, sentence i is texts[offsets[i]:offsets[i + 1]]
    texts: bytes  # every sentence, UTF-8, back to back
    bm25: Bm25Matrix
    words: dict[str, int]  # corpus words (lowercase) in two or more sentences
    names: list[str]  # capitalised words most sentences mention, most first

    @property
    def sentence_count(self) -> int:
        return len(self.sentence_article)

    @cached_property
    def _tie_ranks(self) -> np.ndarray:
        """Each sentence's place in ``tie_break_key`` order."""
        by_article = sorted(range(len(self.sources)), key=lambda a: tie_break_key(self.sources[a], 0))
        article_rank = np.empty(len(self.sources), dtype=np.int64)
        article_rank[by_article] = np.arange(len(self.sources))
        order = np.lexsort((self.sentence_position, article_rank[self.sentence_article]))
        ranks = np.empty(self.sentence_count, dtype=np.int64)
        ranks[order] = np.arange(self.sentence_count)
        return ranks

    def top(
        self,
        groups: Sequence[tuple[str, ...]],
        weights: Sequence[float],
        k: int,
        articles: Collection[int] | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        query = [g[0] if len(g) == 1 else g for g in groups]
        allowed = None
        if articles is not None:
            wanted = np.zeros(len(self.sources), dtype=bool)
            wanted[list(articles)] = True
            allowed = wanted[self.sentence_article]
        return self.bm25.top(query, k, weights, tie_ranks=self._tie_ranks, allowed=allowed)

    def article_sentences(self, article: int) -> list[int]:
        return np.flatnonzero(self.sentence_article == article).tolist()

    def knows(self, term: str) -> bool:
        return term in self.bm25.vocabulary

    def term_idf(self, term: str) -> float:
        return self.bm25.term_idf(term)

    def sentence_text(self, index: int) -> str:
        start, end = self.text_offsets[index], self.text_offsets[index + 1]
        return self.texts[start:end].decode("utf-8")

    def sentence(self, sentence_id: int) -> Sentence:
        text = self.sentence_text(sentence_id)
        position = int(self.sentence_position[sentence_id])
        return Sentence(
            text=text,
            terms=tuple(tokenize(text)),
            source=self.sources[self.sentence_article[sentence_id]],
            position=position,
            previous=self.sentence_text(sentence_id - 1) if position > 0 else None,
        )

    def word_counts(self) -> dict[str, int]:
        return self.words

    def frequent_names(self, count: int) -> list[str]:
        return self.names[:count]

    def passage_counts(self) -> list[int]:
        return np.bincount(self.sentence_article, minlength=len(self.sources)).tolist()


def build_in_process(articles: Sequence[Article]) -> InProcessIndex:
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
    return InProcessIndex(
        sources=[Source(a.path.name, a.title, a.date, a.url, a.author, a.outlet, a.digest) for a in articles],
        sentence_article=np.frombuffer(sentence_article, np.int32).copy(),
        sentence_position=np.frombuffer(sentence_position, np.int32).copy(),
        text_offsets=np.frombuffer(offsets, np.int64).copy(),
        texts=bytes(texts),
        bm25=bm25,
        words={w: c for w, c in word_counts.items() if c >= MIN_CORRECTION_COUNT},
        names=[name for name, _ in names.most_common(_NAMES_KEPT)],
    )
