"""What ingestion produces before it is written: an article draft, and its errors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from bot.engine import FutureDate, check_date
from bot.errors import BotError

DATE_HINT = "give one with --date YYYY-MM-DD"


class IngestError(BotError):
    """A source could not be added; ``str()`` names the source and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class NoArticleText(IngestError):
    """The source was read but holds no article: a binary or non-HTML answer, only menus."""


class DuplicateArticle(IngestError):
    """The article is already in the corpus, as ``existing``."""

    def __init__(self, source: str, existing: Path, why: str) -> None:
        super().__init__(source, f"already in the corpus as {existing.name} ({why})")
        self.existing = existing


@dataclass(frozen=True)
class Draft:
    """An article as found in a source; ``date`` and ``title`` may still be missing."""

    text: str
    title: str = ""
    date: dt.date | None = None
    url: str | None = None
    author: str | None = None

    def completed(
        self, source: str, date: dt.date | None = None, title: str | None = None, date_hint: str = DATE_HINT
    ) -> Draft:
        """The draft with ``date``/``title`` given by the user taking precedence; errors if undated."""
        draft = replace(self, date=date or self.date, title=" ".join((title or self.title).split()))
        if draft.date is None:
            raise IngestError(source, f"no publication date found; {date_hint}")
        try:
            check_date(draft.date)  # the corpus would skip it: refused here, saying why
        except FutureDate as error:
            raise IngestError(source, f"publication {error}; {date_hint}") from None
        if not draft.text.strip():
            raise IngestError(source, "no article text found")
        return draft


@dataclass(frozen=True)
class Added:
    """An article written to the corpus."""

    source: str
    path: Path
    title: str
    date: dt.date
    passages: int
