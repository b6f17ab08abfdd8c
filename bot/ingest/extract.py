"""Turn a page or a file into an article draft.

HTML goes through trafilatura, which keeps the article body (menus, ads, "Read more"
links, photo captions and footers left out) and reads title, date, author and the
canonical URL from ``<meta>`` tags and JSON-LD. Text files are either already in the
corpus format or plain text whose first line is the title; Markdown is plain text with
its markup removed.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path, PurePath

import trafilatura
from trafilatura.settings import Document

from bot.engine import FutureDate, parse_article
from bot.ingest.article import Draft, IngestError, NoArticleText

MAX_TITLE = 200
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_LINE = re.compile(r"^(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S)|\d+\.\s+)", re.MULTILINE)
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise IngestError(source, f"the file is not UTF-8 text (byte {error.start})") from None


def looks_binary(data: bytes) -> bool:
    return b"\0" in data[:4096]


def _paragraphs(text: str) -> str:
    """One paragraph per line becomes the corpus's blank-line-separated paragraphs."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def from_html(data: bytes, source: str, url: str | None = None) -> Draft:
    """The article in an HTML page; ``IngestError`` if it holds no article text."""
    if looks_binary(data):
        raise NoArticleText(source, "the content is binary, not a web page")
    document = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    # None: nothing extracted (a dict only when asked for one)
    if not isinstance(document, Document) or len((document.text or "").split()) < 10:
        raise NoArticleText(source, "no article text found on the page (only menus, links or nothing)")
    text = document.text or ""
    title = " ".join((document.title or "").split())[:MAX_TITLE]
    lines = text.splitlines()
    if lines and title and " ".join(lines[0].split()) == title:
        lines = lines[1:]  # the headline repeated as the first paragraph
    return Draft(
        text=_paragraphs("\n".join(lines)),
        title=title,
        date=_parse_date(document.date),
        url=_web_url(document.url) or url,
        author=" ".join((document.author or "").split()) or None,
    )


def _parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _web_url(value: str | None) -> str | None:
    return value if value and value.lower().startswith(("http://", "https://")) else None


def from_text(data: bytes, source: str, name: str) -> Draft:
    """A ``.txt`` in the corpus format keeps its date and headers; plain text or Markdown
    takes its title from the first line (``# Heading`` in Markdown)."""
    if looks_binary(data):
        raise IngestError(source, "the file is binary, not text")
    content = _decode(data, source)
    try:
        # The name only names the article (a title when it has no title: line), never a path read.
        article = parse_article(Path(PurePath(name).name), data)
    except FutureDate as error:  # a typo in the date line: read as plain text, the date would be lost
        raise IngestError(source, f"{error}; correct the file's date line") from None
    except ValueError:
        article = None
    if article is not None:
        return Draft(text=article.text, title=article.title, date=article.date, url=article.url, author=article.author)
    if PurePath(name).suffix.lower() in (".md", ".markdown"):
        content = strip_markdown(content)
    lines = [line.strip() for line in content.strip().splitlines()]
    if not lines:
        raise IngestError(source, "the file is empty")
    first, rest = lines[0], "\n".join(lines[1:])
    if len(first) > MAX_TITLE or not rest.strip():
        return Draft(text=_blank_line_paragraphs(content), title="")
    return Draft(text=_blank_line_paragraphs(rest), title=first)


def _blank_line_paragraphs(text: str) -> str:
    """Keep the file's own paragraphs (blank-line separated), each joined onto one line."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(block.split()) for block in blocks if block.strip())


def strip_markdown(text: str) -> str:
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _MARKDOWN_LINE.sub("", text)
    text = _MARKDOWN_EMPHASIS.sub(r"\2", text)
    return re.sub(r"^(?:-{3,}|\*{3,}|_{3,})\s*$", "", text, flags=re.MULTILINE)
