"""Load the article corpus: one UTF-8 text file per article, each starting with its date.

File format (see docs/corpus.md)::

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
``source:`` (the outlet), ``lang:`` (the language it is written in, a code such as ``de``;
without it the language is detected from the text) and ``title:`` (when not on the date line). Keys are
case-insensitive. The headers end at the first other line — by convention a blank
line — and everything after is the article text. A malformed URL, an empty or repeated
header refuses the file, naming it.

The folder is read with its subfolders (an archive by year is natural); any ``*.txt``
whatever the case; hidden entries (``.index``, editor files) are skipped. An entry that
cannot be read — a folder named ``x.txt``, a broken or looping symbolic link, a file
without read permission — is listed with its reason by ``list_corpus`` and the rest is
served.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import ipaddress
import logging
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.engine.analysis.credits import credited_outlet
from bot.engine.analysis.language import LANGUAGES
from bot.engine.analysis.language import code as language_code
from bot.engine.titles import article_title
from bot.errors import BotError

_HEADER = re.compile(r"\A\s*date\s+(?P<date>\S+)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_TITLE = re.compile(r"\A[ \t]*title:[ \t]*(?P<title>[^\n]*)\n?", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"[ \t]*(?P<key>title|url|author|source|lang)[ \t]*:(?P<value>[^\n]*)(?:\n|\Z)", re.IGNORECASE
)
_HOSTNAME = re.compile(r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)*[^\W_](?:[\w-]{0,61}[^\W_])?\.?", re.UNICODE)
MAX_URL = 2048
FUTURE_DAYS = 1  # an article may be dated this many days after today (time zones), not more
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
    language: str | None = None  # the ``lang:`` header's language code, if given


logger = logging.getLogger(__name__)


class FutureDate(BotError, ValueError):
    """An article dated more than ``FUTURE_DAYS`` after today: a typo (2100 for 2010) would
    make it the newest news for decades. It is skipped, with a warning, until its day comes."""


def check_date(date: dt.date, today: dt.date | None = None) -> dt.date:
    """``date`` unless it is more than ``FUTURE_DAYS`` after ``today``: ``FutureDate`` saying so."""
    latest = (today or dt.date.today()) + dt.timedelta(days=FUTURE_DAYS)
    if date > latest:
        raise FutureDate(f"date {date.isoformat()} is in the future (the latest accepted is {latest.isoformat()})")
    return date


def header_date(start: bytes) -> dt.date | None:
    """The date of an article file from its first bytes, if they hold a valid one."""
    header = _HEADER.match(start.decode("utf-8-sig", errors="replace"))
    if header is None or not _ISO_DATE.match(header["date"]):
        return None
    try:
        return dt.date.fromisoformat(header["date"])
    except ValueError:
        return None


class CorpusError(BotError):
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


def check_language(tag: str) -> str:
    """The language code of a ``lang:`` header ("pt-BR" → "pt"); ``ValueError`` for one no analyzer reads."""
    found = language_code(tag)
    if found is None:
        raise ValueError(f"lang: {tag!r} is not a language the archive analyses ({', '.join(sorted(LANGUAGES))})")
    return found


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
        found[key] = check_url(value) if key == "url" else check_language(value) if key == "lang" else value
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
    check_date(date)
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
        outlet=fields.get("source") or credited_outlet(text),
        digest=hashlib.sha256(raw).hexdigest()[:DIGEST_LENGTH],
        language=fields.get("lang"),
    )


@dataclass(frozen=True)
class CorpusListing:
    """The article files of a corpus folder, and every entry that cannot be read, with why."""

    files: list[str]  # paths as strings: an archive has tens of thousands, and Path objects are slow to make
    unreadable: list[str]
    names: list[str]  # each file relative to the folder, with "/"
    stats: list[os.stat_result]  # each file's, as listed

    @property
    def paths(self) -> list[Path]:
        return [Path(f) for f in self.files]


def _is_article_name(name: str) -> bool:
    return name.lower().endswith(".txt")


def _unreadable_reason(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symbolic link loop: it leads back to itself"
    if error.errno == errno.ENOENT and path.is_symlink():
        return f"broken symbolic link: {os.readlink(path)} does not exist"
    if error.errno == errno.EACCES:
        return "permission denied: the bot's user cannot read it"
    return error.strerror or str(error)


def list_corpus(directory: Path | str) -> CorpusListing:
    """Every ``*.txt`` (any case) in ``directory`` and its subfolders, sorted by relative path.

    Hidden entries are skipped. A symbolic link is followed once; one leading back into a
    folder already read, one that is broken, or a ``.txt`` that is not a regular readable
    file is listed in ``unreadable`` instead.
    """
    root = Path(directory)
    found: list[tuple[str, str, os.stat_result]] = []  # (relative name, path, stat)
    unreadable: list[str] = []
    seen_folders: set[tuple[int, int]] = set()

    def walk(folder: str, prefix: str) -> None:
        info = os.stat(folder)
        seen_folders.add((info.st_dev, info.st_ino))
        try:
            with os.scandir(folder) as listed:
                entries = sorted(listed, key=lambda e: e.name)
        except OSError as error:
            unreadable.append(f"{folder}: {_unreadable_reason(Path(folder), error)}")
            return
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                info = entry.stat()
            except OSError as error:
                if entry.is_symlink() or _is_article_name(name):
                    unreadable.append(f"{entry.path}: {_unreadable_reason(Path(entry.path), error)}")
                continue
            if stat.S_ISDIR(info.st_mode):
                if _is_article_name(name):
                    unreadable.append(f"{entry.path}: a folder named like an article; rename it without .txt")
                elif (info.st_dev, info.st_ino) in seen_folders:
                    unreadable.append(f"{entry.path}: symbolic link loop: it leads back to a folder already read")
                else:
                    walk(entry.path, f"{prefix}{name}/")
            elif _is_article_name(name):
                if not stat.S_ISREG(info.st_mode):
                    unreadable.append(f"{entry.path}: not a regular file")
                elif not os.access(entry.path, os.R_OK):
                    unreadable.append(f"{entry.path}: permission denied: the bot's user cannot read it")
                else:
                    found.append((prefix + name, entry.path, info))

    if root.is_dir():
        walk(str(root), "")
    found.sort(key=lambda f: f[0])
    return CorpusListing([f[1] for f in found], unreadable, [f[0] for f in found], [f[2] for f in found])


def load_corpus(directory: Path | str) -> list[Article]:
    """Read every article of ``list_corpus(directory)``, skipping the entries it cannot read.

    Raises ``CorpusError`` listing all malformed files at once, or saying the folder is
    missing or holds no readable articles (then with the unreadable entries).
    """
    folder = Path(directory)
    if not folder.is_dir():
        raise CorpusError([f"{folder}: corpus folder not found"])
    listing = list_corpus(folder)
    if not listing.paths:
        raise CorpusError([*listing.unreadable, f"{folder}: no *.txt articles in the corpus folder or its subfolders"])
    return read_articles(listing.paths)


def read_articles(paths: Sequence[Path], keep: bool = True) -> list[Article]:
    """Parse the given article files; ``CorpusError`` lists every bad one. One dated in the
    future is skipped with a warning naming it.

    ``keep=False`` only checks them, holding no text (for building a large corpus).
    """
    articles: list[Article] = []
    problems: list[str] = []
    for path in paths:
        try:
            article = parse_article(path, path.read_bytes())
            if keep:
                articles.append(article)
        except FutureDate as error:
            logger.warning("%s: %s; skipped until then", path, error)
        except (ValueError, OSError) as error:
            problems.append(f"{path}: {error}")
    if problems:
        raise CorpusError(problems)
    return articles
