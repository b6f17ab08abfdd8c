"""The feed entries already taken, by what identifies them: link, guid, else title and date.

An entry whose summary changes between polls is the same entry; an article's text alone
cannot tell. Kept in the corpus folder (hidden, so never read as an article) as one
SHA-256 per line, appended under ``corpus_lock``; a line cut short by a crash matches nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from bot.ingest.article import IngestError
from bot.ingest.feed import FeedEntry
from bot.ingest.store import normalized_url

ITEMS_FILE = ".feed-items"


def entry_keys(feed_url: str, entry: FeedEntry) -> list[str]:
    """Every identity of ``entry``: a match on any one means the entry was taken."""
    keys = []
    if entry.link:
        keys.append(f"link {normalized_url(entry.link)}")
    if entry.guid:
        keys.append(f"guid {normalized_url(feed_url)} {entry.guid}")
    if not keys and entry.title and entry.date:
        keys.append(f"title {normalized_url(feed_url)} {entry.date.isoformat()} {entry.title}")
    return [hashlib.sha256(key.encode()).hexdigest() for key in keys]


@dataclass
class FeedItems:
    path: Path
    keys: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, corpus_dir: Path) -> FeedItems:
        path = corpus_dir / ITEMS_FILE
        try:
            lines = path.read_text(encoding="ascii", errors="replace").split()
        except FileNotFoundError:
            lines = []
        except OSError as error:
            raise IngestError(str(path), f"cannot read the feed entries taken ({error.strerror or error})") from None
        return cls(path, set(lines))

    def taken(self, keys: list[str]) -> bool:
        return any(key in self.keys for key in keys)

    def record(self, keys: list[str], source: str) -> None:
        """Remember ``keys`` (call under ``corpus_lock``)."""
        fresh = [key for key in keys if key not in self.keys]
        if not fresh:
            return
        try:
            with self.path.open("a", encoding="ascii") as file:
                file.write("".join(f"{key}\n" for key in fresh))
        except OSError as error:
            raise IngestError(source, f"cannot record the feed entry ({error.strerror or error})") from None
        self.keys.update(fresh)
