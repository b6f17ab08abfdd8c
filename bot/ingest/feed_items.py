"""The feed entries already taken, by what identifies them: link, guid, else title and date.

An entry whose summary changes between polls is the same entry; an article's text alone
cannot tell. Kept in the corpus folder (hidden, so never read as an article) as one
SHA-256 per line, appended under ``corpus_lock``; a line cut short by a crash matches nothing.
A refresh reads only what was appended since the last read.
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
    read_to: int = 0  # bytes of the file already read: a refresh reads only what was appended since

    @classmethod
    def read(cls, corpus_dir: Path) -> FeedItems:
        return cls(corpus_dir / ITEMS_FILE).refresh()

    def refresh(self) -> FeedItems:
        """Learn the entries recorded since the last read (by this process or another)."""
        try:
            with self.path.open("rb") as file:
                file.seek(self.read_to)
                appended = file.read()
        except FileNotFoundError:
            return self
        except OSError as error:
            raise IngestError(
                str(self.path), f"cannot read the feed entries taken ({error.strerror or error})"
            ) from None
        complete = appended[: appended.rfind(b"\n") + 1]  # a line still being written is read next time
        self.read_to += len(complete)
        self.keys.update(complete.decode("ascii", "replace").split())
        return self

    def taken(self, keys: list[str]) -> bool:
        return any(key in self.keys for key in keys)

    def record(self, keys: list[str], source: str) -> None:
        """Remember ``keys`` (call under ``corpus_lock``, after ``refresh``)."""
        fresh = [key for key in keys if key not in self.keys]
        if not fresh:
            return
        try:
            with self.path.open("a", encoding="ascii") as file:
                # A leading newline ends any line a crash cut short, so that it spoils no key.
                file.write("\n" + "".join(f"{key}\n" for key in fresh))
        except OSError as error:
            raise IngestError(source, f"cannot record the feed entry ({error.strerror or error})") from None
        self.keys.update(fresh)
