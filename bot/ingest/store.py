"""Write articles into the corpus folder, find the ones already there, remove them.

A new article becomes ``YYYY-MM-DD-slug.txt`` at the top of the corpus folder: the slug
is made from the title (ASCII letters and digits only), so no name or title from a web
page or from Telegram is ever used as a path as it is. The file is written atomically
and never overwrites another (``-2``, ``-3``... on a clash). ``corpus_file_text`` is the
one place that knows the header lines. ``corpus_lock`` is held from "is it a duplicate?"
to "written", so that parallel adds (threads, the bot and the CLI) store one copy.
"""

from __future__ import annotations

import fcntl
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bot.engine import atomic_writer, check_url, list_corpus, parse_article
from bot.ingest.article import Draft, DuplicateArticle, IngestError
from bot.ingest.public_url import public_url

MAX_SLUG = 60
LOCK_FILE = ".ingest.lock"  # hidden: never listed as an article


def corpus_file_text(draft: Draft) -> str:
    """The article in the corpus format: the date line with the title, then url/author lines."""
    assert draft.date is not None
    header = [f" date {draft.date.isoformat()} title: {_one_line(draft.title) or 'Untitled'}"]
    if draft.url:
        header.append(f"url: {_one_line(draft.url)}")
    if draft.author:
        header.append(f"author: {_one_line(draft.author)}")
    return "\n".join(header) + "\n\n" + draft.text.strip() + "\n"


def corpus_url(url: str | None) -> str | None:
    """``url`` as a ``url:`` header, shown to every user: its ``public_url`` (no credentials or keys)
    if the corpus accepts it, else ``None`` (an odd canonical URL must not make the written file
    one the corpus refuses)."""
    if not url:
        return None
    try:
        return check_url(public_url(url.strip()))
    except ValueError:
        return None


def _one_line(value: str) -> str:
    return " ".join(value.split())


def slug(title: str) -> str:
    """``"Penguins march: a record!"`` -> ``"penguins-march-a-record"`` (ASCII, at most 60)."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    text = "-".join(words)[:MAX_SLUG].rstrip("-")
    return text or "article"


def normalized_url(url: str) -> str:
    """The URL compared for duplicates: its ``public_url`` (as stored), scheme and host lower-cased,
    no trailing /."""
    parts = urlsplit(public_url(url.strip()))
    path = parts.path.rstrip("/") or ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def text_fingerprint(text: str) -> str:
    return hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()


@contextmanager
def corpus_lock(corpus_dir: Path, source: str) -> Iterator[None]:
    """Hold the corpus folder's ingestion lock (across threads and processes); errors name ``source``."""
    try:
        corpus_dir.mkdir(parents=True, exist_ok=True)
        # Each holder opens the file anew: flock locks belong to the open file, so threads exclude each other too.
        file = (corpus_dir / LOCK_FILE).open("ab")
    except OSError as error:
        problem = f"cannot write to the corpus folder {corpus_dir} ({error.strerror or error})"
        raise IngestError(source, problem) from None
    with file:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(file.fileno(), fcntl.LOCK_UN)


@dataclass(frozen=True)
class CorpusArticleKeys:
    """What identifies each article already in the corpus: its URL and its text."""

    by_url: dict[str, Path] = field(default_factory=dict)
    by_text: dict[str, Path] = field(default_factory=dict)
    read_paths: set[Path] = field(default_factory=set)

    @classmethod
    def read(cls, corpus_dir: Path) -> CorpusArticleKeys:
        return cls().refresh(corpus_dir)

    def refresh(self, corpus_dir: Path) -> CorpusArticleKeys:
        """Learn the articles written since the last read (by this process or another)."""
        for path in list_corpus(corpus_dir).paths:
            if path in self.read_paths:
                continue
            self.read_paths.add(path)
            try:
                article = parse_article(path, path.read_bytes())
            except (OSError, ValueError):
                continue  # listed by load_corpus; it cannot be a duplicate of anything
            if article.url:
                self.by_url.setdefault(normalized_url(article.url), path)
            self.by_text.setdefault(text_fingerprint(article.text), path)
        return self

    def with_url(self, url: str) -> Path | None:
        return self.by_url.get(normalized_url(url))

    def duplicate_of(self, source: str, draft: Draft) -> DuplicateArticle | None:
        if draft.url and (existing := self.with_url(draft.url)):
            return DuplicateArticle(source, existing, "same URL")
        if existing := self.by_text.get(text_fingerprint(draft.text)):
            return DuplicateArticle(source, existing, "same text")
        return None

    def remember(self, draft: Draft, path: Path) -> None:
        if draft.url:
            self.by_url[normalized_url(draft.url)] = path
        self.by_text[text_fingerprint(draft.text)] = path
        self.read_paths.add(path)


def write_article(corpus_dir: Path, draft: Draft, source: str | None = None) -> Path:
    """Write ``draft`` as a new file in ``corpus_dir``; the path written. Errors name ``source``."""
    assert draft.date is not None
    data = corpus_file_text(draft).encode("utf-8")
    stem = f"{draft.date.isoformat()}-{slug(draft.title)}"
    try:
        corpus_dir.mkdir(parents=True, exist_ok=True)
        for number in range(1, 1000):
            path = corpus_dir / (f"{stem}.txt" if number == 1 else f"{stem}-{number}.txt")
            if path.exists() or path.is_symlink():
                continue
            try:
                with atomic_writer(path, replace=False) as file:
                    file.write(data)
            except FileExistsError:
                continue  # taken between the check and the write
            return path
    except OSError as error:
        problem = f"cannot write to the corpus folder {corpus_dir} ({error.strerror or error})"
        raise IngestError(source or stem, problem) from None
    raise IngestError(source or stem, "too many articles with this date and title")


def find_article(corpus_dir: Path, name_or_url: str) -> Path:
    """The corpus file named (file name or path inside the corpus) or with that URL."""
    wanted = name_or_url.strip()
    paths = list_corpus(corpus_dir).paths
    if wanted.lower().startswith(("http://", "https://")):
        target = normalized_url(wanted)
        for path in paths:
            try:
                article = parse_article(path, path.read_bytes())
            except (OSError, ValueError):
                continue
            if article.url and normalized_url(article.url) == target:
                return path
        raise IngestError(wanted, "no article in the corpus has this URL")
    for path in paths:  # only a listed article can be removed: never a path from outside as it is
        if wanted in (path.name, path.relative_to(corpus_dir).as_posix(), str(path)):
            return path
    raise IngestError(wanted, "no article in the corpus has this file name")


def remove_article(corpus_dir: Path, name_or_url: str) -> Path:
    """Delete the article ``find_article`` finds; the path it had."""
    path = find_article(corpus_dir, name_or_url)
    try:
        path.unlink()
    except OSError as error:
        raise IngestError(name_or_url, f"cannot remove {path}: {error.strerror or error}") from None
    return path
