"""Add articles to the corpus from each kind of source, and remove them.

Each function checks everything first (fetch, extract, date, duplicates) and writes
one file last, so a failure leaves the corpus as it was; the duplicate check and the
write happen under one lock (``corpus_lock``), so parallel adds store one copy. None of
them updates the index: the caller does, once for all the articles it added.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath

from bot.engine import article_title, split_sentences, title_from_lead
from bot.ingest.article import DATE_HINT, Added, Draft, DuplicateArticle, IngestError, NoArticleText
from bot.ingest.extract import HTML_SUFFIXES, TEXT_SUFFIXES, from_html, from_text, looks_binary
from bot.ingest.feed import FeedEntry, read_feed
from bot.ingest.feed_items import FeedItems, entry_keys
from bot.ingest.fetch import DEFAULT_TIMEOUT, MAX_BYTES, fetch
from bot.ingest.store import CorpusArticleKeys, corpus_lock, corpus_url, write_article

SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
_HTML_TYPES = ("text/html", "application/xhtml+xml")
DEFAULT_FEED_MAX_ITEMS = 50  # new entries taken from one feed in one poll (FEED_MAX_ITEMS)


def _save(
    corpus_dir: Path,
    source: str,
    draft: Draft,
    known: CorpusArticleKeys | None = None,
    keys: list[str] | None = None,
    taken: FeedItems | None = None,
) -> Added:
    """Write ``draft`` unless the corpus has it; a feed entry's ``keys`` are recorded as taken either way."""
    draft = replace(draft, url=corpus_url(draft.url))
    with corpus_lock(corpus_dir, source):
        # Read again under the lock: another thread or process may have just written it.
        known = (known or CorpusArticleKeys()).refresh(corpus_dir)
        duplicate = known.duplicate_of(source, draft)
        if keys:
            (taken or FeedItems.read(corpus_dir)).refresh().record(keys, source)
        if duplicate:
            raise duplicate
        path = write_article(corpus_dir, draft, source)
        known.remember(draft, path)
    assert draft.date is not None
    return Added(source, path, draft.title, draft.date, len(split_sentences(draft.text)))


def page_draft(url: str, trusted: bool = False, allow_private: bool = False, timeout: float = DEFAULT_TIMEOUT) -> Draft:
    """The article at ``url``, fetched and extracted; ``trusted``: the operator gave ``url``."""
    download = fetch(url, timeout, trusted=trusted, allow_private=allow_private)
    if download.content_type and download.content_type not in _HTML_TYPES:
        raise NoArticleText(url, f"not a web page but {download.content_type}")
    return from_html(download.content, url, url=download.url)


def file_draft(name: str, data: bytes, source: str) -> Draft:
    """The article in a file's bytes, read by the suffix of ``name`` (never opened by it)."""
    suffix = PurePath(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return from_html(data, source)
    if suffix in TEXT_SUFFIXES:
        return from_text(data, source, name)
    raise IngestError(source, f"cannot read {suffix or 'files without a suffix'}; give .txt, .md or .html")


def add_url(
    corpus_dir: Path,
    url: str,
    date: dt.date | None = None,
    title: str | None = None,
    date_hint: str = DATE_HINT,
    allow_private: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> Added:
    """A page the operator (CLI, an admin) gave: it may be private, its redirects may not."""
    known = CorpusArticleKeys.read(corpus_dir)
    if existing := known.with_url(url):
        raise DuplicateArticle(url, existing, "same URL")
    draft = page_draft(url, True, allow_private, timeout)
    return _save(corpus_dir, url, draft.completed(url, date, title, date_hint), known)


def add_file(
    corpus_dir: Path,
    path: Path,
    date: dt.date | None = None,
    title: str | None = None,
    date_hint: str = DATE_HINT,
    source: str | None = None,
    data: bytes | None = None,
) -> Added:
    """A local file (or the bytes of an upload called ``path.name``) as an article."""
    source = source or str(path)
    if data is None:
        try:
            if path.stat().st_size > MAX_BYTES:
                raise IngestError(source, "the file is over the 5 MB limit")
            data = path.read_bytes()
        except OSError as error:
            raise IngestError(source, f"cannot read the file ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise IngestError(source, "the file is over the 5 MB limit")
    draft = file_draft(path.name, data, source)
    title = title or draft.title or article_title("", Path(path.name), draft.text)
    return _save(corpus_dir, source, draft.completed(source, date, title, date_hint))


def add_source(
    corpus_dir: Path,
    source: str,
    date: dt.date | None = None,
    title: str | None = None,
    *,
    allow_private: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> Added:
    """``python -m bot add SOURCE``: an http(s) URL or a local file."""
    if "://" in source:
        return add_url(corpus_dir, source, date, title, allow_private=allow_private, timeout=timeout)
    return add_file(corpus_dir, Path(source), date, title)


def add_post(corpus_dir: Path, source: str, text: str, date: dt.date, url: str | None = None) -> Added:
    """A channel post: its first line is the title when it is short and more text follows,
    else its first sentence."""
    draft = from_text(text.encode("utf-8"), source, "post.txt")
    title = draft.title or title_from_lead(draft.text)
    return _save(corpus_dir, source, Draft(draft.text, title, date, url))


@dataclass
class FeedResult:
    feed: str
    added: list[Added] = field(default_factory=list)
    problems: list[IngestError] = field(default_factory=list)
    already: int = 0  # entries already in the corpus
    left: int = 0  # new entries past the limit of one poll, for the next ones


def _entry_draft(entry: FeedEntry, allow_private: bool, timeout: float) -> Draft:
    """The entry's page; its summary when it links none, or the page holds no article text."""
    summary = Draft(entry.summary, entry.title, entry.date, entry.link, entry.author)
    if not entry.link:
        return summary
    try:
        page = page_draft(entry.link, False, allow_private, timeout)  # a link from outside: public addresses only
    except NoArticleText:
        if entry.summary.strip():
            return summary
        raise
    # The entry's link, not the page's canonical URL, is kept: the next poll knows it unfetched.
    return Draft(page.text, page.title or entry.title, entry.date or page.date, entry.link, page.author or entry.author)


def add_feed(
    corpus_dir: Path,
    url: str,
    max_items: int = DEFAULT_FEED_MAX_ITEMS,
    allow_private: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> FeedResult:
    """The feed's entries not yet taken, at most ``max_items`` (``FEED_MAX_ITEMS``):
    each from its page, else from its summary.

    An entry is taken once, known by its link or guid even when its summary changed.
    A feed that cannot be read raises ``IngestError``; a bad entry is one of the problems.
    """
    download = fetch(url, timeout, trusted=True, allow_private=allow_private)
    if looks_binary(download.content):
        raise IngestError(url, "the content is binary, not a feed")
    entries = read_feed(download.content, url, base_url=download.url)
    result = FeedResult(url)
    known = CorpusArticleKeys.read(corpus_dir)
    taken = FeedItems.read(corpus_dir)
    tried = 0
    for number, entry in enumerate(entries, 1):
        source = entry.link or f"{url} (entry {number}: {entry.title or 'untitled'})"
        keys = entry_keys(url, entry)
        if (entry.link and known.with_url(entry.link)) or taken.taken(keys):
            result.already += 1
            continue
        if tried >= max_items:
            result.left += 1
            continue
        tried += 1
        try:
            draft = _entry_draft(entry, allow_private, timeout)
            draft = draft.completed(source, date_hint="the feed entry and its page give no date")
            result.added.append(_save(corpus_dir, source, draft, known, keys, taken))
        except DuplicateArticle:
            result.already += 1
        except IngestError as error:
            result.problems.append(error)
    return result
