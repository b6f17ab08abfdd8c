"""Read an RSS or Atom feed (feedparser) into entries: link, title, date, summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import feedparser  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]

from bot.ingest.article import IngestError


@dataclass(frozen=True)
class FeedEntry:
    title: str
    link: str | None  # the article's page, when the entry links one
    date: dt.date | None
    summary: str  # plain text
    author: str | None
    guid: str | None = None  # RSS guid / Atom id: the entry's identity, whatever its text becomes


def _summary_text(entry: feedparser.FeedParserDict) -> str:
    html = ""
    for content in entry.get("content") or []:
        html = max(html, content.get("value") or "", key=len)
    html = html or entry.get("summary") or ""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return " ".join(html.split())
    blocks = [" ".join(block.text_content().split()) for block in root.iter("p", "li", "blockquote")]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else " ".join(root.text_content().split())


def _date(entry: feedparser.FeedParserDict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def read_feed(data: bytes, source: str, base_url: str | None = None) -> list[FeedEntry]:
    """The entries of an RSS/Atom document; ``IngestError`` if it is not a feed.

    Relative entry links are resolved against ``base_url`` (where the feed was fetched).
    """
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({reason})" if reason else ""
        raise IngestError(source, f"not a valid RSS or Atom feed{detail}")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        entries.append(
            FeedEntry(
                title=" ".join((entry.get("title") or "").split()),
                link=link if link and link.lower().startswith(("http://", "https://")) else None,
                date=_date(entry),
                summary=_summary_text(entry),
                author=" ".join((entry.get("author") or "").split()) or None,
                guid=(entry.get("id") or "").strip() or None,
            )
        )
    return entries
