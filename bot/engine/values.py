"""The engine's value types, below every other engine module: an article's metadata, a stored
sentence, and a passage as found for a question.

Backends store them, ranking reads them, answers carry them; they know nothing of indexes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bot.engine.corpus import Article


@dataclass(frozen=True)
class ArticleMeta:
    """What the index keeps of an article: its file name, title, date and header lines."""

    name: str
    title: str
    date: dt.date
    url: str | None = None  # the article on the web (``url:``)
    author: str | None = None
    outlet: str | None = None  # who published it (``source:``)
    digest: str = ""  # short SHA-256 of the article file (``Article.digest``): context buttons check it
    language: str = ""  # the language it was analysed in ("en", "de", …; "" before languages were recorded)


@dataclass(slots=True)
class Sentence:
    """One stored sentence (a passage) and what re-ranking needs of it.

    Read-only by convention rather than frozen: a question reads a hundred of them, and a
    frozen dataclass's per-field checks made that the costliest part of reading one.
    """

    text: str
    terms: tuple[str, ...]  # its retrieval terms in order, repeats kept (``tokenize(text)``)
    source: ArticleMeta
    position: int  # sentence number within its article, from 0
    previous: str | None  # the sentence before it in its article, if any
    # The sentence before's terms, when the backend stores them (re-ranking reads them as a
    # weaker field; empty means "tokenize ``previous``"). A shortcut, not part of what the
    # sentence is: two backends' equal sentences compare equal with or without it.
    previous_terms: tuple[str, ...] = field(default=(), compare=False)
    # Its distinct words as written, lowercase, when the backend stores them (empty means
    # "read them from ``text``"); the same kind of shortcut.
    words: tuple[str, ...] = field(default=(), compare=False)
    title_terms: tuple[str, ...] = field(default=(), compare=False)  # its article title's terms, likewise


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
    also_reported_by: tuple[str, ...] = ()  # outlets (or files) of other articles with a near-identical sentence
    following: str | None = None  # the sentence after, when the answer is there


def tie_break_key(source: ArticleMeta, position: int) -> tuple[int, str, int]:
    """Order among equal scores: newer article first, then file name, then position."""
    return (-source.date.toordinal(), source.name, position)


def article_meta(article: Article, language: str | None = None) -> ArticleMeta:
    """What a segment keeps of an article besides its sentences; ``language``: the one it is analysed in
    (else its ``lang:`` header's)."""
    return ArticleMeta(article.path.name, article.title, article.date, article.url, article.author, article.outlet,
                  article.digest, language or article.language or "")  # fmt: skip
