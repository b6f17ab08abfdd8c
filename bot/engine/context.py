"""A passage in its surroundings: the paragraph of its article it stands in.

An answer's "context" button names the passage by its article's content digest and its
sentence number, nothing else, so any process serving the same corpus can answer it —
after a restart, on another replica. The paragraph is read back from the article file
itself; when the file no longer has that digest (edited, replaced, removed), the passage
cannot be placed any more and the caller is told so rather than shown the wrong text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from bot.engine.analysis.sentences import paragraphs, sentence_spans
from bot.engine.corpus import DIGEST_LENGTH, parse_article
from bot.engine.search import Source


@dataclass(frozen=True)
class PassageContext:
    """The paragraph around a passage; ``start``/``end`` locate the passage in it."""

    source: Source
    paragraph: str
    start: int
    end: int


class ArticleChanged(Exception):
    """The article is gone or its file changed since the passage was found."""


def find_source(sources: list[Source], digest: str) -> Source:
    """The article with content ``digest``; ``ArticleChanged`` when no article has it now."""
    for source in sources:
        if source.digest == digest:
            return source
    raise ArticleChanged(digest)


def passage_context(corpus_dir: Path, source: Source, position: int) -> PassageContext:
    """The paragraph holding sentence ``position`` of ``source``'s article, read from its file."""
    path = Path(corpus_dir) / source.name
    try:
        raw = path.read_bytes()
    except OSError:
        raise ArticleChanged(source.name) from None
    if hashlib.sha256(raw).hexdigest()[:DIGEST_LENGTH] != source.digest:
        raise ArticleChanged(source.name)
    article = parse_article(path, raw)
    seen = 0
    for paragraph in paragraphs(article.text):
        spans = sentence_spans(paragraph)
        if position < seen + len(spans):
            start, end = spans[position - seen]
            return PassageContext(source, paragraph, start, end)
        seen += len(spans)
    raise ArticleChanged(source.name)
