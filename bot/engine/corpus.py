"""Load the article corpus: one UTF-8 text file per article, each starting with its date.

File format (see README.md)::

     date 2022-01-25 title: Optional headline
    Article text ...

The ``date YYYY-MM-DD`` prefix is required (leading whitespace allowed). An optional
``title:`` right after the date runs to the end of that line; without it the title is
derived from the file name. Everything after is the article text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_HEADER = re.compile(r"\A\s*date\s+(?P<date>\S+)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_TITLE = re.compile(r"\A[ \t]*title:[ \t]*(?P<title>[^\n]*)\n?", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One corpus file: where it came from, its headline, publication date and body."""

    path: Path
    title: str
    date: dt.date
    text: str


class CorpusError(Exception):
    """The corpus cannot be used; ``problems`` lists every bad file with what is wrong."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def title_from_filename(path: Path) -> str:
    words = re.sub(r"[_\-]+", " ", path.stem).strip()
    return words[:1].upper() + words[1:] if words else path.name


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
    if title_line is not None:
        title = " ".join(title_line["title"].split())
        body = body[title_line.end() :]
    else:
        title = ""
    text = body.strip()
    if not text:
        raise ValueError("no article text after the date")
    return Article(path=path, title=title or title_from_filename(path), date=date, text=text)


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
