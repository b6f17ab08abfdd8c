"""Load the article corpus: one UTF-8 text file per article, each starting with its date.

File format (see README.md)::

     date 2022-01-25 title: Optional headline
    url: https://example.com/news/ukraine-talks
    author: Jane Doe
    source: Associated Press

    Article text ...

The ``date YYYY-MM-DD`` prefix is required (leading whitespace allowed). An optional
``title:`` right after the date runs to the end of that line; without it the title comes
from the file name, or from the article's lead when the file name is not words
(``bot.engine.titles``). The text may also start on the date line itself (as in the
seed article); then there are no header lines.

Header lines follow the date line, one per line, in any order, each at most once:
``url:`` (the article's web address, ``http`` or ``https`` only), ``author:``,
``source:`` (the outlet) and ``title:`` (when not on the date line). Keys are
case-insensitive. The headers end at the first other line — by convention a blank
line — and everything after is the article text. A malformed URL, an empty or repeated
header refuses the file, naming it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.engine.titles import article_title

_HEADER = re.compile(r"\A\s*date\s+(?P<date>\S+)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_TITLE = re.compile(r"\A[ \t]*title:[ \t]*(?P<title>[^\n]*)\n?", re.IGNORECASE)
_HEADER_LINE = re.compile(r"[ \t]*(?P<key>title|url|author|source)[ \t]*:(?P<value>[^\n]*)(?:\n|\Z)", re.IGNORECASE)
_HOSTNAME = re.compile(r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)*[^\W_](?:[\w-]{0,61}[^\W_])?\.?", re.UNICODE)
MAX_URL = 2048
DIGEST_LENGTH = 16  # hex digits of the SHA-256 of an article file kept as its content key


@dataclass(frozen=True)
class Article:
    """One corpus file: where it came from, its headline, publication date and body."""

    path: Path
    title: str
    date: dt.date
    text: str
    url: str | None = None  # the article on the web, http(s)
    author: str | None = None
    outlet: str | None = None  # the ``source:`` header: who published it
    digest: str = ""  # short SHA-256 of the file's bytes: changes whenever the file does


class CorpusError(Exception):
    """The corpus cannot be used; ``problems`` lists every bad file with what is wrong."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def check_url(url: str) -> str:
    """``url`` if it is a well-formed absolute http(s) address; ``ValueError`` saying why not."""
    if not url:
        raise ValueError("url: is empty")
    if len(url) > MAX_URL:
        raise ValueError(f"url is longer than {MAX_URL} characters")
    if any(c.isspace() or ord(c) < 32 or c in '<>"\\^`{|}' for c in url):
        raise ValueError(f"url {url!r} contains spaces or characters a URL cannot hold")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise ValueError(f"url {url!r} is malformed") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(f"url {url!r} must start with http:// or https://")
    if not parts.hostname or not (_HOSTNAME.fullmatch(parts.hostname) or _is_ip_address(parts.hostname)):
        raise ValueError(f"url {url!r} has no valid host name")
    return url


def _is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _headers(body: str, title: str | None) -> tuple[dict[str, str], str]:
    """The ``key: value`` header lines at the start of ``body``, and the text after them."""
    found: dict[str, str] = {"title": title} if title is not None else {}
    while header := _HEADER_LINE.match(body):
        key, value = header["key"].lower(), " ".join(header["value"].split())
        if key in found:
            raise ValueError(f"header {key}: given twice")
        if not value:
            raise ValueError(f"header {key}: is empty")
        found[key] = check_url(value) if key == "url" else value
        body = body[header.end() :]
    return found, body


def parse_article(path: Path, raw: bytes) -> Article:
    """Parse one file's bytes; raise ``ValueError`` saying what is wrong with it."""
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"not valid UTF-8 (byte {error.start})") from None
    header = _HEADER.match(content)
    if header is None:
        raise ValueError("missing the leading 'date YYYY-MM-DD'")
    if not _ISO_DATE.match(header["date"]):
        raise ValueError(f"date {header['date']!r} is not in the form YYYY-MM-DD")
    try:
        date = dt.date.fromisoformat(header["date"])
    except ValueError:
        raise ValueError(f"date {header['date']} does not exist") from None
    body = content[header.end() :]
    title_line = _TITLE.match(body)
    fields: dict[str, str] = {}
    if title_line is not None:
        fields, body = _headers(body[title_line.end() :], " ".join(title_line["title"].split()))
    elif re.match(r"[ \t]*(?:\n|\Z)", body):  # the date stands alone on its line: headers may follow
        fields, body = _headers(body.lstrip(" \t").removeprefix("\n"), None)
    text = body.strip()
    if not text:
        raise ValueError("no article text after the date")
    return Article(
        path=path,
        title=article_title(fields.get("title") or "", path, text),
        date=date,
        text=text,
        url=fields.get("url"),
        author=fields.get("author"),
        outlet=fields.get("source"),
        digest=hashlib.sha256(raw).hexdigest()[:DIGEST_LENGTH],
    )


def load_corpus(directory: Path | str) -> list[Article]:
    """Read every ``*.txt`` article in ``directory``, sorted by file name.

    Raises ``CorpusError`` listing all bad files at once, or saying the folder is
    missing or holds no articles.
    """
    folder = Path(directory)
    if not folder.is_dir():
        raise CorpusError([f"{folder}: corpus folder not found"])
    paths = sorted(p for p in folder.glob("*.txt") if p.is_file())
    if not paths:
        raise CorpusError([f"{folder}: no *.txt articles in the corpus folder"])
    return read_articles(paths)


def read_articles(paths: Sequence[Path], keep: bool = True) -> list[Article]:
    """Parse the given article files; ``CorpusError`` lists every bad one.

    ``keep=False`` only checks them, holding no text (for building a large corpus).
    """
    articles: list[Article] = []
    problems: list[str] = []
    for path in paths:
        try:
            article = parse_article(path, path.read_bytes())
            if keep:
                articles.append(article)
        except (ValueError, OSError) as error:
            problems.append(f"{path}: {error}")
    if problems:
        raise CorpusError(problems)
    return articles
