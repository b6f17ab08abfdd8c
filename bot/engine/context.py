"""A passage in its surroundings: the paragraph of its article it stands in.

An answer's "context" button names the passage by its article's content digest and its
sentence number, nothing else, so any process serving the same corpus can answer it —
after a restart, on another replica. The paragraph is read back from the article file
itself; when the file no longer has that digest (edited, replaced, removed), the passage
cannot be placed any more and the caller is told so rather than shown the wrong text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.engine.analysis.sentences import paragraphs, sentence_spans
from bot.engine.corpus import DIGEST_LENGTH, list_corpus, parse_article
from bot.engine.search import ArticleMeta
from bot.errors import BotError


@dataclass(frozen=True)
class PassageContext:
    """The paragraph around a passage; ``start``/``end`` locate the passage in it."""

    source: ArticleMeta
    paragraph: str
    start: int
    end: int


class ArticleChanged(BotError):
    """The article is gone or its file changed since the passage was found."""


def find_article(sources: Sequence[ArticleMeta], digest: str) -> ArticleMeta:
    """The article with content ``digest``; ``ArticleChanged`` when no article has it now."""
    for source in sources:
        if source.digest == digest:
            return source
    raise ArticleChanged(digest)


def _article_file(corpus_dir: Path, source: ArticleMeta) -> tuple[Path, bytes]:
    """The file of ``source`` and its bytes: at the top of the corpus, else in a subfolder."""
    top = corpus_dir / source.name
    candidates = [top, *(p for p in list_corpus(corpus_dir).paths if p.name == source.name and p != top)]
    for path in candidates:
        try:
            raw = path.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(raw).hexdigest()[:DIGEST_LENGTH] == source.digest:
            return path, raw
    raise ArticleChanged(source.name)


def passage_context(corpus_dir: Path, source: ArticleMeta, position: int) -> PassageContext:
    """The paragraph holding sentence ``position`` of ``source``'s article, read from its file."""
    path, raw = _article_file(Path(corpus_dir), source)
    article = parse_article(path, raw)
    seen = 0
    for paragraph in paragraphs(article.text):
        spans = sentence_spans(paragraph)
        if position < seen + len(spans):
            start, end = spans[position - seen]
            return PassageContext(source, paragraph, start, end)
        seen += len(spans)
    raise ArticleChanged(source.name)
