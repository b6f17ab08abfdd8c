"""How sentences are laid out in Xapian shard databases (shared by the writer and the backend).

One Xapian document per sentence:

- its **terms** are exactly the project's analysis terms (``bot.engine.analysis.tokens``),
  each added once per occurrence, so Xapian's wdf is the term frequency and its document
  length is the sentence's term count, as rank-bm25 counts them;
- **boolean terms** (no wdf, not counted in the length): ``A<article key>`` to remove an
  article, and ``W<word>``
  for every lowercase word, so the spelling corrector's word counts are term frequencies
  summed over all shards by Xapian itself, and ``N<Name>`` for capitalised words (the
  names ``/start`` suggests asking about);
- **value** 0: the article date as ``YYYYMMDD`` (for date-range filters);
- **data**: JSON with the sentence text, its terms, its article's ``ArticleMeta`` (name,
  title, date, url, author, outlet, digest), position and the sentence before it, so a
  bot replica needs no local corpus and shows a passage's context without another request.

Each shard also keeps metadata: its number, the shard count, and its articles (title, date,
sentence count; its digest tells incremental updates what changed) for ``/sources``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json

from bot.engine.values import ArticleMeta, Sentence

FORMAT = "2"
DATE_SLOT = 0
ARTICLE_PREFIX = "A"
WORD_PREFIX = "W"
NAME_PREFIX = "N"
LONG_TERM_PREFIX = "H"
# Xapian terms are at most 245 bytes; longer analysis terms are indexed by a digest.
MAX_TERM_BYTES = 240

META_FORMAT = "bot.format"
META_SHARD = "bot.shard"  # "<number> <count>"
META_ANALYZER = "bot.analyzer"  # ``Analyzer.key`` of the analysis that made its terms
META_ANALYZERS = "bot.analyzers"  # JSON: each language of its articles → its ``Analyzer.key``
META_ARTICLES = "bot.articles"  # JSON {name: {"source": source_fields, "sentences": count}}


def index_term(term: str) -> str:
    """The Xapian term for an analysis term (always lowercase-initial, unless too long)."""
    if len(term.encode("utf-8")) <= MAX_TERM_BYTES:
        return term
    return LONG_TERM_PREFIX + hashlib.sha1(term.encode("utf-8")).hexdigest()


def is_content_term(xapian_term: str) -> bool:
    """Whether an indexed term is a BM25 term (not one of the boolean prefixes)."""
    return not xapian_term[:1].isupper() or xapian_term.startswith(LONG_TERM_PREFIX)


def article_key(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:24]


def article_term(name: str) -> str:
    return ARTICLE_PREFIX + article_key(name)


def shard_of(name: str, shard_count: int) -> int:
    """The shard an article lives in: a stable hash of its file name, so it never moves."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big") % shard_count


def date_value(date: dt.date) -> str:
    return date.strftime("%Y%m%d")


def source_fields(source: ArticleMeta) -> dict:
    """An article's ``ArticleMeta`` (title, date, url, author, outlet, digest…) as JSON fields."""
    fields = dataclasses.asdict(source)
    fields["date"] = source.date.isoformat()
    return fields


def source_from(fields: dict) -> ArticleMeta:
    known = {field.name for field in dataclasses.fields(ArticleMeta)}
    values = {name: value for name, value in fields.items() if name in known}
    values["date"] = dt.date.fromisoformat(values["date"])
    return ArticleMeta(**values)


def encode_sentence(sentence: Sentence) -> bytes:
    """A shard document's data: everything ``SearchBackend.sentence`` returns."""
    fields = {
        "text": sentence.text,
        "terms": list(sentence.terms),
        "source": source_fields(sentence.source),
        "position": sentence.position,
        "previous": sentence.previous,
    }
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_sentence(data: bytes) -> Sentence:
    fields = json.loads(data)
    return Sentence(
        text=fields["text"],
        terms=tuple(fields["terms"]),
        source=source_from(fields["source"]),
        position=fields["position"],
        previous=fields["previous"],
    )
